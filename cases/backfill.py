"""Filling new stored columns of existing cases, for data migrations (historical models, no methods).

Used by the migrations that added ``queue_order`` and the full-name blind index: each row is read
with only the columns it needs (one decryption, the name), a batch at a time (constant memory),
and written back with one UPDATE per batch.
"""

from . import crypto
from .fields import is_undecryptable
from .triage import queue_key

BATCH = 500


def fill_queue_order_and_name_hash(model, *, name_field, hash_column, batch=BATCH):
    last_pk = 0
    columns = ("pk", "status", "reply_due_at", "received_at", name_field)
    while True:
        rows = list(model.objects.filter(pk__gt=last_pk).order_by("pk").only(*columns)[:batch])
        if not rows:
            return
        for row in rows:
            row.queue_order = queue_key(
                waiting=row.status == "new", reply_due_at=row.reply_due_at, received_at=row.received_at
            )
            name = getattr(row, name_field)
            if not is_undecryptable(name):  # left blank: found again once its key is back and rotated
                setattr(row, hash_column, crypto.blind_index("name", crypto.normalise_name(name)))
        model.objects.bulk_update(rows, ["queue_order", hash_column])
        last_pk = rows[-1].pk
