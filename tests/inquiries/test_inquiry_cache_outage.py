"""With the shared cache down, the form still shows, accepts and stores inquiries (the rate limit fails open)."""

from django.core.cache import caches
from django.test import override_settings

from clinic_site.cache import FailSoftRedisCache
from inquiries.models import Inquiry
from tests.processes import DEAD_REDIS


@override_settings(INQUIRY_RATE_LIMIT=2)
def test_form_works_with_the_cache_down(client, inquiry_page, inquiry_data):
    with override_settings(CACHES=DEAD_REDIS):
        assert isinstance(caches["default"], FailSoftRedisCache)
        assert client.get(inquiry_page).status_code == 200
        # More posts than the limit: with no counter to read, every one is accepted.
        statuses = [client.post(inquiry_page, inquiry_data(), REMOTE_ADDR="203.0.113.7").status_code for _ in range(4)]
        assert statuses == [302] * 4
        assert Inquiry.objects.count() == 4
        thank_you = client.get(inquiry_page + "thank-you/")
        assert thank_you.status_code == 200
