"""A refused publish the editor can read and act on.

When the editorial checks refuse a publish, djangocms-versioning shows the reason as a
message (a toast in the CMS toolbar that fades after a few seconds) and sends the editor to
the draft's preview. Here, instead:

- ``back_to_edit_mode`` (called by ``publishing.CurrentRequestMiddleware`` on the way out of
  a refused publish that named no ``next`` address) remembers the refused draft in the
  editor's session and sends the editor back to that draft in edit mode;
- the "Content check" toolbar (``cms_toolbars.py``) shows a panel over that draft naming
  each rule, the words and the reason, until the editor dismisses it (``forget``, the
  content-health admin's dismiss view).

Only the draft's id is kept in the session; the panel checks the draft again each time it
is drawn, so it says so once the problems are fixed.
"""

from cms.toolbar.utils import get_object_edit_url
from django.http import HttpResponseRedirect

SESSION_KEY = "editorial_refused_publish"
REFUSED_ATTRIBUTE = "_editorial_refused_version"


def note_refusal(request, version):
    """Called by the publish condition when it refuses ``version`` in this request."""
    if request is not None:
        setattr(request, REFUSED_ATTRIBUTE, version)


def back_to_edit_mode(request, response):
    """After a refused publish from the toolbar: remember it and reopen the draft in edit mode."""
    version = getattr(request, REFUSED_ATTRIBUTE, None)
    if version is None or response.status_code != 302 or request.GET.get("next"):
        return response
    request.session[SESSION_KEY] = version.content.pk
    return HttpResponseRedirect(get_object_edit_url(version.content))


def refused_here(request, page_content):
    """True when the editor's last refused publish was this page version and is not dismissed."""
    session = getattr(request, "session", None)
    return session is not None and session.get(SESSION_KEY) == page_content.pk


def forget(request):
    request.session.pop(SESSION_KEY, None)
