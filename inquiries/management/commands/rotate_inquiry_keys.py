"""Re-encrypt every stored case value (inquiries, referrals, their notes) with the newest key.

Rotation: put a new key first in INQUIRY_ENCRYPTION_KEYS (keep the old ones
after it), deploy, run this command, then remove the old keys. Rows are
rewritten in small transactions, so the site keeps working while it runs; the
keyed search hashes are recomputed with the newest key at the same time.
"""

import time

from django.core.management.base import BaseCommand
from django.db import transaction

from cases.fields import is_undecryptable
from cases.models import AuditEntry
from cases.triage import case_models, note_models

BATCH = 200


def _label(row):
    """A case's reference, or a note's case reference: never a value from the row's encrypted fields."""
    reference = getattr(row, "reference", None)
    if reference is None:
        case = getattr(row, "case", None) or getattr(row, "inquiry", None) or getattr(row, "referral", None)
        reference = f"a note on {getattr(case, 'reference', '?')}"
    return reference


def _rewrite(model, fields, skipped, progress=None):
    """Re-save every row of ``model`` in batches of BATCH (one transaction each, constant memory).

    Stopped at any point, the rows done are done (with the newest key) and the rest still read with
    the old keys: running it again is harmless and finishes the job."""
    count = 0
    last_pk = 0
    total = model.objects.count() if progress else 0
    while True:
        with transaction.atomic():
            rows = list(model.objects.filter(pk__gt=last_pk).order_by("pk")[:BATCH])
            if not rows:
                return count
            rewritten = []
            for row in rows:
                if any(is_undecryptable(getattr(row, field)) for field in fields):
                    skipped.append(_label(row))  # left exactly as stored; a restored key can still read it
                    continue
                if hasattr(row, "refresh_blind_indexes"):
                    row.refresh_blind_indexes()  # the keyed hashes follow the newest key too
                rewritten.append(row)
            # Loaded decrypted with whichever key fits; written back encrypted with the newest, one
            # UPDATE per batch instead of one per row.
            columns = [*fields, *getattr(model, "BLIND_INDEXES", {})]
            model.objects.bulk_update(rewritten, columns, batch_size=BATCH)
            count += len(rewritten)
            last_pk = rows[-1].pk
        if progress:
            progress(model, count, max(total - count - len(skipped), 0))


class Command(BaseCommand):
    help = "Re-encrypt all inquiries, referrals and notes with the newest key in INQUIRY_ENCRYPTION_KEYS."

    def handle(self, *args, **options):
        skipped = []
        progress = _Progress(self.stderr) if self.stderr.isatty() else None  # a person watching, not cron
        counts = [(model, _rewrite(model, list(model.ENCRYPTED_FIELDS), skipped, progress)) for model in case_models()]
        notes = sum(_rewrite(model, ["text"], skipped, progress) for model in note_models())
        summary = ", ".join(f"{count} {model._meta.verbose_name_plural}" for model, count in counts)
        detail = f"{summary}, {notes} notes" + (f"; {len(skipped)} could not be decrypted" if skipped else "")
        AuditEntry.record(actor=None, action=AuditEntry.Action.KEYS_ROTATED, detail=detail)
        self.stdout.write(f"Re-encrypted {summary} and {notes} notes with the newest key.")
        if skipped:
            self.stderr.write(
                f"Skipped {len(skipped)} that no configured key can decrypt (left as stored): {', '.join(skipped)}. "
                "Put the key they were written with back in INQUIRY_ENCRYPTION_KEYS and run this again."
            )


class _Progress:
    def __init__(self, stream):
        self.stream, self.started = stream, time.monotonic()

    def __call__(self, model, done, left):
        rate = done / max(time.monotonic() - self.started, 1e-6)
        self.stream.write(
            f"Re-encrypted {done:,} {model._meta.verbose_name_plural}, {left:,} left, {rate:,.0f} a second",
            ending="\r" if left else "\n",
        )
