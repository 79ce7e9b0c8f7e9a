"""The contact times an inquiry offers and shows, from the clinic's opening hours (clinic.hours).

The form offers only the windows when someone can answer (``contact_time_choices``); every other
place that shows a stored contact time (the case page, the list, the CSV export, e-mails) reads the
model field's choices, which are ``all_contact_time_choices``: the same labels from the same hours,
so the form and the staff screens never disagree. The stored values never change ("morning"...).
"""

from clinic import hours
from clinic.selectors import get_opening_hours

VALUES = (hours.MORNING, hours.AFTERNOON, hours.EVENING_WINDOW, hours.ANY_TIME)


def contact_time_label(value, schedule=None):
    """The label of a stored contact time, in the active language, from the current opening hours."""
    return hours.contact_time_label(value, schedule or get_opening_hours())


def all_contact_time_choices():
    """Every ``(value, label)``, for the model field: labels follow the hours when they are read."""
    schedule = get_opening_hours()
    return [(value, contact_time_label(value, schedule)) for value in VALUES]


def contact_time_choices(schedule=None):
    """The ``(value, label)`` choices the form offers: the windows the clinic is open in, then "whenever"."""
    schedule = schedule or get_opening_hours()
    windows = hours.contact_windows(schedule)
    offered = [value for value in VALUES if value in windows] or [hours.MORNING, hours.AFTERNOON]
    return [(value, contact_time_label(value, schedule)) for value in [*offered, hours.ANY_TIME]]
