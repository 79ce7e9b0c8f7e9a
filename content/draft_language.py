"""A page's draft, preview and structure views render in the page's own language.

The CMS's editing views (``get_object_edit_url`` and friends) live under ``/admin/``, which
is outside ``i18n_patterns`` here, so Django's ``LocaleMiddleware`` activates English for them.
The CMS tells the draft's language only in the ``?language=`` parameter its own links carry.
Its toolbar reads that parameter, but its placeholders render the plugins of the *active*
language (``ContentRenderer.render_page_placeholder`` asks ``get_language()``), and so do the
menus, the page's medical review and every ``{% translate %}``: a Spanish draft showed its
title and the English chrome, and none of its Spanish text or image plugins.

``DraftLanguageMiddleware`` (after ``LocaleMiddleware``) activates the language those views
were asked for, when it is one of the site's languages, for that request only. Moving the
admin under ``i18n_patterns`` would do the same for these views but give every admin screen
a second, Spanish address; the admin's own chrome stays English.
"""

from django.conf import settings
from django.utils import translation

from clinic_site.view_middleware import AroundNamedViews

PAGE_RENDERING_VIEWS = frozenset(
    {
        "cms_placeholder_render_object_edit",
        "cms_placeholder_render_object_preview",
        "cms_placeholder_render_object_structure",
    }
)
SITE_LANGUAGES = frozenset(code for code, _name in settings.LANGUAGES)


def asked_language(request):
    """The site language the ``?language=`` parameter names, or None."""
    language = request.GET.get("language", "")
    return language if language in SITE_LANGUAGES else None


class DraftLanguageMiddleware(AroundNamedViews):
    url_names = PAGE_RENDERING_VIEWS

    def around_view(self, request, view_func, view_args, view_kwargs):
        language = asked_language(request)
        if language is not None:
            translation.activate(language)
            request.LANGUAGE_CODE = language
        return None
