"""What every case admin shares (inquiries, the care team's referrals): the reviewer's conveniences.

- One place for the status and the assignee, and one save: the case page's form. The box above it
  ("This case") says where the case stands, and its buttons ("Assign to me", "Estimate sent") submit
  that same form, so a note or a status typed first is saved with them, never dropped; a form with
  an error comes back with everything typed still in it. Every change goes through the app's
  services (``case_services``), which audit it.
- The reference in the list reads as a link (underlined, AA contrast: ``case_admin.css``).
- A deep list page reads its rows' keys from the index first (``IndexFirstPaginator``).
- "Delete selected" is the last of the list's actions, not the first (same permission as before).
- Staff outside the role get the admin's own 403 page saying whose part this is.
"""

from django.contrib import messages
from django.core.paginator import Page, Paginator
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext as _

from staff.admin_site import HelpfulRefusalMixin


class IndexFirstPaginator(Paginator):
    """A list page in two steps: the page's primary keys, read from the index that holds the list's
    order (a deep page steps over 50,000 index entries, not 50,000 rows), then those 50 rows."""

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        keys = list(self.object_list.values_list("pk", flat=True)[bottom:top])
        return Page(self.object_list.filter(pk__in=keys), number, self)


ASSIGN_TO_ME = "_assign_to_me"
ESTIMATE_SENT = "_estimate_sent"


class CaseAdminMixin(HelpfulRefusalMixin):
    """Needs ``case_services`` (a module with ``mark_estimate_sent``) and a model with ``reference``,
    ``status`` (choices in ``model.Status``) and ``assignee`` (a field of the change form)."""

    case_services = None
    change_form_template = "admin/case_change_form.html"
    paginator = IndexFirstPaginator

    class Media:
        css = {"all": ["inquiries/case_admin.css"]}

    def get_actions(self, request):
        actions = super().get_actions(request)
        if "delete_selected" in actions:
            actions["delete_selected"] = actions.pop("delete_selected")  # last: a rare, final action
        return actions

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and object_id and ASSIGN_TO_ME in request.POST:
            # "Assign to me" is the assignee field set to the reviewer, saved with the rest of the form.
            data = request.POST.copy()
            data["assignee"] = str(request.user.pk)
            request.POST = data
        return super().changeform_view(request, object_id, form_url, extra_context)

    def response_change(self, request, obj):
        """After the form is saved (its notes too): the box's buttons come back to the same case."""
        if ESTIMATE_SENT in request.POST:
            if obj.estimate_sent_at:
                self.message_user(request, _("The estimate was already recorded as sent."))
            else:
                self.case_services.mark_estimate_sent(case=obj, actor=request.user)
                self.message_user(
                    request,
                    _("%(reference)s: the Good Faith Estimate is recorded as sent.") % {"reference": obj.reference},
                )
            return self._back_to(obj)
        if ASSIGN_TO_ME in request.POST:
            self.message_user(
                request, _("%(reference)s is assigned to you.") % {"reference": obj.reference}, messages.SUCCESS
            )
            return self._back_to(obj)
        return super().response_change(request, obj)

    def _back_to(self, obj):
        return HttpResponseRedirect(
            reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_change", args=[obj.pk])
        )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if change and obj is not None and self.has_change_permission(request, obj):
            context["case_actions"] = {
                "form_id": f"{self.opts.model_name}_form",
                "status": obj.get_status_display(),
                "assigned_to_me": obj.assignee_id == request.user.pk,
                "assignee": obj.assignee,
                "estimate_due_at": obj.estimate_due_at,
                "estimate_sent_at": obj.estimate_sent_at,
            }
        return super().render_change_form(request, context, add, change, form_url, obj)
