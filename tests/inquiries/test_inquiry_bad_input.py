"""Bad or hostile input is refused with a message, stores nothing, and is never echoed unescaped."""

import pytest
from django.test import Client

from inquiries.models import Inquiry

SCRIPT = "<script>alert(1)</script>"

CASES = {
    "bad e-mail": ({"email": "not-an-address"}, "Please enter an e-mail address like name@example.com."),
    "over-long name": ({"name": "A" * 101}, "Please keep your name under 100 characters."),
    "over-long message": ({"message": "word " * 201}, "Please shorten your message to 1,000 characters"),
    "over-long phone": ({"phone": "5" * 31}, "30 characters at most"),
    "script in name": ({"name": SCRIPT}, "Please write plain text only"),
    "HTML in message": ({"message": 'Hi <img src=x onerror="alert(1)">'}, "Please write plain text only"),
    "script in message": ({"message": f"Hello {SCRIPT}"}, "Please write plain text only"),
    "NUL byte in name": ({"name": "Jordan\x00Example"}, "Null characters are not allowed."),
    "NUL byte in message": ({"message": "Hello\x00there"}, "Null characters are not allowed."),
    "escape character in message": ({"message": "Hello\x1b[31m"}, "hidden control character"),
    "missing consent": ({"consent": ""}, "Please tick the box to agree to the privacy notice"),
    "honeypot filled": ({"website": "http://spam.example"}, "We could not send this form."),
    "unknown topic": ({"topic": "<b>x</b>"}, "Please choose one of the options."),
    "missing form token": ({"token": ""}, "This form has expired."),
    "digits as a name": ({"name": "12345"}, "Please use letters only in your name"),
    "letters as a phone": ({"phone": "call me maybe"}, "Please enter a phone number using digits"),
}


@pytest.mark.parametrize("overrides, message", CASES.values(), ids=CASES.keys())
def test_bad_input_is_refused_with_a_message(client, inquiry_page, inquiry_data, overrides, message):
    response = client.post(inquiry_page, inquiry_data(**overrides))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'id="error-summary"' in html and 'tabindex="-1"' in html
    assert "<title>Error: " in html
    assert Inquiry.objects.count() == 0
    # Whatever was sent comes back escaped, never as live markup.
    assert SCRIPT not in html
    assert "<img src=x" not in html
    assert "<b>x</b>" not in html


def test_error_is_tied_to_its_field(client, inquiry_page, inquiry_data):
    response = client.post(inquiry_page, inquiry_data(email="nope"))
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_email_error"' in html
    assert 'id="id_email_error"' in html
    assert '<a href="#id_email">' in html  # the summary links to the field


def test_submitted_markup_is_escaped_when_the_form_is_shown_again(client, inquiry_page, inquiry_data):
    response = client.post(inquiry_page, inquiry_data(name=SCRIPT))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.content.decode()


def test_missing_csrf_token_is_refused(inquiry_page, inquiry_data):
    csrf_client = Client(enforce_csrf_checks=True)
    response = csrf_client.post(inquiry_page, inquiry_data())
    assert response.status_code == 403
    assert "CSRF" in response.content.decode()
    assert Inquiry.objects.count() == 0


def test_oversized_post_is_refused(client, inquiry_page, inquiry_data):
    response = client.post(inquiry_page, inquiry_data(message="x" * 20_000))
    assert response.status_code == 413
    assert Inquiry.objects.count() == 0


def test_every_summary_entry_links_to_its_field(client, inquiry_page):
    response = client.post(inquiry_page, {"token": "00000000-0000-4000-8000-000000000000"})
    html = response.content.decode()
    for anchor in ("id_name", "id_email", "id_contact_method_0", "id_contact_time_0", "id_topic_0", "id_consent"):
        assert f'<a href="#{anchor}">' in html
        assert f'id="{anchor}"' in html
