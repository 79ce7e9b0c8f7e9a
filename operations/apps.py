from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """Running the site: the health probe, database backups and restore, key export."""

    name = "operations"
    verbose_name = "Operations"
