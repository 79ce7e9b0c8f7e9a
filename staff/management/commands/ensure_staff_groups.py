from django.core.management.base import BaseCommand

from staff.groups import GROUP_APPS, ensure_staff_groups


class Command(BaseCommand):
    help = (
        "Create or update the staff groups (Content editors, Intake reviewers) and their permissions. "
        "Safe to run at every release, after migrate; members and other groups are left alone."
    )

    def handle(self, *args, **options):
        created = ensure_staff_groups()
        for name in GROUP_APPS:
            self.stdout.write(f"{name}: {'created' if name in created else 'permissions brought up to date'}.")
