from cms.plugin_base import CMSPluginBase
from cms.plugin_pool import plugin_pool
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from . import selectors
from .models import ArticleList


@plugin_pool.register_plugin
class ArticleListPlugin(CMSPluginBase):
    """The Articles section's list: the newest articles, topic links, the next page, the feed link.

    It reads nothing from the query string, so the CMS may cache it with the page, and the
    whole page is served from the page cache; a publish empties both. Topics and older pages
    are their own addresses (articles/views.py), cached the same way.
    """

    model = ArticleList
    name = _("Article list")
    module = "Clinic"
    render_template = "articles/plugins/article_list.html"

    def render(self, context, instance, placeholder):
        context = super().render(context, instance, placeholder)
        context.update(selectors.article_list(translation.get_language()))
        return context
