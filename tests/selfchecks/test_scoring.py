"""Totals, bands and the crisis flag at every band boundary of both instruments (pure functions)."""

import pytest

from selfchecks.instruments import INSTRUMENTS
from selfchecks.scoring import band_for, needs_crisis_help, read_answers, score

from .conftest import answers_for_total

PHQ9_BOUNDARIES = [
    (0, "minimal"),
    (4, "minimal"),
    (5, "mild"),
    (9, "mild"),
    (10, "moderate"),
    (14, "moderate"),
    (15, "moderately_severe"),
    (19, "moderately_severe"),
    (20, "severe"),
    (27, "severe"),
]
GAD7_BOUNDARIES = [
    (0, "minimal"),
    (4, "minimal"),
    (5, "mild"),
    (9, "mild"),
    (10, "moderate"),
    (14, "moderate"),
    (15, "severe"),
    (21, "severe"),
]
BOUNDARIES = [("phq9", t, b) for t, b in PHQ9_BOUNDARIES] + [("gad7", t, b) for t, b in GAD7_BOUNDARIES]


@pytest.mark.parametrize(("slug", "points", "band"), BOUNDARIES)
def test_total_and_band_at_each_boundary(slug, points, band):
    instrument = INSTRUMENTS[slug]
    result = score(instrument, answers_for_total(instrument, points))
    assert (result.total, result.band) == (points, band)
    assert result.max_score == {"phq9": 27, "gad7": 21}[slug]


@pytest.mark.parametrize("slug", ["phq9", "gad7"])
def test_no_score_outside_the_scale(slug):
    instrument = INSTRUMENTS[slug]
    with pytest.raises(ValueError):
        band_for(instrument, instrument.max_score + 1)
    with pytest.raises(ValueError):
        band_for(instrument, -1)


def test_phq9_question_9_above_zero_calls_for_crisis_help(phq9):
    for answer in (1, 2, 3):
        assert score(phq9, answers_for_total(phq9, answer, crisis_answer=answer)).crisis
    # Whatever the total, "Not at all" on question 9 alone raises no flag.
    assert not score(phq9, answers_for_total(phq9, 24, crisis_answer=0)).crisis
    assert not needs_crisis_help(phq9, {9: 0})


def test_gad7_has_no_crisis_item(gad7):
    assert not score(gad7, answers_for_total(gad7, 21)).crisis


def test_each_answer_value_is_its_score(phq9):
    answers, missing = read_answers(phq9, {f"q{n}": str(n % 4) for n in range(1, 10)})
    assert missing == []
    assert answers == {n: n % 4 for n in range(1, 10)}


def test_unanswered_and_invalid_values_are_missing(phq9):
    data = {"q1": "0", "q2": "3", "q4": "4", "q5": "-1", "q6": "", "q7": "two", "q8": "1", "q9": "2"}
    answers, missing = read_answers(phq9, data)
    assert missing == [3, 4, 5, 6, 7]
    with pytest.raises(ValueError):
        score(phq9, answers)
