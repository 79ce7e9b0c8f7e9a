"""A wrong NPI, an impossible birth date and every hostile input of the patient form are refused clearly."""

import pytest
from django.test import Client

from referrals.models import Referral

SCRIPT = "<script>alert(1)</script>"

CASES = {
    # The referral's own rules.
    "NPI with a wrong check digit": ({"referrer_npi": "1234567890"}, "does not pass the NPI check digit"),
    "NPI too short": ({"referrer_npi": "123456789"}, "An NPI has exactly 10 digits"),
    "NPI with letters": ({"referrer_npi": "12345678AB"}, "An NPI has exactly 10 digits"),
    # Digits of other scripts pass str.isdigit() but are not an NPI (a superscript two made a 500).
    "NPI with a superscript digit": ({"referrer_npi": "123456789\u00b2"}, "An NPI has exactly 10 digits"),
    "NPI in Arabic-Indic digits": (
        {"referrer_npi": "\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u0663"},
        "An NPI has exactly 10 digits",
    ),
    "phone in Devanagari digits": (
        {"referrer_phone": "\u0965\u0966\u0967-\u0968\u0969\u096a-\u096b\u096c\u096d\u096e"},
        "Please enter a phone number using digits",
    ),
    "birth date in the future": ({"patient_birth_date": "2999-01-01"}, "The date of birth must be in the past."),
    "birth date of a child": ({"patient_birth_date": "2020-01-01"}, "The clinic treats adults only"),
    "no such date": ({"patient_birth_date": "1980-02-30"}, "Please enter a real date"),
    "trials not a number": ({"antidepressant_trials": "two"}, "Please enter a whole number"),
    "negative trials": ({"antidepressant_trials": "-1"}, "Please enter 0 or more."),
    "missing patient consent": ({"patient_consent": ""}, "Please confirm that the patient agrees to be referred."),
    "unknown reason": ({"reason": "<b>x</b>"}, "Please choose one of the options."),
    "unknown urgency": ({"urgency": "yesterday"}, "Please choose one of the options."),
    # The patient form's hostile inputs, on the referral's fields.
    "bad e-mail": ({"referrer_email": "not-an-address"}, "Please enter an e-mail address like name@example.com."),
    "over-long name": ({"patient_name": "A" * 101}, "Please keep this under 100 characters."),
    "over-long summary": ({"trials_summary": "word " * 150}, "Please keep this under 600 characters."),
    "over-long phone": ({"patient_phone": "5" * 31}, "30 characters at most"),
    "script in name": ({"referrer_name": SCRIPT}, "Please write plain text only"),
    "HTML in medications": (
        {"current_medications": 'Hi <img src=x onerror="alert(1)">'},
        "Please write plain text only",
    ),
    "script in summary": ({"trials_summary": f"Hello {SCRIPT}"}, "Please write plain text only"),
    "NUL byte in name": ({"patient_name": "Pat\x00Example"}, "Null characters are not allowed."),
    "NUL byte in summary": ({"trials_summary": "Hello\x00there"}, "Null characters are not allowed."),
    "escape character in medications": ({"current_medications": "Hello\x1b[31m"}, "hidden control character"),
    "line break in a one-line field": ({"referrer_practice": "Clinic\nInjected: header"}, "hidden control character"),
    "honeypot filled": ({"website": "http://spam.example"}, "We could not send this form."),
    "missing form token": ({"token": ""}, "This form has expired."),
    "digits as a name": ({"patient_name": "12345"}, "Please use letters only in your name"),
    "letters as a phone": ({"referrer_phone": "call me maybe"}, "Please enter a phone number using digits"),
}


@pytest.mark.parametrize("overrides, message", CASES.values(), ids=CASES.keys())
def test_bad_input_is_refused_with_a_message_and_nothing_stored(
    client, referral_page, referral_data, overrides, message
):
    response = client.post(referral_page, referral_data(**overrides))
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert 'id="error-summary"' in html and 'tabindex="-1"' in html
    assert "<title>Error: " in html
    assert Referral.objects.count() == 0
    # Whatever was sent comes back escaped, never as live markup.
    assert SCRIPT not in html
    assert "<img src=x" not in html
    assert "<b>x</b>" not in html


def test_the_npi_error_is_tied_to_its_field_and_linked_from_the_summary(client, referral_page, referral_data):
    html = client.post(referral_page, referral_data(referrer_npi="1234567890")).content.decode()
    assert 'aria-describedby="id_referrer_npi_error' in html
    assert '<a href="#id_referrer_npi">NPI: This NPI does not pass the NPI check digit' in html


def test_every_required_field_is_named_in_the_summary(client, referral_page):
    html = client.post(referral_page, {"token": "00000000-0000-4000-8000-000000000000"}).content.decode()
    for anchor in (
        "id_referrer_name",
        "id_referrer_npi",
        "id_patient_birth_date",
        "id_patient_language_0",
        "id_reason_0",
        "id_antidepressant_trials",
        "id_urgency_0",
        "id_patient_consent",
    ):
        assert f'<a href="#{anchor}">' in html
        assert f'id="{anchor}"' in html
    assert 'id="id_referrer_fax"' in html and '<a href="#id_referrer_fax">' not in html  # optional


def test_missing_csrf_token_is_refused(referral_page, referral_data):
    response = Client(enforce_csrf_checks=True).post(referral_page, referral_data())
    assert response.status_code == 403
    assert Referral.objects.count() == 0


def test_oversized_post_is_refused(client, referral_page, referral_data):
    response = client.post(referral_page, referral_data(trials_summary="x" * 20_000))
    assert response.status_code == 413
    assert Referral.objects.count() == 0


def test_the_rate_limit_counts_referrals_too(client, referral_page, referral_data, settings):
    settings.INQUIRY_RATE_LIMIT = 2
    for _ in range(2):
        assert client.post(referral_page, referral_data()).status_code == 302
    response = client.post(referral_page, referral_data())
    assert response.status_code == 429
    assert "Please wait before sending again" in response.content.decode()
    assert Referral.objects.count() == 2
