from django.apps import AppConfig


class ContentConfig(AppConfig):
    """The CMS side of the site: page templates, plugins, medical review and sample content."""

    name = "content"
    verbose_name = "Site content"

    def ready(self):
        from djangocms_versioning.signals import post_version_operation

        from . import checks  # noqa: F401 (registers the launch check)
        from .links import forget_linking_placeholders

        post_version_operation.connect(forget_linking_placeholders, dispatch_uid="content-forget-linking-placeholders")
