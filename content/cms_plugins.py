"""The plugins editors place on pages, each rendered by a small template of our own.

Fields are plain text (no HTML to write); the templates add the markup, so the
output is always accessible and fits the site's strict Content-Security-Policy.
Which plugin may go where is set in settings.CMS_PLACEHOLDER_CONF.
"""

from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool

from clinic.pricing import price_rows, prices_last_updated, shown_prices
from clinic.selectors import listed_clinicians

from .images import renditions
from .links import link_for
from .models import (
    Callout,
    CallToAction,
    CareTeam,
    CrisisNotice,
    FaqItem,
    PageTeaser,
    PageTeaserGroup,
    Picture,
    PriceList,
    SourcesList,
)

MODULE = "Clinic"


@plugin_pool.register_plugin
class FaqItemPlugin(CMSPluginBase):
    model = FaqItem
    name = "FAQ item (question and answer)"
    module = MODULE
    render_template = "plugins/faq_item.html"


@plugin_pool.register_plugin
class CalloutPlugin(CMSPluginBase):
    model = Callout
    name = "Callout box"
    module = MODULE
    render_template = "plugins/callout.html"


@plugin_pool.register_plugin
class SourcesListPlugin(CMSPluginBase):
    model = SourcesList
    name = "Sources list"
    module = MODULE
    render_template = "plugins/sources_list.html"
    fieldsets = [
        (
            None,
            {
                "fields": ["title", "sources"],
                "description": (
                    "Most pages need no Sources list block: put a page's sources in Page > Medical review. "
                    "That list is shown, numbered, at the foot of the page, and figures cite it with [1], [2]… "
                    "Use this block only for a reading list inside the page (e.g. for clinicians)."
                ),
            },
        )
    ]


@plugin_pool.register_plugin
class CallToActionPlugin(CMSPluginBase):
    model = CallToAction
    name = "Button (call to action)"
    module = MODULE
    render_template = "plugins/call_to_action.html"

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        # A button to a page that is not published is left out (never href="None"); a published
        # page's address comes from the menu the page builds anyway (pagecache/page_links.py).
        link = link_for(instance, context.get("request"))
        context["href"] = (link.url if link else None) if instance.page_id else instance.url
        return context


@plugin_pool.register_plugin
class CrisisNoticePlugin(CMSPluginBase):
    model = CrisisNotice
    name = "Crisis notice (988 and 911)"
    module = MODULE
    render_template = "plugins/crisis_notice.html"


@plugin_pool.register_plugin
class ClinicContactPlugin(CMSPluginBase):
    """The clinic's phone, e-mail, address and hours, from the clinic details in the admin."""

    name = "Clinic contact details"
    module = MODULE
    render_template = "plugins/clinic_contact.html"
    # Cached with its placeholder like any plugin (a cache = False plugin would keep the whole
    # page out of the page cache); saving the clinic details clears those placeholders.


@plugin_pool.register_plugin
class PageTeaserGroupPlugin(CMSPluginBase):
    model = PageTeaserGroup
    name = "Page cards"
    module = MODULE
    render_template = "plugins/page_teaser_group.html"
    allow_children = True
    child_classes = ["PageTeaserPlugin"]


@plugin_pool.register_plugin
class PageTeaserPlugin(CMSPluginBase):
    model = PageTeaser
    name = "Page card"
    module = MODULE
    render_template = "plugins/page_teaser.html"
    require_parent = True
    parent_classes = ["PageTeaserGroupPlugin"]

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        # A card for a page that is not published is left out (never href="None"); address and
        # title come from the menu the page builds anyway (pagecache/page_links.py).
        link = link_for(instance, context.get("request"))
        context["href"] = link.url if link else None
        context["menu_title"] = link.menu_title if link else ""
        return context


@plugin_pool.register_plugin
class PicturePlugin(CMSPluginBase):
    model = Picture
    name = "Image"
    module = MODULE
    render_template = "plugins/picture.html"
    raw_id_fields = ()

    @classmethod
    def get_render_queryset(cls):
        # The image (a filer File and Image) in the same query as the plugin.
        return super().get_render_queryset().select_related("image")

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        context["picture"] = renditions(instance.image, instance.size) if instance.image_id else None
        return context


@plugin_pool.register_plugin
class CareTeamPlugin(CMSPluginBase):
    """Every listed clinician (Admin > Care team), each with an anchor that reviews link to."""

    model = CareTeam
    name = "Care team (clinician profiles)"
    module = MODULE
    render_template = "plugins/care_team.html"
    # Cached with its placeholder; saving a clinician clears those placeholders (content/care_team.py).

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        context["members"] = [
            (clinician, renditions(clinician.photo, "portrait") if clinician.photo_id else None)
            for clinician in listed_clinicians()
        ]
        return context


@plugin_pool.register_plugin
class PriceListPlugin(CMSPluginBase):
    """The price list (Admin > Site content > Prices): a table on the cost page, a FAQ answer on the FAQ.

    Cached with its placeholder; saving or deleting a price clears those placeholders
    (clinic.invalidation.prices_changed).
    """

    model = PriceList
    name = "Price list (from the admin's prices)"
    module = MODULE
    render_template = "plugins/price_list.html"

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        prices = shown_prices()
        context["prices"] = price_rows(prices)
        context["prices_updated"] = prices_last_updated(prices)
        context["has_samples"] = any(row.is_sample for row in prices)
        return context


@plugin_pool.register_plugin
class ClinicVisitPlugin(CMSPluginBase):
    """Address, hours, directions, parking, public transport, step-free access and a map link (clinic details)."""

    name = "Visiting the clinic (from the clinic details)"
    module = MODULE
    render_template = "plugins/clinic_visit.html"
    # Cached with its placeholder; saving the clinic details clears those placeholders.


@plugin_pool.register_plugin
class AfterHoursPlugin(CMSPluginBase):
    """Whom to call after hours: the clinic's after-hours number (clinic details), 988 and 911."""

    name = "After-hours help (from the clinic details)"
    module = MODULE
    render_template = "plugins/after_hours.html"


@plugin_pool.register_plugin
class PrintButtonPlugin(CMSPluginBase):
    """A "Print this checklist" button; static/js/print.js shows it and prints (no inline script)."""

    name = "Print button"
    module = MODULE
    render_template = "plugins/print_button.html"


@plugin_pool.register_plugin
class PrivacyContactPlugin(CMSPluginBase):
    """The privacy contact and the notice's effective date (clinic details), for the Notice of Privacy Practices."""

    name = "Privacy contact and effective date (from the clinic details)"
    module = MODULE
    render_template = "plugins/privacy_contact.html"
