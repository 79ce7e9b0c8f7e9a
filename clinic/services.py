"""Side effects of editing the clinic details: saving them and keeping the Site record in step."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction


def site_domain():
    """The public host (and port, if any) from SITE_URL: "clinic.example" or "127.0.0.1:8000"."""
    return urlsplit(settings.SITE_URL).netloc or "localhost"


def sync_site_record(*, details=None):
    """Give the Site record (the CMS toolbar and page tree show it) the clinic's name and SITE_URL's host."""
    from django.contrib.sites.models import Site

    from .selectors import get_clinic_details

    details = details or get_clinic_details()
    site, _created = Site.objects.update_or_create(
        pk=settings.SITE_ID, defaults={"name": details.name[:50], "domain": site_domain()}
    )
    return site


def save_clinic_details(*, details):
    """Store edited clinic details (which refreshes every page) and keep the Site record in step."""
    with transaction.atomic():
        details.save()
        sync_site_record(details=details)
    return details
