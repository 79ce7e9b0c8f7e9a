"""Delete cases (inquiries and referrals) closed more than INQUIRY_RETENTION_DAYS ago, with their notes.

Run daily from cron. Every kind of case in the triage workflow is purged by this
one command, so a new kind cannot be forgotten in the crontab.
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from inquiries.services import purge_all_kinds


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
        for model, references in purge_all_kinds(days=days, dry_run=dry_run).items():
            # Counts only: nothing that identifies a person.
            self.stdout.write(
                f"{verb} {len(references)} {model._meta.verbose_name_plural} closed more than {days} days ago."
            )
