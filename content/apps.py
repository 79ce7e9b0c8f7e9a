from django.apps import AppConfig


class ContentConfig(AppConfig):
    """The CMS side of the site: page templates, plugins and sample content."""

    name = "content"
    verbose_name = "Site content"
