"""The article list by topic, and its older pages: /articles/topic/<topic>/, /articles/page/<n>/
(Spanish: /es/articulos/tema/…, /es/articulos/pagina/…).

Addresses rather than query strings, so each is an ordinary anonymous page that the response
cache keeps whole (0 queries when warm) and every publish refreshes. The first page of the
list is the Articles CMS page itself (its Article list plugin).
"""

from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import translation

from . import selectors


def _render(request, *, topic=None, number=1):
    language = translation.get_language()
    listing = selectors.article_list(language, topic=topic, page_number=number)
    if number != listing["page"].number:
        raise Http404("No such page of articles.")
    return render(request, "articles/list_page.html", {**listing, "list_url": selectors.list_page_url(language)})


def topic(request, topic, number=1):
    if selectors.topic_or_none(topic) is None:
        raise Http404("No such topic.")
    return _render(request, topic=topic, number=number)


def page(request, number):
    if number == 1:
        return redirect(selectors.list_page_url(translation.get_language()) or "/", permanent=True)
    return _render(request, number=number)
