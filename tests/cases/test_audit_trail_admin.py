"""The audit trail in the admin (``cases/admin.py``): one read-only trail for every kind of case, at
``/admin/cases/auditentry/``, listed on the admin's home page with the inquiries."""

import pytest
from django.urls import reverse

from cases.models import AuditEntry
from inquiries.models import Inquiry
from tests.page_html import PageReader


@pytest.fixture
def inquiry(client, inquiry_page, inquiry_data):
    client.post(inquiry_page, inquiry_data(name="Avery Audited", email="avery@example.org", phone="555-010-0166"))
    client.logout()
    return Inquiry.objects.get()


def test_the_trail_is_read_only(client, reviewer, inquiry):
    client.force_login(reviewer)
    client.get(reverse("admin:inquiries_inquiry_change", args=[inquiry.pk]))
    entry = AuditEntry.objects.get(action="viewed")
    assert client.get("/admin/cases/auditentry/").status_code == 200
    assert client.post(reverse("admin:cases_auditentry_delete", args=[entry.pk]), {"post": "yes"}).status_code == 403
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


def test_the_trail_is_in_the_inquiries_group_at_its_new_address(client, reviewer):
    client.force_login(reviewer)
    page = PageReader(client.get("/admin/").content.decode())
    links = {a.get("href", "") for a in page.find("a")}
    assert "Inquiries" in page.text and "Audit trail" in page.text
    assert "/admin/cases/auditentry/" in links
    assert "/admin/inquiries/auditentry/" not in links


def test_the_trails_breadcrumb_names_what_reviewers_know(client, reviewer):
    client.force_login(reviewer)
    page = PageReader(client.get("/admin/cases/auditentry/").content.decode())
    text = " ".join(page.text.split())
    assert "Home › Inquiries and referrals › Audit trail" in text


def test_a_bookmark_of_the_old_address_leads_to_the_trail(client, reviewer):
    client.force_login(reviewer)
    response = client.get("/admin/inquiries/auditentry/?action__exact=viewed")
    assert response.status_code == 301
    assert response["Location"] == "/admin/cases/auditentry/?action__exact=viewed"
    assert client.get(response["Location"]).status_code == 200
