"""sitemap.xml's entries: every published page in each language it is published in, with its
language alternates (Django's Sitemap with ``i18n``, ``alternates`` and ``x_default``)."""

from urllib.parse import urlsplit

from cms.models import PageContent
from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.utils import translation

from .selectors import published_dates


class PublishedPagesSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def __init__(self):
        super().__init__()
        contents = list(PageContent.objects.select_related("page").order_by("page__path", "language"))
        published = published_dates(contents)
        self._published = {}
        self._lastmod = {}
        self._pages = {}
        for content in contents:
            self._pages.setdefault(content.page_id, content.page)
            self._published.setdefault(content.page_id, []).append(content.language)
            self._lastmod[(content.page_id, content.language)] = published.get(content.pk)

    def items(self):
        return list(self._pages.values())

    def get_languages_for_item(self, page):
        published = self._published.get(page.pk, [])
        return [code for code, _name in settings.LANGUAGES if code in published]

    def location(self, page):
        return page.get_absolute_url(translation.get_language())

    def lastmod(self, page):
        # Django asks once per page, not per language: the page's latest publish in any language.
        dates = [self._lastmod.get((page.pk, code)) for code in self._published.get(page.pk, [])]
        return max((d for d in dates if d), default=None)


def sitemap_entries():
    """``[{"location", "lastmod", "alternates": [{"lang_code", "location"}]}]`` on settings.SITE_URL."""
    site = urlsplit(settings.SITE_URL)
    sitemap = PublishedPagesSitemap()
    urls = sitemap.get_urls(site=type("Site", (), {"domain": site.netloc + site.path})(), protocol=site.scheme)
    for url in urls:
        url.pop("item", None)
    return urls
