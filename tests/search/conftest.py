"""Helpers for the search tests: a page published in code, and what a visitor sees on the search page."""

import pytest


def page_spec(reverse_id, title, body, *, slug=None, spanish=None):
    """A seedable article page with its medical review (the editorial checks want one)."""
    review = {
        "reviewer": "a-example",
        "last_reviewed": "2026-12-01",
        "sources": [("NIMH: Depression", "https://www.nimh.nih.gov/health/topics/depression")],
    }
    spec = {
        "reverse_id": reverse_id,
        "title": title,
        "slug": slug or reverse_id,
        "template": "pages/article.html",
        "parent": "home",
        "in_navigation": False,
        "meta_description": f"{title}: a test page for the site search.",
        "sections": [("TextPlugin", {"body": f"<p>{body}</p>"})],
        "review": review,
    }
    if spanish:
        es_title, es_body = spanish
        spec["translations"] = {
            "es": {
                "title": es_title,
                "slug": f"{reverse_id}-es",
                "meta_description": f"{es_title}: una página de prueba de la búsqueda.",
                "sections": [("TextPlugin", {"body": f"<p>{es_body}</p>"})],
                "review": review,
            }
        }
    return spec


@pytest.fixture
def publish_page(seeded, django_capture_on_commit_callbacks):
    """Create and publish a page from a spec (page_spec), running the after-commit index update."""
    from cms.models import Page

    from content.seeding import seed_pages

    def publish(spec):
        with django_capture_on_commit_callbacks(execute=True):
            seed_pages([spec])
        return Page.objects.get(reverse_id=spec["reverse_id"])

    return publish


def result_titles(client, path):
    """The result titles on a search page, in order."""
    import re
    from html import unescape

    html = client.get(path).content.decode()
    return [unescape(title) for title in re.findall(r'<h2><a href="[^"]*" rel="noreferrer">([^<]*)</a></h2>', html)]
