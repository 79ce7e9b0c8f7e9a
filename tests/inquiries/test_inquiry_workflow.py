"""Reviewers move inquiries through statuses, assign them to themselves and add notes; all of it audited."""

import pytest
from django.urls import reverse

from cases.models import AuditEntry
from inquiries.models import Inquiry, InquiryNote

LIST_URL = "/admin/inquiries/inquiry/"


@pytest.fixture
def inquiries(client, inquiry_page, inquiry_data):
    for _ in range(3):
        client.post(inquiry_page, inquiry_data())
    client.logout()
    return list(Inquiry.objects.order_by("pk"))


def _action(client, action, objs):
    return client.post(LIST_URL, {"action": action, "_selected_action": [o.pk for o in objs]})


def test_status_actions_and_closing_time(client, reviewer, inquiries):
    client.force_login(reviewer)
    assert _action(client, "mark_contacted", inquiries[:2]).status_code == 302
    assert [i.status for i in Inquiry.objects.order_by("pk")] == ["contacted", "contacted", "new"]

    _action(client, "mark_closed", inquiries[:1])
    closed = Inquiry.objects.get(pk=inquiries[0].pk)
    assert closed.status == "closed" and closed.closed_at is not None
    assert AuditEntry.objects.filter(
        action="changed", inquiry_reference=closed.reference, detail="status: Contacted -> Closed", actor=reviewer
    ).exists()

    _action(client, "mark_scheduled", inquiries[:1])
    reopened = Inquiry.objects.get(pk=inquiries[0].pk)
    assert reopened.status == "scheduled" and reopened.closed_at is None


def test_assign_to_me(client, reviewer, inquiries):
    client.force_login(reviewer)
    _action(client, "assign_to_me", inquiries[1:])
    assert [i.assignee for i in Inquiry.objects.order_by("pk")] == [None, reviewer, reviewer]
    html = client.get(LIST_URL, {"assigned": "me"}).content.decode()
    assert inquiries[1].reference in html and inquiries[0].reference not in html


def test_notes_record_author_and_time_and_status_change_in_the_form(client, reviewer, inquiries):
    inquiry = inquiries[0]
    client.force_login(reviewer)
    url = reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])
    response = client.post(
        url,
        {
            "status": "not_a_fit",
            "assignee": reviewer.pk,
            "notes-TOTAL_FORMS": "1",
            "notes-INITIAL_FORMS": "0",
            "notes-MIN_NUM_FORMS": "0",
            "notes-MAX_NUM_FORMS": "1000",
            "notes-0-text": "Called back; referred to a local psychiatrist.",
            "notes-0-inquiry": inquiry.pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    inquiry.refresh_from_db()
    assert inquiry.status == "not_a_fit" and inquiry.closed_at is not None
    assert inquiry.assignee == reviewer
    note = InquiryNote.objects.get()
    assert note.author == reviewer and note.created_at is not None
    assert note.text == "Called back; referred to a local psychiatrist."
    assert AuditEntry.objects.filter(action="note_added", inquiry_reference=inquiry.reference).exists()
    # Neither the note nor anything else a person wrote appears in the trail.
    trail = " ".join(f"{e.detail} {e}" for e in AuditEntry.objects.all())
    assert "psychiatrist" not in trail and "Jordan" not in trail

    detail = client.get(url).content.decode()
    assert "referred to a local psychiatrist" in detail
    assert reviewer.username in detail
