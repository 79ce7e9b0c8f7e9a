"""Page > "Article details..." in the CMS toolbar (date, summary, topics, image, related articles)."""

from cms.extensions.toolbar import ExtensionToolbar
from cms.toolbar_pool import toolbar_pool
from django.utils.translation import gettext_lazy as _

from .models import ArticleDetails


@toolbar_pool.register
class ArticleDetailsToolbar(ExtensionToolbar):
    model = ArticleDetails

    def populate(self):
        current_page_menu = self._setup_extension_toolbar()
        if not current_page_menu or not self.page_content:
            return
        _extension, url = self.get_page_content_extension_admin()
        if url:
            current_page_menu.add_modal_item(
                _("Article details (date, summary, topics, related)"),
                url=url,
                disabled=not self.toolbar.edit_mode_active,
            )
