"""Every seeded page is published and renders for an anonymous visitor."""

import pytest
from cms.models import Page

from content.sample_loader import PAGES
from tests.page_html import PageReader


@pytest.mark.parametrize("spec", PAGES, ids=[p["reverse_id"] for p in PAGES])
def test_seeded_page_renders_for_anonymous_visitor(client, seeded, spec):
    page = Page.objects.get(reverse_id=spec["reverse_id"])
    response = client.get(page.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<title>{spec.get('page_title') or spec['title']}" in html.replace("&#x27;", "'")


def test_home_page_is_the_site_root(client, seeded):
    response = client.get("/")
    assert response.status_code == 200
    assert "When standard treatment has not been enough" in response.content.decode()


def test_admin_login_page_loads(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    page = PageReader(response.content.decode())
    assert page.find("input", name="username") and page.find("input", name="password")
    assert "Clinic website administration" in page.text
