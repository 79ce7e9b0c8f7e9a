"""Cases made in bulk for the dashboard's tests: encrypted like real ones, hashed before bulk_create
(``TriageCase.save`` computes the blind indexes, and bulk_create never calls save)."""

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.utils import timezone

from inquiries.models import Inquiry
from referrals.models import Referral

CANARY = "Canary-7Q3Z-never-on-the-dashboard"


def local(year, month, day, hour=12, minute=0):
    """A moment in the clinic's time zone (as reviewers and the dashboard's weeks see it)."""
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(settings.TIME_ZONE))


def inquiry(received_at, *, topic="depression", language="en", status="new", **times):
    return Inquiry(
        received_at=received_at,
        status=status,
        status_changed_at=received_at,
        name=f"{CANARY} name",
        email="canary@example.org",
        phone="555-010-0199",
        contact_method="phone",
        contact_time="morning",
        topic=topic,
        message=f"{CANARY} message",
        language=language,
        privacy_notice_version="2026-01",
        consented_at=received_at,
        submission_token=uuid.uuid4(),
        **times,
    )


def referral(received_at, *, status="new", urgency="routine", **times):
    return Referral(
        received_at=received_at,
        status=status,
        status_changed_at=received_at,
        referrer_name=f"{CANARY} referrer",
        referrer_credentials="MD",
        referrer_npi="1234567893",
        referrer_practice="Example Practice",
        referrer_phone="555-010-0300",
        referrer_email="referrer@example.org",
        patient_name=f"{CANARY} patient",
        patient_birth_date="1980-04-23",
        patient_phone="555-010-0400",
        patient_language="es",
        reason="trd",
        antidepressant_trials="3",
        trials_summary=f"{CANARY} trials",
        current_medications="None",
        urgency=urgency,
        privacy_notice_version="2026-01",
        consented_at=received_at,
        submission_token=uuid.uuid4(),
        **times,
    )


def store(cases):
    """bulk_create, by kind, with each case's blind indexes computed first (as save() would)."""
    for case in cases:
        case.refresh_blind_indexes()
    for model in (Inquiry, Referral):
        model.objects.bulk_create([case for case in cases if isinstance(case, model)], batch_size=500)
    return cases


@pytest.fixture
def make_cases(db):
    """``make_cases(n, now=..., every_hours=5)``: n cases, one every few hours back from now, of every
    topic, language and status (300 cases at 5 hours apart stay inside the 12 weeks)."""

    def make(n, *, now=None, every_hours=5):
        now = now or timezone.now()
        topics, statuses = Inquiry.Topic.values, ("new", "contacted", "scheduled", "closed")
        cases = []
        for i in range(n):
            received = now - timezone.timedelta(hours=5 + i * every_hours)
            answered = {"first_contacted_at": received + timezone.timedelta(hours=i % 30)} if i % 3 else {}
            due = {"reply_due_at": received + timezone.timedelta(hours=20)} if i % 5 else {}
            status = statuses[i % 4] if answered else "new"
            if i % 4 == 3:
                cases.append(referral(received, status=status, **answered, **due))
            else:
                language = "es" if i % 2 else "en"
                cases.append(
                    inquiry(received, topic=topics[i % 5], language=language, status=status, **answered, **due)
                )
        return store(cases)

    return make
