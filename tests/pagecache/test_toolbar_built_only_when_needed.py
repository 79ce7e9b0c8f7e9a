"""The CMS toolbar is built for staff, and not for a visitor's view that never shows it."""

from unittest import mock

import pytest
from cms.middleware import toolbar as cms_toolbar_middleware
from django.test import Client

from tests.public_pages import LANGUAGES


def _view_counting_toolbars(client, url):
    with mock.patch.object(cms_toolbar_middleware, "CMSToolbar", wraps=cms_toolbar_middleware.CMSToolbar) as built:
        response = client.get(url)
    return response, built.call_count


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_visitors_view_of_the_form_builds_no_toolbar(inquiry_page, language):
    from cms.models import Page

    url = Page.objects.get(application_urls="InquiryApphook").get_absolute_url(language)
    client = Client()
    client.get(url)  # the first view renders and keeps the blank form
    response, built = _view_counting_toolbars(client, url)
    assert response.status_code == 200
    assert b'name="csrfmiddlewaretoken"' in response.content
    assert b"cms-toolbar" not in response.content
    assert built == 0
    # Still never kept by a shared cache: it carries this visitor's tokens.
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_staff_get_the_toolbar_and_its_private_headers(client, editor, inquiry_page):
    client.force_login(editor)
    response, built = _view_counting_toolbars(client, inquiry_page)
    assert response.status_code == 200
    assert built == 1
    assert b"cms-toolbar" in response.content
    assert {"private", "no-store"} <= {d.strip() for d in response["Cache-Control"].split(",")}


@pytest.mark.django_db
def test_asking_for_the_toolbar_in_the_address_shows_a_visitor_no_toolbar(inquiry_page):
    client = Client()
    asked = client.get(inquiry_page + "?toolbar_on")
    assert asked.status_code == 200
    assert b"cms-toolbar" not in asked.content
    # Nor does it reach the next visitor through the cached blank form.
    assert b"cms-toolbar" not in Client().get(inquiry_page).content
