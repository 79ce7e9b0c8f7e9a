"""Delete inquiries closed more than INQUIRY_RETENTION_DAYS ago, with their notes. Run daily from cron."""

from django.conf import settings
from django.core.management.base import BaseCommand

from inquiries.services import purge_closed


class Command(BaseCommand):
    help = "Delete closed (and not-a-fit) inquiries older than the retention period, with their notes."

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
        references = purge_closed(days=days, dry_run=dry_run)
        verb = "Would delete" if dry_run else "Deleted"
        # References only: they identify the case to staff, not the person.
        self.stdout.write(f"{verb} {len(references)} inquiries closed more than {days} days ago.")
