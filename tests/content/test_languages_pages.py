"""Both languages as a visitor and a search engine see them: every page in English and Spanish,
English addresses unchanged, alternates between the two, nothing English under /es/."""

import xml.etree.ElementTree as ET

import pytest
from cms.api import create_page
from cms.models import Page, PageContent
from django.conf import settings
from djangocms_versioning.models import Version

from content.sample_loader import PAGES
from content.seeding import get_seed_user
from content.selectors import published_pages
from tests.public_pages import SAMPLE_VERSIONS

from ..page_html import PageReader
from .conftest import give_medical_review

# Today's English addresses: links people saved and search engines know must keep working.
ENGLISH_PATHS = {
    "home": "/",
    "what-is-ketamine": "/what-is-ketamine/",
    "how-it-works": "/how-it-works/",
    "ketamine-vs-traditional-therapies": "/ketamine-vs-traditional-therapies/",
    "what-to-expect": "/what-to-expect/",
    "benefits-and-risks": "/benefits-and-risks/",
    "is-it-right-for-me": "/is-it-right-for-me/",
    "depression-self-check": "/depression-self-check/",
    "anxiety-self-check": "/anxiety-self-check/",
    "faq": "/faq/",
    "care-team": "/care-team/",
    "contact": "/contact/",
    "refer-a-patient": "/refer-a-patient/",
    "crisis-help": "/crisis-help/",
    "privacy": "/privacy/",
    # Before the first visit (issue 24)
    "costs": "/costs/",
    "good-faith-estimate": "/good-faith-estimate/",
    "preparing-for-your-visit": "/preparing/",
    "visiting-the-clinic": "/visiting/",
    "notice-of-privacy-practices": "/notice-of-privacy-practices/",
    "accessibility": "/accessibility/",
}
IDS = [spec["reverse_id"] for spec in PAGES]


def _read(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return PageReader(response.content.decode())


def _content(reverse_id, language):
    return PageContent.objects.get(page__reverse_id=reverse_id, language=language)


def _alternates(reader):
    return {link["hreflang"]: link["href"] for link in reader.find("link", rel="alternate") if "hreflang" in link}


def test_english_addresses_are_unchanged(client, seeded):
    assert {spec["reverse_id"] for spec in PAGES} == set(ENGLISH_PATHS)
    for reverse_id, path in ENGLISH_PATHS.items():
        reader = _read(client, path)
        assert reader.find("html")[0]["lang"] == "en", path
        assert Page.objects.get(reverse_id=reverse_id).get_absolute_url("en") == path
    assert client.get("/en/what-is-ketamine/").status_code == 404


@pytest.mark.parametrize("reverse_id", IDS)
def test_every_page_is_published_in_both_languages_with_its_own_words(client, seeded, reverse_id):
    for language in ("en", "es"):
        content = _content(reverse_id, language)
        path = content.page.get_absolute_url(language)
        assert path.startswith("/es/") == (language == "es")
        reader = _read(client, path)
        assert reader.find("html")[0]["lang"] == language
        title = content.page_title or content.title
        assert reader.find("title") and title in reader.text
        assert reader.meta(name="description") == content.meta_description
        node = reader.json_ld_node("MedicalWebPage") or reader.json_ld_node("WebPage")
        assert node["inLanguage"] == language
    assert _content(reverse_id, "es").title != _content(reverse_id, "en").title or reverse_id == "contact"


@pytest.mark.parametrize("reverse_id", IDS)
def test_alternates_are_reciprocal_with_an_x_default(client, seeded, reverse_id):
    english = settings.SITE_URL + ENGLISH_PATHS[reverse_id]
    spanish = settings.SITE_URL + Page.objects.get(reverse_id=reverse_id).get_absolute_url("es")
    expected = {"en": english, "es": spanish, "x-default": english}
    assert _alternates(_read(client, ENGLISH_PATHS[reverse_id])) == expected
    assert _alternates(_read(client, spanish.removeprefix(settings.SITE_URL))) == expected


def test_the_switcher_links_each_page_to_its_other_language(client, seeded):
    english = _read(client, "/what-is-ketamine/")
    spanish_url = Page.objects.get(reverse_id="what-is-ketamine").get_absolute_url("es")
    assert english.find("a", href=spanish_url, lang="es", hreflang="es")
    spanish = _read(client, spanish_url)
    assert spanish.find("a", href="/what-is-ketamine/", lang="en", hreflang="en")


def _english_only_page():
    user = get_seed_user()
    page = create_page(
        "Parking and directions",
        "pages/article.html",
        "en",
        slug="parking",
        created_by=user,
        in_navigation=True,
        parent=Page.objects.get(reverse_id="home"),
    )
    content = PageContent.admin_manager.get(page=page, language="en")
    give_medical_review(content)  # the editorial checks want one on an article
    Version.objects.get_for_content(content).publish(user)
    return page


def test_a_page_only_in_english_never_shows_english_under_es(client, seeded):
    page = _english_only_page()
    english_url = page.get_absolute_url("en")
    assert client.get(english_url).status_code == 200
    # Its address under /es/ sends the visitor to the English page instead of showing it there.
    response = client.get("/es" + english_url)
    assert response.status_code == 302
    assert response["Location"] == english_url
    # It is not in Spanish menus, and its English page does not announce a Spanish version.
    spanish_home = _read(client, "/es/")
    assert "Parking and directions" not in spanish_home.text
    english = _read(client, english_url)
    assert _alternates(english) == {}
    assert english.find("a", href="/es/", lang="es")  # the switcher offers the Spanish home page


def test_a_spanish_draft_is_not_announced(client, seeded):
    page = _english_only_page()
    from cms.api import create_page_content

    create_page_content("es", "Estacionamiento", page, slug="estacionamiento", created_by=get_seed_user())
    english = _read(client, page.get_absolute_url("en"))
    assert _alternates(english) == {}
    assert not english.find("a", href="/es/estacionamiento/")
    assert client.get("/es/estacionamiento/").status_code != 200


def test_the_sitemap_lists_both_languages_with_their_alternates(client, seeded):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    entries = {
        url.find("sm:loc", ns).text: {link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", ns)}
        for url in root.findall("sm:url", ns)
    }
    expected = {
        settings.SITE_URL + c.page.get_absolute_url(language)
        for language in ("en", "es")
        for c in published_pages(language)
    }
    assert len(expected) == SAMPLE_VERSIONS
    assert set(entries) == expected
    english = settings.SITE_URL + "/what-is-ketamine/"
    spanish = settings.SITE_URL + Page.objects.get(reverse_id="what-is-ketamine").get_absolute_url("es")
    assert entries[english] == entries[spanish] == {"en": english, "es": spanish, "x-default": english}


def test_the_admin_stays_in_english(client, editor, seeded):
    client.force_login(editor)
    response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 200
    assert "Site administration" in response.content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    assert "Site administration" in client.get("/admin/", HTTP_ACCEPT_LANGUAGE="es").content.decode()


def test_anonymous_pages_set_no_language_cookie(client, seeded):
    for path in ("/", "/es/", "/what-is-ketamine/"):
        assert settings.LANGUAGE_COOKIE_NAME not in client.get(path).cookies, path
