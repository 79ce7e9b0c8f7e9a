"""Delete cases (inquiries and referrals) closed more than INQUIRY_RETENTION_DAYS ago, with their notes.

Run daily from cron. Every kind of case in the triage workflow is purged by this
one command, so a new kind cannot be forgotten in the crontab.
"""

import time

from django.conf import settings
from django.core.management.base import BaseCommand

from cases.services import purge_all_kinds


class Command(BaseCommand):
    help = "Delete closed (and not-a-fit) inquiries and referrals older than the retention period, with their notes."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Days after closing to keep an inquiry (default: INQUIRY_RETENTION_DAYS).",
        )
        parser.add_argument("--dry-run", action="store_true", help="Only count what would be deleted.")

    def handle(self, *args, days=None, dry_run=False, **options):
        days = settings.INQUIRY_RETENTION_DAYS if days is None else days
        if days < 1:
            self.stderr.write("Refusing to purge with fewer than 1 day of retention.")
            return
        verb = "Would delete" if dry_run else "Deleted"
        # Progress only when a person watches (a terminal); cron gets the summary lines alone.
        progress = Progress(self.stderr) if self.stderr.isatty() else None
        for model, count in purge_all_kinds(days=days, dry_run=dry_run, progress=progress).items():
            # Counts only: nothing that identifies a person.
            self.stdout.write(f"{verb} {count} {model._meta.verbose_name_plural} closed more than {days} days ago.")


class Progress:
    """'Deleted 1,500 inquiries, 38,500 left, 2,400 a second' on one line, for a person running it by hand."""

    def __init__(self, stream):
        self.stream, self.started = stream, time.monotonic()

    def __call__(self, model, done, left):
        rate = done / max(time.monotonic() - self.started, 1e-6)
        self.stream.write(
            f"Deleted {done:,} {model._meta.verbose_name_plural}, {left:,} left, {rate:,.0f} a second",
            ending="\r" if left else "\n",
        )
