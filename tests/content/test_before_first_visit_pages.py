"""The "before the first visit" pages render in both languages with the facts that must not drift
(issue 24): the Good Faith Estimate's deadlines, $400 and CMS's number; the fasting times; the ride
home; the after-hours number, parking and transport from the clinic details; the NPP's header."""

import pytest
from cms.models import Page

from clinic.models import ClinicDetails
from tests.page_html import PageReader

CMS_PHONE = "1-800-985-3059"


def _get(client, reverse_id, language="en"):
    url = Page.objects.get(reverse_id=reverse_id).get_absolute_url(language, fallback=False)
    assert url, (reverse_id, language)
    response = client.get(url)
    assert response.status_code == 200, url
    return PageReader(response.content.decode())


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_good_faith_estimate_page_pins_the_rule(client, seeded, language):
    page = _get(client, "good-faith-estimate", language)
    text = page.text
    assert "$400" in text and "120" in text
    assert CMS_PHONE in text
    hrefs = {a.get("href") for a in page.find("a")}
    assert {"https://www.cms.gov/nosurprises", "tel:+18009853059"} <= hrefs
    if language == "en":
        for fact in (
            "at least 3 business days ahead, you get the estimate within 1 business day",
            "at least 10 business days ahead, or if you ask for an estimate, you get it within 3 business days",
            "Keep a copy",
        ):
            assert fact in text, fact
    else:
        for fact in (
            "con 3 días hábiles o más de anticipación, recibe el estimado dentro de 1 día hábil",
            "con 10 días hábiles o más de anticipación, o si pide un estimado, lo recibe dentro de 3 días hábiles",
            "Guarde una copia",
            "Estimado de Buena Fe",
        ):
            assert fact in text, fact


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_cost_page_says_how_to_pay_and_links_the_estimate(client, seeded, language):
    page = _get(client, "costs", language)
    text = page.text
    for word in ("HSA", "FSA", "superbill", "Spravato"):
        assert word in text, word
    assert ("prior authorization" if language == "en" else "autorización previa") in text
    assert ("off-label" if language == "en" else "fuera de indicación") in text
    gfe = Page.objects.get(reverse_id="good-faith-estimate").get_absolute_url(language)
    # In the body (a button) as well as the footer.
    assert sum(1 for a in page.find("a") if a.get("href") == gfe) >= 2
    assert ("sample terms" if language == "en" else "condiciones de ejemplo") in text


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_preparing_checklist(client, seeded, language):
    page = _get(client, "preparing-for-your-visit", language)
    text = page.text
    assert "6" in text and "2" in text and "15" in text
    facts = {
        "en": (
            "solid food for 6 hours",
            "clear liquids until 2 hours",
            "lamotrigine",
            "MAOIs",
            "opioids",
            "An adult you know must take you home",
            "until the next day, after a night's sleep",
            "988",
        ),
        "es": (
            "nada sólido en las 6 horas",
            "líquidos claros hasta 2 horas",
            "lamotrigina",
            "IMAO",
            "opioides",
            "Un adulto de confianza debe llevarlo a casa",
            "hasta el día siguiente",
            "988",
        ),
    }[language]
    for fact in facts:
        assert fact in text, fact
    # The after-hours number from the clinic details, as a call link.
    assert page.find("a", href="tel:5550111")
    # The print button: a static script, hidden until it runs.
    actions = [p for p in page.find("p") if "data-print-page" in p]
    assert actions and all("hidden" in p for p in actions)
    assert page.find("script", src="/static/js/print.js")


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_visiting_page_reads_the_clinic_details(client, seeded, language):
    page = _get(client, "visiting-the-clinic", language)
    text = page.text
    assert "100 Example Street" in text
    assert ("free parking behind the building" if language == "en" else "gratis detrás del edificio") in text
    map_links = [a["href"] for a in page.find("a") if a.get("href", "").startswith("https://www.openstreetmap.org/")]
    assert map_links == [
        "https://www.openstreetmap.org/search?query=100+Example+Street%2C+Suite+200%2C+Springfield%2C+ST+00000"
    ]
    assert not page.find("iframe")  # a link only: no map loaded from another host


