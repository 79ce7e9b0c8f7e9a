"""Every side effect of the triage workflow, for every kind of case: storing a case, the reviewers'
changes, and every audit entry (the admin calls these; it never writes a row or an entry itself).

Every kind of case (an inquiry, a clinician's referral: see ``triage.py``) goes through the same
functions; ``inquiries.services.submit_inquiry`` and ``referrals.services.submit_referral`` are the
public forms' doors into ``submit_case``, each handing it the intake team's e-mail to queue
(``notifications.new_case``: the notifications app reads cases, so cases never imports it).
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from clinic.selectors import get_opening_hours

from . import reply_due
from .models import AuditEntry
from .triage import TriageCase, case_models


def clinic_schedule():
    """The clinic's weekly opening hours (the rows in the clinic details: clinic.hours)."""
    return get_opening_hours()


def submit_case(*, model, values, token, notify, now=None):
    """Store one case of ``model`` from a valid form's ``values``; return ``(case, created)``.

    The form's token is unique: a second post of the same form (a double click,
    a browser "resend") finds the first case and stores nothing. ``notify(case)`` queues the e-mail
    to the intake team in the transaction that stores the case, so it goes out only after the row
    is committed.
    """
    now = now or timezone.now()
    try:
        with transaction.atomic():
            case = model(
                received_at=now,
                status_changed_at=now,
                privacy_notice_version=settings.PRIVACY_NOTICE_VERSION,
                consented_at=now,
                submission_token=token,
                **values,
            )
            case.reply_due_at = reply_due.reply_due(now, clinic_schedule(), urgent=case.is_urgent())
            case.refresh_queue_key()
            case.save(force_insert=True)
            # Queued in the same transaction: the case and its notification are kept together or not at all.
            notify(case)
    except IntegrityError:
        # The same form again (a double click, a resend, or two at once): the first one stands.
        existing = model.objects.filter(submission_token=token).first()
        if existing is None:
            raise
        return existing, False
    return case, True


# --- Staff workflow (any kind of case) -------------------------------------------


def _status_change(old_status, new_status):
    """The audit trail's one wording for a status change (every kind shares the statuses)."""
    return f"status: {TriageCase.Status(old_status).label} -> {TriageCase.Status(new_status).label}"


def _assignee_change(assignee):
    return f"assignee: {assignee.get_username() if assignee else 'nobody'}"


def change_status(*, status, actor, cases):
    """Set a status on each case (recording closing time for retention) and audit it; return how many changed."""
    changed = 0
    with transaction.atomic():
        for case in cases:
            old = case.status
            if case.set_status(status):
                refresh_estimate_due(case, now=case.status_changed_at)
                case.save(
                    update_fields=[
                        "status",
                        "status_changed_at",
                        "closed_at",
                        "first_contacted_at",
                        "estimate_due_at",
                        "queue_order",
                    ]
                )
                AuditEntry.record(
                    actor=actor,
                    action=AuditEntry.Action.CHANGED,
                    reference=case.reference,
                    detail=_status_change(old, status),
                )
                changed += 1
    return changed


def assign(*, assignee, actor, cases):
    """Give each case to ``assignee`` and audit it; return how many changed."""
    changed = 0
    with transaction.atomic():
        for case in cases:
            if case.assignee_id != assignee.pk:
                case.assignee = assignee
                case.save(update_fields=["assignee"])
                AuditEntry.record(
                    actor=actor,
                    action=AuditEntry.Action.CHANGED,
                    reference=case.reference,
                    detail=_assignee_change(assignee),
                )
                changed += 1
    return changed


def save_case(*, old_status, changed_fields, actor, case):
    """Save a reviewer's edit of one case (the admin's change form) and audit what changed.

    The case carries the form's new values; a new status also sets the status and
    closing times, as a list action would. Status and assignee go into one audit entry.
    """
    details = []
    now = timezone.now()
    with transaction.atomic():
        if "status" in changed_fields:
            old_status = old_status or TriageCase.Status.NEW
            new_status, case.status = case.status, old_status
            case.set_status(new_status, now=now)
            details.append(_status_change(old_status, new_status))
        if "assignee" in changed_fields:
            details.append(_assignee_change(case.assignee))
        estimate_fields = [name for name in ESTIMATE_FIELDS if name in changed_fields]
        if estimate_fields or "status" in changed_fields:
            refresh_estimate_due(case, now=now, requested_now="estimate_requested" in changed_fields)
        if estimate_fields:
            # Which fields, never their values (a visit date is the person's appointment).
            details.append("Good Faith Estimate: " + ", ".join(name.replace("_", " ") for name in estimate_fields))
        case.save()
        if details:
            AuditEntry.record(
                actor=actor, action=AuditEntry.Action.CHANGED, reference=case.reference, detail="; ".join(details)
            )
    return case


