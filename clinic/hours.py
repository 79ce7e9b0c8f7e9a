"""The clinic's opening hours: one weekly schedule, and everything that is said about it.

Staff enter the hours once, as rows in the clinic details (Admin > Site content > Clinic
details > Opening hours: a weekday, an opening and a closing time; a day with no row is
closed). Everything else is derived here, so nothing can fall out of step:

- the footer's and the visiting page's lines, in the active language (``describe``), and the
  closed days of the next two weeks (``upcoming_closures``);
- the JSON-LD ``openingHoursSpecification`` (``opening_hours_specification``);
- the intake form's contact-time choices and the one label every screen, export and e-mail
  shows for a stored contact time (``contact_windows``, ``contact_time_label``);
- the business calendar the reply-due times count in (``Schedule``, read by cases/reply_due.py).

Times are the clinic's local time: ``TIME_ZONE`` (the operator's ``DJANGO_TIME_ZONE``). Pure
functions of a ``Schedule``: ``clinic.selectors.get_opening_hours`` reads it from the database.
"""

import datetime
from dataclasses import dataclass

from django.utils.dateformat import format as format_date
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext, pgettext

NOON = 12 * 60
NO_BREAK = "\u00a0"
EVENING = 17 * 60
SCHEMA_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# The contact-time windows, by the value an inquiry stores (inquiries.models.Inquiry.ContactTime).
MORNING, AFTERNOON, EVENING_WINDOW, ANY_TIME = "morning", "afternoon", "evening", "any"


def minutes(moment):
    """A ``datetime.time`` as minutes after midnight."""
    return moment.hour * 60 + moment.minute


@dataclass(frozen=True)
class Schedule:
    """Opening spans per weekday (0 = Monday): ``{weekday: ((opens, closes) minutes after midnight, ...)}``.

    A weekday missing from ``spans`` is closed all day; so is a date in ``closed_dates`` (a holiday).
    """

    spans: dict
    closed_dates: frozenset = frozenset()

    @classmethod
    def from_rows(cls, rows, closed_dates=()):
        """From ``(weekday, opens, closes)`` rows, ``opens``/``closes`` as ``datetime.time``, and closed dates."""
        spans = {}
        for weekday, opens, closes in rows:
            spans.setdefault(weekday, []).append((minutes(opens), minutes(closes)))
        weekly = {day: tuple(sorted(day_spans)) for day, day_spans in sorted(spans.items())}
        return cls(weekly, frozenset(closed_dates))

    def opening(self, day):
        """The open spans of a date (none on a closed date)."""
        if day in self.closed_dates:
            return ()
        return self.spans.get(day.weekday(), ())

    def is_open_day(self, day):
        return bool(self.opening(day))

    @property
    def business_day_minutes(self):
        """One business day of open time: the week's longest opening."""
        return max((sum(close - start for start, close in spans) for spans in self.spans.values()), default=0)

    @property
    def window(self):
        """``(earliest opening, latest closing)`` of the week, or None when the clinic is never open."""
        if not self.spans:
            return None
        every = [span for spans in self.spans.values() for span in spans]
        return min(start for start, _end in every), max(end for _start, end in every)


# --- What people read -------------------------------------------------------------------


def clock(at):
    """A time as people say it, in the active language: "8 am", "8:30 am", "noon" / "8 a. m.".

    Its spaces do not break: a line never ends in "7 p." with "m." on the next.
    """
    if at == NOON:
        text = gettext("noon")
    else:
        hours, mins = divmod(at, 60)
        shown = hours % 12 or 12
        number = f"{shown}:{mins:02d}" if mins else str(shown)
        if hours < 12:
            text = pgettext("clock time", "%(time)s am") % {"time": number}
        else:
            text = pgettext("clock time", "%(time)s pm") % {"time": number}
    return text.replace(" ", NO_BREAK)


def _span(start, end):
    return pgettext("opening hours", "%(start)s to %(end)s") % {"start": clock(start), "end": clock(end)}


def _and(items):
    """ "a", "a and b", "a, b and c" in the active language."""
    if len(items) == 1:
        return items[0]
    return pgettext("list", "%(first)s and %(last)s") % {"first": ", ".join(items[:-1]), "last": items[-1]}


def _days(first, last):
    first_name, last_name = str(WEEKDAYS[first]), str(WEEKDAYS[last])
    if first == last:
        return first_name
    if last == first + 1:
        return _and([first_name, last_name])
    return pgettext("opening hours", "%(first)s to %(last)s") % {"first": first_name, "last": last_name}


