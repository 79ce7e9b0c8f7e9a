"""Views, exports and deletions are written to the audit trail, which holds no submitted value."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from cases.models import AuditEntry
from inquiries.models import Inquiry
from tests.page_html import response_text

LIST_URL = "/admin/inquiries/inquiry/"
SUBMITTED = {"name": "Avery Audited", "email": "avery@example.org", "phone": "555-010-0166"}


@pytest.fixture
def inquiry(client, inquiry_page, inquiry_data):
    client.post(inquiry_page, inquiry_data(message='=HYPERLINK("http://evil.example")', **SUBMITTED))
    client.logout()
    return Inquiry.objects.get()


def _no_values_in_trail():
    trail = " ".join(
        f"{e.actor_name} {e.action} {e.inquiry_reference} {e.detail}" for e in AuditEntry.objects.all()
    ).lower()
    for value in [*SUBMITTED.values(), "avery", "evil.example", "depression"]:
        assert value.lower() not in trail


def test_viewing_an_inquiry_is_audited(client, reviewer, inquiry):
    client.force_login(reviewer)
    assert client.get(reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])).status_code == 200
    entry = AuditEntry.objects.get(action="viewed")
    assert entry.actor == reviewer and entry.actor_name == "reviewer"
    assert entry.inquiry_reference == inquiry.reference
    assert entry.at is not None
    assert AuditEntry.objects.filter(action="listed").count() == 0
    client.get(LIST_URL)
    assert AuditEntry.objects.filter(action="listed", actor=reviewer).count() == 1
    _no_values_in_trail()


def test_export_needs_its_own_permission(client, reviewer, inquiry):
    client.force_login(reviewer)
    assert "export_csv" not in client.get(LIST_URL).content.decode()
    response = client.post(LIST_URL, {"action": "export_csv", "_selected_action": [inquiry.pk]})
    assert response.get("Content-Type", "").startswith("text/html")  # refused: back to the list
    assert not AuditEntry.objects.filter(action="exported").exists()


def test_export_is_audited_and_safe_for_spreadsheets(client, reviewer, inquiry):
    reviewer.user_permissions.add(Permission.objects.get(codename="export_inquiry"))
    client.force_login(reviewer)
    response = client.post(LIST_URL, {"action": "export_csv", "_selected_action": [inquiry.pk]})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response_text(response).removeprefix("\ufeff"))))  # the BOM
    assert len(rows) == 1
    assert rows[0]["reference"] == inquiry.reference
    assert rows[0]["name"] == "Avery Audited"
    assert rows[0]["message"].startswith("'=")  # not run as a formula

    entry = AuditEntry.objects.get(action="exported")
    assert entry.actor == reviewer and entry.inquiry_reference == inquiry.reference
    _no_values_in_trail()


def test_deletion_is_audited(client, reviewer, inquiry):
    client.force_login(reviewer)
    url = reverse("admin:inquiries_inquiry_delete", args=[inquiry.pk])
    assert client.post(url, {"post": "yes"}).status_code == 302
    assert not Inquiry.objects.exists()
    assert AuditEntry.objects.filter(action="deleted", inquiry_reference=inquiry.reference, actor=reviewer).exists()
