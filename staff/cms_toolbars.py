"""Staff who may not change pages (the intake reviewers) get no page-editing tools in the CMS toolbar.

django CMS shows its toolbar to every staff user. A reviewer saw the Page menu ("Create Page",
"Page settings", "Delete page"...), the language and version menus and the "Create" button, each
of which only ends in a refusal (``page_rights.py`` refuses the drafts and the wizard). For a
user without ``cms.change_page``, this toolbar takes those out once every toolbar has added its
items; what is left is the site menu (the admin, logout) and Help.
"""

from cms.cms_toolbars import LANGUAGE_MENU_IDENTIFIER, PAGE_MENU_IDENTIFIER
from cms.toolbar.items import ButtonList
from cms.toolbar_base import CMSToolbar
from cms.toolbar_pool import toolbar_pool
from djangocms_versioning.cms_toolbars import VERSIONING_MENU_IDENTIFIER

EDITING_MENUS = (PAGE_MENU_IDENTIFIER, LANGUAGE_MENU_IDENTIFIER, VERSIONING_MENU_IDENTIFIER)


@toolbar_pool.register
class NoPageEditingWithoutTheRight(CMSToolbar):
    def post_template_populate(self):
        user = getattr(self.request, "user", None)
        if user is None or user.has_perm("cms.change_page"):
            return
        for identifier in EDITING_MENUS:
            menu = self.toolbar.get_menu(identifier)
            if menu is not None:
                self.toolbar.remove_item(menu)
        for found in self.toolbar.find_items(ButtonList):
            self.toolbar.remove_item(found.item)
