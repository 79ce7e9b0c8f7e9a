"""Side effects of the editorial checks: recording an override, e-mailing editors about reviews."""

from cms.models import PageContent
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _
from djangocms_versioning.constants import DRAFT
from djangocms_versioning.models import Version

from notifications.outbox import queue_mail
from staff.groups import EDITORS_GROUP

from .models import PublishOverride


def draft_version_of(page, language):
    """The draft Version of a page in a language, or None."""
    content = PageContent.admin_manager.filter(page=page, language=language).first()
    if content is None:
        return None
    return Version.objects.filter_by_content_grouping_values(content).filter(state=DRAFT).first()


def record_override(*, user, version, rule_id, reason):
    """Let ``version`` be published despite blocking rule ``rule_id``; superusers only. Returns the record."""
    if not (user.is_active and user.is_superuser):
        raise PermissionError("Only a superuser can override an editorial check.")
    content = version.content
    return PublishOverride.objects.create(
        version=version,
        page=content.page,
        page_title=content.title,
        language=content.language,
        version_number=version.number,
        rule=rule_id,
        reason=reason,
        created_by=user,
        created_by_name=user.get_username(),
    )


def editor_addresses():
    users = get_user_model().objects.filter(groups__name=EDITORS_GROUP, is_active=True).exclude(email="")
    return sorted({user.email for user in users})


def email_reviews_due(*, due):
    """Tell the content editors which pages' medical reviews are due. ``due``: (content, review, due date).

    Only page titles, languages, dates and admin links: no patient data is involved.
    Returns the number of addresses written to (0 when nothing is due or nobody has an address).
    """
    recipients = editor_addresses()
    if not due or not recipients:
        return 0
    lines = [_("These pages' medical reviews are due or will be soon:"), ""]
    for content, review, due_on in due:
        lines.append(
            f"- {content.title} [{content.language}]: "
            + _("reviewed %(last)s by %(who)s, due %(due)s")
            % {
                "last": review.last_reviewed.isoformat(),
                "who": review.reviewer_name or "?",
                "due": due_on.isoformat(),
            }
        )
    lines += ["", _("Content health: %(url)s") % {"url": f"{settings.SITE_URL}/admin/editorial/contenthealth/"}]
    queue_mail(
        subject=_("Medical reviews due: %(count)d page(s)") % {"count": len(due)},
        body="\n".join(lines),
        to=recipients,
    )
    return len(recipients)
