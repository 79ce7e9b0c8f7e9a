"""The one way the site sends e-mail: into the queue (django-post-office), in the caller's transaction.

- ``queue_mail`` stores the message in the database as part of the transaction that stores what it
  reports: both are kept or neither is. Sending is the worker's job (``deliver_queued``, run by
  ``manage.py send_mail_queue`` from a timer or cron), so a mail server that is down or refusing
  delays mail and never fails or slows a form. With ``MAIL_DELIVER_ON_COMMIT`` (``make run``) the
  message is delivered right after the commit.
- The guarantee: at least once. A message is marked sent right after the mail server accepts it,
  one message per batch, so a worker killed mid-run sends again at most the one message whose
  acceptance it had not yet recorded; every other message is sent exactly once.
- Bodies carry no patient data (references and links only): superusers see them in the admin.
"""

from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from post_office import mail
from post_office.lockfile import FileLock, FileLocked
from post_office.models import STATUS, Email

WAITING = (STATUS.queued, STATUS.requeued)


def queue_mail(*, subject, body, to):
    """Queue one plain-text message to ``to`` (a list of addresses); delivered by the worker."""
    email = mail.send(recipients=list(to), sender=settings.DEFAULT_FROM_EMAIL, subject=subject, message=body)
    if settings.MAIL_DELIVER_ON_COMMIT:
        transaction.on_commit(deliver_queued)
    return email


class WorkerBusy(Exception):
    """Another worker on this machine is sending (post_office's lock file): this run sends nothing."""


def deliver_queued(*, include_failed=False, now=False):
    """Send what is waiting; with ``now`` also what waits for its next retry, with ``include_failed``
    also what ran out of retries. Returns (sent, failed, requeued) counts. One worker at a time per
    installation (a lock file under the site's var directory); run the worker on one server only."""
    var = Path(settings.VAR_DIR)
    var.mkdir(parents=True, exist_ok=True)
    try:
        with FileLock(str(var / "mail-worker")):
            return _deliver(include_failed=include_failed, now=now)
    except FileLocked:
        raise WorkerBusy from None


def _deliver(*, include_failed, now):
    waiting = Email.objects.filter(status__in=WAITING)
    if now:
        waiting.update(scheduled_time=None)
    if include_failed:
        Email.objects.filter(status=STATUS.failed).update(
            status=STATUS.requeued, scheduled_time=None, number_of_retries=0
        )
    totals = [0, 0, 0]
    while True:
        sent, failed, requeued = mail.send_queued()
        totals = [totals[0] + sent, totals[1] + failed, totals[2] + requeued]
        if not (sent or failed or requeued) or not _ready().exists():
            return tuple(totals)


def _ready():
    current = timezone.now()
    return Email.objects.filter(status__in=WAITING).exclude(scheduled_time__gt=current)


def oldest_waiting_minutes():
    """How long the oldest unsent message has waited (minutes), or None when nothing waits."""
    oldest = Email.objects.filter(status__in=(*WAITING, STATUS.failed)).order_by("created").values("created").first()
    if oldest is None:
        return None
    return (timezone.now() - oldest["created"]) / timedelta(minutes=1)


def mail_is_delayed():
    waited = oldest_waiting_minutes()
    return waited is not None and waited > settings.MAIL_DELAYED_AFTER_MINUTES
