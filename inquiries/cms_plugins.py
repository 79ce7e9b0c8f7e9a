"""A plugin for the privacy page that states how long closed inquiries are kept.

The number of days comes from settings.INQUIRY_RETENTION_DAYS, the same setting the
purge_inquiries command uses, so the privacy notice never promises a different period
from the one the site keeps to.
"""

from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool
from django.conf import settings


def retention_days():
    """How many days after an inquiry is closed it is deleted."""
    return settings.INQUIRY_RETENTION_DAYS


@plugin_pool.register_plugin
class InquiryRetentionPlugin(CMSPluginBase):
    """One sentence: a closed request is deleted about N days later (N from the settings)."""

    name = "How long inquiries are kept"
    module = "Clinic"
    render_template = "plugins/inquiry_retention.html"

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        context["retention_days"] = retention_days()
        return context
