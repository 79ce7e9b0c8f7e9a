from django.apps import AppConfig


class ContentConfig(AppConfig):
    """The CMS side of the site: page templates, plugins, clinic details, medical review and sample content."""

    name = "content"
    verbose_name = "Site content"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from . import checks  # noqa: F401 (registers the launch check)
        from .care_team import clinicians_changed
        from .invalidation import clinic_details_changed, prices_changed
        from .models import ClinicDetails, Clinician, ClosedDay, OpeningHours, ServicePrice

        post_save.connect(clinic_details_changed, sender=ClinicDetails, dispatch_uid="content-clinic-details-changed")
        # The hours are part of the clinic details: every page shows a changed row at once.
        post_save.connect(clinic_details_changed, sender=OpeningHours, dispatch_uid="content-opening-hours-saved")
        post_delete.connect(clinic_details_changed, sender=OpeningHours, dispatch_uid="content-opening-hours-deleted")
        post_save.connect(clinic_details_changed, sender=ClosedDay, dispatch_uid="content-closed-day-saved")
        post_delete.connect(clinic_details_changed, sender=ClosedDay, dispatch_uid="content-closed-day-deleted")
        # The cached clinician list, the reviewer lines and the care-team plugin follow every change.
        post_save.connect(clinicians_changed, sender=Clinician, dispatch_uid="content-clinician-saved")
        post_delete.connect(clinicians_changed, sender=Clinician, dispatch_uid="content-clinician-deleted")
        # The cost page, the FAQ's cost answer and the JSON-LD show a changed price at once, without a publish.
        post_save.connect(prices_changed, sender=ServicePrice, dispatch_uid="content-price-saved")
        post_delete.connect(prices_changed, sender=ServicePrice, dispatch_uid="content-price-deleted")

        from djangocms_versioning.signals import post_version_operation

        from .links import forget_linking_placeholders

        post_version_operation.connect(forget_linking_placeholders, dispatch_uid="content-forget-linking-placeholders")
