"""An article page: dates, topics, medical review and sources like every article page, related
articles (editor-picked first, then the same topics), a link back to the list, and JSON-LD
with datePublished and dateModified."""

import json
import re

import pytest
from cms.models import Page

from tests.public_pages import AT_HOME_ARTICLE, SEED_ARTICLE, SPRAVATO_ARTICLE

pytestmark = pytest.mark.django_db


def _url(reverse_id, language="en"):
    return Page.objects.get(reverse_id=reverse_id).get_absolute_url(language)


def _json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_the_article_shows_its_dates_review_sources_and_way_back(client, seeded):
    html = client.get(_url(SEED_ARTICLE)).content.decode()
    assert 'Published <time datetime="2026-11-02">November 2, 2026</time>' in html
    assert "Medically reviewed by" in html
    assert '<h2 id="page-sources">Sources</h2>' in html
    assert '<a href="/articles/">← All articles</a>' in html
    assert "off-label" in html


def test_related_articles_are_picked_first_then_by_topic(client, seeded):
    html = client.get(_url(SEED_ARTICLE)).content.decode()
    related = html[html.index('id="related-articles-title"') :]
    links = re.findall(r'<li><a href="([^"]+)">', related)
    assert links[0] == _url(SPRAVATO_ARTICLE)  # the editor's pick
    assert _url(AT_HOME_ARTICLE) in links  # shares "treatment"
    assert _url(SEED_ARTICLE) not in links


def test_the_json_ld_has_the_article_and_its_dates(client, seeded):
    graph = _json_ld(client.get(_url(SPRAVATO_ARTICLE, "es")).content.decode())["@graph"]
    page = next(node for node in graph if node["@type"] == "MedicalWebPage")
    article = next(node for node in graph if node["@type"] == "Article")
    assert page["datePublished"] == article["datePublished"] == "2026-11-16"
    assert article["dateModified"] == "2026-11-16"
    assert article["inLanguage"] == "es"
    assert article["mainEntityOfPage"]["@id"] == page["@id"]


def test_an_ordinary_page_is_no_article(client, seeded):
    html = client.get("/what-is-ketamine/").content.decode()
    assert "related-articles" not in html and "article-dates" not in html
    assert all(node["@type"] != "Article" for node in _json_ld(html)["@graph"])


def test_articles_are_in_the_sitemap_in_both_languages(client, seeded):
    xml = client.get("/sitemap.xml").content.decode()
    assert _url(SEED_ARTICLE) in xml and _url(SEED_ARTICLE, "es") in xml
    assert "/articles/</loc>" in xml


def test_the_sample_articles_pass_the_editorial_checks(seeded):
    from cms.models import PageContent

    from editorial.checks import check_page_content

    for reverse_id in ("articles", SEED_ARTICLE, SPRAVATO_ARTICLE, AT_HOME_ARTICLE):
        for content in PageContent.objects.filter(page__reverse_id=reverse_id):
            findings = check_page_content(content)
            assert findings == [], f"{reverse_id} [{content.language}]: {[f.summary for f in findings]}"


def test_the_seed_article_has_none_of_the_original_advertising(seeded):
    from search.models import SearchDocument

    for document in SearchDocument.objects.filter(page__reverse_id=SEED_ARTICLE):
        text = f"{document.title} {document.body}".lower()
        for phrase in ("ideal choice", "nepenthe", "carefully selected", "external source", "powerful tool"):
            assert phrase not in text
