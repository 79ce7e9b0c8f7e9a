"""The blank form page comes from the cache with fresh tokens for each visitor, and follows a publish."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.public_pages import LANGUAGES


def _tokens(html):
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    form = re.search(r'name="token" value="([^"]+)"', html).group(1)
    return csrf, form


@pytest.mark.django_db
def test_each_visitor_gets_their_own_tokens_from_the_cached_page(inquiry_page):
    first, second = Client(), Client()
    first.get(inquiry_page)  # renders once and keeps the page
    # Seeding published an apphooked page: this process rebuilds its URL patterns once (one query),
    # as every worker does once after such a publish.
    first.get(inquiry_page)
    with CaptureQueriesContext(connection) as queries:
        one = first.get(inquiry_page)
        two = second.get(inquiry_page)
    assert one.status_code == two.status_code == 200
    html_one, html_two = one.content.decode(), two.content.decode()
    (csrf_one, form_one), (csrf_two, form_two) = _tokens(html_one), _tokens(html_two)
    assert form_one != form_two and csrf_one != csrf_two
    assert "csrfmarker" not in html_one and "00000000-0000-0000-0000-000000000000" not in html_one
    assert two.cookies[settings.CSRF_COOKIE_NAME].value  # the token's cookie goes with it
    # Apart from the tokens the two visitors see the same page.
    assert html_one.replace(csrf_one, "").replace(form_one, "") == html_two.replace(csrf_two, "").replace(form_two, "")
    # The page the form sits on comes from the cache too (pagecache.current_page): no query at all.
    assert [q["sql"] for q in queries] == []


@pytest.mark.django_db
def test_a_form_from_the_cached_page_can_be_sent(client, inquiry_page, inquiry_data):
    from inquiries.models import Inquiry

    client.get(inquiry_page)
    csrf, form_token = _tokens(client.get(inquiry_page).content.decode())
    client_with_checks = client
    client_with_checks.handler.enforce_csrf_checks = True
    response = client_with_checks.post(inquiry_page, {**inquiry_data(token=form_token), "csrfmiddlewaretoken": csrf})
    assert response.status_code == 302
    assert Inquiry.objects.count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_publish_shows_on_the_cached_form_page(client, inquiry_page, language):
    from cms.cache import invalidate_cms_page_cache
    from cms.models import Page, PageContent
    from djangocms_versioning.models import Version

    from content.seeding import get_seed_user

    page = Page.objects.get(application_urls="InquiryApphook")
    if not PageContent.objects.filter(page=page, language=language).exists():
        pytest.skip(f"no published {language!r} Contact page yet")
    url = page.get_absolute_url(language)
    client.get(url)
    user = get_seed_user()
    draft = Version.objects.get_for_content(PageContent.objects.get(page=page, language=language)).copy(user)
    draft.content.page_title = "Ask us anything"
    draft.content.save()
    draft.publish(user)
    invalidate_cms_page_cache()  # what the publish does when its transaction commits
    assert "Ask us anything" in client.get(url).content.decode()


@pytest.mark.django_db
def test_staff_get_the_page_rendered_for_them(editor_client, inquiry_page):
    html = editor_client.get(inquiry_page).content.decode()
    assert "csrfmarker" not in html
    assert _tokens(html)[1] != "00000000-0000-0000-0000-000000000000"
