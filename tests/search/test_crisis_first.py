"""A search that mentions suicide, self-harm, an overdose, wanting to die or harming someone, in
either language and in everyday words, shows the crisis help above any result, in a polite
live region."""

import pytest

pytestmark = pytest.mark.django_db

CRISIS_SEARCHES = [
    "/search/?q=suicide",
    "/search/?q=ketamine+suicidal+thoughts",
    "/search/?q=I+want+to+kill+myself",
    "/search/?q=self-harm",
    "/search/?q=overdose",
    "/search/?q=I+don%27t+want+to+live",
    "/es/buscar/?q=suicidio",
    "/es/buscar/?q=quiero+quitarme+la+vida",
    "/es/buscar/?q=no+quiero+vivir",
    "/es/buscar/?q=sobredosis",
    "/es/buscar/?q=autolesi%C3%B3n",
    # Either language's words on either language's page.
    "/search/?q=suicidio",
    "/es/buscar/?q=kill+myself",
]


@pytest.mark.parametrize("path", CRISIS_SEARCHES)
def test_crisis_help_comes_before_any_result(client, seeded, path):
    html = client.get(path).content.decode()
    main = html[html.index('<main id="main"') :]
    crisis = main.index('class="crisis-first"')
    assert 'href="tel:988"' in main[crisis : crisis + 3000]
    assert 'href="tel:911"' in main[crisis : crisis + 3000]
    assert "AYUDA" in main[crisis : crisis + 3000]
    if 'class="search-results"' in main:
        assert crisis < main.index('class="search-results"')
    status = main.index('role="status" aria-live="polite"')
    assert status < crisis


def test_suicide_finds_pages_and_shows_988_first(client, seeded):
    html = client.get("/search/?q=suicide").content.decode()
    main = html[html.index('<main id="main"') :]
    assert 'class="search-results"' in main, "the crisis pages are found too"
    assert main.index("tel:988") < main.index('class="search-results"')


def test_the_spanish_crisis_help_is_in_spanish(client, seeded):
    html = client.get("/es/buscar/?q=suicidio").content.decode()
    assert "No tiene que enfrentar esto sin ayuda" in html
    assert "Llame al" in html or "llame al" in html


@pytest.mark.parametrize(
    "path", ["/search/?q=ketamine+side+effects", "/es/buscar/?q=efectos+secundarios", "/search/?q=skill+set"]
)
def test_an_ordinary_search_shows_no_crisis_block(client, seeded, path):
    assert 'class="crisis-first"' not in client.get(path).content.decode()
