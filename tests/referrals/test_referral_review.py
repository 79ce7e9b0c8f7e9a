"""Only intake reviewers see referrals; the same workflow as inquiries: statuses, notes, audit, export, purge."""

import csv
import io
from datetime import timedelta
from io import StringIO

from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from cases.models import AuditEntry
from referrals.models import Referral, ReferralNote
from tests.page_html import response_text

from .conftest import VALID_NPI

LIST_URL = "/admin/referrals/referral/"


def _change_url(referral):
    return reverse("admin:referrals_referral_change", args=[referral.pk])


def test_anonymous_visitors_and_editors_never_see_referrals(client, editor, referral):
    for url in (LIST_URL, _change_url(referral)):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    client.force_login(editor)
    assert client.get(LIST_URL).status_code == 403
    assert client.get(_change_url(referral)).status_code == 403
    assert "Referrals" not in client.get("/admin/").content.decode()


def test_a_reviewer_sees_the_list_and_the_read_only_detail(client, reviewer, referral):
    client.force_login(reviewer)
    html = client.get(LIST_URL).content.decode()
    assert referral.reference in html
    assert "Soon" in html  # urgency column
    assert "Pat Example" in html  # the patient's name column, for a reviewer taking a call
    assert "Robin Referrer" not in html  # the rest stays on the detail page
    detail = client.get(_change_url(referral)).content.decode()
    assert "Pat Example" in detail and VALID_NPI in detail and "Sertraline" in detail
    assert 'name="patient_name"' not in detail and 'name="referrer_npi"' not in detail
    assert 'name="status"' in detail
    assert client.get("/admin/referrals/referral/add/").status_code == 403


def test_search_by_npi_patient_phone_and_patient_name_goes_through_the_blind_index(
    client, reviewer, referral_page, referral_data
):
    client.post(referral_page, referral_data())
    client.post(referral_page, referral_data(referrer_npi="1245319599", patient_phone="555-010-0999"))
    first, second = Referral.objects.order_by("received_at")
    client.force_login(reviewer)

    def found(term):
        html = client.get(LIST_URL, {"q": term}).content.decode()
        return {ref for ref in (first.reference, second.reference) if ref in html}

    assert found(VALID_NPI) == {first.reference}
    assert found("1245319599") == {second.reference}
    assert found("(555) 010-0999") == {second.reference}
    assert found("+1 555 010 0400") == {first.reference}
    assert found("robin.referrer@example.org") == {first.reference, second.reference}
    assert found("pat  EXAMPLE") == {first.reference, second.reference}  # the patient's full name
    assert found("Pat") == set()  # exact, never partial
    assert found("Dr. Robin Referrer") == set()  # the referrer's name is not searchable
    assert found(first.reference) == {first.reference}


def test_status_assignee_and_notes_are_audited_without_any_value(client, reviewer, referral):
    client.force_login(reviewer)
    response = client.post(LIST_URL, {"action": "mark_contacted", "_selected_action": [referral.pk]})
    assert response.status_code == 302
    client.post(LIST_URL, {"action": "assign_to_me", "_selected_action": [referral.pk]})
    referral.refresh_from_db()
    assert referral.status == Referral.Status.CONTACTED and referral.assignee == reviewer

    data = {
        "status": "scheduled",
        "assignee": reviewer.pk,
        "notes-TOTAL_FORMS": "1",
        "notes-INITIAL_FORMS": "0",
        "notes-MIN_NUM_FORMS": "0",
        "notes-MAX_NUM_FORMS": "1000",
        "notes-0-text": "Called Pat Example; records coming by fax.",
    }
    assert client.post(_change_url(referral), data).status_code == 302
    note = ReferralNote.objects.get()
    assert note.author == reviewer and note.referral == referral

    actions = list(AuditEntry.objects.filter(inquiry_reference=referral.reference).values_list("action", "detail"))
    assert ("changed", "status: New -> Contacted") in actions
    assert ("changed", "status: Contacted -> Scheduled") in actions
    assert ("note_added", "") in actions
    assert ("changed", "assignee: reviewer") in actions
    trail = " ".join(f"{e.actor_name} {e.detail}" for e in AuditEntry.objects.all()).lower()
    for value in ("pat example", "robin", VALID_NPI, "sertraline", "fax"):
        assert value not in trail


def test_export_needs_its_own_permission_and_is_audited(client, reviewer, referral):
    client.force_login(reviewer)
    response = client.post(LIST_URL, {"action": "export_csv", "_selected_action": [referral.pk]})
    assert response.get("Content-Type", "").startswith("text/html")  # refused
    reviewer.user_permissions.add(Permission.objects.get(codename="export_referral"))
    response = client.post(LIST_URL, {"action": "export_csv", "_selected_action": [referral.pk]})
    assert response["Content-Type"].startswith("text/csv")
    text = response_text(response)
    assert text.startswith("\ufeff")  # UTF-8 with a byte-order mark, so Excel keeps the accents
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows[0]["notes"] == ""  # the notes' column is there, empty for a case without notes
    assert rows[0]["reference"] == referral.reference
    assert rows[0]["patient's name"] == "Pat Example"
    assert rows[0]["NPI"] == VALID_NPI
    assert AuditEntry.objects.filter(action="exported", inquiry_reference=referral.reference).exists()


def test_the_retention_purge_deletes_old_closed_referrals_with_their_notes(
    client, referral_page, referral_data, settings
):
    settings.INQUIRY_RETENTION_DAYS = 180
    for _ in range(3):
        client.post(referral_page, referral_data())
    old, recent, open_case = Referral.objects.order_by("pk")
    now = timezone.now()
    Referral.objects.filter(pk=old.pk).update(status="closed", closed_at=now - timedelta(days=200))
    Referral.objects.filter(pk=recent.pk).update(status="not_a_fit", closed_at=now - timedelta(days=10))
    for case in (old, recent, open_case):
        ReferralNote.objects.create(referral=case, text="A note.")

    out = StringIO()
    call_command("purge_inquiries", stdout=out)
    assert set(Referral.objects.values_list("pk", flat=True)) == {recent.pk, open_case.pk}
    assert ReferralNote.objects.count() == 2
    assert "Deleted 1 referrals closed more than 180 days ago." in out.getvalue()
    entry = AuditEntry.objects.get(action="purged")
    assert entry.inquiry_reference == old.reference and entry.actor_name == "system"


def test_key_rotation_re_encrypts_referrals(referral, settings):
    from cryptography.fernet import Fernet

    from cases import crypto

    old_key = settings.INQUIRY_ENCRYPTION_KEYS[0]
    settings.INQUIRY_ENCRYPTION_KEYS = [Fernet.generate_key().decode(), old_key]
    settings.INQUIRY_HASH_KEY = settings.INQUIRY_HASH_KEY or ""
    out = StringIO()
    call_command("rotate_inquiry_keys", stdout=out)
    assert "1 referrals" in out.getvalue()
    settings.INQUIRY_ENCRYPTION_KEYS = settings.INQUIRY_ENCRYPTION_KEYS[:1]
    crypto._multifernet.cache_clear()
    assert Referral.objects.get().patient_name == "Pat Example"
