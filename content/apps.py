from django.apps import AppConfig


class ContentConfig(AppConfig):
    """The CMS side of the site: page templates, plugins, clinic details, medical review and sample content."""

    name = "content"
    verbose_name = "Site content"
