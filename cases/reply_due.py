"""When the clinic owes an answer: reply-due times and Good Faith Estimate deadlines, in business time.

Business time is the clinic's opening hours (a ``clinic.hours.Schedule``, from the rows staff enter
in the clinic details: ``clinic.selectors.get_opening_hours``) in the clinic's time zone
(``TIME_ZONE``). A closed date staff entered (a holiday) has no open time; a holiday nobody entered
counts as an open day.

- **Reply due**, ``INQUIRY_REPLY_BUSINESS_DAYS`` business days after a case arrives (1 by default;
  the public form promises the same number, from the same setting). One business day is the
  longest opening of the week (8 hours for 9 to 5) of open time: a case at 4:59 pm on a Friday is
  due at 4:59 pm on Monday; one on Saturday (closed) is due at Monday's closing.
- **Urgent referrals** are due the same business day: at closing time of the day they arrive, or of
  the next open day when they arrive after hours.
- **Good Faith Estimate** (45 CFR 149.610(b)(1)(vi)): for a self-pay patient's visit scheduled at
  least 3 business days ahead, within 1 business day of scheduling; at least 10 business days
  ahead, within 3 business days; when the person asks for one, within 3 business days of the
  request. A visit under 3 business days away has no deadline under the rule. Here a business day
  for these deadlines is a whole open day: the estimate is due at closing time of the Nth open day
  after the day of scheduling.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils.translation import gettext, ngettext

SEARCH_LIMIT_DAYS = 60  # a schedule with no opening at all would otherwise search forever


def _zone():
    return ZoneInfo(settings.TIME_ZONE)


def _at(day, minutes, zone):
    return datetime.combine(day, time(0), tzinfo=zone) + timedelta(minutes=minutes)


def _open_spans_from(moment, schedule):
    """(start, end) datetimes of open time from ``moment`` on, in order (local time)."""
    zone = moment.tzinfo
    day = moment.date()
    for _ in range(SEARCH_LIMIT_DAYS):
        for start, end in schedule.opening(day):
            span_start, span_end = _at(day, start, zone), _at(day, end, zone)
            if span_end > moment:
                yield max(span_start, moment), span_end
        day += timedelta(days=1)


def add_business_time(moment, minutes, schedule):
    """``moment`` plus ``minutes`` of open time (a moment after hours starts at the next opening)."""
    local = moment.astimezone(_zone())
    left = minutes
    for start, end in _open_spans_from(local, schedule):
        available = (end - start).total_seconds() / 60
        if left <= available:
            return start + timedelta(minutes=left)
        left -= available
    return None


def closing_of_business_day(moment, schedule, days_after=0):
    """Closing time of the open day ``moment`` falls on (or of the next open day, after hours),
    then ``days_after`` open days later."""
    local = moment.astimezone(_zone())
    day = local.date()
    for _ in range(SEARCH_LIMIT_DAYS):
        spans = schedule.opening(day)
        if spans and _at(day, spans[-1][1], local.tzinfo) > local:
            break
        day += timedelta(days=1)
    else:
        return None
    remaining = days_after
    while remaining:
        day += timedelta(days=1)
        if schedule.is_open_day(day):
            remaining -= 1
    return _at(day, schedule.opening(day)[-1][1], local.tzinfo)


def business_days_between(start_day, end_day, schedule):
    """Open days after ``start_day`` up to and including ``end_day``."""
    count, day = 0, start_day
    while day < end_day:
        day += timedelta(days=1)
        count += schedule.is_open_day(day)
    return count


def reply_due(received_at, schedule, *, urgent=False):
    if urgent:
        return closing_of_business_day(received_at, schedule)
    return add_business_time(
        received_at, settings.INQUIRY_REPLY_BUSINESS_DAYS * schedule.business_day_minutes, schedule
    )


def estimate_due(*, scheduled_at, visit_date, requested_at=None, schedule):
    """When a self-pay patient's Good Faith Estimate is due, or None when the rule sets no deadline."""
    if requested_at is not None:
        return closing_of_business_day(requested_at, schedule, days_after=3)
    if visit_date is None or scheduled_at is None:
        return None
    ahead = business_days_between(scheduled_at.astimezone(_zone()).date(), visit_date, schedule)
    if ahead >= 10:
        return closing_of_business_day(scheduled_at, schedule, days_after=3)
    if ahead >= 3:
        return closing_of_business_day(scheduled_at, schedule, days_after=1)
    return None


def reply_promise():
    """What the public form promises, from the same setting the due times use."""
    days = settings.INQUIRY_REPLY_BUSINESS_DAYS
    if days == 1:
        return gettext("within one business day")
    return ngettext("within %(count)d business day", "within %(count)d business days", days) % {"count": days}
