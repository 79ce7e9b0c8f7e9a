from django.apps import AppConfig


class SelfChecksConfig(AppConfig):
    """Private PHQ-9 and GAD-7 self-checks: scored on the spot, stored nowhere."""

    name = "selfchecks"
    verbose_name = "Self-checks"
    default_auto_field = "django.db.models.BigAutoField"
