"""Search and articles in a real browser: axe at 390 and 1280 px on the results (found, nothing
found, crisis first), the article list, a topic of it and an article, in both languages; and a
reader's journey: search from the header, open a result, read a related article."""

import pytest
from playwright.sync_api import expect

from .test_accessibility import check_page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAGES = {
    "en": [
        ("search-results", "/search/?q=ketamine+blood+pressure"),
        ("search-nothing-found", "/search/?q=xylophonequartz"),
        ("search-crisis", "/search/?q=suicide"),
        ("articles", "/articles/"),
        ("articles-topic", "/articles/topic/treatment/"),
        ("article", "/articles/ketamine-one-more-option/"),
    ],
    "es": [
        ("search-results", "/es/buscar/?q=presion+arterial"),
        ("search-nothing-found", "/es/buscar/?q=xylophonequartz"),
        ("search-crisis", "/es/buscar/?q=no+quiero+vivir"),
        ("articles", "/es/articulos/"),
        ("articles-topic", "/es/articulos/tema/treatment/"),
        ("article", "/es/articulos/ketamina-otra-opcion/"),
    ],
}


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_search_and_article_pages_are_accessible(site, new_context, device, language):
    page = new_context(device).new_page()
    problems = []
    for name, path in PAGES[language]:
        response = page.goto(site + path)
        assert response.status == 200, f"{path} answered {response.status}"
        problems += check_page(page, f"{name}-{language}")
    assert not problems, "\n\n".join(problems)


@pytest.mark.parametrize("device", ["phone", "desktop"])
def test_a_reader_searches_opens_a_result_and_reads_a_related_article(site, new_context, device):
    page = new_context(device).new_page()
    page.goto(site + "/")
    page.get_by_role("searchbox", name="Search this site").fill("floaty")
    page.get_by_role("search").get_by_role("button", name="Search").click()
    expect(page).to_have_url(site + "/search/?q=floaty")
    results = page.locator(".search-results")
    expect(results.locator("mark").first).to_have_text("floaty", ignore_case=True)
    results.get_by_role("link", name="Ketamine treatment: one more option when depression has not lifted").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Ketamine treatment: one more option when depression has not lifted"
    )
    related = page.get_by_role("region", name="Related articles")
    related.get_by_role("link", name="Spravato and IV ketamine: what is the difference?").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Spravato and IV ketamine: what is the difference?")
    page.get_by_role("link", name="← All articles").click()
    expect(page).to_have_url(site + "/articles/")
    assert not page.problems, page.problems


def test_a_crisis_search_shows_988_before_any_result_in_spanish(site, phone):
    phone.goto(site + "/es/")
    phone.get_by_role("searchbox", name="Buscar en este sitio").fill("suicidio")
    phone.get_by_role("search").get_by_role("button", name="Buscar").click()
    status = phone.get_by_role("status")
    expect(status.get_by_role("link", name="988").first).to_be_visible()
    crisis_top = phone.locator(".crisis-first").bounding_box()["y"]
    first_result = phone.locator(".search-results li").first
    if first_result.count():
        assert crisis_top < first_result.bounding_box()["y"]