ESTIMATE_FIELDS = ("visit_date", "self_pay", "estimate_requested")


def refresh_estimate_due(case, *, now, requested_now=False):
    """Set when the case's Good Faith Estimate is due (cases/reply_due.py), or None when none is owed yet."""
    if not case.self_pay or case.estimate_sent_at:
        case.estimate_due_at = None
        return
    requested_at = now if (requested_now and case.estimate_requested) else None
    if requested_at is None and case.estimate_requested and case.estimate_due_at:
        return  # asked earlier: that deadline stands
    scheduled = case.status == TriageCase.Status.SCHEDULED
    case.estimate_due_at = reply_due.estimate_due(
        scheduled_at=case.status_changed_at if scheduled else None,
        visit_date=case.visit_date if scheduled else None,
        requested_at=requested_at,
        schedule=clinic_schedule(),
    )


def mark_estimate_sent(*, case, actor, now=None):
    """Record that the written Good Faith Estimate went to the person (who and when), audited."""
    now = now or timezone.now()
    with transaction.atomic():
        case.estimate_sent_at, case.estimate_sent_by, case.estimate_due_at = now, actor, None
        case.save(update_fields=["estimate_sent_at", "estimate_sent_by", "estimate_due_at"])
        AuditEntry.record(
            actor=actor, action=AuditEntry.Action.CHANGED, reference=case.reference, detail="Good Faith Estimate sent"
        )
    return case


def add_notes(*, notes, author):
    """Store new internal notes by ``author`` and audit each; notes already stored are never changed."""
    added = []
    with transaction.atomic():
        for note in notes:
            if note.pk is None:
                note.author = author
                note.save()
                AuditEntry.record(actor=author, action=AuditEntry.Action.NOTE_ADDED, reference=note.case.reference)
                added.append(note)
    return added


def delete_cases(*, cases, actor):
    """Delete these cases (a queryset) with their notes, auditing each reference; return the references."""
    with transaction.atomic():
        references = list(cases.values_list("reference", flat=True))
        AuditEntry.record_many(actor=actor, action=AuditEntry.Action.DELETED, references=references)
        cases.filter(reference__in=references).delete()
    return references


def record_listed(*, actor, detail=""):
    """A reviewer opened the list of one kind of case (the detail names the kind, never a value)."""
    AuditEntry.record(actor=actor, action=AuditEntry.Action.LISTED, detail=detail)


def record_viewed(*, actor, case):
    """A reviewer opened one case."""
    AuditEntry.record(actor=actor, action=AuditEntry.Action.VIEWED, reference=case.reference)


def record_exported(*, actor, cases):
    """A reviewer exported these cases (every contact detail) as CSV: one entry per case, by reference.

    Takes a queryset (read as references only, never decrypted) or a list of cases."""
    if hasattr(cases, "values_list"):
        references, plural = list(cases.values_list("reference", flat=True)), cases.model._meta.verbose_name_plural
    else:
        references = [case.reference for case in cases]
        plural = cases[0]._meta.verbose_name_plural if cases else "cases"
    AuditEntry.record_many(
        actor=actor,
        action=AuditEntry.Action.EXPORTED,
        references=references,
        detail=f"CSV export of {len(references)} {plural}",
    )


PURGE_BATCH = 500


def purge_closed(*, days, model, now=None, dry_run=False, batch=PURGE_BATCH, progress=None):
    """Delete cases of ``model`` closed more than ``days`` days ago, with their notes; audit each.

    In batches of ``batch`` cases, each its own transaction, so memory stays constant whatever the
    count and a run stopped at any point (Ctrl-C, a restart) leaves whole batches done and the rest
    for the next run. ``progress(done, left)`` is called after each batch. Returns how many.
    """
    now = now or timezone.now()  # one cut-off for the whole run
    due = model.objects.due_for_purge(days=days, now=now)
    if dry_run:
        return due.count()
    done = 0
    while True:
        with transaction.atomic():
            # Chosen and deleted in one transaction with the rows locked: a case a reviewer
            # reopens meanwhile is either deleted before the reopening or not at all.
            references = list(due.select_for_update().order_by("pk").values_list("reference", flat=True)[:batch])
            if not references:
                return done
            due.filter(reference__in=references).delete()  # notes go with them (CASCADE)
            AuditEntry.record_many(
                actor=None,
                action=AuditEntry.Action.PURGED,
                references=references,
                detail=f"closed more than {days} days ago",
            )
        done += len(references)
        if progress is not None:
            progress(done, due.count())


def purge_all_kinds(*, days, now=None, dry_run=False, progress=None):
    """The retention purge over every kind of case; ``{model: how many}``."""
    return {
        model: purge_closed(
            days=days,
            now=now,
            dry_run=dry_run,
            model=model,
            progress=(lambda done, left, model=model: progress(model, done, left)) if progress else None,
        )
        for model in case_models()
    }
