from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    """Editorial checks: no page version is published with an over-claim or without its review."""

    name = "editorial"
    verbose_name = _("Editorial checks")

    def ready(self):
        from djangocms_versioning.signals import post_version_operation, pre_version_operation

        from clinic_site import cms_compat

        from . import publishing

        cms_compat.add_publish_condition(publishing.content_is_fit_to_publish)
        pre_version_operation.connect(publishing.refuse_unfit_publish, dispatch_uid="editorial-refuse-unfit-publish")
        post_version_operation.connect(publishing.tell_editor_warnings, dispatch_uid="editorial-publish-warnings")
