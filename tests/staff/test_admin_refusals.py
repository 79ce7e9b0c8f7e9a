"""Staff who open a part of the admin that is not theirs get the admin's own page saying whose it is (still 403)."""

import pytest
from django.urls import reverse

from inquiries.models import Inquiry

from ..page_html import PageReader


@pytest.fixture
def inquiry(client, inquiry_page, inquiry_data):
    client.post(inquiry_page, inquiry_data())
    client.logout()
    return Inquiry.objects.get()


@pytest.mark.parametrize("where", ["list", "detail", "audit"])
def test_an_editor_opening_the_inquiries_is_told_they_are_for_the_reviewers(client, editor, inquiry, where):
    url = {
        "list": "/admin/inquiries/inquiry/",
        "detail": reverse("admin:inquiries_inquiry_change", args=[inquiry.pk]),
        "audit": "/admin/cases/auditentry/",
    }[where]
    client.force_login(editor)
    response = client.get(url)
    assert response.status_code == 403
    page = PageReader(response.content.decode())
    assert "Inquiries are for the intake reviewers" in page.text
    assert page.find("a", href="/admin/")  # a way back to the admin's start page
    assert page.find("div", id="header") or "Clinic website administration" in page.text  # the admin's chrome
    assert inquiry.reference not in page.text


def test_a_reviewer_opening_a_staff_only_part_gets_the_admin_page_too(client, reviewer, db):
    client.force_login(reviewer)
    response = client.get("/admin/auth/user/")
    assert response.status_code == 403
    text = PageReader(response.content.decode()).text
    assert "belongs to another staff role" in text
    assert "Clinic website administration" in text


def test_visitors_outside_the_admin_get_the_plain_403(client, db):
    from django.contrib.auth.models import AnonymousUser
    from django.test import RequestFactory

    from staff.views import permission_denied

    request = RequestFactory().get("/somewhere/")
    request.user = AnonymousUser()
    response = permission_denied(request, None)
    assert response.status_code == 403
    assert b"intake reviewers" not in response.content
