from django.apps import AppConfig


class ClinicConfig(AppConfig):
    """The clinic's details, opening hours, prices and care team."""

    name = "clinic"
    # What staff have always called it: the admin index shows these models under "Site content" with
    # the CMS side's (staff.admin_site), and the breadcrumbs and the guides say the same.
    verbose_name = "Site content"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from .invalidation import clinic_details_changed, clinicians_changed, prices_changed
        from .models import ClinicDetails, Clinician, ClosedDay, OpeningHours, ServicePrice

        post_save.connect(clinic_details_changed, sender=ClinicDetails, dispatch_uid="clinic-details-changed")
        # The hours are part of the clinic details: every page shows a changed row at once.
        post_save.connect(clinic_details_changed, sender=OpeningHours, dispatch_uid="clinic-opening-hours-saved")
        post_delete.connect(clinic_details_changed, sender=OpeningHours, dispatch_uid="clinic-opening-hours-deleted")
        post_save.connect(clinic_details_changed, sender=ClosedDay, dispatch_uid="clinic-closed-day-saved")
        post_delete.connect(clinic_details_changed, sender=ClosedDay, dispatch_uid="clinic-closed-day-deleted")
        # The cached clinician list, the reviewer lines and the care-team plugin follow every change.
        post_save.connect(clinicians_changed, sender=Clinician, dispatch_uid="clinic-clinician-saved")
        post_delete.connect(clinicians_changed, sender=Clinician, dispatch_uid="clinic-clinician-deleted")
        # The cost page, the FAQ's cost answer and the JSON-LD show a changed price at once, without a publish.
        post_save.connect(prices_changed, sender=ServicePrice, dispatch_uid="clinic-price-saved")
        post_delete.connect(prices_changed, sender=ServicePrice, dispatch_uid="clinic-price-deleted")