def test_parking_and_the_after_hours_number_change_everywhere_at_once(client, seeded):
    pages = [("visiting-the-clinic", "en"), ("visiting-the-clinic", "es"), ("preparing-for-your-visit", "en")]
    for reverse_id, language in pages:
        _get(client, reverse_id, language)  # cached now
    details = ClinicDetails.objects.get()
    details.parking = "Park in the Elm Street garage, level 2."
    details.parking_es = "Estacione en el garaje de la calle Elm, nivel 2."
    details.after_hours_phone = "555-0142"
    details.save()
    assert "Elm Street garage" in _get(client, "visiting-the-clinic").text
    assert "garaje de la calle Elm" in _get(client, "visiting-the-clinic", "es").text
    preparing = _get(client, "preparing-for-your-visit")
    assert preparing.find("a", href="tel:5550142") and not preparing.find("a", href="tel:5550111")
    home = _get(client, "home")
    assert home.find("a", href="tel:5550142")  # the footer
    clinic = home.json_ld_node("MedicalClinic")
    assert clinic["contactPoint"]["telephone"] == "555-0142"


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_notice_of_privacy_practices(client, seeded, language):
    page = _get(client, "notice-of-privacy-practices", language)
    text = page.text
    header = {
        "en": "THIS NOTICE DESCRIBES HOW MEDICAL INFORMATION ABOUT YOU MAY BE USED AND DISCLOSED AND HOW YOU CAN "
        "GET ACCESS TO THIS INFORMATION. PLEASE REVIEW IT CAREFULLY.",
        "es": "ESTE AVISO EXPLICA CÓMO SE PUEDE USAR Y COMPARTIR SU INFORMACIÓN MÉDICA.",
    }[language]
    assert header in text
    assert "1-800-368-1019" in text  # HHS Office for Civil Rights
    assert "hello@clinic.example" in text  # the privacy contact, from the clinic details
    assert ("not set yet (sample notice)" if language == "en" else "aviso de ejemplo") in text
    for word in {
        "en": ("psychotherapy notes", "marketing", "paper copy", "breach"),
        "es": ("notas de psicoterapia", "publicidad", "copia en papel", "falla de seguridad"),
    }[language]:
        assert word in text, word


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_website_privacy_notice_says_what_the_server_keeps(client, seeded, language):
    page = _get(client, "privacy", language)
    assert ("keyed hash" if language == "en" else "código revuelto") in page.text
    assert "IP" in page.text
    npp = Page.objects.get(reverse_id="notice-of-privacy-practices").get_absolute_url(language)
    assert page.find("a", href=npp)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_accessibility_page(client, seeded, language):
    text = _get(client, "accessibility", language).text
    for fact in ("WCAG", "2.2", "AA", "711", "ASL"):
        assert fact in text, fact


@pytest.mark.parametrize("language", ["en", "es"])
def test_cost_preparing_and_visiting_are_one_tap_from_home(client, seeded, language):
    home = _get(client, "home", language)
    hrefs = {a.get("href") for a in home.find("a")}
    for reverse_id in ("costs", "preparing-for-your-visit", "visiting-the-clinic", "notice-of-privacy-practices"):
        assert Page.objects.get(reverse_id=reverse_id).get_absolute_url(language) in hrefs, reverse_id


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_contact_form_links_the_estimate_beside_the_cost_topic(client, seeded, language):
    page = _get(client, "contact", language)
    gfe = Page.objects.get(reverse_id="good-faith-estimate").get_absolute_url(language)
    html_links = [a for a in page.find("a") if a.get("href") == gfe]
    assert len(html_links) >= 2  # beside the topic, and in the footer


@pytest.mark.parametrize(
    ("language", "questions"),
    [
        (
            "en",
            (
                "How long does the relief last? Will I need boosters?",
                "Do you offer Spravato (esketamine)?",
                "Is ketamine at home or from an online service the same as at a clinic?",
                "Can I work the next day?",
                "Do I need a referral or my records?",
                "Will you tell my psychiatrist or therapist?",
            ),
        ),
        (
            "es",
            (
                "¿Cuánto dura el alivio? ¿Voy a necesitar refuerzos?",
                "¿Ofrecen Spravato (esketamina)?",
                "¿La ketamina en casa o por internet es igual que en una clínica?",
                "¿Puedo trabajar al día siguiente?",
                "¿Necesito una derivación o mi expediente?",
                "¿Le van a contar a mi psiquiatra o a mi terapeuta?",
            ),
        ),
    ],
)
def test_the_faq_answers_the_new_questions(client, seeded, language, questions):
    text = _get(client, "faq", language).text
    for question in questions:
        assert question in text, question
    assert ("October 2023" if language == "en" else "octubre de 2023") in text
