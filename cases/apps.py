from django.apps import AppConfig


class CasesConfig(AppConfig):
    """The case framework that inquiries and referrals build on: triage models, encryption at rest,
    the encrypted field, the case admin and services, the protected public form, and the audit trail
    (its one table, ``models.AuditEntry``)."""

    name = "cases"
    verbose_name = "Inquiries and referrals"  # what staff see in the audit trail's breadcrumb

    def ready(self):
        from . import checks  # noqa: F401 (registers the key check)
