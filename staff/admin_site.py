"""The admin site: django-otp's OTPAdminSite, asking for the second factor when STAFF_2FA is on.

The setting is read on every request (not once at start-up), so one process serves the
rule that its settings say, and tests can switch it with ``override_settings``.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django_otp.admin import OTPAdminAuthenticationForm, OTPAdminSite


def two_factor_required():
    return bool(getattr(settings, "STAFF_2FA", False))


@dataclass(frozen=True)
class AdminPage:
    """A page of the admin that is not a model's list (the intake dashboard), registered by its app's admin.py.

    ``route`` is under /admin/ and named ``admin:<url_name>``; the page is a row at the top of the
    index group of ``app_label``, shown to staff for whom ``allowed(request)`` is true. The view
    still checks who may see it: the row is only a link.
    """

    route: str
    view: Callable
    url_name: str
    title: str
    app_label: str
    allowed: Callable


class ClinicAdminSite(OTPAdminSite):
    site_header = _("Clinic website administration")
    site_title = _("Clinic website")

    def __init__(self, name="admin"):
        # The CMS and the other apps reverse "admin:..." URLs: keep the usual name.
        super().__init__(name)
        self._pages = []

    def register_page(self, page):
        """Add an ``AdminPage``: behind the admin's login (and second factor), linked from the index."""
        self._pages.append(page)

    def get_urls(self):
        pages = [path(page.route, self.admin_view(page.view), name=page.url_name) for page in self._pages]
        return pages + super().get_urls()

    @property
    def login_form(self):
        return OTPAdminAuthenticationForm if two_factor_required() else AdminAuthenticationForm

    @property
    def login_template(self):
        return OTPAdminSite.login_template if two_factor_required() else None

    def has_permission(self, request):
        if two_factor_required():
            # Staff who logged in with a password only are treated as not staff here.
            return super().has_permission(request)
        return super(OTPAdminSite, self).has_permission(request)

    # --- the index, grouped and named the way the README and the staff speak -----------

    def get_app_list(self, request, app_label=None):
        apps = self._with_pages(request, super().get_app_list(request, app_label))
        return regroup_app_list(apps) if app_label is None else rename_models(apps)

    def _with_pages(self, request, apps):
        """Each registered page the user may open, as the first row of its app (only if the app is listed)."""
        by_label = {app["app_label"]: app for app in apps}
        for page in reversed(self._pages):
            app = by_label.get(page.app_label)
            if app is not None and page.allowed(request):
                row = {
                    "name": page.title,
                    "object_name": page.url_name.replace("_", " ").title().replace(" ", ""),
                    "admin_url": reverse(f"{self.name}:{page.url_name}"),
                    "add_url": None,
                    "view_only": True,
                    "perms": {"view": True},
                }
                app["models"] = [row, *app["models"]]
        return apps


# (group name, [(app label, model's object_name, the name staff know it by, or None to keep)])
ADMIN_INDEX_GROUPS = [
    (
        _("Pages"),
        [
            ("cms", "PageContent", _("Pages")),
            ("djangocms_versioning", "PageContentVersion", _("Page versions (drafts and published)")),
            ("page_redirects", "Redirect", _("Redirects (old page addresses)")),
        ],
    ),
    (
        _("Media library"),
        [
            ("filer", "Folder", _("Images and files")),
            ("filer", "ThumbnailOption", _("Thumbnail options")),
        ],
    ),
    # The clinic's facts (clinic/) first: care team, clinic details, prices; then the CMS side's (content/).
    (_("Site content"), [("clinic", None, None), ("content", None, None)]),
    (_("Inquiries"), [("inquiries", None, None), ("cases", "AuditEntry", None)]),  # cases: the audit trail
    (
        _("Staff logins"),
        [
            ("auth", "User", _("Users")),
            ("auth", "Group", _("Groups (roles)")),
            ("otp_totp", "TOTPDevice", _("Two-factor devices")),
            ("otp_static", "StaticDevice", _("Two-factor backup codes")),
            ("axes", None, None),
            ("sites", "Site", _("Site name and address")),
        ],
    ),
]
MODEL_NAMES = {
    (app, model): name for _group, entries in ADMIN_INDEX_GROUPS for app, model, name in entries if model and name
}


def _named(app_label, model):
    name = MODEL_NAMES.get((app_label, model["object_name"]))
    return {**model, "name": name} if name else model


def rename_models(apps):
    return [{**app, "models": [_named(app["app_label"], m) for m in app["models"]]} for app in apps]


def regroup_app_list(apps):
    """The index as groups of models from several apps; any app not named keeps its own group, after them."""
    by_app = {app["app_label"]: app for app in apps}
    taken = set()
    groups = []
    for group_name, entries in ADMIN_INDEX_GROUPS:
        models = []
        first_app = None
        for app_label, object_name, _name in entries:
            app = by_app.get(app_label)
            if app is None:
                continue
            for model in app["models"]:
                if object_name in (None, model["object_name"]) and (app_label, model["object_name"]) not in taken:
                    taken.add((app_label, model["object_name"]))
                    models.append(_named(app_label, model))
                    first_app = first_app or app
        if models:
            groups.append({**first_app, "name": group_name, "models": models})
    for app in apps:
        rest = [m for m in app["models"] if (app["app_label"], m["object_name"]) not in taken]
        if rest:
            groups.append({**app, "models": rest})
    return groups


# --- a refusal that helps: the admin's own page, what the part is for, a way back -------------


def refusal_response(request, message):
    """A 403 inside the admin's chrome that says whose part of the admin this is."""
    from django.contrib import admin
    from django.template.response import TemplateResponse

    context = {
        **admin.site.each_context(request),
        "title": _("This part of the admin is not part of your role"),
        "refusal_message": message,
    }
    return TemplateResponse(request, "admin/refused.html", context, status=403)


class ReadOnlyAdminMixin:
    """For a ModelAdmin whose rows nobody adds, changes or deletes in the admin: view only.

    What it lists is made elsewhere (the audit trail by the case workflow, the content-health
    rows and the page translations from the CMS pages), so the admin only shows it.
    """

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class HelpfulRefusalMixin:
    """For a ModelAdmin: staff without its permissions get ``refusal_message`` in the admin's chrome (403).

    Shared by every admin for one role's data (inquiries, and the care team's referrals):
    set ``refusal_message`` to say what the part is for and who uses it.
    """

    refusal_message = _("This part of the admin belongs to another staff role. Ask a superuser if you need it.")

    def refuse(self, request):
        return refusal_response(request, self.refusal_message)

    def changelist_view(self, request, extra_context=None):
        try:
            return super().changelist_view(request, extra_context)
        except PermissionDenied:
            return self.refuse(request)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except PermissionDenied:
            return self.refuse(request)

    def delete_view(self, request, object_id, extra_context=None):
        try:
            return super().delete_view(request, object_id, extra_context)
        except PermissionDenied:
            return self.refuse(request)

    def history_view(self, request, object_id, extra_context=None):
        try:
            return super().history_view(request, object_id, extra_context)
        except PermissionDenied:
            return self.refuse(request)
