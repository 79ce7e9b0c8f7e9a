"""The no-JavaScript result, as a person reads it: "N out of 27" and the band, in English and Spanish,
at every band boundary; crisis help first when PHQ-9 question 9 is above zero; crisis lines on every
result; and, when answers are missing, the error summary naming each unanswered question and no score."""

import re

import pytest

from tests.page_html import PageReader

from .conftest import answers_for_total, post_data

RESULT_URL = "/self-check/result/"

# (instrument, total, English band, Spanish band)
BOUNDARIES = [
    ("phq9", 0, "Minimal", "Mínimo"),
    ("phq9", 4, "Minimal", "Mínimo"),
    ("phq9", 5, "Mild", "Leve"),
    ("phq9", 9, "Mild", "Leve"),
    ("phq9", 10, "Moderate", "Moderado"),
    ("phq9", 14, "Moderate", "Moderado"),
    ("phq9", 15, "Moderately severe", "Moderadamente grave"),
    ("phq9", 19, "Moderately severe", "Moderadamente grave"),
    ("phq9", 20, "Severe", "Grave"),
    ("phq9", 27, "Severe", "Grave"),
    ("gad7", 0, "Minimal", "Mínimo"),
    ("gad7", 4, "Minimal", "Mínimo"),
    ("gad7", 5, "Mild", "Leve"),
    ("gad7", 9, "Mild", "Leve"),
    ("gad7", 10, "Moderate", "Moderado"),
    ("gad7", 14, "Moderate", "Moderado"),
    ("gad7", 15, "Severe", "Grave"),
    ("gad7", 21, "Severe", "Grave"),
]
OUT_OF = {"en": "{total} out of {maximum}", "es": "{total} de {maximum}"}
NOT_A_DIAGNOSIS = {"en": "This is not a diagnosis.", "es": "Esto no es un diagnóstico."}
CRISIS_HEADING = {"en": "Please reach out for support now", "es": "Por favor, busque apoyo ahora"}
SCORE_HEADING = {"en": "Your PHQ-9 result", "es": "Su resultado del PHQ-9"}
RANGE = {"en": "Scores from {low} to {high} usually mean", "es": "Un puntaje de {low} a {high} por lo general"}


def post(client, data):
    response = client.post(RESULT_URL, data)
    assert response.status_code == 200
    return response, PageReader(response.content.decode())


def score_line(html):
    match = re.search(r'<p class="selfcheck-score">(.*?)</p>', html, re.S)
    assert match, "no score on the page"
    return " ".join(re.sub(r"<[^>]+>", " ", match.group(1)).split())


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize(("slug", "points", "band_en", "band_es"), BOUNDARIES)
def test_total_and_band_at_every_boundary(
    client, spanish_on, contact_page, request, language, slug, points, band_en, band_es
):
    instrument = request.getfixturevalue(slug)
    answers = answers_for_total(instrument, points)
    response, page = post(client, post_data(instrument, answers, language))
    expected_total = OUT_OF[language].format(total=points, maximum=instrument.max_score)
    band = band_en if language == "en" else band_es
    assert score_line(response.content.decode()) == f"{expected_total} {band}"
    assert response["Content-Language"] == language
    assert NOT_A_DIAGNOSIS[language] in page.text
    # What the band usually means (its own range), and a consultation request offered as a
    # secondary option only (tests/selfchecks/test_result_next_steps.py pins the order of the steps).
    band_range = next(b for b in instrument.bands if b.low <= points <= b.high)
    assert (RANGE[language].format(low=band_range.low, high=band_range.high)) in page.text
    assert page.find("a", href=contact_page)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "es"])
def test_every_result_shows_the_crisis_lines(client, spanish_on, phq9, gad7, language):
    for instrument in (phq9, gad7):
        _response, page = post(client, post_data(instrument, answers_for_total(instrument, 0), language))
        assert page.find("a", href="tel:988") and page.find("a", href="tel:911")
        assert "AYUDA" in page.text
        # No crisis panel without a reason for one.
        assert CRISIS_HEADING[language] not in page.text


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("answer", [1, 2, 3])
def test_question_9_above_zero_puts_crisis_help_before_the_score(client, spanish_on, phq9, language, answer):
    # A low total: the crisis item alone decides.
    _response, page = post(client, post_data(phq9, answers_for_total(phq9, answer, crisis_answer=answer), language))
    text = page.text
    assert CRISIS_HEADING[language] in text
    assert text.index(CRISIS_HEADING[language]) < text.index(SCORE_HEADING[language])
    assert text.index(CRISIS_HEADING[language]) < text.index(OUT_OF[language].format(total=answer, maximum=27))
    crisis_section = text[text.index(CRISIS_HEADING[language]) : text.index(SCORE_HEADING[language])]
    assert "988" in crisis_section and "911" in crisis_section and "AYUDA" in crisis_section


@pytest.mark.django_db
def test_question_9_at_zero_shows_no_crisis_panel_even_when_severe(client, phq9):
    _response, page = post(client, post_data(phq9, answers_for_total(phq9, 24, crisis_answer=0)))
    assert "24 out of 27" in page.text
    assert CRISIS_HEADING["en"] not in page.text


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "es"])
def test_unanswered_questions_are_named_and_nothing_is_scored(client, spanish_on, phq9, language):
    answers = answers_for_total(phq9, 12)
    for number in (3, 9):
        del answers[number]
    response, page = post(client, post_data(phq9, answers, language))
    html = response.content.decode()
    summary = re.search(r'<div class="error-summary" id="selfcheck-errors".*?</div>', html, re.S).group(0)
    assert " hidden" not in summary.split(">", 1)[0], "the error summary is hidden"
    shown = [item for item in re.findall(r"<li data-selfcheck-missing[^>]*>(.*?)</li>", summary, re.S)]
    visible = re.findall(r'<li data-selfcheck-missing="(\d)">', summary)
    assert visible == ["3", "9"]
    wording = phq9.wording(language)
    question = "Question" if language == "en" else "Pregunta"
    for number in (3, 9):
        assert f"{question} {number}: {wording.items[number - 1]}" in html
        assert f'href="#selfcheck-q{number}"' in summary
    assert len(shown) == 9
    # No score shown (the <template>s are the browser script's, never displayed), and the answers
    # given so far are kept for the person to finish.
    assert 'class="selfcheck-score"' not in re.sub(r"<template.*?</template>", "", html, flags=re.S)
    assert '<input type="radio" name="q1" value="3" checked>' in html
    assert re.search(r"<title>\s*Error:", html)


@pytest.mark.django_db
def test_an_unknown_questionnaire_is_refused(client):
    assert client.post(RESULT_URL, {"instrument": "nope"}).status_code == 400


@pytest.mark.django_db
def test_the_result_is_post_only(client):
    assert client.get(RESULT_URL).status_code == 405
