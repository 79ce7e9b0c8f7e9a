"""sitemap.xml and robots.txt, built from the published CMS pages and settings.SITE_URL."""

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .selectors import published_dates, published_pages


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap_xml(request):
    """Every published page, by its public address, with the date it was last published."""
    contents = list(published_pages())
    versions = published_dates(contents)
    entries = [
        {"loc": settings.SITE_URL + c.page.get_absolute_url(c.language), "lastmod": versions.get(c.pk)}
        for c in contents
    ]
    body = render_to_string("seo/sitemap.xml", {"entries": entries})
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {settings.SITE_URL}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
