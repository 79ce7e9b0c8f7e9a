"""Unpublishing a page asks first, on every path, and offers the other languages too.

djangocms-versioning's "Unpublish" confirmation (the version list, "Manage versions" in the
toolbar) names the published pages whose cards and buttons link to the page
(``links.unpublish_warning``). The page tree's status menu posted straight to the same view,
with no confirmation. Here:

- ``UnpublishConfirmationMiddleware`` sends a POST to the unpublish view that did not come
  from the confirmation form (it carries ``confirmed``) to that confirmation instead, so
  nothing is unpublished unasked; the page tree's menu item opens the confirmation
  (``templates/admin/cms/page/tree/indicator_menu.html``);
- the confirmation (``templates/djangocms_versioning/admin/unpublish_confirmation.html``)
  lists the page's other published languages, each with the pages that link to it there, as
  boxes to tick; after the unpublish, ``unpublish_languages`` unpublishes those too.
"""

from cms.models import PageContent
from django.conf import settings
from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.utils.translation import gettext
from djangocms_versioning.models import Version

from clinic_site import cms_compat
from clinic_site.view_middleware import AroundNamedViews

from .links import pages_linking_to

CONFIRMED_FIELD = "confirmed"
OTHER_LANGUAGES_FIELD = "also_unpublish"


def other_published_languages(request, version):
    """For the confirmation: [{code, name, linking}] of the page's other published languages."""
    content = version.content
    if not isinstance(content, PageContent):
        return []
    names = dict(settings.LANGUAGES)
    published = PageContent.objects.filter(page=content.page).exclude(language=content.language)
    return [
        {
            "code": other.language,
            "name": names.get(other.language, other.language),
            "title": other.title,
            "linking": [page.title for page in pages_linking_to(content.page, language=other.language)],
        }
        for other in sorted(published, key=lambda c: list(names).index(c.language) if c.language in names else 99)
    ]


def unpublish_languages(page, languages, user):
    """Unpublish ``page``'s published versions in ``languages``; the codes unpublished."""
    done = []
    for content in PageContent.objects.filter(page=page, language__in=languages):
        version = Version.objects.get_for_content(content)
        if version.can_be_unpublished():
            version.unpublish(user)
            done.append(content.language)
    return done


class UnpublishConfirmationMiddleware(AroundNamedViews):
    methods = {"GET", "POST"}

    def applies_to(self, match):
        return cms_compat.is_unpublish_view(match)

    def around_view(self, request, view_func, view_args, view_kwargs):
        if request.method == "GET":
            return with_admin_frame(request, view_func(request, *view_args, **view_kwargs))
        if request.POST.get(CONFIRMED_FIELD) != "yes":
            # Not from the confirmation (the page tree's menu posts straight here): ask first.
            return HttpResponseRedirect(request.get_full_path(), status=303)
        version = Version.objects.filter(pk=view_kwargs.get("object_id")).first()
        response = view_func(request, *view_args, **view_kwargs)
        languages = request.POST.getlist(OTHER_LANGUAGES_FIELD)
        if version is not None and languages and Version.objects.get(pk=version.pk).state == "unpublished":
            done = unpublish_languages(version.content.page, languages, request.user)
            if done:
                names = dict(settings.LANGUAGES)
                messages.info(
                    request,
                    gettext("Also unpublished: %(languages)s.") % {"languages": ", ".join(names[c] for c in done)},
                )
        return response


def with_admin_frame(request, response):
    """The confirmation as every other admin page shows: the site's header, the staff member's links
    and the navigation. djangocms-versioning renders it with its own context only, which left the
    page headed "Django administration" with no way back but the browser's."""
    if getattr(response, "context_data", None) is not None:
        response.context_data = {**admin.site.each_context(request), **response.context_data}
    return response
