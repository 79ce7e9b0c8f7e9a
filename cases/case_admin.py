"""What every case admin shares (inquiries now, the care team's referrals next): the reviewer's conveniences.

- "Assign to me" and a status change on the case's own page, not only as list actions;
  both go through the app's services (``case_services``), which audit the change.
- The reference in the list reads as a link (underlined, AA contrast: ``case_admin.css``).
- Staff outside the role get the admin's own 403 page saying whose part this is.
"""

from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils.translation import gettext as _

from staff.admin_site import HelpfulRefusalMixin


class CaseAdminMixin(HelpfulRefusalMixin):
    """Needs ``case_services`` (a module with ``assign`` and ``change_status``) and a model with
    ``reference``, ``status`` (choices in ``model.Status``) and ``assignee``."""

    case_services = None
    change_form_template = "admin/case_change_form.html"

    class Media:
        css = {"all": ["inquiries/case_admin.css"]}

    def get_urls(self):
        info = self.opts.app_label, self.opts.model_name
        return [
            path(
                "<path:object_id>/assign-to-me/",
                self.admin_site.admin_view(self.assign_to_me_view),
                name="{}_{}_assign_to_me".format(*info),
            ),
            path(
                "<path:object_id>/status/",
                self.admin_site.admin_view(self.change_status_view),
                name="{}_{}_change_status".format(*info),
            ),
            path(
                "<path:object_id>/estimate-sent/",
                self.admin_site.admin_view(self.estimate_sent_view),
                name="{}_{}_estimate_sent".format(*info),
            ),
            *super().get_urls(),
        ]

    def _case_or_refusal(self, request, object_id):
        if request.method != "POST":
            return None, HttpResponseNotAllowed(["POST"])
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.has_change_permission(request, obj):
            return None, self.refuse(request)
        return obj, None

    def _back_to(self, obj):
        return HttpResponseRedirect(
            reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk])
        )

    def assign_to_me_view(self, request, object_id):
        obj, refusal = self._case_or_refusal(request, object_id)
        if refusal:
            return refusal
        if self.case_services.assign(inquiries=[obj], assignee=request.user, actor=request.user):
            self.message_user(request, _("%(reference)s is assigned to you.") % {"reference": obj.reference})
        else:
            self.message_user(request, _("%(reference)s was already yours.") % {"reference": obj.reference})
        return self._back_to(obj)

    def change_status_view(self, request, object_id):
        obj, refusal = self._case_or_refusal(request, object_id)
        if refusal:
            return refusal
        status = request.POST.get("status", "")
        if status not in self.model.Status.values:
            self.message_user(request, _("Choose one of the statuses."), messages.ERROR)
        elif self.case_services.change_status(inquiries=[obj], status=status, actor=request.user):
            self.message_user(
                request,
                _("%(reference)s is now %(status)s.")
                % {"reference": obj.reference, "status": self.model.Status(status).label.lower()},
            )
        else:
            self.message_user(request, _("The status was already that."))
        return self._back_to(obj)

    def estimate_sent_view(self, request, object_id):
        obj, refusal = self._case_or_refusal(request, object_id)
        if refusal:
            return refusal
        if obj.estimate_sent_at:
            self.message_user(request, _("The estimate was already recorded as sent."))
        else:
            self.case_services.mark_estimate_sent(case=obj, actor=request.user)
            self.message_user(
                request, _("%(reference)s: the Good Faith Estimate is recorded as sent.") % {"reference": obj.reference}
            )
        return self._back_to(obj)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if change and obj is not None and self.has_change_permission(request, obj):
            info = self.opts.app_label, self.opts.model_name
            context["case_actions"] = {
                "assign_url": reverse("admin:{}_{}_assign_to_me".format(*info), args=[obj.pk]),
                "status_url": reverse("admin:{}_{}_change_status".format(*info), args=[obj.pk]),
                "statuses": self.model.Status.choices,
                "current_status": obj.status,
                "assigned_to_me": obj.assignee_id == request.user.pk,
                "assignee": obj.assignee,
                "estimate_url": reverse("admin:{}_{}_estimate_sent".format(*info), args=[obj.pk]),
                "estimate_due_at": obj.estimate_due_at,
                "estimate_sent_at": obj.estimate_sent_at,
            }
        return super().render_change_form(request, context, add, change, form_url, obj)
