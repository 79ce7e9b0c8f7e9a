"""Scoring, as pure functions: answers in, total, band and crisis flag out.

Nothing here stores, logs or sends anything; the view and the browser script
(static/selfchecks/selfcheck.js, which follows the same rules) only call these.
"""

from dataclasses import dataclass

from .instruments import ANSWER_SCORES


def field_name(number):
    """The form field of item ``number`` (1-based): "q1", "q2"..."""
    return f"q{number}"


DIFFICULTY_FIELD = "difficulty"


@dataclass(frozen=True)
class Result:
    total: int
    max_score: int
    band: str
    crisis: bool


def read_answers(instrument, data):
    """The posted answers as ``{item number: score}``, and the item numbers left unanswered.

    A value other than "0".."3" counts as unanswered: each answer's form value is its score.
    """
    answers, missing = {}, []
    valid = {str(score): score for score in ANSWER_SCORES}
    for number in instrument.item_numbers:
        value = data.get(field_name(number), "")
        if value in valid:
            answers[number] = valid[value]
        else:
            missing.append(number)
    return answers, missing


def total(answers):
    return sum(answers.values())


def band_for(instrument, score):
    """The key of the band ``score`` falls in ("minimal", "mild"...)."""
    for band in instrument.bands:
        if band.low <= score <= band.high:
            return band.key
    raise ValueError(f"{score} is outside 0-{instrument.max_score}")


def needs_crisis_help(instrument, answers):
    """True when the instrument's crisis item (PHQ-9 question 9) has any answer but "Not at all"."""
    return instrument.crisis_item is not None and answers.get(instrument.crisis_item, 0) > 0


def score(instrument, answers):
    """The result of a complete set of answers ``{item number: score}``."""
    if set(answers) != set(instrument.item_numbers):
        raise ValueError("every item needs an answer before it can be scored")
    points = total(answers)
    return Result(
        total=points,
        max_score=instrument.max_score,
        band=band_for(instrument, points),
        crisis=needs_crisis_help(instrument, answers),
    )
