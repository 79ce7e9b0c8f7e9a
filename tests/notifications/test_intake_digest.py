"""The morning digest: the right counts across a weekend in the clinic's time zone, links to each
list, references only (never a name or anything a person wrote), and nothing on a quiet morning."""

import uuid
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from post_office.models import Email

from clinic.models import ClinicDetails
from inquiries.models import Inquiry
from inquiries.services import submit_inquiry
from notifications.digest import queue_digest
from referrals.models import Referral
from referrals.services import submit_referral

NY = ZoneInfo("America/New_York")
CANARY = "Quillon Canarywright"


def at(day, hour, minute=0):
    return datetime(2026, 12, day, hour, minute, tzinfo=NY)  # 2026-12-04 is a Friday


def _inquiry(received):
    data = {"name": CANARY, "email": "canary@example.org", "phone": "", "contact_method": "email"}
    data.update(contact_time="any", topic="ptsd", message=f"{CANARY} wrote this", token=uuid.uuid4())
    return submit_inquiry(cleaned_data=data, now=received)[0]


def _referral(received, urgency):
    from datetime import date

    data = {name: "x" for name in Referral.ENCRYPTED_FIELDS}
    data.update(
        patient_name=CANARY, referrer_npi="1234567893", patient_birth_date=date(1980, 1, 1), antidepressant_trials=2
    )
    data.update(urgency=urgency, token=uuid.uuid4())
    return submit_referral(cleaned_data=data, now=received)[0]


@pytest.fixture
def weekend(db, reviewer):
    hours = ClinicDetails.objects.get(pk=1).hours
    hours.all().delete()
    for weekday in range(5):  # Monday to Friday, 9 am to 5 pm
        hours.create(weekday=weekday, opens=time(9), closes=time(17))
    cases = {
        "thursday": _inquiry(at(3, 10)),  # due Friday 10:00: overdue by Monday
        "friday_late": _inquiry(at(4, 16, 59)),  # due Monday 16:59
        "saturday": _inquiry(at(5, 10)),  # due Monday 17:00
        "answered": _inquiry(at(3, 11)),  # overdue, but someone called back
        "urgent_friday_night": _referral(at(4, 18), "urgent"),  # due Monday 17:00
        "routine_monday": _referral(at(7, 8), "routine"),  # before opening: due Monday 17:00
    }
    answered = cases["answered"]
    answered.set_status(Inquiry.Status.CONTACTED, now=at(4, 9))
    answered.save()
    Email.objects.all().delete()  # the new-case notifications; only the digest is looked at here
    return cases


def test_monday_morning_counts_after_a_weekend(weekend, deliver_mail):
    assert queue_digest(now=at(7, 8, 30)) == 1
    deliver_mail()
    [message] = mail.outbox
    body = message.body
    assert message.subject == "Intake digest: 1 overdue"
    inquiries, referrals = body.split("Inquiries:")[1].split("Referrals:")
    assert "- new: 3 " in inquiries and "- overdue for a reply: 1 " in inquiries
    assert "- reply due today: 2 " in inquiries  # Friday 4:59 pm and Saturday's
    assert weekend["thursday"].reference in inquiries and weekend["friday_late"].reference not in inquiries
    assert "- unassigned: 4 " in inquiries
    assert (
        "- new: 2 " in referrals and "- reply due today: 2 " in referrals and "- overdue for a reply: 0 " in referrals
    )
    assert "/admin/inquiries/inquiry/?reply=overdue" in body and "/admin/referrals/referral/?reply=today" in body
    everything = (message.subject + body).lower()
    for value in (CANARY.lower(), "canary@example.org", "ptsd", "quillon"):
        assert value not in everything


def test_the_same_cases_on_monday_evening_are_all_overdue(weekend, deliver_mail):
    queue_digest(now=at(7, 17, 30))
    deliver_mail()
    body = mail.outbox[0].body
    inquiries, referrals = body.split("Inquiries:")[1].split("Referrals:")
    assert "- overdue for a reply: 3 " in inquiries and "- reply due today: 0 " in inquiries
    assert "- overdue for a reply: 2 " in referrals


def test_nothing_is_sent_on_a_quiet_morning(weekend):
    Inquiry.objects.update(status=Inquiry.Status.CLOSED)
    Referral.objects.update(status=Referral.Status.CLOSED)
    assert queue_digest(now=at(8, 8)) == 0
    assert not Email.objects.exists()


def test_only_active_intake_reviewers_get_it(weekend, reviewer, editor, deliver_mail):
    reviewer.is_active = True
    reviewer.save()
    queue_digest(now=at(7, 8, 30))
    deliver_mail()
    assert [m.to for m in mail.outbox] == [[reviewer.email]]
