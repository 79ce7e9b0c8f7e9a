from django.core.management.base import BaseCommand, CommandError

from operations.backups import BackupError, export_keys


class Command(BaseCommand):
    help = (
        "Write DJANGO_SECRET_KEY and the inquiry keys to a file (mode 600) to store apart from the "
        "database backups, e.g. in the clinic's password manager or a second, offline medium."
    )

    def add_arguments(self, parser):
        parser.add_argument("output")

    def handle(self, *args, output, **options):
        try:
            path = export_keys(output)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Keys written to {path}. Store it apart from the backups; never beside them.")
