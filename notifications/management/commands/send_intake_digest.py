"""The intake team's morning digest (a timer or cron line each weekday morning: docs/operations.md)."""

from django.core.management.base import BaseCommand

from notifications.digest import queue_digest


class Command(BaseCommand):
    help = "Queue the morning digest for every intake reviewer: counts and links, never a name."

    def handle(self, *args, **options):
        queued = queue_digest()
        if queued or options["verbosity"] > 1:
            self.stdout.write(f"Queued the digest for {queued} reviewer(s)." if queued else "Nothing to report.")
