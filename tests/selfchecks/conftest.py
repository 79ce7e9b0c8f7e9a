"""Self-check fixtures: answer sets built to land on a chosen total, and the seeded question pages."""

import pytest
from django.test import override_settings

from selfchecks.instruments import INSTRUMENTS

# Spanish is offered by the i18n work; these tests turn it on themselves so they run either way.
BOTH_LANGUAGES = [("en", "English"), ("es", "Español")]


def answers_for_total(instrument, points, *, crisis_answer=None):
    """Answers {item: score} that add up to ``points``, filling the items in order with the crisis
    item (PHQ-9 question 9) last; ``crisis_answer`` fixes that item's answer instead."""
    answers = dict.fromkeys(instrument.item_numbers, 0)
    order = [n for n in instrument.item_numbers if n != instrument.crisis_item]
    if crisis_answer is None:
        order += [instrument.crisis_item] if instrument.crisis_item else []
    else:
        answers[instrument.crisis_item] = crisis_answer
    remaining = points - (crisis_answer or 0)
    for number in order:
        answers[number] = min(3, remaining)
        remaining -= answers[number]
    assert remaining == 0, f"{points} cannot be reached"
    return answers


def post_data(instrument, answers, language="en", **extra):
    data = {"instrument": instrument.slug, "language": language}
    data.update({f"q{number}": str(score) for number, score in answers.items()})
    data.update(extra)
    return data


@pytest.fixture
def spanish_on():
    with override_settings(LANGUAGES=BOTH_LANGUAGES):
        yield


@pytest.fixture
def phq9():
    return INSTRUMENTS["phq9"]


@pytest.fixture
def gad7():
    return INSTRUMENTS["gad7"]


@pytest.fixture
def contact_page(db):
    """A published page with the Contact page's reverse_id (the result's next step links to it); returns its URL."""
    from cms.models import Page

    from content.seeding import seed_pages

    seed_pages(
        [
            {
                "reverse_id": "contact",
                "title": "Request a consultation",
                "slug": "contact",
                "template": "pages/article.html",
                "sections": [],
            }
        ]
    )
    return Page.objects.get(reverse_id="contact").get_absolute_url("en")
