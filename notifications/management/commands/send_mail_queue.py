"""Send the queued e-mail: what the timer or cron runs every minute, and `make send-mail` after an outage."""

from django.core.management.base import BaseCommand

from notifications.outbox import WorkerBusy, deliver_queued


class Command(BaseCommand):
    help = "Send the queued e-mail (new cases, reminders, the digest); failed sends are retried with backoff."

    def add_arguments(self, parser):
        parser.add_argument(
            "--now",
            action="store_true",
            help="Also send what waits for its next retry, and what ran out of retries (after an outage).",
        )

    def handle(self, *args, now=False, **options):
        try:
            sent, failed, requeued = deliver_queued(now=now, include_failed=now)
        except WorkerBusy:
            self.stdout.write("Another mail worker is sending; nothing to do.")
            return
        if sent or failed or requeued or options["verbosity"] > 1:
            self.stdout.write(f"Sent {sent}; {requeued} to retry later; {failed} gave up after every retry.")
