"""A warm anonymous page comes whole from the shared cache, before sessions, auth and the CMS; only
responses a shared cache may keep are kept, and every change shows on the next view."""

import gzip
import time
from unittest import mock

import pytest
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.utils.text import compress_string

from clinic.models import ClinicDetails
from clinic_site.cms_compat import page_cache_version
from pagecache import response_cache
from tests.pagecache.test_cache_headers import assert_never_shared, assert_shared_cacheable, vary_members
from tests.public_pages import ARTICLE, HOME, LANGUAGES, get_with_queries, page_url

CONTACT = {"en": "/contact/", "es": "/es/contacto/"}


@pytest.fixture
def long_way_calls():
    calls = []
    original = SessionMiddleware.process_request

    def counting(self, request):
        calls.append(request.path)
        return original(self, request)

    with mock.patch.object(SessionMiddleware, "process_request", counting):
        yield calls


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("reverse_id", [HOME, ARTICLE])
def test_a_warm_anonymous_page_skips_the_stack_with_the_same_page_and_headers(
    client, seeded, long_way_calls, reverse_id, language
):
    url = page_url(reverse_id, language)
    first = client.get(url)
    assert first.status_code == 200 and long_way_calls == [url]
    # Seeding published an apphooked page: this process rebuilds its URL patterns once (a query),
    # as every worker does once after such a publish.
    client.get(url)
    again, queries = get_with_queries(client, url)
    assert long_way_calls == [url], "a later view went past the response cache"
    assert queries == []
    assert again.content == first.content
    for header in ("Content-Type", "Content-Language", "Content-Security-Policy", "X-Frame-Options", "Vary"):
        assert again[header] == first[header], header
    assert again["Content-Language"] == language
    assert_shared_cacheable(again)
    assert not again.cookies
    assert "" not in vary_members(again)


@pytest.mark.django_db
def test_a_kept_page_is_still_compressed_for_each_visitor(client, seeded):
    client.get("/")
    plain = client.get("/")
    gzipped = client.get("/", HTTP_ACCEPT_ENCODING="gzip")
    assert "Content-Encoding" not in plain
    assert gzipped["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in vary_members(gzipped)


@pytest.mark.django_db
def test_a_kept_page_is_compressed_once_and_sent_as_it_was(client, seeded, long_way_calls):
    plain = client.get("/").content
    with mock.patch("django.middleware.gzip.compress_string", wraps=compress_string) as compress:
        first = client.get("/", HTTP_ACCEPT_ENCODING="gzip, br")
        again = client.get("/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert compress.call_count == 1, "a kept page was compressed again"
    assert again.content == first.content
    assert gzip.decompress(again.content) == plain
    assert again["Content-Length"] == str(len(again.content))
    assert long_way_calls == ["/", "/"], "one long way per encoding, then kept"


@pytest.mark.django_db
def test_a_workers_own_copy_lasts_only_a_few_seconds_without_the_shared_entry(client, seeded, long_way_calls):
    client.get("/")
    # The shared entry goes (evicted, expired); the worker's copy still answers for a few seconds...
    cache.delete(response_cache._key(RequestFactory().get("/")), version=page_cache_version())
    client.get("/")
    assert long_way_calls == ["/"]
    # ...and no longer than LOCAL_SECONDS: then the page is made again.
    later = time.time() + response_cache.LOCAL_SECONDS + 1
    with mock.patch("pagecache.response_cache.time.time", return_value=later):
        client.get("/")
    assert long_way_calls == ["/", "/"]


@pytest.mark.django_db
def test_a_change_made_in_another_worker_shows_on_the_next_view_in_this_one(seeded):
    this_worker, other_worker = Client(), Client()
    assert "555-0100" in this_worker.get("/").content.decode()
    other_worker.get("/")
    details = ClinicDetails.objects.get(pk=1)
    details.phone = "555-0142"
    details.save()
    assert "555-0142" in this_worker.get("/").content.decode()
    assert "555-0142" in other_worker.get("/").content.decode()


@pytest.mark.django_db
def test_a_clinic_details_change_shows_on_the_next_view(client, seeded, long_way_calls):
    assert "555-0100" in client.get("/").content.decode()
    details = ClinicDetails.objects.get(pk=1)
    details.phone = "555-0142"
    details.save()
    html = client.get("/").content.decode()
    assert "555-0142" in html and "555-0100" not in html


@pytest.mark.django_db
def test_a_publish_shows_on_the_next_view(client, seeded, editor):
    from cms.api import add_plugin
    from cms.models import Page, PageContent
    from djangocms_versioning.models import Version

    path = page_url(ARTICLE, "en")
    assert "A sentence the editor just added." not in client.get(path).content.decode()
    content = PageContent.objects.get(page=Page.objects.get(reverse_id=ARTICLE), language="en")
    draft = Version.objects.get_for_content(content).copy(editor)
    add_plugin(
        draft.content.get_placeholders().get(slot="content"),
        "TextPlugin",
        "en",
        body="<p>A sentence the editor just added.</p>",
    )
    draft.publish(editor)
    assert "A sentence the editor just added." in client.get(path).content.decode()


@pytest.mark.django_db
def test_a_signed_in_editor_always_goes_the_long_way_and_is_never_replayed(editor_client, seeded):
    visitor = Client()
    visitor.get("/")  # an anonymous copy is kept
    staff_view = editor_client.get("/")
    assert "cms-toolbar" in staff_view.content.decode()
    assert_never_shared(staff_view)
    anonymous = visitor.get("/")
    assert "cms-toolbar" not in anonymous.content.decode()
    assert_shared_cacheable(anonymous)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_page_is_never_kept_whole_and_each_view_gets_its_own_token(client, seeded, long_way_calls, language):
    url = CONTACT[language]
    first = client.get(url)
    second = client.get(url)
    assert long_way_calls == [url, url]
    assert_never_shared(second)
    token = 'name="csrfmiddlewaretoken" value="'
    assert token in second.content.decode()
    first_form_token = first.content.decode().split('name="token" value="')[1][:36]
    second_form_token = second.content.decode().split('name="token" value="')[1][:36]
    assert first_form_token != second_form_token


@pytest.mark.django_db
def test_an_address_with_a_query_string_or_a_visitor_with_a_session_goes_the_long_way(client, seeded, long_way_calls):
    client.get("/")
    client.get("/", {"utm_source": "newsletter"})
    client.cookies["sessionid"] = "not-a-real-session"
    client.get("/")
    assert long_way_calls == ["/", "/", "/"]


@pytest.mark.django_db
def test_a_missing_page_is_not_kept(client, seeded, long_way_calls):
    assert client.get("/no-such-page/").status_code == 404
    assert client.get("/no-such-page/").status_code == 404
    assert long_way_calls == ["/no-such-page/", "/no-such-page/"]
