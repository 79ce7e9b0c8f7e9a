"""The retention command deletes exactly the inquiries closed longer ago than the retention period."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from cases.models import AuditEntry
from inquiries.models import Inquiry, InquiryNote


@pytest.fixture
def cases(client, inquiry_page, inquiry_data):
    """Five inquiries: old closed, old not-a-fit, recently closed, old but still open, new."""
    for _ in range(5):
        client.post(inquiry_page, inquiry_data())
    rows = list(Inquiry.objects.order_by("pk"))
    now = timezone.now()
    plan = [
        ("closed", now - timedelta(days=200)),
        ("not_a_fit", now - timedelta(days=181)),
        ("closed", now - timedelta(days=10)),
        ("contacted", None),
        ("new", None),
    ]
    for row, (status, closed_at) in zip(rows, plan, strict=True):
        Inquiry.objects.filter(pk=row.pk).update(
            status=status,
            closed_at=closed_at,
            received_at=now - timedelta(days=400 if closed_at or status == "contacted" else 0),
        )
        InquiryNote.objects.create(inquiry=row, text="A note about the case.")
    return rows


@override_settings(INQUIRY_RETENTION_DAYS=180)
def test_purge_removes_exactly_the_old_closed_inquiries(cases):
    out = StringIO()
    call_command("purge_inquiries", stdout=out)
    remaining = set(Inquiry.objects.values_list("pk", flat=True))
    assert remaining == {cases[2].pk, cases[3].pk, cases[4].pk}
    assert InquiryNote.objects.count() == 3  # the purged inquiries' notes went with them
    assert "Deleted 2 inquiries" in out.getvalue()
    purged = set(AuditEntry.objects.filter(action="purged").values_list("inquiry_reference", flat=True))
    assert purged == {cases[0].reference, cases[1].reference}
    assert AuditEntry.objects.get(inquiry_reference=cases[0].reference).actor_name == "system"

    # Running it again deletes nothing more.
    call_command("purge_inquiries", stdout=StringIO())
    assert Inquiry.objects.count() == 3


def test_dry_run_and_days_option(cases):
    out = StringIO()
    call_command("purge_inquiries", "--days", "5", "--dry-run", stdout=out)
    assert "Would delete 3 inquiries" in out.getvalue()
    assert Inquiry.objects.count() == 5
    call_command("purge_inquiries", "--days", "5", stdout=StringIO())
    assert Inquiry.objects.count() == 2


@override_settings(INQUIRY_RETENTION_DAYS=180)
def test_a_purge_stopped_between_batches_finishes_on_the_next_run(cases):
    from cases.services import purge_closed

    Inquiry.objects.filter(pk=cases[2].pk).update(closed_at=timezone.now() - timedelta(days=300))  # 3 due now

    def stop_after_first_batch(done, left):
        raise KeyboardInterrupt  # Ctrl-C, or the server restarting, between two batches

    with pytest.raises(KeyboardInterrupt):
        purge_closed(days=180, model=Inquiry, batch=2, progress=stop_after_first_batch)
    assert Inquiry.objects.count() == 3  # the first batch of 2 is done, whole
    assert AuditEntry.objects.filter(action="purged").count() == 2

    assert purge_closed(days=180, model=Inquiry, batch=2) == 1
    assert set(Inquiry.objects.values_list("pk", flat=True)) == {cases[3].pk, cases[4].pk}
    purged = list(AuditEntry.objects.filter(action="purged").values_list("inquiry_reference", flat=True))
    assert sorted(purged) == sorted({cases[0].reference, cases[1].reference, cases[2].reference})
