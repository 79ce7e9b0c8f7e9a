"""The intake team gets an e-mail with the reference and an admin link only, queued with the case:
a mail server that is down or refusing delays it and never fails the form or loses it."""

import logging

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.test import override_settings
from post_office.models import STATUS, Email

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


def test_notification_holds_only_reference_and_link(client, inquiry_page, inquiry_data, deliver_mail):
    response = client.post(inquiry_page, inquiry_data(topic="ptsd", **SUBMITTED))
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert mail.outbox == []  # queued, not sent by the request
    deliver_mail()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["intake@clinic.example"]
    assert inquiry.reference in message.subject
    assert f"/admin/inquiries/inquiry/{inquiry.pk}/change/" in message.body
    everything = (message.subject + message.body + str(message.message())).lower()
    stored = " ".join(f"{e.subject} {e.message} {e.html_message}" for e in Email.objects.all()).lower()
    for value in [*SUBMITTED.values(), "morgan", "ptsd", "trauma", "0142"]:
        assert value.lower() not in everything
        assert value.lower() not in stored  # what superusers see in the queue's admin


def test_the_notification_is_stored_in_the_same_transaction_as_the_case(db, inquiry_data):
    from inquiries.services import submit_inquiry

    data = inquiry_data()
    data["token"] = __import__("uuid").UUID(data["token"])
    with pytest.raises(RuntimeError), transaction.atomic():
        submit_inquiry(cleaned_data={k: v for k, v in data.items() if k not in {"consent", "website"}})
        assert Email.objects.count() == 1 and Inquiry.objects.count() == 1
        raise RuntimeError("the request failed after the case was stored")
    assert Email.objects.count() == 0 and Inquiry.objects.count() == 0  # neither, never one without the other


def test_a_refusing_mail_server_keeps_the_form_working_and_the_message_waiting(
    client, inquiry_page, inquiry_data, deliver_mail, settings, caplog
):
    settings.POST_OFFICE = {**settings.POST_OFFICE, "BACKENDS": {"default": f"{__name__}.BrokenBackend"}}
    with caplog.at_level(logging.INFO):
        response = client.post(inquiry_page, inquiry_data(**SUBMITTED))
        deliver_mail()
    assert response.status_code == 302
    assert response["Location"].endswith("/thank-you/")
    assert Inquiry.objects.count() == 1
    assert Email.objects.get().status == STATUS.requeued  # retried later with backoff, not lost
    logged = " ".join(r.getMessage() for r in caplog.records).lower()
    for value in SUBMITTED.values():
        assert value.lower() not in logged

    with override_settings(
        POST_OFFICE={**settings.POST_OFFICE, "BACKENDS": {"default": "django.core.mail.backends.locmem.EmailBackend"}}
    ):
        deliver_mail(now=True)  # `make send-mail` after the outage: no waiting for the next retry
    assert len(mail.outbox) == 1 and Email.objects.get().status == STATUS.sent
