"""The admin's 403: staff who open a part that is not theirs get the admin's own page saying so."""

from django.utils.translation import gettext as _
from django.views import defaults

from .admin_site import refusal_response


def permission_denied(request, exception=None):
    """403: inside the admin, the admin's own page saying so, with a way back; elsewhere Django's page."""
    user = getattr(request, "user", None)
    if request.path.startswith("/admin/") and user is not None and user.is_active and user.is_staff:
        response = refusal_response(
            request,
            _(
                "This part of the admin belongs to another staff role: pages and images are for the content "
                "editors, inquiries for the intake reviewers. Ask a superuser if you need it."
            ),
        )
        return response.render()
    return defaults.permission_denied(request, exception)
