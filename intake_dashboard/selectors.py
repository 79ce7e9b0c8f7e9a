"""What the intake dashboard counts: at most eight aggregate queries, whatever the number of cases.

Only plain columns (times, status, the form's language) and the topic's blind index are read.
No submitted value is ever selected, so nothing is decrypted: a row's encrypted columns never
leave the database. Every query groups or aggregates in SQL; Python only lays out the few
grouped rows that come back (at most weeks x topics x languages x hash keys).

Weeks start on Monday at midnight in the clinic's time zone (``settings.TIME_ZONE``), so a
request sent on Sunday evening in New York counts in that week, not in the next one (UTC).
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Case, Count, F, FloatField, Func, IntegerField, Q, Value, When
from django.db.models.functions import Concat
from django.utils import timezone

from cases import crypto
from cases.triage import TriageCase
from inquiries.models import Inquiry
from referrals.models import Referral

WEEKS = 12
Status = TriageCase.Status
# Cases still being worked on: the backlog. Not a fit and closed are finished.
OPEN_STATUSES = (Status.NEW, Status.CONTACTED, Status.SCHEDULED)
UNKNOWN = "unknown"  # a topic hash no key gives, a language no longer offered


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    values: tuple  # one count per week, oldest first


@dataclass(frozen=True)
class WeeklyCounts:
    weeks: tuple  # the Monday (a date, clinic time) of each week, oldest first; the last is this week
    series: tuple  # of Series

    @property
    def totals(self):
        return tuple(sum(values) for values in zip(*(s.values for s in self.series), strict=True))

    @property
    def total(self):
        return sum(self.totals)


@dataclass(frozen=True)
class ReplyTimes:
    """How fast cases received in the window got a first answer (``first_contacted_at``)."""

    kind: str
    received: int
    answered: int
    median: timedelta | None  # from received to first contact, answered cases only
    on_time: int  # answered by the reply-due time
    late: int  # answered after it, or not answered and already past it
    waiting: int  # not answered yet, and not yet due: no verdict yet
    no_due_time: int  # received before reply-due times were recorded: left out of the share

    @property
    def judged(self):
        return self.on_time + self.late

    @property
    def share_on_time(self):
        """On time out of the cases with a verdict (0..1), or None when there is none."""
        return self.on_time / self.judged if self.judged else None


@dataclass(frozen=True)
class Backlog:
    """Open cases by status, per kind; ``overdue`` are new, unanswered and past their reply-due time."""

    statuses: tuple  # of (status value, label)
    inquiries: dict
    referrals: dict
    overdue_inquiries: int
    overdue_referrals: int


@dataclass(frozen=True)
class DashboardNumbers:
    now: datetime
    weeks: tuple
    requests: WeeklyCounts  # inquiries and referrals
    topics: WeeklyCounts  # inquiries by topic
    languages: WeeklyCounts  # inquiries by the form's language
    replies: tuple  # of ReplyTimes, inquiries then referrals
    backlog: Backlog


def clinic_zone():
    return ZoneInfo(settings.TIME_ZONE)


def week_starts(now, weeks=WEEKS):
    """The Mondays of the last ``weeks`` weeks in the clinic's time zone, oldest first, this week last."""
    today = timezone.localtime(now, clinic_zone()).date()
    monday = today - timedelta(days=today.weekday())
    return tuple(monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1))


def _start_of(day):
    return datetime.combine(day, time.min, tzinfo=clinic_zone())


def week_number(weeks):
    """Which of the weeks a case was received in, as SQL: 0 for the oldest, 11 for this week.

    What TruncWeek in the clinic's time zone would give, without its cost on SQLite: there it is a
    Python function called once per row (1.6 s for 100,000 cases, docs/performance.md). The weeks'
    starts are worked out here, once, in the clinic's time zone (summer time included), and the
    database only compares each received_at with them.
    """
    whens = [When(received_at__gte=_start_of(day), then=Value(n)) for n, day in reversed(list(enumerate(weeks)))]
    return Case(*whens, default=Value(None), output_field=IntegerField())


def _per_week(queryset, weeks, *fields):
    """``[{week (its number), *fields, count}]``: one GROUP BY query over the cases received in the weeks.

    Each extra column is grouped as an expression (``column || ''``), not as the bare column.
    Grouping by a bare indexed column (topic_hash, language), SQLite walks that whole index, every
    case ever received, instead of the received_at range of the 12 weeks: 305 ms against 109 ms
    with 100,000 cases (docs/performance.md). PostgreSQL plans the same query either way.
    """
    grouped = {f"{name}_": Concat(name, Value("")) for name in fields}
    rows = (
        queryset.filter(received_at__gte=_start_of(weeks[0]))
        .annotate(week=week_number(weeks), **grouped)
        .values("week", *grouped)
        .annotate(count=Count("pk"))
        .order_by()
    )
    return [{"week": row["week"], "count": row["count"], **{name: row[f"{name}_"] for name in fields}} for row in rows]


def _series(rows, weeks, key_of, labels):
    """Sum grouped rows into one Series per label (in ``labels`` order), with a value for every week."""
    counts = {key: [0] * len(weeks) for key in labels}
    for row in rows:
        counts[key_of(row)][row["week"]] += row["count"]
    return tuple(Series(key, str(label), tuple(counts[key])) for key, label in labels.items())


