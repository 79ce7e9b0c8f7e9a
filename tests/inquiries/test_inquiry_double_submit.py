"""A double click or a resubmitted page stores one inquiry; the second post lands on the same thank-you page."""

from django.test import override_settings

from inquiries.models import Inquiry


def test_same_form_posted_twice_stores_one_inquiry(client, inquiry_page, inquiry_data):
    data = inquiry_data()
    first = client.post(inquiry_page, data)
    second = client.post(inquiry_page, data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"] == inquiry_page + "thank-you/"
    assert Inquiry.objects.count() == 1


def test_each_form_load_issues_a_new_token(client, inquiry_page):
    tokens = set()
    for _ in range(2):
        html = client.get(inquiry_page).content.decode()
        start = html.index('name="token" value="') + len('name="token" value="')
        tokens.add(html[start : start + 36])
    assert len(tokens) == 2


def test_two_different_forms_store_two_inquiries(client, inquiry_page, inquiry_data):
    client.post(inquiry_page, inquiry_data())
    client.post(inquiry_page, inquiry_data())
    assert Inquiry.objects.count() == 2


@override_settings(INQUIRY_RATE_LIMIT=1)
def test_a_resubmitted_form_is_not_throttled(client, inquiry_page, inquiry_data):
    data = inquiry_data()
    assert client.post(inquiry_page, data).status_code == 302
    again = client.post(inquiry_page, data)
    assert again.status_code == 302 and again["Location"].endswith("/thank-you/")
    assert client.post(inquiry_page, inquiry_data()).status_code == 429  # a new form is counted
    assert Inquiry.objects.count() == 1
