"""The Articles section: newest first, a page at a time, by topic, with date, summary, image and
reading time, in both languages; a reader reaches the seed article from home, the list and a topic."""

import re

import pytest

from articles import selectors
from tests.public_pages import SEED_ARTICLE

pytestmark = pytest.mark.django_db


def _titles(html):
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)


def test_the_list_is_newest_first_with_dates_summaries_and_reading_times(client, seeded):
    html = client.get("/articles/").content.decode()
    assert _titles(html) == [
        "At-home ketamine: what the FDA warned about",
        "Spravato and IV ketamine: what is the difference?",
        "Ketamine treatment: one more option when depression has not lifted",
    ]
    assert '<time datetime="2026-11-30">November 30, 2026</time>' in html
    assert "minute read" in html
    assert "Recovery takes time" in html
    assert 'alt="Soft blue and green hills' in html  # the seed article's optional image


def test_the_spanish_list_lists_the_spanish_articles(client, seeded):
    html = client.get("/es/articulos/").content.decode()
    assert _titles(html)[0] == "Ketamina en casa: la advertencia de la FDA"
    assert "Tratamiento con ketamina: otra opción cuando la depresión no mejora" in _titles(html)
    assert "30 de noviembre de 2026" in html
    assert "minutos de lectura" in html


def test_a_topic_lists_only_its_articles(client, seeded):
    html = client.get("/articles/topic/costs/").content.decode()
    assert _titles(html) == ["Spravato and IV ketamine: what is the difference?"]
    assert 'aria-current="page">Costs</a>' in html
    spanish = client.get("/es/articulos/tema/ptsd/").content.decode()
    assert _titles(spanish) == ["Tratamiento con ketamina: otra opción cuando la depresión no mejora"]
    assert client.get("/articles/topic/not-a-topic/").status_code == 404


def test_the_list_goes_a_page_at_a_time(client, seeded, monkeypatch):
    monkeypatch.setattr(selectors, "PER_PAGE", 2)
    first = client.get("/articles/").content.decode()
    assert len(_titles(first)) == 2
    assert 'href="/articles/page/2/" rel="next"' in first
    second = client.get("/articles/page/2/").content.decode()
    assert _titles(second) == ["Ketamine treatment: one more option when depression has not lifted"]
    assert 'href="/articles/" rel="prev"' in second
    assert client.get("/articles/page/3/").status_code == 404
    assert client.get("/articles/page/1/")["Location"] == "/articles/"


def test_a_reader_finds_the_seed_article_from_home_list_and_topic(client, seeded):
    from cms.models import Page

    url = Page.objects.get(reverse_id=SEED_ARTICLE).get_absolute_url("en")
    home = client.get("/").content.decode()
    assert 'href="/articles/"' in home  # the Articles entry in the menu
    assert f'href="{url}"' in client.get("/articles/").content.decode()
    assert f'href="{url}"' in client.get("/articles/topic/depression/").content.decode()
    es_url = Page.objects.get(reverse_id=SEED_ARTICLE).get_absolute_url("es")
    assert 'href="/es/articulos/"' in client.get("/es/").content.decode()
    assert f'href="{es_url}"' in client.get("/es/articulos/").content.decode()


def test_the_list_page_links_its_feed(client, seeded):
    for path, feed in (("/articles/", "/articles/feed/"), ("/es/articulos/", "/es/articulos/feed/")):
        html = client.get(path).content.decode()
        head = html[: html.index("</head>")]
        assert f'<link rel="alternate" type="application/atom+xml" href="{feed}"' in head


def test_a_reader_finds_the_seed_article_by_searching_in_each_language(client, seeded):
    from cms.models import Page

    page = Page.objects.get(reverse_id=SEED_ARTICLE)
    english = client.get("/search/?q=ketamine+one+more+option").content.decode()
    assert f'href="{page.get_absolute_url("en")}"' in english
    spanish = client.get("/es/buscar/?q=ketamina+otra+opcion").content.decode()
    assert f'href="{page.get_absolute_url("es")}"' in spanish
