"""Pages a shared cache may keep: no cookie, a tidy Vary and a public Cache-Control for anonymous
public pages in every language; never for a form, a staff user, the admin or a no-store view."""

import pytest
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory
from django.views.decorators.cache import never_cache

from pagecache.cache_headers import CacheHeadersMiddleware, cache_policy, tidy_vary
from tests.public_pages import ARTICLE, HOME, LANGUAGES, page_url


def directives(response):
    return {d.strip().split("=")[0]: d.strip().partition("=")[2] for d in response["Cache-Control"].split(",")}


def vary_members(response):
    return [m.strip() for m in response.get("Vary", "").split(",")]


def assert_shared_cacheable(response):
    cc = directives(response)
    assert "public" in cc, response["Cache-Control"]
    assert cc["s-maxage"] == str(settings.SHARED_CACHE_SECONDS)
    assert int(cc["max-age"]) > 0 and int(cc["stale-while-revalidate"]) > 0
    assert not {"private", "no-store", "no-cache"} & set(cc)


def assert_never_shared(response):
    cc = directives(response)
    assert "public" not in cc and "s-maxage" not in cc, response["Cache-Control"]
    assert "private" in cc and "no-store" in cc, response["Cache-Control"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("reverse_id", [HOME, ARTICLE])
def test_an_anonymous_public_page_sets_no_cookie_and_may_be_kept_by_a_shared_cache(
    client, seeded, reverse_id, language
):
    url = page_url(reverse_id, language)
    for attempt in ("cold", "warm"):  # rendered, then from the CMS page cache
        response = client.get(url)
        assert response.status_code == 200, attempt
        assert not response.cookies, (attempt, response.cookies.output())
        assert "Set-Cookie" not in response
        members = vary_members(response)
        assert all(members) and len({m.lower() for m in members}) == len(members), response["Vary"]
        assert "Cookie" in members  # staff get the toolbar at the same address
        assert "Accept-Language" not in members  # the language is in the URL
        assert_shared_cacheable(response)
        assert "Expires" not in response


@pytest.mark.django_db
def test_the_page_with_the_form_is_never_shared(client, inquiry_page):
    response = client.get(inquiry_page)
    assert response.status_code == 200
    assert settings.CSRF_COOKIE_NAME in response.cookies  # the form's token needs its cookie
    assert_never_shared(response)


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_staff_users_page_is_never_shared(editor_client, seeded, language):
    response = editor_client.get(page_url(ARTICLE, language))
    assert response.status_code == 200
    assert_never_shared(response)


@pytest.mark.django_db
def test_the_admin_is_never_shared(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert_never_shared(response)


@pytest.mark.django_db
def test_the_health_probe_is_never_shared(client):
    assert_never_shared(client.get("/healthz"))


# The rule itself, on responses made here: the self-check result is a never_cache view.


def _run(view, request):
    return CacheHeadersMiddleware(view)(request)


def test_a_no_store_view_like_a_self_check_result_stays_private():
    request = RequestFactory().get("/self-check/result/")
    response = _run(never_cache(lambda r: HttpResponse("score")), request)
    assert_never_shared(response)
    assert "max-age=0" in response["Cache-Control"]  # the view's own words are kept


def test_a_response_that_sets_a_cookie_stays_private():
    def view(request):
        response = HttpResponse("hello")
        response.set_cookie("anything", "1")
        return response

    assert_never_shared(_run(view, RequestFactory().get("/some-page/")))


def test_a_view_that_already_chose_public_is_left_alone():
    def view(request):
        response = HttpResponse("body {}")
        response["Cache-Control"] = "max-age=315360000, public, immutable"
        return response

    response = _run(view, RequestFactory().get("/static/css/site.css"))
    assert response["Cache-Control"] == "max-age=315360000, public, immutable"


@pytest.mark.parametrize("method,status", [("post", 200), ("get", 302), ("get", 500)])
def test_posts_redirects_and_errors_get_no_public_policy(method, status):
    request = getattr(RequestFactory(), method)("/some-page/")
    response = _run(lambda r: HttpResponse(status=status), request)
    assert "public" not in response.get("Cache-Control", "")


def test_an_anonymous_get_of_a_plain_page_is_public():
    request = RequestFactory().get("/some-page/")
    assert cache_policy(request, HttpResponse("page")) == "public"


def test_vary_loses_empty_members_and_duplicates():
    assert tidy_vary(", Accept-Language, Cookie, Accept-Encoding, cookie") == "Accept-Language, Cookie, Accept-Encoding"
    assert tidy_vary(", Accept-Language, Cookie", drop=["accept-language"]) == "Cookie"
    assert tidy_vary(" , ") == ""
