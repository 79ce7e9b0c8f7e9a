"""The two question pages: ordinary CMS pages served from the page cache, with the instruments
word for word (in the page's language), each question a fieldset with a legend and four radios,
and linked from the home page, the FAQ and the footer."""

import re

import pytest
from django.db import connection
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from selfchecks import presentation
from tests.page_html import PageReader

PAGES = {"phq9": "/depression-self-check/", "gad7": "/anxiety-self-check/"}


def fieldsets(html):
    return re.findall(r'<fieldset class="selfcheck-question[^"]*"[^>]*>(.*?)</fieldset>', html, re.S)


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["phq9", "gad7"])
def test_anonymous_views_come_from_the_page_cache(client, seeded, slug):
    path = PAGES[slug]
    cold = client.get(path)
    assert cold.status_code == 200
    client.get(path)  # this process rebuilds its apphook URLs once after seeding, as each worker does
    with CaptureQueriesContext(connection) as queries:
        warm = client.get(path)
    assert warm.content == cold.content
    # The one allowed query is the CMS's apphook-reload check: no page, plugin or form was built.
    assert len(queries) <= 1, [q["sql"] for q in queries]
    # Nothing personal in the cached page: no CSRF token, the same form for everyone.
    assert b"csrfmiddlewaretoken" not in warm.content


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["phq9", "gad7"])
def test_the_questions_are_shown_exactly_as_published(client, seeded, request, slug):
    instrument = request.getfixturevalue(slug)
    wording = instrument.wording("en")
    html = client.get(PAGES[slug]).content.decode()
    page = PageReader(html)
    assert wording.stem in page.text
    assert wording.attribution in page.text
    sets = fieldsets(html)
    # The scored items in their order, then the "how difficult" question (shown, not scored).
    assert len(sets) == instrument.item_count + 1
    for number, (text, fieldset) in enumerate(zip(wording.items, sets, strict=False), start=1):
        legend = re.search(r"<legend>(.*?)</legend>", fieldset, re.S).group(1)
        assert re.sub(r"<[^>]+>", "", legend).strip() == f"{number}. {text}"
        radios = re.findall(r'<input type="radio" name="q(\d)" value="(\d)"', fieldset)
        assert radios == [(str(number), str(score)) for score in range(4)]
        labels = re.findall(r"<span>(.*?)</span></label>", fieldset)
        assert labels == list(wording.answers)
    assert wording.difficulty in sets[-1]
    assert re.findall(r"<span>(.*?)</span></label>", sets[-1]) == list(wording.difficulty_answers)
    # The form posts to the scoring view; the browser script and stylesheet are the site's own files.
    assert page.find("form", method="post", action="/self-check/result/")
    assert page.find("script", src="/static/selfchecks/selfcheck.js")
    assert not re.search(r"<script>(?!\s*</script>)", html), "no inline script"


@pytest.mark.django_db
@pytest.mark.parametrize("slug", ["phq9", "gad7"])
def test_the_page_says_truthfully_what_happens_to_the_answers(client, seeded, slug):
    html = client.get(PAGES[slug]).content.decode()
    # Without the script (shown): sent, scored, kept nowhere. With it (the script unhides it): sent nowhere.
    assert re.search(r'<p class="selfcheck-privacy" data-selfcheck-nojs>[^<]*go to our website', html)
    assert re.search(r'<p class="selfcheck-privacy" data-selfcheck-js hidden>[^<]*sends nothing to us', html)


@pytest.mark.parametrize("slug", ["phq9", "gad7"])
def test_the_plugin_uses_the_wording_of_the_request_language(request, slug, db):
    instrument = request.getfixturevalue(slug)
    factory = RequestFactory()
    for language in ("en", "es"):
        with translation.override(language):
            context = {"check": presentation.questionnaire(instrument, translation.get_language())}
            html = render_to_string("selfchecks/includes/questionnaire.html", context, request=factory.get("/"))
        wording = instrument.wording(language)
        page = PageReader(html)
        assert wording.stem in page.text
        for text in wording.items:
            assert text in page.text
        assert wording.attribution in page.text
        assert ("Ver mi resultado" in page.text) == (language == "es")


def test_the_plugin_renders_from_get_language(phq9, db):
    from selfchecks.cms_plugins import SelfCheckPlugin
    from selfchecks.models import SelfCheck

    with translation.override("es"):
        context = SelfCheckPlugin().render({"request": None}, SelfCheck(instrument="phq9"), None)
    assert context["check"]["stem"] == phq9.wording("es").stem
    assert context["check"]["questions"][8]["text"] == phq9.wording("es").items[8]


@pytest.mark.django_db
def test_linked_from_the_home_page_the_faq_and_the_footer(client, seeded):
    home = PageReader(client.get("/").content.decode())
    faq = PageReader(client.get("/faq/").content.decode())
    for path in PAGES.values():
        assert home.find("a", href=path), f"no home-page card for {path}"
        assert faq.find("a", href=path), f"no FAQ link to {path}"
    footer = re.search(r'<nav class="footer-nav".*?</nav>', client.get("/what-is-ketamine/").content.decode(), re.S)
    for path in PAGES.values():
        assert f'href="{path}"' in footer.group(0)
