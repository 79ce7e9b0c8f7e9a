"""Search finds words with or without their accents, stems where the engine can, and only in the
searcher's language; the search box is in the header of every page."""

import pytest

from .conftest import page_spec, result_titles

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("words", ["depresion", "depresión", "DEPRESIÓN"])
def test_spanish_accents_do_not_matter(client, seeded, words):
    titles = result_titles(client, f"/es/buscar/?q={words}")
    assert "Autoevaluación de depresión (PHQ-9)" in titles


def test_an_accented_english_query_finds_plain_words(client, publish_page):
    publish_page(page_spec("search-test-cafe", "Cafe near the clinic", "The cafe near the clinic opens at eight."))
    assert result_titles(client, "/search/?q=café") == ["Cafe near the clinic"]


def test_english_is_stemmed(client, seeded):
    # "infusions" finds pages that say "infusion", and the other way round.
    plural = result_titles(client, "/search/?q=infusions")
    singular = result_titles(client, "/search/?q=infusion")
    assert "What to expect" in plural and "What to expect" in singular


def test_spanish_plurals_find_the_singular(client, seeded):
    assert result_titles(client, "/es/buscar/?q=tratamientos")


def test_each_language_finds_its_own_pages_only(client, seeded):
    english = result_titles(client, "/search/?q=ketamine")
    spanish = result_titles(client, "/es/buscar/?q=ketamina")
    assert english and spanish
    assert "Qué es la ketamina" not in " ".join(english)
    assert not set(english) & set(spanish)
    assert result_titles(client, "/search/?q=ketamina") == []


def test_results_show_a_marked_snippet_and_their_language(client, seeded):
    html = client.get("/es/buscar/?q=ketamina").content.decode()
    assert "<mark>ketamina</mark>" in html.lower()
    assert '<span lang="es">Español</span>' in html


def test_the_words_are_escaped_wherever_they_are_shown(client, seeded):
    html = client.get("/search/?q=%3Cscript%3Ealert(1)%3C/script%3E").content.decode()
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)" in html


def test_no_results_offers_help(client, seeded):
    html = client.get("/search/?q=xylophonequartz").content.decode()
    assert "No pages matched" in html
    assert "Check the spelling" in html
    assert 'href="tel:988"' in html
    assert 'href="/contact/"' in html or "/contact" in html
    spanish = client.get("/es/buscar/?q=xylophonequartz").content.decode()
    assert "Ninguna página coincide" in spanish


def test_an_empty_search_shows_the_form_only(client, seeded):
    response = client.get("/search/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="search-page-q"' in html
    assert "No pages matched" not in html


@pytest.mark.parametrize("path", ["/", "/faq/", "/es/", "/es/preguntas-frecuentes/"])
def test_every_page_has_the_search_box_in_its_header(client, seeded, path):
    response = client.get(path, follow=True)
    html = response.content.decode()
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    action = "/es/buscar/" if path.startswith("/es/") else "/search/"
    assert f'<form class="search-form" role="search" action="{action}" method="get">' in header
    assert 'name="q"' in header