def topic_of_hash():
    """``{blind index: topic}`` for every topic under every hash key (a key rotation leaves two)."""
    kind, _source, normalise = Inquiry.BLIND_INDEXES["topic_hash"]
    return {
        digest: topic
        for topic in Inquiry.Topic.values
        for digest in crypto.blind_index_candidates(kind, normalise(topic))
    }


def _inquiries_per_week(weeks):
    rows = _per_week(Inquiry.objects.all(), weeks, "topic_hash", "language")
    topics = topic_of_hash()
    topic_labels = {**dict(Inquiry.Topic.choices), UNKNOWN: "Topic unknown"}
    # "Topic unknown" only if a row's hash matches no key (a hash key removed before a rotation).
    by_topic = _series(rows, weeks, lambda row: topics.get(row["topic_hash"], UNKNOWN), topic_labels)
    language_labels = {**dict(settings.LANGUAGES), UNKNOWN: "Another language"}
    by_language = _series(rows, weeks, lambda row: _known(row["language"], language_labels), language_labels)
    by_topic, by_language = _without_empty_unknown(by_topic), _without_empty_unknown(by_language)
    return WeeklyCounts(weeks, by_topic), WeeklyCounts(weeks, by_language)


def _known(key, labels):
    return key if key in labels else UNKNOWN


def _without_empty_unknown(series):
    return tuple(s for s in series if s.key != UNKNOWN or any(s.values))


def _reply_times(model, start, now):
    cases = model.objects.filter(received_at__gte=start)
    due = Q(reply_due_at__isnull=False)
    answered = Q(first_contacted_at__isnull=False)
    counts = cases.aggregate(
        received=Count("pk"),
        answered=Count("pk", filter=answered),
        on_time=Count("pk", filter=due & answered & Q(first_contacted_at__lte=F("reply_due_at"))),
        late=Count(
            "pk",
            filter=due
            & (
                (answered & Q(first_contacted_at__gt=F("reply_due_at")))
                | (Q(first_contacted_at__isnull=True) & Q(reply_due_at__lt=now))
            ),
        ),
        waiting=Count("pk", filter=due & Q(first_contacted_at__isnull=True, reply_due_at__gte=now)),
        no_due_time=Count("pk", filter=Q(reply_due_at__isnull=True)),
    )
    return ReplyTimes(
        kind=str(model._meta.verbose_name_plural), median=_median_wait(cases, counts["answered"]), **counts
    )


class SecondsBetween(Func):
    """Seconds from ``earlier`` to ``later`` (two datetime columns), worked out by the database itself.

    Django subtracts datetimes on SQLite with a Python function called once per row (1 s for the
    80,000 answered cases of docs/performance.md's worst case); julianday() is SQLite's own.
    PostgreSQL (and the default): EXTRACT(EPOCH FROM the interval).
    """

    template = "EXTRACT(EPOCH FROM (%(expressions)s))"
    arg_joiner = " - "
    output_field = FloatField()

    def __init__(self, later, earlier):
        super().__init__(later, earlier)

    def as_sqlite(self, compiler, connection, **extra_context):
        template = "((julianday(%(expressions)s)) * 86400.0)"
        return self.as_sql(compiler, connection, template=template, arg_joiner=") - julianday(", **extra_context)


def _median_wait(cases, answered):
    """The median time from receipt to first contact: the middle one or two rows in SQL order, one query."""
    if not answered:
        return None
    middle, count = (answered - 1) // 2, 2 - answered % 2
    seconds = list(
        cases.filter(first_contacted_at__isnull=False)
        .annotate(wait=SecondsBetween("first_contacted_at", "received_at"))
        .order_by("wait")
        .values_list("wait", flat=True)[middle : middle + count]
    )
    return timedelta(seconds=round(sum(float(value) for value in seconds) / len(seconds)))


def _backlog(now):
    overdue = Count(
        "pk",
        filter=Q(status=Status.NEW, first_contacted_at__isnull=True, reply_due_at__isnull=False, reply_due_at__lt=now),
    )
    per_kind = []
    for model in (Inquiry, Referral):
        rows = model.objects.filter(status__in=OPEN_STATUSES).values("status").annotate(n=Count("pk"), late=overdue)
        rows = list(rows.order_by())
        per_kind.append(({row["status"]: row["n"] for row in rows}, sum(row["late"] for row in rows)))
    (inquiries, overdue_inquiries), (referrals, overdue_referrals) = per_kind
    statuses = tuple((status.value, status.label) for status in OPEN_STATUSES)
    fill = {status: 0 for status, _label in statuses}
    return Backlog(statuses, {**fill, **inquiries}, {**fill, **referrals}, overdue_inquiries, overdue_referrals)


def dashboard_numbers(*, now=None):
    """Everything the dashboard shows, in eight queries: two per-week GROUP BYs, two reply-time
    aggregates and their medians, two backlog GROUP BYs."""
    now = now or timezone.now()
    weeks = week_starts(now)
    start = _start_of(weeks[0])
    topics, languages = _inquiries_per_week(weeks)
    referral_rows = _per_week(Referral.objects.all(), weeks)
    requests = WeeklyCounts(
        weeks,
        (
            Series("inquiries", "Inquiries", topics.totals),
            _series(referral_rows, weeks, lambda row: "referrals", {"referrals": "Referrals"})[0],
        ),
    )
    return DashboardNumbers(
        now=now,
        weeks=weeks,
        requests=requests,
        topics=topics,
        languages=languages,
        replies=(_reply_times(Inquiry, start, now), _reply_times(Referral, start, now)),
        backlog=_backlog(now),
    )
