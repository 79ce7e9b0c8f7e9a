"""The editorial checks in the CMS's publish flow.

- ``content_is_fit_to_publish`` is a condition of ``Version.check_publish`` (added in
  EditorialConfig.ready). The versioning admin's publish view (the toolbar's Publish button,
  the page tree and the version list all post to it) raises its ConditionFailed message as
  an admin error, and the version stays a draft. djangocms-versioning also asks the
  conditions to draw every row of the version list and the page-tree menus; there the check
  is skipped (no queries), so the full check runs only for a real publish (a POST to a
  publish URL), once per version and request.
- ``refuse_unfit_publish`` (pre_version_operation) is the backstop for publishes made in code
  (the seed command, the shell, an API): it raises ``ContentCheckFailed`` inside the publish
  transaction, so nothing is published.
- ``tell_editor_warnings`` (post_version_operation) puts each warning into the admin messages
  of the request that published.

A superuser's PublishOverride lets one draft version past one blocking rule.
"""

from contextvars import ContextVar

from cms.models import PageContent
from django.contrib import messages
from django.utils.translation import gettext as _
from djangocms_versioning.constants import OPERATION_PUBLISH
from djangocms_versioning.exceptions import ConditionFailed

from clinic_site import cms_compat

from . import refusals
from .checks import check_page_content

_current_request = ContextVar("editorial_current_request", default=None)


class ContentCheckFailed(ConditionFailed):
    """A page version was not published: it breaks a blocking editorial rule."""

    def __init__(self, message, findings=()):
        super().__init__(message)
        self.findings = list(findings)


class CurrentRequestMiddleware:
    """Lets the publish condition tell a real publish from the version list drawing its buttons,
    and sends an editor whose publish was refused back to the draft in edit mode (refusals.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return refusals.back_to_edit_mode(request, self.get_response(request))
        finally:
            _current_request.reset(token)


def current_request():
    return _current_request.get()


def _is_publish_request(request):
    match = getattr(request, "resolver_match", None)
    return request.method == "POST" and match is not None and cms_compat.is_publish_view(match)


def findings_for_version(version):
    """The findings of a page version (cached on the current request), or [] for other content."""
    if version.content_type.model_class() is not PageContent:
        return []
    request = current_request()
    cache = request.__dict__.setdefault("_editorial_findings", {}) if request is not None else {}
    if version.pk not in cache:
        cache[version.pk] = check_page_content(version.content)
    return cache[version.pk]


def overridden_rules(version):
    from .models import PublishOverride

    return set(PublishOverride.objects.filter(version=version).values_list("rule", flat=True))


def blocking_findings(version):
    """The blocking findings of a version that no override lets through."""
    blocking = [finding for finding in findings_for_version(version) if finding.blocking]
    if not blocking:
        return []
    allowed = overridden_rules(version)
    return [finding for finding in blocking if finding.rule_id not in allowed]


def refusal_message(findings):
    lines = [_("This version was not published.")]
    lines += [finding.message for finding in findings]
    return " ".join(lines)


def content_is_fit_to_publish(version, user):
    """A Version.check_publish condition: blocking findings stop the publish, with the reason."""
    request = current_request()
    if request is not None and not _is_publish_request(request):
        # Drawing buttons (version list, page tree, toolbar): the real publish checks.
        return
    if version.state != "draft":
        return
    findings = blocking_findings(version)
    if findings:
        refusals.note_refusal(request, version)
        raise ContentCheckFailed(refusal_message(findings), findings)


def refuse_unfit_publish(sender, operation, obj, **kwargs):
    """Backstop for publishes in code: refuse inside the publish transaction."""
    if operation != OPERATION_PUBLISH or sender is not PageContent:
        return
    findings = blocking_findings(obj)
    if findings:
        page = obj.content
        raise ContentCheckFailed(
            f"{page.title} [{page.language}]: " + refusal_message(findings),
            findings,
        )


def tell_editor_warnings(sender, operation, obj, **kwargs):
    """After a publish from the admin, each warning becomes an admin message."""
    if operation != OPERATION_PUBLISH or sender is not PageContent:
        return
    request = current_request()
    if request is None or not hasattr(request, "_messages"):
        return
    for finding in findings_for_version(obj):
        if not finding.blocking:
            messages.warning(request, _("Published, but please check: %(message)s") % {"message": finding.message})
