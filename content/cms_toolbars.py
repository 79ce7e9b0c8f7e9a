"""Page > "Medical review..." in the CMS toolbar, for the page being edited (the CMS adds the dots)."""

from cms.extensions.toolbar import ExtensionToolbar
from cms.toolbar_pool import toolbar_pool
from django.utils.translation import gettext as _

from .models import MedicalReview


@toolbar_pool.register
class MedicalReviewToolbar(ExtensionToolbar):
    model = MedicalReview

    def populate(self):
        current_page_menu = self._setup_extension_toolbar()
        if not current_page_menu or not self.page_content:
            return
        _extension, url = self.get_page_content_extension_admin()
        if url:
            current_page_menu.add_modal_item(
                _("Medical review (reviewer, date, sources)"), url=url, disabled=not self.toolbar.edit_mode_active
            )
