"""On an inquiry's own page a reviewer assigns it to themself and changes its status; both are audited."""

import re
from pathlib import Path

import pytest
from django.urls import reverse

from inquiries.models import AuditEntry, Inquiry

from ..page_html import PageReader

LIST_URL = "/admin/inquiries/inquiry/"


@pytest.fixture
def inquiry(client, inquiry_page, inquiry_data):
    client.post(inquiry_page, inquiry_data())
    client.logout()
    return Inquiry.objects.get()


def _change_url(inquiry):
    return reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])


def test_reviewer_assigns_an_inquiry_to_themself_from_its_page(client, reviewer, inquiry):
    client.force_login(reviewer)
    page = PageReader(client.get(_change_url(inquiry)).content.decode())
    assign_form = [f for f in page.find("form") if f.get("action", "").endswith("/assign-to-me/")]
    assert assign_form, "no Assign to me on the inquiry page"
    assert "Assigned to nobody yet." in page.text

    response = client.post(assign_form[0]["action"], follow=True)
    assert response.redirect_chain[-1][0] == _change_url(inquiry)
    assert Inquiry.objects.get().assignee == reviewer
    assert f"{inquiry.reference} is assigned to you." in PageReader(response.content.decode()).text
    assert "Assigned to you." in PageReader(response.content.decode()).text
    assert AuditEntry.objects.filter(
        action="changed", inquiry_reference=inquiry.reference, detail="assignee: reviewer", actor=reviewer
    ).exists()


def test_reviewer_changes_the_status_from_its_page(client, reviewer, inquiry):
    client.force_login(reviewer)
    url = reverse("admin:inquiries_inquiry_change_status", args=[inquiry.pk])
    response = client.post(url, {"status": "contacted"}, follow=True)
    assert response.status_code == 200
    assert Inquiry.objects.get().status == "contacted"
    assert f"{inquiry.reference} is now contacted." in PageReader(response.content.decode()).text
    assert AuditEntry.objects.filter(detail="status: New -> Contacted", actor=reviewer).exists()

    client.post(url, {"status": "closed"})
    assert Inquiry.objects.get().closed_at is not None  # closing time kept for retention, as the list action does

    client.post(url, {"status": "made-up"})
    assert Inquiry.objects.get().status == "closed"


def test_the_case_actions_need_a_post_and_the_reviewer_role(client, editor, reviewer, inquiry):
    client.force_login(reviewer)
    assert client.get(reverse("admin:inquiries_inquiry_assign_to_me", args=[inquiry.pk])).status_code == 405
    client.force_login(editor)
    response = client.post(reverse("admin:inquiries_inquiry_assign_to_me", args=[inquiry.pk]))
    assert response.status_code == 403
    assert Inquiry.objects.get().assignee is None


def test_the_list_reference_is_a_styled_link_and_the_search_says_exact(client, reviewer, inquiry):
    client.force_login(reviewer)
    html = client.get(LIST_URL).content.decode()
    page = PageReader(html)
    assert page.find("link", rel="stylesheet", href="/static/inquiries/case_admin.css")
    assert "Matches the exact e-mail address, phone number or reference" in page.text
    rule = _css_rule("#result_list th.field-reference a,")
    assert "text-decoration: underline" in rule
    colour = re.search(r"color: #([0-9a-f]{6})", rule).group(1)
    assert _contrast(colour, "ffffff") >= 4.5 and _contrast(colour, "f8f8f8") >= 4.5  # WCAG AA, rows and stripes


def _css_rule(selector):
    from django.contrib.staticfiles import finders

    css = Path(finders.find("inquiries/case_admin.css")).read_text()
    start = css.index(selector)
    return css[start : css.index("}", start)]


def _contrast(fg, bg):
    def luminance(hex_colour):
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
