"""sitemap.xml lists every published page (and nothing else); robots.txt names it."""

import xml.etree.ElementTree as ET

from cms.api import create_page
from django.conf import settings

from content.seeding import get_seed_user
from content.selectors import published_pages
from tests.public_pages import SAMPLE_VERSIONS

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def _locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    return [loc.text for loc in root.findall("sm:url/sm:loc", NS)]


def test_sitemap_lists_every_published_page(client, seeded):
    expected = {
        settings.SITE_URL + c.page.get_absolute_url(language)
        for language in ("en", "es")
        for c in published_pages(language)
    }
    locations = _locations(client)
    assert len(expected) == SAMPLE_VERSIONS  # every page, in English and Spanish
    assert sorted(locations) == sorted(expected)


def test_a_draft_page_is_not_in_the_sitemap(client, seeded):
    create_page("Not ready yet", "pages/article.html", "en", slug="not-ready", created_by=get_seed_user())
    assert not any("not-ready" in loc for loc in _locations(client))


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_admin(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert f"Sitemap: {settings.SITE_URL}/sitemap.xml" in lines
    assert "Disallow: /admin/" in lines
