"""The intake team's morning e-mail: what waits, per kind of case, with a link to each list.

Counts and references only: never a name, a contact detail or anything a person wrote. Sent to
every active intake reviewer with an e-mail address, through the mail queue; nothing is sent on a
morning with nothing to report.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from cases.triage import case_models
from staff.groups import REVIEWERS_GROUP

from .outbox import queue_mail


@dataclass
class KindCounts:
    plural: str
    list_url: str
    new: int
    unassigned: int
    overdue: int
    due_today: int
    estimates_due: int
    overdue_references: list

    @property
    def anything(self):
        return any((self.new, self.unassigned, self.overdue, self.due_today, self.estimates_due))


def _day_bounds(now):
    start = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return start, start + timedelta(days=1)


def counts_for(model, now):
    start, end = _day_bounds(now)
    cases = model.objects.all()
    open_cases = cases.exclude(status__in=model.CLOSED_STATUSES)
    waiting = cases.filter(status=model.Status.NEW, first_contacted_at__isnull=True)
    overdue = waiting.filter(reply_due_at__lt=now)
    meta = model._meta
    return KindCounts(
        plural=str(meta.verbose_name_plural),
        list_url=settings.SITE_URL + reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"),
        new=cases.filter(status=model.Status.NEW).count(),
        unassigned=open_cases.filter(assignee__isnull=True).count(),
        overdue=overdue.count(),
        due_today=waiting.filter(reply_due_at__gte=max(now, start), reply_due_at__lt=end).count(),
        estimates_due=cases.filter(estimate_due_at__isnull=False, estimate_sent_at__isnull=True).count(),
        overdue_references=list(overdue.order_by("reply_due_at").values_list("reference", flat=True)[:20]),
    )


def digest_text(kinds, now):
    local = timezone.localtime(now)
    lines = [f"Good morning. What waits for the intake team on {local:%A, %B %d}:".replace(" 0", " "), ""]
    for kind in kinds:
        lines += [
            f"{kind.plural.capitalize()}:",
            f"- new: {kind.new}  ({kind.list_url}?status__exact=new)",
            f"- unassigned: {kind.unassigned}  ({kind.list_url}?assigned=nobody)",
            f"- overdue for a reply: {kind.overdue}  ({kind.list_url}?reply=overdue)",
            f"- reply due today: {kind.due_today}  ({kind.list_url}?reply=today)",
            f"- Good Faith Estimates due: {kind.estimates_due}  ({kind.list_url}?estimate=due)",
        ]
        if kind.overdue_references:
            lines.append("  overdue: " + ", ".join(kind.overdue_references))
        lines.append("")
    lines.append("Links open the staff admin (login required). This e-mail holds no details about anyone.")
    return "\n".join(lines)


def reviewer_addresses():
    users = get_user_model().objects.filter(is_active=True, groups__name=REVIEWERS_GROUP).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def queue_digest(now=None):
    """Queue the morning digest to every intake reviewer; returns how many were queued (0: nothing to say)."""
    now = now or timezone.now()
    kinds = [counts_for(model, now) for model in sorted(case_models(), key=lambda m: m._meta.model_name)]
    recipients = reviewer_addresses()
    if not recipients or not any(kind.anything for kind in kinds):
        return 0
    total_overdue = sum(kind.overdue for kind in kinds)
    subject = f"Intake digest: {total_overdue} overdue" if total_overdue else "Intake digest"
    body = digest_text(kinds, now)
    for address in recipients:  # one message each: no reviewer sees the others' addresses
        queue_mail(subject=subject, body=body, to=[address])
    return len(recipients)
