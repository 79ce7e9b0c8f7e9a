"""URL routes: the admin, then the CMS, which serves every page from its tree."""

from django.conf import settings
from django.conf.urls.static import static
from django.contrib import admin
from django.urls import include, path

from content.health import healthz

urlpatterns = [
    path("admin/", admin.site.urls),
    # Load-balancer probe: database and cache (content/health.py).
    path("healthz", healthz, name="healthz"),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# The CMS catch-all comes last: every other route must be matched before it.
urlpatterns += [path("", include("cms.urls"))]
