"""The security headers a visitor's browser gets: strict on public pages, the staff variant when editing."""

import pytest
from cms.models import PageContent
from cms.toolbar.utils import get_object_edit_url


def csp(response):
    """The Content-Security-Policy header as {directive: [values]}."""
    policy = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        policy[name] = values
    return policy


@pytest.fixture
def public_page(client, seeded):
    return client.get("/what-is-ketamine/", secure=True)


def test_public_page_has_a_strict_content_security_policy(public_page):
    assert public_page.status_code == 200
    policy = csp(public_page)
    assert policy["default-src"] == ["'none'"]
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    header = public_page["Content-Security-Policy"]
    assert "unsafe-inline" not in header and "unsafe-eval" not in header


def test_public_page_has_the_other_security_headers(public_page):
    headers = public_page.headers
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert headers["Cross-Origin-Resource-Policy"] == "same-origin"
    assert "camera=()" in headers["Permissions-Policy"] and "geolocation=()" in headers["Permissions-Policy"]
    # The CMS needs SAMEORIGIN for its editing frame; the CSP above still forbids framing.
    assert headers["X-Frame-Options"] == "SAMEORIGIN"


def test_public_page_from_the_page_cache_keeps_the_headers(client, seeded):
    client.get("/what-is-ketamine/", secure=True)  # fills the page cache
    cached = client.get("/what-is-ketamine/", secure=True)
    assert csp(cached)["script-src"] == ["'self'"]
    assert cached["Cross-Origin-Resource-Policy"] == "same-origin"


def test_any_cookie_a_visitor_gets_is_secure_httponly_and_samesite(public_page):
    # The CMS remembers the language in a cookie; no session, no tracking.
    assert set(public_page.cookies) <= {"django_language"}
    for cookie in public_page.cookies.values():
        assert cookie["secure"] and cookie["httponly"] and cookie["samesite"] == "Lax"


def test_staff_editing_page_gets_the_staff_policy(editor_client, seeded):
    content = PageContent.objects.get(page__reverse_id="what-is-ketamine", language="en")
    response = editor_client.get(get_object_edit_url(content), follow=True, secure=True)
    assert response.status_code == 200
    policy = csp(response)
    assert policy["frame-ancestors"] == ["'self'"]  # the CMS frames its own pages
    assert "'unsafe-inline'" in policy["style-src"]  # the toolbar injects styles
    assert policy["object-src"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert not any(value.startswith("http") or value == "*" for values in policy.values() for value in values)


def test_staff_user_on_a_public_page_gets_the_staff_policy(editor_client, seeded):
    response = editor_client.get("/what-is-ketamine/", secure=True)
    assert response.status_code == 200
    assert csp(response)["frame-ancestors"] == ["'self'"]


def test_admin_gets_the_staff_policy_even_before_login(client, db):
    response = client.get("/admin/login/", secure=True)
    assert response.status_code == 200
    assert csp(response)["frame-ancestors"] == ["'self'"]


def test_session_and_csrf_cookies_are_secure_httponly_and_samesite(client, editor, seeded):
    client.get("/admin/login/", secure=True)
    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": "editor", "password": "a-long-test-password-123"},
        secure=True,
        REMOTE_ADDR="10.0.0.8",
    )
    assert response.status_code == 302
    session = response.cookies["sessionid"]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
    csrf = response.cookies["csrftoken"]
    assert csrf["secure"] and csrf["samesite"] == "Lax"
