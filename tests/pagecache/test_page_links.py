"""Cards, buttons and footer links point at the pages they name (addresses from the menu, pagecache/page_links.py)."""

import pytest
from cms.models import Page
from django.core.cache import cache

from content.models import CallToAction, PageTeaser
from tests.page_html import PageReader


def _links(html):
    return {attrs.get("href") for tag, attrs in PageReader(html).tags if tag == "a"}


@pytest.mark.django_db
@pytest.mark.parametrize("state", ["cold", "warm"])
def test_every_card_and_button_on_the_home_page_links_to_its_page(client, seeded, state):
    if state == "warm":
        client.get("/")
    else:
        cache.clear()
    html = client.get("/").content.decode()
    links = _links(html)
    teasers = PageTeaser.objects.filter(placeholder__isnull=False, language="en")
    assert teasers.exists()
    for teaser in teasers:
        assert teaser.page.get_absolute_url("en") in links
        if not teaser.title:
            assert teaser.page.get_menu_title("en") in html
    for button in CallToAction.objects.filter(page__isnull=False, language="en"):
        assert button.page.get_absolute_url("en") in links


@pytest.mark.django_db
def test_the_footer_links_to_its_pages(client, seeded):
    cache.clear()
    links = _links(client.get(Page.objects.get(reverse_id="what-is-ketamine").get_absolute_url("en")).content.decode())
    for reverse_id in ("contact", "crisis-help", "faq", "privacy"):
        assert Page.objects.get(reverse_id=reverse_id).get_absolute_url("en") in links, reverse_id


@pytest.mark.django_db
def test_a_card_to_a_page_left_out_of_the_menu_still_links(client, seeded):
    # The privacy page is not in the navigation; a card to it links all the same.
    teaser = PageTeaser.objects.filter(language="en").first()
    privacy = Page.objects.get(reverse_id="privacy")
    teaser.page = privacy
    teaser.save()
    cache.clear()
    assert privacy.get_absolute_url("en") in _links(client.get("/").content.decode())
