"""Submitted values stay out of logs, URLs and error reports."""

import logging

from django.views.debug import SafeExceptionReporterFilter

from inquiries.models import Inquiry

SECRET_ISH = {"name": "Taylor Logless", "email": "taylor.logless@example.org", "message": "About my panic attacks"}


def test_no_submitted_value_in_logs_or_urls(client, inquiry_page, inquiry_data, caplog):
    with caplog.at_level(logging.DEBUG):
        bad = client.post(
            inquiry_page, inquiry_data(email="broken", **{k: v for k, v in SECRET_ISH.items() if k != "email"})
        )
        good = client.post(inquiry_page, inquiry_data(**SECRET_ISH))
    assert bad.status_code == 200 and good.status_code == 302
    assert "Taylor" not in good["Location"] and "?" not in good["Location"]
    logged = " ".join(record.getMessage() for record in caplog.records).lower()
    for value in SECRET_ISH.values():
        assert value.lower() not in logged
    assert Inquiry.objects.count() == 1


def test_error_reports_hide_every_posted_value(client, inquiry_page, inquiry_data):
    response = client.post(inquiry_page, inquiry_data(email="broken", **{"name": SECRET_ISH["name"]}))
    request = response.wsgi_request
    filtered = SafeExceptionReporterFilter().get_post_parameters(request)
    assert filtered["name"] != SECRET_ISH["name"]
    assert set(filtered.values()) == {SafeExceptionReporterFilter.cleansed_substitute}
