"""The intake team gets an e-mail with the reference and an admin link only; a mail failure loses nothing."""

import logging

from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.test import override_settings

from inquiries.models import Inquiry

SUBMITTED = {
    "name": "Morgan Notifyme",
    "email": "morgan.notify@example.org",
    "phone": "555-010-0142",
    "message": "Please call me about the infusion schedule",
}


class BrokenBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("smtp down")


def test_notification_holds_only_reference_and_link(
    client, inquiry_page, inquiry_data, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(inquiry_page, inquiry_data(topic="ptsd", **SUBMITTED))
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["intake@clinic.example"]
    assert inquiry.reference in message.subject
    assert f"/admin/inquiries/inquiry/{inquiry.pk}/change/" in message.body
    everything = (message.subject + message.body + str(message.message())).lower()
    for value in [*SUBMITTED.values(), "morgan", "ptsd", "trauma", "0142"]:
        assert value.lower() not in everything


def test_no_email_before_the_row_is_committed(client, inquiry_page, inquiry_data, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(inquiry_page, inquiry_data())
    assert len(callbacks) == 1
    assert mail.outbox == []


@override_settings(EMAIL_BACKEND="tests.test_inquiry_notification.BrokenBackend")
def test_mail_failure_is_logged_and_keeps_the_inquiry(
    client, inquiry_page, inquiry_data, django_capture_on_commit_callbacks, caplog
):
    with caplog.at_level(logging.INFO), django_capture_on_commit_callbacks(execute=True):
        response = client.post(inquiry_page, inquiry_data(**SUBMITTED))
    assert response.status_code == 302
    assert response["Location"].endswith("/thank-you/")
    inquiry = Inquiry.objects.get()
    assert any("Could not send" in r.getMessage() and inquiry.reference in r.getMessage() for r in caplog.records)
    logged = " ".join(r.getMessage() for r in caplog.records).lower()
    for value in SUBMITTED.values():
        assert value.lower() not in logged
