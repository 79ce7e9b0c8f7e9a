"""URL routes: the admin, then the CMS, which serves every page from its tree."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView

from articles import views as article_views
from articles.feeds import ArticleFeed
from content import views as content_views
from operations.health import healthz
from search import views as search_views
from staff.two_factor import cms_login

urlpatterns = [
    # Bookmarks of the clinic details, prices and care team from before they moved to the clinic app.
    path("", include("clinic.urls")),
    # The audit trail moved to the case framework (cases/); reviewers' bookmarks of its old address.
    re_path(
        r"^admin/inquiries/auditentry/(?P<rest>.*)$",
        RedirectView.as_view(url="/admin/cases/auditentry/%(rest)s", permanent=True, query_string=True),
    ),
    path("admin/", admin.site.urls),
    # The admin has one address for every language: a Spanish-speaking editor who types /es/admin/
    # reaches it instead of the public "page not found".
    re_path(r"^es/admin/(?P<rest>.*)$", RedirectView.as_view(url="/admin/%(rest)s", query_string=True)),
    # Load-balancer probe: database and cache (operations/health.py).
    path("healthz", healthz, name="healthz"),
]

# Search engines: every published page, and where to find that list (content/views.py).
urlpatterns += [
    path("sitemap.xml", content_views.sitemap_xml, name="sitemap"),
    path("robots.txt", content_views.robots_txt, name="robots"),
    path("favicon.ico", content_views.favicon_ico, name="favicon"),
]

# The self-checks' no-JavaScript result: scored in the response, stored nowhere (selfchecks/views.py).
urlpatterns += [path("", include("selfchecks.urls"))]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Staff who open a part of the admin that is not theirs get the admin's own page saying so.
handler403 = "staff.views.permission_denied"

# The CMS catch-all comes last: every other route must be matched before it. English pages
# keep their unprefixed addresses; Spanish ones live under /es/ (settings.LANGUAGES).
# The CMS's own password-only login is replaced by the admin's two-factor one (staff/two_factor.py).
# Site search: /search/ and /es/buscar/ (search/views.py; private, never cached).
urlpatterns += i18n_patterns(
    path("cms_login/", cms_login, name="cms_login"),
    path(_("search/"), search_views.search, name="search"),
    # The articles' Atom feed, per language (articles/feeds.py), before the CMS's own pages.
    path(_("articles/feed/"), ArticleFeed(), name="article-feed"),
    path(_("articles/topic/<slug:topic>/"), article_views.topic, name="article-topic"),
    path(_("articles/topic/<slug:topic>/page/<int:number>/"), article_views.topic, name="article-topic-page"),
    path(_("articles/page/<int:number>/"), article_views.page, name="article-page"),
    path("", include("cms.urls")),
    prefix_default_language=False,
)
