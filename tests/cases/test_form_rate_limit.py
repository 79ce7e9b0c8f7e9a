"""A burst from one address is throttled without a 5xx; every accepted submission is stored."""

from django.test import override_settings

from inquiries.models import Inquiry


@override_settings(INQUIRY_RATE_LIMIT=3)
def test_burst_from_one_address_is_throttled(client, inquiry_page, inquiry_data):
    statuses = [client.post(inquiry_page, inquiry_data(), REMOTE_ADDR="203.0.113.7").status_code for _ in range(8)]
    assert statuses[:3] == [302, 302, 302]
    assert set(statuses[3:]) == {429}
    assert Inquiry.objects.count() == statuses.count(302) == 3

    throttled = client.post(inquiry_page, inquiry_data(), REMOTE_ADDR="203.0.113.7")
    assert "Please wait before sending again" in throttled.content.decode()
    assert "call the clinic" in throttled.content.decode()
    # Another address is not affected.
    assert client.post(inquiry_page, inquiry_data(), REMOTE_ADDR="198.51.100.9").status_code == 302
    assert Inquiry.objects.count() == 4


@override_settings(INQUIRY_RATE_LIMIT=2)
def test_forwarded_for_is_ignored_without_a_trusted_proxy(client, inquiry_page, inquiry_data):
    for n in range(2):
        client.post(inquiry_page, inquiry_data(), REMOTE_ADDR="203.0.113.8", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}")
    spoofed = client.post(inquiry_page, inquiry_data(), REMOTE_ADDR="203.0.113.8", HTTP_X_FORWARDED_FOR="10.9.9.9")
    assert spoofed.status_code == 429


@override_settings(INQUIRY_RATE_LIMIT=2, TRUSTED_PROXY_COUNT=1)
def test_behind_a_trusted_proxy_the_forwarded_address_counts(client, inquiry_page, inquiry_data):
    proxy = "10.0.0.1"
    for _ in range(2):
        assert (
            client.post(inquiry_page, inquiry_data(), REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="203.0.113.5").status_code
            == 302
        )
    # A client that prepends a fake address is still counted by the address the proxy saw.
    assert (
        client.post(
            inquiry_page, inquiry_data(), REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.5"
        ).status_code
        == 429
    )
    assert (
        client.post(inquiry_page, inquiry_data(), REMOTE_ADDR=proxy, HTTP_X_FORWARDED_FOR="203.0.113.6").status_code
        == 302
    )


@override_settings(INQUIRY_RATE_LIMIT=2)
def test_mistakes_while_correcting_the_form_are_not_counted(client, inquiry_page, inquiry_data):
    # Someone who gets the form wrong several times (on a shared clinic or library connection,
    # say) must still be able to send it once it is right.
    for _ in range(5):
        response = client.post(inquiry_page, inquiry_data(email="not-an-address"), REMOTE_ADDR="203.0.113.9")
        assert response.status_code == 200
        assert "Please wait before sending again" not in response.content.decode()
    assert client.post(inquiry_page, inquiry_data(), REMOTE_ADDR="203.0.113.9").status_code == 302
    assert Inquiry.objects.count() == 1
