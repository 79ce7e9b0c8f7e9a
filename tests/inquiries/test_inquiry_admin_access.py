"""Only intake reviewers (and superusers) see inquiries: editors get 403, anonymous visitors the login page."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from inquiries.models import Inquiry


@pytest.fixture
def inquiry(client, inquiry_page, inquiry_data):
    client.post(inquiry_page, inquiry_data(name="Riley Reviewable", email="riley@example.org", phone="555-010-0177"))
    client.logout()
    return Inquiry.objects.get()


LIST_URL = "/admin/inquiries/inquiry/"


def _change_url(inquiry):
    return reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])


def test_anonymous_visitor_is_sent_to_login(client, inquiry):
    for url in (LIST_URL, _change_url(inquiry)):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def test_content_editor_gets_403(client, editor, inquiry):
    client.force_login(editor)
    assert client.get(LIST_URL).status_code == 403
    assert client.get(_change_url(inquiry)).status_code == 403
    assert client.get("/admin/cases/auditentry/").status_code == 403
    assert "Riley" not in client.get("/admin/").content.decode()


def test_reviewer_sees_the_list_and_the_detail(client, reviewer, inquiry):
    client.force_login(reviewer)
    listing = client.get(LIST_URL)
    assert listing.status_code == 200
    html = listing.content.decode()
    assert inquiry.reference in html
    assert "Depression" in html  # topic column
    assert "Riley Reviewable" in html  # the Name column, for a reviewer taking a call
    assert "riley@example.org" not in html and "555-010-0177" not in html  # the rest stays on the case page

    detail = client.get(_change_url(inquiry))
    assert detail.status_code == 200
    html = detail.content.decode()
    assert "Riley Reviewable" in html
    assert "riley@example.org" in html
    # Submitted fields are read-only: no input carries them.
    assert 'name="name"' not in html and 'name="email"' not in html
    assert 'name="status"' in html


def test_reviewer_cannot_add_an_inquiry_by_hand(client, reviewer, db):
    client.force_login(reviewer)
    assert client.get("/admin/inquiries/inquiry/add/").status_code == 403


def test_superuser_sees_inquiries(client, inquiry):
    admin_user = get_user_model().objects.create_superuser("boss", "boss@clinic.example", "a-long-test-password-123")
    client.force_login(admin_user)
    assert client.get(LIST_URL).status_code == 200


def test_exact_search_by_email_phone_and_reference(client, reviewer, inquiry, inquiry_page, inquiry_data):
    client.post(inquiry_page, inquiry_data(email="someone.else@example.org", phone="555-010-0188"))
    other = Inquiry.objects.exclude(pk=inquiry.pk).get()
    client.force_login(reviewer)
    for term in ("RILEY@example.org", "(555) 010-0177", inquiry.reference):
        html = client.get(LIST_URL, {"q": term}).content.decode()
        assert inquiry.reference in html, term
        assert other.reference not in html, term
    html = client.get(LIST_URL, {"q": "riley"}).content.decode()
    assert inquiry.reference not in html  # exact match only


def test_topic_filter(client, reviewer, inquiry, inquiry_page, inquiry_data):
    client.post(inquiry_page, inquiry_data(topic="cost"))
    cost = Inquiry.objects.exclude(pk=inquiry.pk).get()
    client.force_login(reviewer)
    html = client.get(LIST_URL, {"topic": "cost"}).content.decode()
    assert cost.reference in html and inquiry.reference not in html
