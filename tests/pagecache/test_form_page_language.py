"""The cached blank form is never kept in a language other than its address's (a ?language= query)."""

import pytest
from django.test import Client

from tests.page_html import PageReader

CONTACT = {"en": "/contact/", "es": "/es/contacto/"}


def _lang_and_heading(html):
    page = PageReader(html)
    return page.find("html")[0].get("lang"), page.h1


@pytest.mark.parametrize(("address", "other"), [("en", "es"), ("es", "en")])
def test_a_query_in_the_other_language_does_not_change_what_later_visitors_get(inquiry_page, address, other):
    first = Client().get(CONTACT[address]).content.decode()
    # Someone asks for the page with the other language in the query, after a publish emptied the cache.
    from django.core.cache import cache

    cache.clear()
    asked = Client().get(CONTACT[address], {"language": other})
    assert asked.status_code == 200
    later = Client().get(CONTACT[address]).content.decode()
    assert _lang_and_heading(later) == _lang_and_heading(first)
    assert _lang_and_heading(later)[0] == address
