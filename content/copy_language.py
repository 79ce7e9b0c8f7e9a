"""After "Copy all plugins", the copied images' alt text is left for the translator to write.

The toolbar's language menu → "Copy all plugins" (the CMS page admin's ``copy_language``
view) copies every plugin of one language into another, English alt text included; nothing
then tells the translator the alt text is still English, and a screen-reader user hears
English on a Spanish page. ``CopiedAltTextMiddleware`` runs after that view: on the target
language's version, it empties each image's alt text that is the same as one in the source
language. The editorial checks then warn about an image without alt text (``image-alt-missing``)
until the translator writes it, and the translations screen lists what is still in English.
"""

from cms.models import PageContent
from cms.utils.plugins import get_bound_plugins

from clinic_site.view_middleware import AroundNamedViews

COPY_LANGUAGE_VIEW = "cms_pagecontent_copy_language"


def _pictures(content):
    for placeholder in content.get_placeholders():
        plugins = [p for p in placeholder.get_plugins(content.language) if p.plugin_type == "PicturePlugin"]
        yield from get_bound_plugins(plugins)


def clear_copied_alt_text(source, target):
    """Empty the alt text of ``target``'s images that repeat one of ``source``'s; how many were emptied."""
    source_alts = {" ".join(p.alt.split()) for p in _pictures(source) if (p.alt or "").strip()}
    cleared = 0
    for picture in _pictures(target):
        if " ".join((picture.alt or "").split()) in source_alts:
            picture.alt = ""
            picture.save(update_fields=["alt"])
            cleared += 1
    return cleared


class CopiedAltTextMiddleware(AroundNamedViews):
    url_names = frozenset({COPY_LANGUAGE_VIEW})
    methods = {"POST"}

    def around_view(self, request, view_func, view_args, view_kwargs):
        response = view_func(request, *view_args, **view_kwargs)
        if response.status_code == 200 and view_args:
            source = PageContent.admin_manager.filter(pk=view_args[0]).first()
            language = request.POST.get("target_language")
            target = source.page.get_admin_content(language) if source and language else None
            if source is not None and getattr(target, "pk", None):
                clear_copied_alt_text(source, target)
        return response