def _capitalised(text):
    return text[:1].upper() + text[1:]


def describe(schedule, *, own_lines=True):
    """The opening hours as lines, in the active language: "Monday to Friday: 8 am to 7 pm".

    Neighbouring days with the same hours share a line; closed days say so. Lines shown on their
    own start with a capital ("Lunes a viernes"); ``own_lines=False`` is for lines run into a
    sentence, where Spanish keeps the day in lower case ("Nuestro horario: lunes a viernes...").
    """
    lines = []
    day = 0
    while day < 7:
        spans = schedule.spans.get(day, ())
        last = day
        while last + 1 < 7 and schedule.spans.get(last + 1, ()) == spans:
            last += 1
        hours = _and([_span(start, end) for start, end in spans]) if spans else pgettext("opening hours", "closed")
        line = f"{_days(day, last)}: {hours}"
        lines.append(_capitalised(line) if own_lines else line)
        day = last + 1
    return lines


# How far ahead the footer names the days the clinic is closed (a holiday, a training day).
CLOSURES_AHEAD = datetime.timedelta(days=14)


def upcoming_closures(schedule, today):
    """The closed dates of the next two weeks (today included) on a weekday with hours, as lines in
    the active language: "Closed Thursday, December 24", "Cerrado el jueves 24 de diciembre".
    A closed date on a day the clinic never opens says nothing new and is left out."""
    lines = []
    for day in sorted(schedule.closed_dates):
        if today <= day < today + CLOSURES_AHEAD and schedule.spans.get(day.weekday()):
            # A date format (Django's letters: l weekday, F month, j day), translated per language.
            when = format_date(day, pgettext("closed day", "l, F j"))
            lines.append(pgettext("opening hours", "Closed %(day)s") % {"day": when})
    return lines


# --- What search engines read -----------------------------------------------------------


def _hhmm(at):
    return f"{at // 60:02d}:{at % 60:02d}"


def opening_hours_specification(schedule):
    """schema.org ``OpeningHoursSpecification`` nodes: one per opening span, with every day it applies to."""
    by_span = {}
    for day, spans in sorted(schedule.spans.items()):
        for span in spans:
            by_span.setdefault(span, []).append(day)
    ordered = sorted(by_span.items(), key=lambda item: (item[1][0], item[0]))
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [f"https://schema.org/{SCHEMA_DAYS[day]}" for day in days],
            "opens": _hhmm(start),
            "closes": _hhmm(end),
        }
        for (start, end), days in ordered
    ]


def closed_dates_specification(schedule, today):
    """schema.org nodes for the closed dates from ``today`` on: opens and closes "00:00" means closed all day."""
    return [
        {
            "@type": "OpeningHoursSpecification",
            "validFrom": day.isoformat(),
            "validThrough": day.isoformat(),
            "opens": "00:00",
            "closes": "00:00",
        }
        for day in sorted(schedule.closed_dates)
        if day >= today
    ]


# --- When the clinic can call back ------------------------------------------------------


def contact_windows(schedule):
    """``{window: (start, end)}`` for the morning, afternoon and early evening, clipped to the hours.

    A window is offered only if the clinic is open in it on some day: mornings if it opens before
    noon, afternoons if it is open after noon, early evenings only if it stays open past 5 pm.
    """
    window = schedule.window
    if window is None:
        return {}
    opens, closes = window
    found = {}
    if opens < NOON:
        found[MORNING] = (opens, min(closes, NOON))
    if max(opens, NOON) < min(closes, EVENING):
        found[AFTERNOON] = (max(opens, NOON), min(closes, EVENING))
    if closes > EVENING:
        found[EVENING_WINDOW] = (max(opens, EVENING), closes)
    return found


def contact_time_label(value, schedule):
    """The one label of a contact time, in the active language: "Morning, 8 am to noon".

    The form, the admin, the CSV export and any e-mail all show this, from the same hours.
    """
    if value == ANY_TIME:
        return gettext("Whenever we are open")
    window = contact_windows(schedule).get(value)
    names = {
        MORNING: (gettext("Morning"), gettext("Morning, %(start)s to %(end)s")),
        AFTERNOON: (gettext("Afternoon"), gettext("Afternoon, %(start)s to %(end)s")),
        EVENING_WINDOW: (gettext("Early evening"), gettext("Early evening, %(start)s to %(end)s")),
    }
    if value not in names:
        return value
    plain, timed = names[value]
    if window is None:
        return plain
    return timed % {"start": clock(window[0]), "end": clock(window[1])}
