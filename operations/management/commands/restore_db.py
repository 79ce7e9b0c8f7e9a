import tempfile
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from content.invalidation import database_restored
from operations import bucket
from operations.backups import BackupError, restore


class Command(BaseCommand):
    help = (
        "Replace the database's contents with a backup made by backup_db. Stop the app servers "
        "first (or point DATABASE_URL at a new database); the same keys must be in the environment."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup_file", help="a backup file, or with --from-bucket its name there (or 'latest')")
        parser.add_argument("--noinput", action="store_true", help="do not ask for confirmation")
        parser.add_argument(
            "--from-bucket", action="store_true", help="fetch the backup from DJANGO_BACKUP_BUCKET first"
        )

    def handle(self, *args, backup_file, noinput, from_bucket, **options):
        if not from_bucket:
            return self.restore_file(backup_file, noinput)
        with tempfile.TemporaryDirectory() as scratch:
            try:
                fetched = bucket.download(backup_file, Path(scratch) / Path(backup_file).name)
            except BackupError as exc:
                raise CommandError(str(exc)) from exc
            self.stdout.write(f"Fetched {backup_file} from the backup bucket.")
            return self.restore_file(fetched, noinput)

    def restore_file(self, backup_file, noinput):
        db = connections["default"].settings_dict
        if not noinput:
            answer = input(f"Replace everything in database {db['NAME']} with {backup_file}? Type 'yes': ")
            if answer.strip() != "yes":
                raise CommandError("Nothing restored.")
        connections["default"].close()
        try:
            restore(db, backup_file)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        # The shared cache outlives the database's old contents: no page, menu or clinic
        # details from before the restore may be served after it.
        database_restored()
        self.stdout.write(f"Restored {backup_file} into {db['NAME']}.")
