"""On an inquiry's own page one form holds the status, the assignee and a new note, and one save keeps them
all: "Assign to me" submits that form, so nothing typed before it is lost. Every change is audited."""

import re
from pathlib import Path

import pytest
from django.contrib import admin
from django.urls import reverse

from cases.models import AuditEntry
from inquiries.models import Inquiry

from ..page_html import PageReader

LIST_URL = "/admin/inquiries/inquiry/"


@pytest.fixture
def inquiry(client, inquiry_page, inquiry_data):
    client.post(inquiry_page, inquiry_data())
    client.logout()
    return Inquiry.objects.get()


def _change_url(inquiry):
    return reverse("admin:inquiries_inquiry_change", args=[inquiry.pk])


NOTE = "Left a voicemail; will try again on Thursday."


def _case_form(inquiry, **changes):
    """The case page's form as a browser sends it: one new note typed in the notes' blank row."""
    data = {
        "status": inquiry.status,
        "assignee": "",
        "self_pay": "unknown",
        "visit_date": "",
        "notes-TOTAL_FORMS": "1",
        "notes-INITIAL_FORMS": "0",
        "notes-MIN_NUM_FORMS": "0",
        "notes-MAX_NUM_FORMS": "1000",
        "notes-0-text": "",
        "notes-0-inquiry": inquiry.pk,
    }
    data.update(changes)
    return data


def test_the_case_page_has_one_status_one_assignee_and_its_buttons_submit_that_form(client, reviewer, inquiry):
    client.force_login(reviewer)
    page = PageReader(client.get(_change_url(inquiry)).content.decode())
    assert len(page.find("select", name="status")) == 1 and len(page.find("select", name="assignee")) == 1
    assert page.find("form", id="inquiry_form")
    others = [f for f in page.find("form") if f.get("id") != "inquiry_form" and f.get("method") == "post"]
    assert all("logout" in form.get("action", "") for form in others), others  # no second form for the case
    assign = page.find("button", name="_assign_to_me")
    assert assign and assign[0]["form"] == "inquiry_form" and assign[0]["type"] == "submit"
    # Enter in a field still means Save: a hidden Save is the form's first button, before "Assign to me".
    buttons = [b for b in page.find("button") if b.get("form") == "inquiry_form"]
    assert buttons[0]["name"] == "_save" and "hidden" in buttons[0]
    assert "Assigned to nobody yet." in page.text and "Status: New." in page.text


def test_assign_to_me_saves_the_note_and_the_status_typed_before_it(client, reviewer, inquiry):
    client.force_login(reviewer)
    form = _case_form(inquiry, status="contacted", **{"notes-0-text": NOTE, "_assign_to_me": "1"})
    response = client.post(_change_url(inquiry), form, follow=True)

    assert response.redirect_chain[-1][0] == _change_url(inquiry)  # back on the case, not the list
    inquiry.refresh_from_db()
    assert inquiry.assignee == reviewer and inquiry.status == "contacted"
    note = inquiry.notes.get()
    assert (note.text, note.author) == (NOTE, reviewer)
    text = PageReader(response.content.decode()).text
    assert f"{inquiry.reference} is assigned to you." in text and "Assigned to you." in text
    details = set(AuditEntry.objects.filter(inquiry_reference=inquiry.reference).values_list("detail", flat=True))
    assert "status: New -> Contacted; assignee: reviewer" in details
    assert AuditEntry.objects.filter(action="note_added", inquiry_reference=inquiry.reference).exists()


def test_a_refused_change_comes_back_with_the_note_still_typed(client, reviewer, inquiry):
    client.force_login(reviewer)
    form = _case_form(inquiry, status="made-up", **{"notes-0-text": NOTE, "_assign_to_me": "1"})
    response = client.post(_change_url(inquiry), form)

    assert response.status_code == 200  # the form again, with its error
    page = PageReader(response.content.decode())
    assert page.find("p", **{"class": "errornote"})
    assert NOTE in page.text  # still in the note's box, nothing lost
    inquiry.refresh_from_db()
    assert inquiry.assignee is None and inquiry.status == "new" and not inquiry.notes.exists()


def test_a_content_editor_cannot_use_the_case_buttons(client, editor, inquiry):
    client.force_login(editor)
    response = client.post(_change_url(inquiry), _case_form(inquiry, _assign_to_me="1"))
    assert response.status_code == 403
    assert Inquiry.objects.get().assignee is None


def test_delete_selected_is_the_last_action_not_the_first(client, admin_user, reviewer, inquiry):
    for user in (admin_user, reviewer):
        client.force_login(user)
        page = PageReader(client.get(LIST_URL).content.decode())
        names = {*admin.site.get_model_admin(Inquiry).actions, "delete_selected"}
        actions = [option["value"] for option in page.find("option") if option.get("value") in names]
        assert actions[0] == "assign_to_me"
        if "delete_selected" in actions:
            assert actions[-1] == "delete_selected"
    assert "delete_selected" in actions or not reviewer.has_perm("inquiries.delete_inquiry")


def test_the_list_reference_is_a_styled_link_and_the_search_says_exact(client, reviewer, inquiry):
    client.force_login(reviewer)
    html = client.get(LIST_URL).content.decode()
    page = PageReader(html)
    assert page.find("link", rel="stylesheet", href="/static/cases/case_admin.css")
    assert "Matches the exact e-mail address, phone number, full name or reference" in page.text
    rule = _css_rule("#result_list th.field-reference a,")
    assert "text-decoration: underline" in rule
    colour = re.search(r"color: #([0-9a-f]{6})", rule).group(1)
    assert _contrast(colour, "ffffff") >= 4.5 and _contrast(colour, "f8f8f8") >= 4.5  # WCAG AA, rows and stripes


def _css_rule(selector):
    from django.contrib.staticfiles import finders

    css = Path(finders.find("cases/case_admin.css")).read_text()
    start = css.index(selector)
    return css[start : css.index("}", start)]


def _contrast(fg, bg):
    def luminance(hex_colour):
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
