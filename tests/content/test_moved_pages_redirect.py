"""Moving a published page or changing its slug leaves a 301 from the old address; the editor is told."""

import pytest
from cms.models import Page
from django.contrib.messages import get_messages
from django.test import Client, override_settings

from redirects.models import Redirect
from redirects.services import split_language, target_for


@pytest.fixture
def visitor():
    """An anonymous visitor (the editor's own client would see, and use up, the admin's messages)."""
    return Client()


def _messages(client):
    """What the admin shows the editor on their next page."""
    return [str(m) for m in get_messages(client.get("/admin/").wsgi_request)]


def test_moving_a_page_leaves_a_301_and_tells_the_editor(visitor, editor_client, seeded, move_page):
    page = Page.objects.get(reverse_id="faq")
    section = Page.objects.get(reverse_id="what-to-expect")
    move_page(page, section)

    assert visitor.get("/what-to-expect/faq/").status_code == 200
    old = visitor.get("/faq/")
    assert old.status_code == 301
    assert old["Location"] == "/what-to-expect/faq/"
    assert "The old address /faq/ now redirects to /what-to-expect/faq/." in _messages(editor_client)


def test_a_new_slug_leaves_a_301_once_published(visitor, editor_client, seeded, new_draft, publish):
    page = Page.objects.get(reverse_id="faq")
    draft = new_draft(page)
    draft.slug = "questions"
    draft.save()
    assert visitor.get("/faq/").status_code == 200  # a draft changes nothing for visitors

    publish(page)
    assert visitor.get("/questions/").status_code == 200
    old = visitor.get("/faq/?from=print")
    assert (old.status_code, old["Location"]) == (301, "/questions/?from=print")
    assert "The old address /faq/ now redirects to /questions/." in _messages(editor_client)


def test_a_parents_new_slug_redirects_its_children_too(visitor, seeded, add_page, publish, new_draft):
    section = Page.objects.get(reverse_id="what-to-expect")
    child = add_page("Your first visit", "first-visit", parent=section)
    publish(child)
    draft = new_draft(section)
    draft.slug = "your-visit"
    draft.save()
    publish(section)

    old = visitor.get("/what-to-expect/first-visit/")
    assert (old.status_code, old["Location"]) == (301, "/your-visit/first-visit/")
    assert visitor.get("/what-to-expect/")["Location"] == "/your-visit/"


def test_a_second_move_sends_both_old_addresses_straight_to_the_page(visitor, seeded, move_page):
    page = Page.objects.get(reverse_id="faq")
    move_page(page, Page.objects.get(reverse_id="what-to-expect"))
    move_page(page, Page.objects.get(reverse_id="what-is-ketamine"))

    for old in ("/faq/", "/what-to-expect/faq/"):
        response = visitor.get(old)
        assert (response.status_code, response["Location"]) == (301, "/what-is-ketamine/faq/"), old


def test_moving_back_drops_the_redirect(visitor, seeded, move_page):
    page = Page.objects.get(reverse_id="faq")
    home = Page.objects.get(reverse_id="home")
    move_page(page, Page.objects.get(reverse_id="what-to-expect"))
    move_page(page, home)  # a child of Home lives at /faq/ again

    assert visitor.get("/faq/").status_code == 200
    assert not Redirect.objects.filter(old_path="faq").exists()
    assert visitor.get("/what-to-expect/faq/")["Location"] == "/faq/"


def test_an_unpublished_page_does_not_redirect(visitor, editor, seeded, move_page):
    from cms.models import PageContent
    from djangocms_versioning.models import Version

    page = Page.objects.get(reverse_id="faq")
    move_page(page, Page.objects.get(reverse_id="what-to-expect"))
    Version.objects.get_for_content(PageContent.objects.get(page=page, language="en")).unpublish(editor)

    assert visitor.get("/faq/").status_code == 404


def test_editors_see_and_edit_redirects_in_the_admin(editor_client, seeded, move_page):
    move_page(Page.objects.get(reverse_id="faq"), Page.objects.get(reverse_id="what-to-expect"))
    listing = editor_client.get("/admin/page_redirects/redirect/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "/faq/" in html and "/what-to-expect/faq/" in html

    page = Page.objects.get(reverse_id="crisis-help")
    response = editor_client.post(
        "/admin/page_redirects/redirect/add/", {"old_path": "/help-now/", "language": "en", "page": page.pk}
    )
    assert response.status_code == 302
    assert Redirect.objects.filter(old_path="help-now", page=page).exists()


@override_settings(LANGUAGES=[("en", "English"), ("es", "Español")], LANGUAGE_CODE="en")
def test_old_addresses_are_kept_per_language_path():
    # "/es/..." is the Spanish edition's address space; English has no prefix.
    assert split_language("/es/que-es-la-ketamina/") == ("es", "que-es-la-ketamina")
    assert split_language("/what-is-ketamine/") == ("en", "what-is-ketamine")
    assert split_language("/estudios/") == ("en", "estudios")


@override_settings(LANGUAGES=[("en", "English"), ("es", "Español")], LANGUAGE_CODE="en")
def test_a_redirect_for_a_language_the_page_is_not_published_in_does_nothing(visitor, seeded):
    page = Page.objects.get(reverse_id="faq")
    # The seeded Spanish FAQ taken offline: the page is then published in English only.
    from cms.models import PageContent
    from djangocms_versioning.models import Version

    from content.seeding import get_seed_user

    spanish = PageContent.objects.get(page=page, language="es")
    Version.objects.get_for_content(spanish).unpublish(get_seed_user())
    Redirect.objects.create(old_path="preguntas", language="es", page=page)
    assert target_for("/es/preguntas/") is None  # no Spanish version published: no redirect to English
    Redirect.objects.create(old_path="questions", language="en", page=page)
    assert target_for("/questions/") == "/faq/"
