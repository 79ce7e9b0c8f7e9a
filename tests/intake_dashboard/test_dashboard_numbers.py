"""The dashboard's numbers on a known set of cases: weeks in the clinic's time zone, topics (through
the blind index), languages, the median time to first contact, the share answered on time, and the
open backlog."""

from datetime import date, timedelta

import pytest

from intake_dashboard import charts, selectors

from .conftest import inquiry, local, referral, store

NOW = local(2026, 11, 18, 15, 0)  # a Wednesday afternoon in New York
H = timedelta(hours=1)


@pytest.fixture
def known_cases(db):
    sunday_night = local(2026, 11, 15, 23, 30)  # already Monday in UTC: still the week of Nov 9 here
    return store(
        [
            inquiry(sunday_night, topic="anxiety", language="es", reply_due_at=local(2026, 11, 16, 17)),
            inquiry(
                local(2026, 11, 16, 0, 30),
                status="contacted",
                first_contacted_at=local(2026, 11, 16, 2, 30),
                reply_due_at=local(2026, 11, 16, 17),
            ),
            inquiry(
                local(2026, 11, 10, 9),
                status="scheduled",
                first_contacted_at=local(2026, 11, 10, 13),
                reply_due_at=local(2026, 11, 10, 12),
            ),
            inquiry(local(2026, 11, 17, 10), topic="ptsd", language="es", reply_due_at=local(2026, 11, 18, 17)),
            inquiry(local(2026, 9, 1, 10), topic="cost", status="closed", first_contacted_at=local(2026, 9, 1, 11)),
            # Received before the 12 weeks: left out of the weekly counts and reply times, but still open.
            inquiry(local(2026, 8, 30, 10), reply_due_at=local(2026, 8, 31, 17)),
            inquiry(
                local(2026, 10, 5, 10),
                topic="other",
                status="not_a_fit",
                first_contacted_at=local(2026, 10, 5, 20),
                reply_due_at=local(2026, 10, 6, 6),
            ),
            referral(local(2026, 11, 18, 9), urgency="urgent", reply_due_at=local(2026, 11, 18, 17)),
            referral(
                local(2026, 11, 3, 10),
                status="contacted",
                first_contacted_at=local(2026, 11, 3, 10, 30),
                reply_due_at=local(2026, 11, 3, 18),
            ),
            referral(
                local(2026, 11, 4, 10),
                status="scheduled",
                first_contacted_at=local(2026, 11, 4, 13),
                reply_due_at=local(2026, 11, 4, 12),
            ),
        ]
    )


def _by_week(weekly, key):
    series = next(s for s in weekly.series if s.key == key)
    return {week: n for week, n in zip(weekly.weeks, series.values, strict=True) if n}


def test_twelve_weeks_from_monday_in_the_clinic_time_zone():
    weeks = selectors.week_starts(NOW)
    assert len(weeks) == 12
    assert weeks[-1] == date(2026, 11, 16) and weeks[0] == date(2026, 8, 31)
    assert all(week.weekday() == 0 for week in weeks)


def test_requests_per_week(known_cases):
    numbers = selectors.dashboard_numbers(now=NOW)
    assert _by_week(numbers.requests, "inquiries") == {
        date(2026, 8, 31): 1,
        date(2026, 10, 5): 1,
        date(2026, 11, 9): 2,  # the Sunday-night one counts in its own (local) week
        date(2026, 11, 16): 2,
    }
    assert _by_week(numbers.requests, "referrals") == {date(2026, 11, 2): 2, date(2026, 11, 16): 1}
    assert numbers.requests.total == 9


def test_inquiries_by_topic_and_language(known_cases):
    numbers = selectors.dashboard_numbers(now=NOW)
    assert _by_week(numbers.topics, "depression") == {date(2026, 11, 9): 1, date(2026, 11, 16): 1}
    assert _by_week(numbers.topics, "anxiety") == {date(2026, 11, 9): 1}
    assert _by_week(numbers.topics, "ptsd") == {date(2026, 11, 16): 1}
    assert _by_week(numbers.topics, "cost") == {date(2026, 8, 31): 1}
    assert _by_week(numbers.topics, "other") == {date(2026, 10, 5): 1}
    assert [s.key for s in numbers.topics.series] == ["depression", "anxiety", "ptsd", "cost", "other"]
    assert _by_week(numbers.languages, "es") == {date(2026, 11, 9): 1, date(2026, 11, 16): 1}
    assert sum(_by_week(numbers.languages, "en").values()) == 4


