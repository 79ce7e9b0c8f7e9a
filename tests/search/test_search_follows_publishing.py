"""The index follows publishing: a publish makes a page findable, an unpublish removes it, and a
draft is never found (djangocms-versioning's post_version_operation, after commit)."""

import pytest
from cms.models import PageContent
from djangocms_versioning.models import Version

from content.seeding import get_seed_user
from search.models import SearchDocument

from .conftest import page_spec, result_titles

pytestmark = pytest.mark.django_db

SPEC = page_spec(
    "search-test-zephyr",
    "Zephyr breathing exercise",
    "A calm zephyrlike breathing exercise to try while you wait for an infusion.",
    spanish=("Ejercicio de respiración céfiro", "Un ejercicio de respiración tranquila, céfiro y lento."),
)


def test_a_published_page_is_found_in_each_language(client, publish_page):
    publish_page(SPEC)

    assert result_titles(client, "/search/?q=zephyrlike") == ["Zephyr breathing exercise"]
    assert result_titles(client, "/es/buscar/?q=cefiro") == ["Ejercicio de respiración céfiro"]


def test_an_unpublished_page_is_no_longer_found(client, publish_page, django_capture_on_commit_callbacks):
    page = publish_page(SPEC)
    content = PageContent.objects.get(page=page, language="en")

    with django_capture_on_commit_callbacks(execute=True):
        Version.objects.get_for_content(content).unpublish(get_seed_user())

    assert result_titles(client, "/search/?q=zephyrlike") == []
    assert not SearchDocument.objects.filter(page=page, language="en").exists()
    # The Spanish version is still published, so still found.
    assert result_titles(client, "/es/buscar/?q=cefiro") == ["Ejercicio de respiración céfiro"]


def test_a_draft_is_never_found_and_its_publish_replaces_the_words(
    client, publish_page, django_capture_on_commit_callbacks
):
    page = publish_page(SPEC)
    published = PageContent.objects.get(page=page, language="en")
    user = get_seed_user()

    with django_capture_on_commit_callbacks(execute=True):
        draft = Version.objects.get_for_content(published).copy(user).content
    draft_text = draft.get_placeholders().get(slot="content").get_plugins("en").get().djangocms_text_text
    draft_text.body = "<p>A new paragraph about quokkas, still a draft.</p>"
    draft_text.save()

    assert result_titles(client, "/search/?q=quokkas") == []
    assert result_titles(client, "/search/?q=zephyrlike") == ["Zephyr breathing exercise"]

    with django_capture_on_commit_callbacks(execute=True):
        Version.objects.get_for_content(draft).publish(user)

    assert result_titles(client, "/search/?q=quokkas") == ["Zephyr breathing exercise"]
    assert result_titles(client, "/search/?q=zephyrlike") == []


def test_nothing_is_indexed_when_the_publish_is_rolled_back(seeded, django_capture_on_commit_callbacks):
    from django.db import transaction

    from content.seeding import seed_pages

    class Rollback(Exception):
        pass

    with django_capture_on_commit_callbacks(execute=True) as callbacks, pytest.raises(Rollback), transaction.atomic():
        seed_pages([SPEC])
        raise Rollback

    assert callbacks == []
    assert not SearchDocument.objects.filter(title__startswith="Zephyr").exists()


def test_rebuild_search_index_indexes_every_published_version(seeded):
    from io import StringIO

    from django.core.management import call_command

    SearchDocument.objects.all().delete()
    out = StringIO()
    call_command("rebuild_search_index", stdout=out)

    published = PageContent.objects.count()
    assert SearchDocument.objects.count() == published
    assert f"Indexed {published} " in out.getvalue()
