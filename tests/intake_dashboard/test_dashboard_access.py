"""The dashboard is for intake reviewers and superusers, behind the admin's login; content editors get
the admin's own refusal page (403). Those who may see it find it on the admin index and the inquiries list."""

import pytest
from django.contrib.auth import get_user_model

from ..page_html import PageReader

URL = "/admin/intake-dashboard/"


def test_a_reviewer_sees_the_dashboard(client, reviewer):
    client.force_login(reviewer)
    response = client.get(URL)
    assert response.status_code == 200
    page = PageReader(response.content.decode())
    assert "Intake dashboard" in page.text
    assert "Requests per week" in page.text and "Open cases by status" in page.text
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]


def test_a_superuser_sees_the_dashboard(client, db):
    boss = get_user_model().objects.create_superuser("boss", "boss@clinic.example", "a-long-test-password-123")
    client.force_login(boss)
    assert client.get(URL).status_code == 200


def test_a_content_editor_is_told_it_is_for_the_reviewers(client, editor):
    client.force_login(editor)
    response = client.get(URL)
    assert response.status_code == 403
    text = PageReader(response.content.decode()).text
    assert "for the intake reviewers" in text and "ask a superuser" in text
    assert "Requests per week" not in text


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("where", ["/admin/", "/admin/inquiries/", "/admin/inquiries/inquiry/"])
def test_reviewers_find_it_on_the_index_and_the_inquiries_list(client, reviewer, where):
    client.force_login(reviewer)
    html = client.get(where).content.decode()
    assert f'href="{URL}"' in html


def test_editors_are_not_shown_the_link(client, editor):
    client.force_login(editor)
    assert URL not in client.get("/admin/").content.decode()


def test_the_link_is_the_first_row_of_the_inquiries_group(client, reviewer):
    client.force_login(reviewer)
    html = client.get("/admin/").content.decode()
    group = html[html.index("app-inquiries") :]
    assert group.index(URL) < group.index("/admin/inquiries/inquiry/")
