from django.core.management.base import BaseCommand

from search.services import rebuild_index


class Command(BaseCommand):
    help = "Rebuild the site search index from every published page version (both languages)."

    def handle(self, *args, **options):
        count = rebuild_index()
        self.stdout.write(f"Indexed {count} published page versions.")
