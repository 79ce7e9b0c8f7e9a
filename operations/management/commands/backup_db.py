from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from operations import bucket
from operations.backups import BackupError, backup, backup_filename


class Command(BaseCommand):
    help = (
        "Back up the database while the site serves (SQLite online backup, or pg_dump). "
        "Keys are not included: see export_keys."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", default=str(settings.VAR_DIR / "backups"))
        parser.add_argument("--output", help="exact file name instead of a dated one in --output-dir")
        parser.add_argument(
            "--keep", type=int, default=0, help="delete all but the newest N backups in the directory (and the bucket)"
        )
        parser.add_argument(
            "--to-bucket", action="store_true", help="copy the backup to DJANGO_BACKUP_BUCKET (a private bucket)"
        )

    def handle(self, *args, output_dir, output, keep, to_bucket, **options):
        db = connections["default"].settings_dict
        destination = Path(output) if output else Path(output_dir) / backup_filename(db)
        try:
            backup(db, destination)
            self.stdout.write(str(destination))
            if to_bucket:
                self.stdout.write(f"Copied to the backup bucket as {bucket.upload(destination)}.")
                if keep:
                    bucket.prune(keep)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        if keep and not output:
            old = sorted(Path(output_dir).glob("clinic-*.*"))[:-keep]
            for path in old:
                path.unlink()
