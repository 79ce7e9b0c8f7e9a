"""The contact-time choices on the intake form, fitted to the clinic's opening hours.

The form should only offer times when someone can answer: mornings if the clinic opens
before noon, afternoons if it is open after noon, early evenings only if it stays open
past 5 pm. The hours come from the clinic details (``opening_hours_schema``, e.g.
"Mo-Fr 08:00-17:00"); when they cannot be read, plain "Morning" and "Afternoon" are offered.
The stored values stay the model's (``Inquiry.ContactTime``), so staff views are unchanged.
"""

import re

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .models import Inquiry

NOON = 12 * 60
EVENING = 17 * 60
_TIME_RANGE = re.compile(r"\b(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\b", re.ASCII)


def opening_window(schema):
    """``(earliest opening, latest closing)`` in minutes after midnight, or None if the text has no hours."""
    ranges = [(int(h1) * 60 + int(m1), int(h2) * 60 + int(m2)) for h1, m1, h2, m2 in _TIME_RANGE.findall(schema or "")]
    ranges = [(start, end) for start, end in ranges if start < end <= 24 * 60]
    if not ranges:
        return None
    return min(start for start, _end in ranges), max(end for _start, end in ranges)


def clock(minutes):
    """A time as people say it: "8 am", "8:30 am", "noon", "5 pm"."""
    if minutes == NOON:
        return str(_("noon"))
    hours, mins = divmod(minutes, 60)
    shown = hours % 12 or 12
    text = f"{shown}:{mins:02d}" if mins else str(shown)
    if hours < 12:
        return str(pgettext_lazy("clock time", "%(time)s am") % {"time": text})
    return str(pgettext_lazy("clock time", "%(time)s pm") % {"time": text})


def contact_time_choices(schema):
    """The ``(value, label)`` choices for the form, for opening hours in ``schema``."""
    window = opening_window(schema)
    times = Inquiry.ContactTime
    if window is None:
        return [
            (times.MORNING, _("Morning")),
            (times.AFTERNOON, _("Afternoon")),
            (times.ANY, _("Whenever we are open")),
        ]
    opens, closes = window
    choices = []
    if opens < NOON:
        end = min(closes, NOON)
        choices.append((times.MORNING, _("Morning, %(start)s to %(end)s") % {"start": clock(opens), "end": clock(end)}))
    if closes > NOON:
        start = max(opens, NOON)
        end = min(closes, EVENING)
        if start < end:
            choices.append(
                (times.AFTERNOON, _("Afternoon, %(start)s to %(end)s") % {"start": clock(start), "end": clock(end)})
            )
    if closes > EVENING:
        start = max(opens, EVENING)
        choices.append(
            (times.EVENING, _("Early evening, %(start)s to %(end)s") % {"start": clock(start), "end": clock(closes)})
        )
    choices.append((times.ANY, _("Whenever we are open")))
    return choices
