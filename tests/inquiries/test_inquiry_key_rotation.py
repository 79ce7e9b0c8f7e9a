"""After a new key is added and the rotation command runs, old rows still read, also once the old key is gone."""

from io import StringIO

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from cases import crypto
from cases.crypto import DecryptionError
from cases.fields import UNDECRYPTABLE_LABEL, is_undecryptable
from cases.models import AuditEntry
from inquiries.models import Inquiry, InquiryNote

OLD_KEY = Fernet.generate_key().decode()
NEW_KEY = Fernet.generate_key().decode()


def _raw(column, pk):
    table = connection.ops.quote_name(Inquiry._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {column} FROM {table} WHERE id = %s", [pk])  # noqa: S608 (fixed names)
        return cursor.fetchone()[0]


def test_rotation_re_encrypts_with_the_newest_key(client, inquiry_page, inquiry_data):
    with override_settings(INQUIRY_ENCRYPTION_KEYS=[OLD_KEY]):
        client.post(inquiry_page, inquiry_data(name="Casey Rotated", email="casey@example.org", phone="555-010-0155"))
        inquiry = Inquiry.objects.get()
        InquiryNote.objects.create(inquiry=inquiry, text="Left a voicemail.")
    old_token = _raw("name", inquiry.pk)
    assert Fernet(OLD_KEY).decrypt(old_token.encode()) == b"Casey Rotated"

    with override_settings(INQUIRY_ENCRYPTION_KEYS=[NEW_KEY, OLD_KEY]):
        # Old rows still read (and are still found) before the rotation runs.
        assert Inquiry.objects.get().name == "Casey Rotated"
        assert Inquiry.objects.matching_email("casey@example.org").count() == 1
        out = StringIO()
        call_command("rotate_inquiry_keys", stdout=out)
        assert "Re-encrypted 1 inquiries, 0 referrals and 1 notes" in out.getvalue()

    new_token = _raw("name", inquiry.pk)
    assert new_token != old_token
    assert Fernet(NEW_KEY).decrypt(new_token.encode()) == b"Casey Rotated"

    with override_settings(INQUIRY_ENCRYPTION_KEYS=[NEW_KEY]):
        # The old key is gone: every row still reads, and search still finds it.
        row = Inquiry.objects.get()
        assert (row.name, row.email, row.phone) == ("Casey Rotated", "casey@example.org", "555-010-0155")
        assert InquiryNote.objects.get().text == "Left a voicemail."
        assert Inquiry.objects.matching_email("casey@example.org").count() == 1
        assert Inquiry.objects.matching_phone("5550100155").count() == 1
    assert AuditEntry.objects.filter(action="keys_rotated").exists()


def test_a_row_without_its_key_reads_as_undecryptable_and_the_key_error_names_no_value(
    client, inquiry_page, inquiry_data
):
    with override_settings(INQUIRY_ENCRYPTION_KEYS=[OLD_KEY]):
        client.post(inquiry_page, inquiry_data(name="Casey Rotated"))
    stored = _raw("name", Inquiry.objects.get().pk)
    with override_settings(INQUIRY_ENCRYPTION_KEYS=[NEW_KEY]):
        row = Inquiry.objects.get()  # one such row never stops a list: it reads as a label
        assert row.name == UNDECRYPTABLE_LABEL and is_undecryptable(row.name)
        with pytest.raises(DecryptionError) as excinfo:
            crypto.decrypt(stored)
        # Saving the row (a status change) writes the ciphertext back exactly as it was.
        row.save(update_fields=["status"])
    assert _raw("name", row.pk) == stored
    assert "INQUIRY_ENCRYPTION_KEYS" in str(excinfo.value)
    assert "Casey" not in str(excinfo.value)


def test_rotation_skips_and_names_a_row_no_key_decrypts(client, inquiry_page, inquiry_data):
    with override_settings(INQUIRY_ENCRYPTION_KEYS=[OLD_KEY]):
        client.post(inquiry_page, inquiry_data(name="Lost Key", email="lost@example.org"))
    lost = Inquiry.objects.get()
    stored, email_hash = _raw("name", lost.pk), lost.email_hash
    with override_settings(INQUIRY_ENCRYPTION_KEYS=[NEW_KEY]):
        client.post(inquiry_page, inquiry_data(name="Kept Row"))
        out, err = StringIO(), StringIO()
        call_command("rotate_inquiry_keys", stdout=out, stderr=err)
    assert "Re-encrypted 1 inquiries" in out.getvalue()
    assert lost.reference in err.getvalue() and "Lost" not in err.getvalue()
    assert _raw("name", lost.pk) == stored and Inquiry.objects.get(pk=lost.pk).email_hash == email_hash
    with override_settings(INQUIRY_ENCRYPTION_KEYS=[NEW_KEY, OLD_KEY]):
        assert Inquiry.objects.get(pk=lost.pk).name == "Lost Key"  # the key back: nothing was lost


def test_a_rotation_stopped_midway_leaves_every_row_readable_and_finishes_on_the_next_run(
    client, inquiry_page, inquiry_data, monkeypatch
):
    from inquiries.management.commands import rotate_inquiry_keys as rotation

    with override_settings(INQUIRY_ENCRYPTION_KEYS=[OLD_KEY]):
        for n in range(3):
            client.post(inquiry_page, inquiry_data(name=f"Person Number{'abc'[n]}"))
    monkeypatch.setattr(rotation, "BATCH", 1)

    def stop_after_first_batch(model, done, left):
        raise KeyboardInterrupt

    with override_settings(INQUIRY_ENCRYPTION_KEYS=[NEW_KEY, OLD_KEY]):
        with pytest.raises(KeyboardInterrupt):
            rotation._rewrite(Inquiry, list(Inquiry.ENCRYPTED_FIELDS), [], stop_after_first_batch)
        tokens = [_raw("name", pk) for pk in Inquiry.objects.order_by("pk").values_list("pk", flat=True)]
        assert Fernet(NEW_KEY).decrypt(tokens[0].encode())  # the first batch is done
        assert sorted(i.name for i in Inquiry.objects.all()) == ["Person Numbera", "Person Numberb", "Person Numberc"]
        call_command("rotate_inquiry_keys", stdout=StringIO())
    with override_settings(INQUIRY_ENCRYPTION_KEYS=[NEW_KEY]):
        assert sorted(i.name for i in Inquiry.objects.all()) == ["Person Numbera", "Person Numberb", "Person Numberc"]
