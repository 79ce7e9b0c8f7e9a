"""Pages with "in menu" unticked never show in a menu or an "In this section" list, even when
several hidden pages sit side by side (the Articles page's articles)."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/articles/", "/es/articulos/"])
def test_the_articles_section_lists_no_hidden_article_in_its_section_menu(client, seeded, path):
    html = client.get(path).content.decode()
    assert 'class="section-pages"' not in html


def test_the_menus_list_no_hidden_page(client, seeded):
    html = client.get("/").content.decode()
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    assert "/articles/" in header
    for hidden in ("/articles/spravato-and-iv-ketamine/", "/articles/ketamine-one-more-option/", "/privacy/"):
        assert hidden not in header
