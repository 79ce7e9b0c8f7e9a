"""The CMS toolbar tells an editor what the editorial checks say about the page on screen.

Admin menu > "Content health" opens the content-health page. On a page, after it has
rendered, a "Content check" menu lists what would stop a publish and what to look at. Over a
draft whose publish was just refused, a panel names each rule, the words and the reason, and
stays until the editor dismisses it (refusals.py).
"""

from cms.cms_toolbars import ADMIN_MENU_IDENTIFIER
from cms.models import PageContent
from cms.toolbar.items import RIGHT, TemplateItem
from cms.toolbar_base import CMSToolbar
from cms.toolbar_pool import toolbar_pool
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import refusals
from .checks import check_page_content

MENU_ID = "editorial-content-check"


def _health_url():
    return reverse("admin:editorial_contenthealth_changelist")


@toolbar_pool.register
class ContentCheckToolbar(CMSToolbar):
    def _may_see_health(self):
        return self.request.user.has_perm("editorial.view_contenthealth")

    def populate(self):
        if not self._may_see_health():
            return
        admin_menu = self.toolbar.get_or_create_menu(ADMIN_MENU_IDENTIFIER)
        admin_menu.add_sideframe_item(_("Content health"), url=_health_url(), position=0)

    def post_template_populate(self):
        content = self.toolbar.get_object()
        if not isinstance(content, PageContent) or not self._may_see_health():
            return
        if not (self.toolbar.edit_mode_active or self.toolbar.preview_mode_active):
            return
        findings = check_page_content(content)
        if refusals.refused_here(self.request, content):
            self._add_refusal_panel(findings)
        if not findings:
            return
        blocking = sum(1 for f in findings if f.blocking)
        warnings = len(findings) - blocking
        if blocking:
            label = _("Content check: %(n)d to fix") % {"n": blocking}
        else:
            label = ngettext("Content check: %(n)d warning", "Content check: %(n)d warnings", warnings) % {
                "n": warnings
            }
        menu = self.toolbar.get_or_create_menu(MENU_ID, label)
        for finding in findings:
            prefix = _("Stops publishing") if finding.blocking else _("Warning")
            menu.add_sideframe_item(f"{prefix}: {finding.summary}", url=_health_url())

    def _add_refusal_panel(self, findings):
        context = {
            "blocking": [finding for finding in findings if finding.blocking],
            "dismiss_url": reverse("admin:editorial_refusal_dismiss"),
            "health_url": _health_url(),
            "next": self.request.get_full_path(),
            "csrf_token": get_token(self.request),
        }
        self.toolbar.add_item(TemplateItem("editorial/refusal_panel.html", extra_context=context, side=RIGHT))
