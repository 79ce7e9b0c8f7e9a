"""sitemap.xml and robots.txt, built from the published CMS pages and settings.SITE_URL; /favicon.ico."""

from django.conf import settings
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .sitemaps import sitemap_entries


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap_xml(request):
    """Every published page in each of its languages, with hreflang alternates (content/sitemaps.py)."""
    body = render_to_string("seo/sitemap.xml", {"entries": sitemap_entries()})
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


@require_GET
@cache_control(max_age=86400, public=True)
def favicon_ico(request):
    """Browsers and crawlers ask for /favicon.ico whatever the page says: send them to the static icon
    (the same drawing as favicon.svg, which pages name), served with the static files' caching."""
    return HttpResponsePermanentRedirect(static("img/favicon.ico"))


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
