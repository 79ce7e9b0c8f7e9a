"""Every case gets a reply-due time; reviewers see what is overdue first, can filter by it, and a
self-pay patient's Good Faith Estimate deadline is tracked until someone records it sent."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from cases.models import AuditEntry
from inquiries.models import Inquiry

LIST_URL = "/admin/inquiries/inquiry/"


@pytest.fixture
def three_inquiries(client, inquiry_page, inquiry_data):
    for _ in range(3):
        client.post(inquiry_page, inquiry_data())
    return list(Inquiry.objects.order_by("received_at", "pk"))


def _change(case, **values):
    """Move a case's times as if it had arrived earlier; its place in the list follows (queue_order)."""
    for name, value in values.items():
        setattr(case, name, value)
    case.refresh_queue_key()
    case.save()


def test_a_new_inquiry_is_due_within_one_business_day(three_inquiries):
    inquiry = three_inquiries[0]
    assert inquiry.reply_due_at is not None
    assert timedelta(hours=8) <= inquiry.reply_due_at - inquiry.received_at <= timedelta(days=4)


def test_overdue_cases_come_first_and_the_filter_finds_them(client, reviewer, three_inquiries):
    old, middle, answered = three_inquiries
    _change(old, reply_due_at=timezone.now() - timedelta(hours=3))
    _change(answered, reply_due_at=timezone.now() - timedelta(hours=5), first_contacted_at=timezone.now())
    answered.set_status("contacted")  # as the services do: the list's sort key follows the status
    answered.save()
    client.force_login(reviewer)
    html = client.get(LIST_URL).content.decode()
    assert html.index(old.reference) < html.index(middle.reference) < html.index(answered.reference)
    assert "OVERDUE since" in html

    overdue = client.get(LIST_URL, {"reply": "overdue"}).content.decode()
    assert old.reference in overdue
    assert middle.reference not in overdue and answered.reference not in overdue  # answered is not overdue


def test_the_first_answer_is_recorded_when_a_case_leaves_new(client, reviewer, three_inquiries):
    inquiry = three_inquiries[0]
    client.force_login(reviewer)
    url = reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])
    client.post(url, _case_form(inquiry, status="contacted"))
    inquiry.refresh_from_db()
    assert inquiry.first_contacted_at is not None


def _case_form(case, **changes):
    data = {
        "status": case.status,
        "assignee": "",
        "self_pay": "unknown",
        "visit_date": "",
        "notes-TOTAL_FORMS": "0",
        "notes-INITIAL_FORMS": "0",
        "notes-MIN_NUM_FORMS": "0",
        "notes-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_scheduling_a_self_pay_patient_sets_the_estimate_deadline_and_sending_is_recorded(
    client, reviewer, three_inquiries
):
    inquiry = three_inquiries[0]
    client.force_login(reviewer)
    visit = (timezone.localdate() + timedelta(days=21)).isoformat()  # 10+ business days away
    change_url = reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])
    response = client.post(change_url, _case_form(inquiry, status="scheduled", self_pay="true", visit_date=visit))
    assert response.status_code == 302, response.content.decode()[:3000]
    inquiry.refresh_from_db()
    assert inquiry.estimate_due_at is not None
    assert inquiry.estimate_due_at - timezone.now() <= timedelta(days=6)  # 3 business days, a weekend at most

    listed = client.get(LIST_URL, {"estimate": "due"}).content.decode()
    assert inquiry.reference in listed
    assert "Good Faith Estimate due" in client.get(change_url).content.decode()

    # "Estimate sent" in the case box submits the case form (test_case_page_actions.py).
    inquiry.refresh_from_db()
    client.post(change_url, _case_form(inquiry, self_pay="true", visit_date=visit, _estimate_sent="1"))
    inquiry.refresh_from_db()
    assert inquiry.estimate_sent_at is not None and inquiry.estimate_sent_by == reviewer
    assert inquiry.estimate_due_at is None
    row_link = f'href="{LIST_URL}{inquiry.pk}/change/'
    assert row_link not in client.get(LIST_URL, {"estimate": "due"}).content.decode()
    trail = list(AuditEntry.objects.filter(inquiry_reference=inquiry.reference).values_list("detail", flat=True))
    assert "Good Faith Estimate sent" in trail
    assert any("Good Faith Estimate: visit date, self pay" in detail for detail in trail)
    assert not any(visit in detail for detail in trail)  # the appointment itself is never in the trail
