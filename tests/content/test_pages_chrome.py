"""Every seeded page, as a visitor and a search engine see it: one h1, a title, a unique
description, the crisis strip, breadcrumbs on inner pages, a canonical link, JSON-LD."""

import pytest
from cms.models import Page
from django.conf import settings

from content.sample_loader import HOME, PAGES
from tests.page_html import PageReader

REVIEWED = [p["reverse_id"] for p in PAGES if p.get("review")]


def _read(client, reverse_id):
    url = Page.objects.get(reverse_id=reverse_id).get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200
    return url, PageReader(response.content.decode())


@pytest.fixture
def pages(client, seeded):
    return {spec["reverse_id"]: _read(client, spec["reverse_id"]) for spec in PAGES}


def test_each_page_has_one_h1_a_title_and_a_unique_description(pages):
    descriptions = {}
    for reverse_id, (_url, page) in pages.items():
        assert len(page.h1) == 1, (reverse_id, page.h1)
        assert page.h1[0], reverse_id
        title = [a for t, a in page.tags if t == "title"]
        assert title, reverse_id
        description = page.meta(name="description")
        assert description and len(description) > 50, reverse_id
        descriptions.setdefault(description, []).append(reverse_id)
    assert all(len(ids) == 1 for ids in descriptions.values()), descriptions


def test_each_page_has_the_crisis_strip_with_988_and_911(pages):
    for reverse_id, (_url, page) in pages.items():
        strips = page.find("aside", **{"class": "crisis-strip"})
        assert len(strips) == 1, reverse_id
        hrefs = {a.get("href") for a in page.find("a")}
        assert {"tel:988", "tel:911", "https://988lifeline.org/chat/"} <= hrefs, reverse_id
        assert "sms:988" in hrefs, reverse_id


def test_inner_pages_have_breadcrumbs_back_to_home(pages):
    for reverse_id, (_url, page) in pages.items():
        crumbs = page.find("nav", **{"aria-label": "Breadcrumb"})
        if reverse_id == HOME:
            assert not crumbs
        else:
            assert len(crumbs) == 1, reverse_id
            assert page.find("span", **{"aria-current": "page"}), reverse_id


def test_each_page_has_a_canonical_link_and_sharing_tags(pages):
    for _reverse_id, (url, page) in pages.items():
        canonical = page.find("link", rel="canonical")
        assert [c["href"] for c in canonical] == [settings.SITE_URL + url]
        assert page.meta(prop="og:url") == settings.SITE_URL + url
        assert page.meta(prop="og:title")
        assert page.meta(prop="og:description") == page.meta(name="description")


def test_json_ld_parses_with_the_clinic_and_the_right_page_type(pages):
    for reverse_id, (_url, page) in pages.items():
        assert len(page.json_ld) == 1, reverse_id
        types = page.json_ld_types()
        assert "MedicalClinic" in types, reverse_id
        clinic = page.json_ld_node("MedicalClinic")
        assert clinic["telephone"] == "555-0100"
        assert clinic["address"]["@type"] == "PostalAddress"
        if reverse_id in REVIEWED:
            node = page.json_ld_node("MedicalWebPage")
            assert node, reverse_id
            assert node["lastReviewed"] == "2026-12-06"
            assert node["reviewedBy"]["name"] == "Dr. A. Example"
            assert node["citation"] and all(c["url"].startswith("https://") for c in node["citation"])
        else:
            assert "WebPage" in types, reverse_id


def test_article_pages_show_who_reviewed_them_when_and_the_sources(pages):
    for reverse_id in REVIEWED:
        _url, page = pages[reverse_id]
        assert "Medically reviewed by Dr. A. Example, MD" in page.text, reverse_id
        assert "Last reviewed December 6, 2026" in page.text, reverse_id
        assert page.find("section", **{"aria-labelledby": "page-sources"}), reverse_id


def test_no_public_page_loads_anything_from_another_host(pages):
    for reverse_id, (_url, page) in pages.items():
        for tag, attrs in page.tags:
            for attr in ("src", "srcset", "data"):
                assert not attrs.get(attr, "").startswith(("http:", "https:", "//")), (reverse_id, tag, attrs)
            if tag == "link":
                # Only the page's own addresses may be absolute: its canonical and its language alternates.
                href = attrs.get("href", "")
                if href.startswith(("https://", "//")):
                    assert attrs.get("rel") in ("canonical", "alternate"), (reverse_id, attrs)
                    assert href.startswith(settings.SITE_URL + "/"), (reverse_id, attrs)
            assert "style" not in attrs, (reverse_id, tag)
            assert not any(name.startswith("on") for name in attrs), (reverse_id, tag)
            if tag == "script":
                assert attrs.get("type") == "application/ld+json" or attrs.get("src", "").startswith("/static/")


def test_menu_and_footer_link_the_pages_people_need(pages):
    _url, page = pages[HOME]
    hrefs = {a.get("href") for a in page.find("a")}
    for reverse_id in ("what-is-ketamine", "faq", "contact", "crisis-help", "privacy"):
        assert Page.objects.get(reverse_id=reverse_id).get_absolute_url() in hrefs, reverse_id
    assert page.find("nav", **{"aria-label": "Main"})
    assert page.find("a", **{"class": "skip-link", "href": "#main"})
    assert "not medical advice" in page.text


def test_the_skip_link_is_the_first_thing_a_keyboard_reaches(pages):
    focusable = {"a", "button", "summary", "input", "select", "textarea"}
    for reverse_id, (_url, page) in pages.items():
        first = next((tag, attrs) for tag, attrs in page.tags if tag in focusable and (tag != "a" or "href" in attrs))
        assert first == ("a", {"class": "skip-link", "href": "#main"}), reverse_id
        assert page.find("main", id="main")
