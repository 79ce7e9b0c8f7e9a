"""Both public forms say the same thing, in the same words, when one connection posts too often."""

import pytest
from cms.models import Page

from ..page_html import PageReader

ENGLISH = (
    "Please wait before sending again",
    "We have received several forms from your connection in a short time. Please try again later, or call the clinic.",
)
SPANISH = (
    "Por favor, espere antes de enviar de nuevo",
    "Recibimos varios formularios desde su conexión en poco tiempo. Por favor, inténtelo más tarde "
    "o llame a la clínica.",
)


def _throttled_texts(client, forms, address):
    """Each form's page after one connection used up the (shared) limit of one post (a fresh form each time)."""
    first_url, first_data = forms[0]
    assert client.post(first_url, first_data(), REMOTE_ADDR=address).status_code == 302
    texts = []
    for url, data in forms:
        response = client.post(url, data(), REMOTE_ADDR=address)
        assert response.status_code == 429, url
        texts.append((url, PageReader(response.content.decode()).text))
    return texts


def test_both_forms_show_the_one_throttle_message(
    client, inquiry_page, inquiry_data, referral_page, referral_data, settings
):
    settings.INQUIRY_RATE_LIMIT = 1
    forms = [(inquiry_page, inquiry_data), (referral_page, referral_data)]
    for url, text in _throttled_texts(client, forms, "203.0.113.40"):
        for words in ENGLISH:
            assert words in text, (url, words)


def test_both_forms_show_the_one_spanish_throttle_message(
    client, inquiry_page, inquiry_data, referral_page, referral_data, settings
):
    urls = [
        Page.objects.get(application_urls=app).get_absolute_url("es") for app in ("InquiryApphook", "ReferralApphook")
    ]
    if not all(url.startswith("/es/") for url in urls):
        pytest.skip("a form page has no Spanish version")
    settings.INQUIRY_RATE_LIMIT = 1
    forms = [(urls[0], inquiry_data), (urls[1], referral_data)]
    for url, text in _throttled_texts(client, forms, "203.0.113.41"):
        for words in SPANISH:
            assert words in text, (url, words)
