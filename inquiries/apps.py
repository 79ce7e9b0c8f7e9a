from django.apps import AppConfig


class InquiriesConfig(AppConfig):
    """Inquiries from prospective patients: the intake form and the staff review tool."""

    name = "inquiries"
    verbose_name = "Inquiries"
    default_auto_field = "django.db.models.BigAutoField"
