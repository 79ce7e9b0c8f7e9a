"""The Atom feed of the articles, one per language: /articles/feed/ and /es/articulos/feed/.

A plain anonymous GET without a query string, so the response cache keeps it whole and a
publish (which changes the CMS page-cache version) refreshes it on the next view.
"""

from datetime import datetime, time

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from clinic.selectors import get_clinic_details

from . import selectors


def _moment(day):
    return timezone.make_aware(datetime.combine(day, time(12, 0)))


class ArticleFeed(Feed):
    feed_type = Atom1Feed

    def title(self):
        return _("%(clinic)s: articles") % {"clinic": get_clinic_details().name}

    def subtitle(self):
        return _("New articles on ketamine treatment and mental health, newest first.")

    def link(self):
        from cms.models import Page

        page = Page.objects.filter(reverse_id=selectors.LIST_PAGE).first()
        language = translation.get_language()
        return page.get_absolute_url(language) if page else "/"

    def feed_url(self):
        from django.urls import reverse

        return reverse("article-feed")

    def author_name(self):
        return get_clinic_details().name

    def items(self):
        return selectors.feed_items(translation.get_language())

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return f"{settings.SITE_URL}{item.url}"

    def item_pubdate(self, item):
        return _moment(item.published_on)

    def item_updateddate(self, item):
        return _moment(item.last_changed)

    def item_categories(self, item):
        return [str(label) for _slug, label in item.topics]

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["language"] = translation.get_language()
        return feed
