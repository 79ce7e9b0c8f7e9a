"""Read-only look-ups for the self-check view."""

from cms.models import Page


def questions_url(page_id, language):
    """The address of the page the questions came from (its id is a hidden field), or the home page."""
    if str(page_id).isdigit():
        page = Page.objects.filter(pk=int(page_id)).first()
        if page is not None:
            url = page.get_absolute_url(language)
            if url:
                return url
    return "/"
