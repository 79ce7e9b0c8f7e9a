"""Facts a clinician signed off on, pinned so they cannot drift back (issue 16).

Each test reads the rendered page, as a patient sees it: the three Spravato approvals with
what each covers, the FDA's 2023 words on psychiatric use, the full risks, the crisis lines
with calling and texting kept apart, and the privacy page's retention period from the settings.
"""

import re

from cms.models import Page
from django.core.cache import cache
from django.test import Client, override_settings

from tests.page_html import PageReader

SPRAVATO_PAGES = ("what-is-ketamine", "benefits-and-risks", "faq")
FDA_2023_WORDS = "not FDA approved for the treatment of any psychiatric disorder"


def _html(client, reverse_id):
    response = client.get(Page.objects.get(reverse_id=reverse_id).get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def _text(client, reverse_id):
    return PageReader(_html(client, reverse_id)).text


def test_each_page_naming_spravato_gives_its_three_approvals_with_what_each_covers(client, seeded):
    for reverse_id in SPRAVATO_PAGES:
        text = _text(client, reverse_id)
        assert re.search(
            r"March 2019:? for treatment-resistant depression,? (taken )?together with an antidepressant", text
        ), reverse_id
        assert re.search(r"August 2020:? (it was approved )?for depression symptoms in adults", text), reverse_id
        assert "suicidal thoughts or actions" in text, reverse_id
        assert re.search(r"January 2025:? (it was approved )?for treatment-resistant depression on its own", text), (
            reverse_id
        )


def test_spravato_safety_program_monitoring_and_driving_rule(client, seeded):
    for reverse_id in SPRAVATO_PAGES:
        text = _text(client, reverse_id)
        assert "REMS" in text and "at least 2 hours" in text, reverse_id
        assert "Do not drive or use machines until the next day, after a restful sleep" in text, reverse_id
    text = _text(client, "what-is-ketamine")
    assert "never take it home" in text
    assert "not been shown to prevent suicide" in text
    assert "two mirror-image forms" in text
    assert "part of the ketamine molecule" not in text
    faq = _text(client, "faq")
    assert "FDA-approved for certain kinds of depression in adults, so insurance often covers it" in faq


def test_every_mental_health_use_is_off_label_in_the_fdas_words(client, seeded):
    for reverse_id in ("what-is-ketamine", "benefits-and-risks"):
        text = _text(client, reverse_id)
        assert FDA_2023_WORDS in text, reverse_id
        assert "depression, anxiety or PTSD is off-label" in text, reverse_id
        assert "October 10, 2023" in text, reverse_id  # the alert is cited in the sources


def test_the_risks_include_bladder_memory_and_misuse(client, seeded):
    text = _text(client, "benefits-and-risks")
    assert "Bladder and urinary problems" in text
    assert "blood in your urine" in text
    assert "memory and thinking" in text
    assert "lowers this risk, but does not remove it" in text
    for effect in ("sleepiness", "headache", "unsettling"):
        assert effect in text, effect
    # Anxiety and PTSD claims carry their studies.
    assert "Glue P" in text and "Feder A" in text and "Abdallah CG" in text


def test_who_may_not_be_offered_it_includes_the_added_conditions(client, seeded):
    text = _text(client, "is-it-right-for-me")
    for condition in ("bleeding in the brain", "aneurysm", "breastfeeding", "bad reaction to ketamine"):
        assert condition in text, condition
    assert "This list is not complete" in text


def test_what_to_expect_does_not_call_the_infusion_the_whole_session(client, seeded):
    html = _html(client, "what-to-expect")
    description = PageReader(html).meta(name="description")
    assert "session takes about 40 minutes" not in description
    assert "about 40 minutes" in description and "2 hours" in description


def test_the_crisis_strip_offers_calling_and_texting_988_on_every_page(client, seeded):
    for page in Page.objects.exclude(reverse_id=None):
        html = _html(client, page.reverse_id)
        strip = re.search(r'<aside class="crisis-strip".*?</aside>', html, re.S)
        assert strip, page.reverse_id
        assert 'href="tel:988"' in strip.group(0) and 'href="sms:988"' in strip.group(0), page.reverse_id
        assert 'href="tel:911"' in strip.group(0), page.reverse_id


def test_calling_and_texting_are_told_apart_on_the_crisis_page(client, seeded):
    text = _text(client, "crisis-help")
    call = text.index("Call 988")
    texting = text.index("Text 988")
    # The press-1/press-2 menu belongs to the call, before the texting options begin.
    assert call < text.index("Press 1 for the Veterans Crisis Line") < texting
    assert call < text.index("Press 2 for help in Spanish") < texting
    assert texting < text.index("AYUDA to 988") and texting < text.index("text 838255")
    assert "press 3" not in text.lower()
    assert "suicide" in text


def test_privacy_notice_states_the_retention_setting(client, seeded):
    assert "we delete it about 180 days later" in _text(client, "privacy")
    cache.clear()
    # A new setting means restarted workers: a new client, without the old worker's page copies.
    with override_settings(INQUIRY_RETENTION_DAYS=30):
        assert "we delete it about 30 days later" in _text(Client(), "privacy")


def test_privacy_notice_explains_encryption_and_backups(client, seeded):
    text = _text(client, "privacy")
    assert "locked with a secret key" in text
    assert "backup" in text


def test_medical_reviews_are_dated_this_review(seeded):
    from content.models import MedicalReview

    dates = {str(review.last_reviewed) for review in MedicalReview.objects.all()}
    assert dates == {"2026-12-06"}  # the second clinician's review (issue 25)
