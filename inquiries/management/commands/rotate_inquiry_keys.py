"""Re-encrypt every stored case value (inquiries, referrals, their notes) with the newest key.

Rotation: put a new key first in INQUIRY_ENCRYPTION_KEYS (keep the old ones
after it), deploy, run this command, then remove the old keys. Rows are
rewritten in small transactions, so the site keeps working while it runs; the
keyed search hashes are recomputed with the newest key at the same time.
"""

from django.core.management.base import BaseCommand
from django.db import transaction

from cases.triage import case_models, note_models
from inquiries.models import AuditEntry

BATCH = 200


def _rewrite(model, fields):
    count = 0
    last_pk = 0
    while True:
        with transaction.atomic():
            rows = list(model.objects.filter(pk__gt=last_pk).order_by("pk")[:BATCH])
            if not rows:
                return count
            for row in rows:
                # Loading decrypted with whichever key fits; saving encrypts with the newest.
                row.save(update_fields=fields)
            count += len(rows)
            last_pk = rows[-1].pk


class Command(BaseCommand):
    help = "Re-encrypt all inquiries, referrals and notes with the newest key in INQUIRY_ENCRYPTION_KEYS."

    def handle(self, *args, **options):
        counts = [(model, _rewrite(model, list(model.ENCRYPTED_FIELDS))) for model in case_models()]
        notes = sum(_rewrite(model, ["text"]) for model in note_models())
        summary = ", ".join(f"{count} {model._meta.verbose_name_plural}" for model, count in counts)
        AuditEntry.record(actor=None, action=AuditEntry.Action.KEYS_ROTATED, detail=f"{summary}, {notes} notes")
        self.stdout.write(f"Re-encrypted {summary} and {notes} notes with the newest key.")