def test_median_time_to_first_contact_and_share_on_time(known_cases):
    inquiries, referrals = selectors.dashboard_numbers(now=NOW).replies
    # Answered after 1, 2, 4 and 10 hours: the median is halfway between 2 and 4.
    assert (inquiries.received, inquiries.answered, inquiries.median) == (6, 4, 3 * H)
    assert (inquiries.on_time, inquiries.late, inquiries.waiting, inquiries.no_due_time) == (2, 2, 1, 1)
    assert inquiries.share_on_time == 0.5
    assert (referrals.received, referrals.answered, referrals.median) == (3, 2, timedelta(minutes=105))
    assert (referrals.on_time, referrals.late, referrals.waiting, referrals.no_due_time) == (1, 1, 1, 0)


def test_open_backlog_by_status_whenever_received(known_cases):
    backlog = selectors.dashboard_numbers(now=NOW).backlog
    assert backlog.inquiries == {"new": 3, "contacted": 1, "scheduled": 1}
    assert backlog.referrals == {"new": 1, "contacted": 1, "scheduled": 1}
    assert (backlog.overdue_inquiries, backlog.overdue_referrals) == (2, 0)


def test_a_topic_hashed_under_an_older_key_still_counts(known_cases, settings):
    """During a key rotation rows carry hashes under either key: both map back to their topic."""
    from cases import crypto
    from inquiries.models import Inquiry

    old_hash = crypto.blind_index_candidates("topic", "cost")[0]
    settings.INQUIRY_ENCRYPTION_KEYS = [
        "Y2Fhbm90aGVyLWtleS1mb3ItdGVzdHMtb25seS0wMDA=",
        *settings.INQUIRY_ENCRYPTION_KEYS,
    ]
    assert crypto.blind_index("topic", "cost") != old_hash  # new rows would get the new key's hash
    assert Inquiry.objects.filter(topic_hash=old_hash).count() == 1
    assert _by_week(selectors.dashboard_numbers(now=NOW).topics, "cost") == {date(2026, 8, 31): 1}


def test_a_hash_no_key_gives_and_a_language_no_longer_offered_are_counted_apart(known_cases):
    """Every case is counted somewhere: the totals by topic and by language stay the requests' total."""
    from inquiries.models import Inquiry

    clean = selectors.dashboard_numbers(now=NOW)
    assert "unknown" not in [s.key for s in clean.topics.series + clean.languages.series]
    Inquiry.objects.filter(language="es").update(topic_hash="0" * 64, language="fr")
    numbers = selectors.dashboard_numbers(now=NOW)
    unknown_topic = next(s for s in numbers.topics.series if s.key == "unknown")
    unknown_language = next(s for s in numbers.languages.series if s.key == "unknown")
    assert unknown_topic.label == "Topic unknown" and sum(unknown_topic.values) == 2
    assert unknown_language.label == "Another language" and sum(unknown_language.values) == 2
    assert numbers.topics.total == numbers.languages.total == clean.topics.total == 6


def test_the_page_says_the_same_numbers(known_cases, client, reviewer, monkeypatch):
    monkeypatch.setattr(selectors.timezone, "now", lambda: NOW)
    client.force_login(reviewer)
    html = client.get("/admin/intake-dashboard/").content.decode()
    assert "9 requests in the last 12 weeks: 6 inquiries and 3 referrals." in html
    assert "Inquiries: 50% answered within the promised time (2 of 4); half were first contacted within 3 h." in html
    assert "1 without a reply-due time are left out." in html
    assert "8 open cases: 4 new, 2 contacted, 2 scheduled." in html
    assert "2 new cases are past the reply-due time (2 inquiries, 0 referrals)." in html


def test_duration_and_scale_wording():
    assert charts.format_wait(timedelta(minutes=45)) == "45 min"
    assert charts.format_wait(timedelta(hours=3, minutes=20)) == "3 h 20 min"
    assert charts.format_wait(timedelta(days=2, hours=4)) == "2 days 4 h"
    assert charts.format_wait(None) == "–"
    assert [charts.nice_top(n) for n in (0, 3, 7, 12, 180, 1001)] == [1, 5, 10, 20, 200, 2000]
