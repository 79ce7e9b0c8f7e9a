"""The intake form in Spanish: Spanish labels and errors, the Spanish thank-you page, and the
inquiry's language stored, filterable by reviewers and named in the intake team's e-mail."""

import pytest
from cms.models import Page
from django.core import mail

from inquiries.models import Inquiry

from ..page_html import PageReader


@pytest.fixture
def spanish_form(inquiry_page):
    """The Spanish Contact page's address (the form's apphook under /es/)."""
    return Page.objects.get(application_urls="InquiryApphook").get_absolute_url("es")


def test_the_spanish_form_is_in_spanish(client, spanish_form):
    assert spanish_form.startswith("/es/")
    response = client.get(spanish_form)
    assert response.status_code == 200
    reader = PageReader(response.content.decode())
    assert reader.find("html")[0]["lang"] == "es"
    for words in (
        "Su nombre",
        "Su correo electrónico",
        "Número de teléfono",
        "¿Cómo prefiere que nos comuniquemos con usted?",
        "Llamada telefónica",
        "¿Sobre qué le gustaría preguntar?",
        "Depresión",
        "Enviar mi solicitud",
        "Nadie revisa este formulario las 24 horas.",
        "en un plazo de un día hábil",
    ):
        assert words in reader.text, words
    for english in ("Your name", "Send my request", "not monitored", "Phone call", "Depression"):
        assert english not in reader.text, english
    # The privacy link goes to the Spanish privacy notice.
    privacy = Page.objects.get(reverse_id="privacy").get_absolute_url("es")
    assert privacy.startswith("/es/")
    assert reader.find("a", href=privacy)
    # The form posts to the Spanish address.
    assert reader.find("form", action=spanish_form)


def test_spanish_mistakes_get_spanish_messages_and_a_spanish_summary(client, spanish_form, inquiry_data):
    response = client.post(
        spanish_form, inquiry_data(email="no-es-un-correo", contact_method="text", phone="", consent="")
    )
    assert response.status_code == 200
    assert Inquiry.objects.count() == 0
    reader = PageReader(response.content.decode())
    assert reader.find("title") and "Error:" in reader.text
    assert "Hay un problema con sus respuestas" in reader.text
    for message in (
        "Su correo electrónico: Por favor, escriba un correo electrónico como nombre@ejemplo.com.",
        "Número de teléfono (opcional): Por favor, escriba un número de teléfono para que podamos llamarle",
        "Aviso de privacidad: Por favor, marque la casilla para aceptar el aviso de privacidad",
    ):
        assert message in reader.text, message
    assert "Please" not in reader.text


def test_a_spanish_inquiry_is_stored_with_its_language_and_thanked_in_spanish(
    client, spanish_form, inquiry_data, django_capture_on_commit_callbacks, deliver_mail
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(spanish_form, inquiry_data(name="María José Ejemplo"))
    assert response.status_code == 302
    assert response["Location"] == spanish_form + "gracias/"
    inquiry = Inquiry.objects.get()
    assert inquiry.language == "es"
    assert inquiry.name == "María José Ejemplo"

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    text = PageReader(thanks.content.decode()).text
    assert "Gracias. Recibimos su solicitud." in text
    assert "Thank you" not in text

    # The intake team learns the language (to call back in Spanish), and still nothing the person wrote.
    deliver_mail()
    [message] = mail.outbox
    assert "Spanish" in message.subject and "Spanish" in message.body
    for value in ("María", "Ejemplo", "555-010-0100", "jordan.example", "medicines", "depression"):
        assert value not in message.subject + message.body, value


def test_an_english_inquiry_is_stored_as_english(client, inquiry_page, inquiry_data):
    assert client.post(inquiry_page, inquiry_data()).status_code == 302
    assert Inquiry.objects.get().language == "en"


def test_reviewers_filter_the_list_by_language(client, reviewer, inquiry_page, spanish_form, inquiry_data):
    client.post(inquiry_page, inquiry_data())
    client.post(spanish_form, inquiry_data())
    english, spanish = Inquiry.objects.get(language="en"), Inquiry.objects.get(language="es")
    client.force_login(reviewer)
    response = client.get("/admin/inquiries/inquiry/?language__exact=es")
    assert response.status_code == 200
    html = response.content.decode()
    assert spanish.reference in html and english.reference not in html
    # The admin itself stays in English.
    assert "Select inquiry to change" in html or "Inquiries" in html
    detail = client.get(f"/admin/inquiries/inquiry/{spanish.pk}/change/").content.decode()
    assert "Español" in detail


def test_the_spanish_thank_you_pages_old_address_redirects_to_the_spanish_one(client, spanish_form):
    response = client.get(spanish_form + "thank-you/")
    assert response.status_code == 301
    assert response["Location"] == spanish_form + "gracias/"


def test_the_english_thank_you_address_is_unchanged(client, inquiry_page):
    assert client.get(inquiry_page + "thank-you/").status_code == 200
    assert client.get(inquiry_page + "gracias/").status_code == 404
