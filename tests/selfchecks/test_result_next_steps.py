"""What a result tells a person to do next (issue 25, a second clinician's review), in both languages.

From 10 up the first step names the reader's own doctor or any clinician, soon, and in each
instrument's highest band today if possible, with urgent care or an emergency room when not;
988 follows at any moment; this clinic is one secondary option, with the honest line that ketamine
comes after other treatments. No result ever carries a primary "request a consultation" button.
"""

import re

import pytest

from tests.page_html import PageReader

from .conftest import answers_for_total, post_data

RESULT_URL = "/self-check/result/"

OWN_CLINICIAN = {"en": "your own doctor or any clinician", "es": "su propio médico o con cualquier profesional"}
KINDS = {
    "en": ("a primary care doctor", "a therapist", "a psychiatrist"),
    "es": ("un médico de atención primaria", "un terapeuta", "un psiquiatra"),
}
SOON = {"en": "Talk soon", "es": "Hable pronto"}
TODAY = {"en": "today if you can", "es": "Hable hoy mismo, si puede"}
URGENT = {"en": "urgent care clinic or an emergency room", "es": "atención urgente o a una sala de emergencias"}
ANY_MOMENT = {"en": "At any moment, day or night, you can call or text 988", "es": "En cualquier momento"}
KETAMINE_LATER = {
    "en": "Ketamine is usually considered only after other treatments",
    "es": "la ketamina se considera solo después de que otros tratamientos",
}
# (instrument, total, urgency)
CASES = [
    ("phq9", 4, "watch"),
    ("phq9", 9, "watch"),
    ("phq9", 10, "soon"),
    ("phq9", 14, "soon"),
    ("phq9", 15, "soon"),
    ("phq9", 19, "soon"),
    ("phq9", 20, "today"),
    ("phq9", 27, "today"),
    ("gad7", 9, "watch"),
    ("gad7", 10, "soon"),
    ("gad7", 14, "soon"),
    ("gad7", 15, "today"),
    ("gad7", 21, "today"),
]


def _steps(html):
    html = re.sub(r"<template.*?</template>", "", html, flags=re.S)
    match = re.search(r'<ol class="selfcheck-next-steps">(.*?)</ol>', html, re.S)
    assert match, "no next steps on the result"
    return [
        " ".join(re.sub(r"<[^>]+>", " ", item).split())
        for item in re.findall(r"<li[^>]*>(.*?)</li>", match.group(1), re.S)
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("slug", "points", "urgency"), CASES)
def test_the_first_step_is_the_readers_own_clinician(
    client, spanish_on, contact_page, request, language, slug, points, urgency
):
    instrument = request.getfixturevalue(slug)
    response = client.post(RESULT_URL, post_data(instrument, answers_for_total(instrument, points), language))
    html = response.content.decode()
    steps = _steps(html)
    assert OWN_CLINICIAN[language] in steps[0]
    if urgency == "watch":
        assert len(steps) == 1
        return
    assert all(kind in steps[0] for kind in KINDS[language])
    if urgency == "soon":
        assert SOON[language] in steps[0] and TODAY[language] not in steps[0]
    else:
        assert TODAY[language] in steps[0] and URGENT[language] in steps[0]
    assert ANY_MOMENT[language] in steps[1] and "988" in steps[1]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("slug", "points", "urgency"), CASES)
def test_the_clinic_is_a_secondary_option_after_the_first_step(
    client, spanish_on, contact_page, request, language, slug, points, urgency
):
    instrument = request.getfixturevalue(slug)
    response = client.post(RESULT_URL, post_data(instrument, answers_for_total(instrument, points), language))
    html = re.sub(r"<template.*?</template>", "", response.content.decode(), flags=re.S)
    page = PageReader(html)
    assert page.find("a", href=contact_page) or language == "es"
    assert "Request a consultation soon" not in html and "Solicite una consulta pronto" not in html
    result = html.split('class="selfcheck-result"', 1)[1]
    assert "button-primary" not in result
    assert KETAMINE_LATER[language] in page.text
    consultation = re.search(r'<p class="cta"><a class="([^"]*)" href="([^"]*)"', result)
    assert consultation and consultation.group(1) == "button button-secondary"
    assert result.index("selfcheck-next-steps") < consultation.start()
