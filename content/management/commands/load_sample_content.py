from django.core.management.base import BaseCommand

from clinic.services import sync_site_record
from content.sample_loader import ARTICLE_PAGES
from content.seeding import ensure_image_folder, seed_clinic_details, seed_clinicians, seed_pages, seed_prices
from staff.groups import ensure_staff_groups


class Command(BaseCommand):
    help = (
        "Create and publish the sample page tree and the staff groups. Idempotent: pages that already "
        "exist (by reverse_id) are left exactly as staff made them."
    )

    def handle(self, *args, **options):
        if seed_clinic_details():
            self.stdout.write("Created the clinic details with placeholder values (edit them in the admin).")
        # The Site record carries the clinic's name and SITE_URL's host (the CMS toolbar shows it).
        sync_site_record()
        clinicians = seed_clinicians()
        if clinicians:
            self.stdout.write(f"Created {len(clinicians)} sample clinician(s): {', '.join(clinicians)}")
        prices = seed_prices()
        if prices:
            self.stdout.write(f"Created {prices} sample price(s), marked as samples (edit them in the admin).")
        created = seed_pages()
        # The Articles section and its first articles, after the pages they link to.
        created += seed_pages(ARTICLE_PAGES)
        ensure_staff_groups()
        ensure_image_folder()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Published {len(created)} page(s): {', '.join(created)}"))
        else:
            self.stdout.write("Sample content already present; nothing changed.")
