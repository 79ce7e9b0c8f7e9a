"""The 404 page keeps the site chrome and crisis help; the 500 page needs no database."""

import pytest
from django.test import RequestFactory
from django.views.defaults import server_error

from tests.page_html import PageReader


def test_404_page_has_the_chrome_and_crisis_help(client, seeded):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    page = PageReader(response.content.decode())
    assert page.h1 == ["We could not find this page"]
    assert page.find("aside", **{"class": "crisis-strip"})
    hrefs = {a.get("href") for a in page.find("a")}
    assert {"tel:988", "tel:911", "/", "/faq/", "/contact/"} <= hrefs
    assert page.find("nav", **{"aria-label": "Main"})
    assert page.find("footer", **{"class": "site-footer"})
    assert "555-0100" in page.text  # the clinic details in header and footer
    assert page.meta(name="robots") == "noindex"
    assert page.find("a", **{"class": "skip-link"})


def test_500_page_renders_without_touching_the_database():
    # No `db` fixture: pytest-django makes any database query fail this test.
    request = RequestFactory().get("/broken/")
    response = server_error(request)
    assert response.status_code == 500
    page = PageReader(response.content.decode())
    assert page.h1 == ["Something went wrong on our side"]
    hrefs = {a.get("href") for a in page.find("a")}
    assert {"tel:988", "tel:911", "https://988lifeline.org/chat/"} <= hrefs
    assert page.find("aside", **{"class": "crisis-strip"})
    assert "not medical advice" in page.text


@pytest.mark.django_db
def test_a_failing_view_shows_the_500_page(client, seeded, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    # Rendering any page reads the clinic details: make that fail.
    monkeypatch.setattr("clinic.selectors.get_clinic_details", broken)
    client.raise_request_exception = False
    response = client.get("/faq/")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.content.decode()


def test_spanish_404_page_is_in_spanish(client, seeded):
    response = client.get("/es/no-existe/")
    assert response.status_code == 404
    page = PageReader(response.content.decode())
    assert page.find("html")[0]["lang"] == "es"
    assert page.h1 == ["No encontramos esta página"]
    hrefs = {a.get("href") for a in page.find("a")}
    assert {"tel:988", "sms:988", "tel:911", "/es/"} <= hrefs
    assert "oprima 2 para español" in page.text
    assert "We could not find" not in page.text


def test_spanish_500_page_is_in_spanish_without_the_database():
    from django.utils import translation

    with translation.override("es"):
        response = server_error(RequestFactory().get("/es/roto/"))
    assert response.status_code == 500
    page = PageReader(response.content.decode())
    assert page.find("html")[0]["lang"] == "es"
    assert page.h1 == ["Algo salió mal de nuestro lado"]
    assert {"tel:988", "sms:988", "tel:911"} <= {a.get("href") for a in page.find("a")}
    assert "no consejos médicos" in page.text
