"""The dashboard page: who may see it, then the numbers (selectors) drawn as charts (charts)."""

from django.conf import settings
from django.contrib import admin
from django.template.response import TemplateResponse

from staff.admin_site import refusal_response

from . import charts, selectors

REFUSAL = (
    "The intake dashboard is for the intake reviewers: it counts inquiries and referrals, so only the "
    "Intake reviewers group can open it. If your work needs it, ask a superuser to add you to that group."
)


def can_see_dashboard(user):
    """Whoever may view both kinds of case (the Intake reviewers group, superusers) may see their counts."""
    return user.is_active and user.has_perm("inquiries.view_inquiry") and user.has_perm("referrals.view_referral")


def dashboard(request):
    """The admin's login, second factor and staff check come first (``admin_view``, staff/admin_site.py)."""
    if not can_see_dashboard(request.user):
        return refusal_response(request, REFUSAL)
    numbers = selectors.dashboard_numbers()
    context = {
        **admin.site.each_context(request),
        "title": "Intake dashboard",
        "numbers": numbers,
        "charts": charts.dashboard_charts(numbers),
        "first_week": numbers.weeks[0],
        "time_zone": settings.TIME_ZONE,
    }
    return TemplateResponse(request, "admin/intake_dashboard/dashboard.html", context)
