"""The site menu follows the page tree: pages under Home are top-level items, like Home's siblings.

Editors add pages under Home in the page tree (it is the natural place), but the CMS
nests them below the Home item, where a one-level menu never shows them. This modifier
lifts Home's children to the top level, after Home, so the menu shows what the tree
shows; deeper pages stay nested (the mobile menu lists them, and each section page
lists its own pages). Breadcrumbs keep the real tree: Home > page.
"""

from menus.base import Modifier
from menus.menu_pool import menu_pool


def lift_home_children(nodes):
    """Make the home node's children top-level nodes, right after it, keeping their order."""
    home = next((node for node in nodes if node.attr.get("is_home") and node.parent is None), None)
    if home is None or not home.children:
        return nodes
    lifted = list(home.children)
    home.children = []
    for node in lifted:
        node.parent = None
        node.parent_id = None
    return nodes


class HomeChildrenAtTopLevel(Modifier):
    """Runs before the menu's Level modifier (cms_menus modules load first), which then numbers the levels."""

    def modify(self, request, nodes, namespace, root_id, post_cut, breadcrumb):
        if post_cut or breadcrumb:
            return nodes
        return lift_home_children(nodes)


menu_pool.register_modifier(HomeChildrenAtTopLevel)


def drop_hidden(nodes):
    """``nodes`` and their children without the pages not shown in menus ("in menu" unticked)."""
    kept = [node for node in nodes if node.visible]
    for node in kept:
        node.children = drop_hidden(node.children)
    return kept


class HiddenPagesStayHidden(Modifier):
    """After the cut, drop every page not shown in menus, at every level.

    The menu tags' own cut (menus.templatetags.menu_tags.cut_levels, django CMS 5.1.3) removes
    hidden children from the list it is walking, so of two hidden siblings in a row the second
    stayed: an "In this section" list showed one of the Articles page's hidden articles.
    """

    def modify(self, request, nodes, namespace, root_id, post_cut, breadcrumb):
        if not post_cut or breadcrumb:
            return nodes
        return drop_hidden(nodes)


menu_pool.register_modifier(HiddenPagesStayHidden)
