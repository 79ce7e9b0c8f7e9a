"""The self-check plugin: an editor places it on a page and picks the questionnaire.

It renders the questions only, the same for every visitor (no CSRF token, nothing
personal), so the page stays in the CMS page cache; the placeholder cache keeps one
copy per language, and the wording follows the language the page is shown in.
"""

from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool
from django.utils.translation import get_language

from . import presentation
from .instruments import get_instrument
from .models import SelfCheck


@plugin_pool.register_plugin
class SelfCheckPlugin(CMSPluginBase):
    model = SelfCheck
    name = "Self-check questionnaire (PHQ-9 or GAD-7)"
    module = "Clinic"
    render_template = "selfchecks/plugin.html"

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        instrument = get_instrument(instance.instrument)
        if instrument is not None:
            request = context.get("request")
            page = getattr(request, "current_page", None)
            context["check"] = presentation.questionnaire(instrument, get_language(), page_id=getattr(page, "pk", None))
        return context
