"""Every page, both languages, 404 and 500 included, links to the notices the law asks for (issue 24):
the Good Faith Estimate, the Notice of Privacy Practices, the website privacy notice, accessibility."""

import pytest
from cms.models import Page
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error

from content.sample_loader import PAGES
from tests.page_html import PageReader

LEGAL_PAGES = ("good-faith-estimate", "notice-of-privacy-practices", "privacy", "accessibility")
LABELS = {
    "en": ("Good Faith Estimate", "Notice of Privacy Practices", "Privacy notice", "Accessibility and language help"),
    "es": (
        "Estimado de Buena Fe",
        "Aviso de prácticas de privacidad",
        "Aviso de privacidad",
        "Accesibilidad y ayuda con el idioma",
    ),
}


def _legal_hrefs(html):
    """The links inside the footer's "Notices" navigation, in order."""
    start = html.index('class="footer-legal"')
    end = html.index("</nav>", start)
    return PageReader(html[start - 5 : end + 6]).find("a")


def _expected(language):
    return [Page.objects.get(reverse_id=rid).get_absolute_url(language, fallback=False) for rid in LEGAL_PAGES]


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_page_footer_links_to_the_legal_notices(client, seeded, language):
    expected = _expected(language)
    assert all(expected), expected
    for spec in PAGES:
        url = Page.objects.get(reverse_id=spec["reverse_id"]).get_absolute_url(language, fallback=False)
        html = client.get(url).content.decode()
        links = _legal_hrefs(html)
        assert [a["href"] for a in links] == expected, (spec["reverse_id"], language)
        for label in LABELS[language]:
            assert f">{label}</a>" in html, (spec["reverse_id"], label)


@pytest.mark.parametrize(("language", "missing"), [("en", "/no-such-page/"), ("es", "/es/no-existe/")])
def test_the_404_page_has_the_legal_links(client, seeded, language, missing):
    response = client.get(missing)
    assert response.status_code == 404
    assert [a["href"] for a in _legal_hrefs(response.content.decode())] == _expected(language)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_500_page_links_to_the_legal_notices_without_the_database(language):
    # No database: the 500 page carries the sample addresses as fixed text.
    with translation.override(language):
        response = server_error(RequestFactory().get("/broken/"))
    html = response.content.decode()
    prefix = "/es" if language == "es" else ""
    slugs = (
        ("estimado-de-buena-fe", "aviso-de-practicas-de-privacidad", "privacidad", "accesibilidad")
        if language == "es"
        else LEGAL_PAGES
    )
    assert [a["href"] for a in _legal_hrefs(html)] == [f"{prefix}/{slug}/" for slug in slugs]


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_500_page_addresses_are_the_seeded_ones(seeded, language):
    """The 500 page's fixed addresses must match the sample pages' real ones."""
    with translation.override(language):
        html = server_error(RequestFactory().get("/broken/")).content.decode()
    assert [a["href"] for a in _legal_hrefs(html)] == _expected(language)
