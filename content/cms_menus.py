"""The site menu follows the page tree: pages under Home are top-level items, like Home's siblings.

Then the top level is grouped (issue 24), so the desktop menu stays on one line at 1280 px in
both languages: "About ketamine" and "Your visit" each gather the pages named in MENU_GROUPS, by
reverse_id, at the place of their first page; every other page (Home, Costs, Contact, Crisis
help, a page staff add) stays a top-level item. A group is no page: it has no address, and the
templates draw it as a disclosure (desktop) or a heading over its pages (phone).

Editors add pages under Home in the page tree (it is the natural place), but the CMS
nests them below the Home item, where a one-level menu never shows them. This modifier
lifts Home's children to the top level, after Home, so the menu shows what the tree
shows; deeper pages stay nested (the mobile menu lists them, and each section page
lists its own pages). Breadcrumbs keep the real tree: Home > page.
"""

from django.utils.translation import gettext_lazy as _
from menus.base import Modifier, NavigationNode
from menus.menu_pool import menu_pool

# (key, label, reverse_ids of the pages it gathers, in menu order).
MENU_GROUPS = [
    (
        "about-ketamine",
        _("About ketamine"),
        (
            "what-is-ketamine",
            "how-it-works",
            "ketamine-vs-traditional-therapies",
            "benefits-and-risks",
            "is-it-right-for-me",
            "faq",
        ),
    ),
    ("your-visit", _("Your visit"), ("what-to-expect", "preparing-for-your-visit", "visiting-the-clinic", "care-team")),
]


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


def group_top_level(nodes, groups=MENU_GROUPS):
    """Gather the top-level nodes named in ``groups`` under one group node each (in the group's order).

    A group with none of its pages in the menu (unpublished, hidden, another language's gap) is
    left out; the group node takes the place of its first page.
    """
    roots = [node for node in nodes if node.parent is None]
    by_reverse_id = {node.attr.get("reverse_id"): node for node in roots if node.attr.get("reverse_id")}
    for key, label, reverse_ids in groups:
        members = [by_reverse_id[rid] for rid in reverse_ids if rid in by_reverse_id]
        if not members:
            continue
        first = min(nodes.index(member) for member in members)
        group = NavigationNode(str(label), "", f"menu-group-{key}", attr={"menu_group": key})
        group.namespace = members[0].namespace
        for member in members:
            member.parent = group
            member.parent_id = group.id
            member.parent_namespace = group.namespace
        group.children = members
        # The menu's Marker has already flagged the current page: the group holding it shows that.
        group.ancestor = any(member.selected or member.ancestor for member in members)
        nodes.insert(first, group)
    return nodes


class HomeChildrenAtTopLevel(Modifier):
    """Runs before the menu's Level modifier (cms_menus modules load first), which then numbers the levels."""

    def modify(self, request, nodes, namespace, root_id, post_cut, breadcrumb):
        if post_cut or breadcrumb:
            return nodes
        return group_top_level(lift_home_children(nodes))


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
