"""What the self-check templates show, built by plain functions (the plugin and the view call them).

The questionnaire comes with everything the browser script needs to score without
asking the site anything: each band's result is rendered here into a <template>,
with the total left as a slot for the script to fill.
"""

from django.utils.html import format_html

from . import meanings
from .instruments import ANSWER_SCORES
from .scoring import DIFFICULTY_FIELD, field_name

# Where the browser script writes the total inside a band's <template>.
TOTAL_SLOT = format_html("<span data-selfcheck-total>{}</span>", "0")


def question_id(number):
    """The id of an item's fieldset; the error summary links to it."""
    return f"selfcheck-{field_name(number)}"


def questionnaire(instrument, language, *, page_id=None, answers=None, missing=(), difficulty=""):
    """The form: the instrument's stem, items and answers in ``language``, with any answers given so far."""
    wording = instrument.wording(language)
    answers = answers or {}
    questions = []
    for number, text in zip(instrument.item_numbers, wording.items, strict=True):
        questions.append(
            {
                "number": number,
                "field": field_name(number),
                "id": question_id(number),
                "text": text,
                "missing": number in missing,
                "crisis": number == instrument.crisis_item,
                "options": [
                    {"value": score, "label": label, "checked": answers.get(number) == score}
                    for score, label in zip(ANSWER_SCORES, wording.answers, strict=True)
                ],
            }
        )
    return {
        "instrument": instrument,
        "title": meanings.TITLES[instrument.slug],
        "language": language,
        "page_id": page_id or "",
        "stem": wording.stem,
        "questions": questions,
        "missing": [q for q in questions if q["missing"]],
        "difficulty": {
            "field": DIFFICULTY_FIELD,
            "text": wording.difficulty,
            "options": [
                {"value": str(index), "label": label, "checked": difficulty == str(index)}
                for index, label in enumerate(wording.difficulty_answers)
            ],
        },
        "attribution": wording.attribution,
        "crisis_item": instrument.crisis_item,
        "bands": [
            {"low": band.low, "high": band.high, "result": result(instrument, band.key, TOTAL_SLOT, crisis=False)}
            for band in instrument.bands
        ],
    }


def result(instrument, band, total, *, crisis):
    """One result as the page shows it: total "N out of max", band, what it usually means, next steps.

    The next steps, in order: the person's own doctor or any clinician (from 10 up, soon, or today in
    the highest band), then 988 at any moment, and only then this clinic, as one secondary option."""
    return {
        "instrument": instrument,
        "title": meanings.TITLES[instrument.slug],
        "total": total,
        "max_score": instrument.max_score,
        "band": band,
        "meaning": meanings.meaning(instrument, band),
        "any_moment": meanings.ANY_MOMENT,
        "clinic_option": meanings.CLINIC_OPTION,
        "crisis": crisis,
    }
