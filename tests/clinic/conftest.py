"""Helpers for the clinic tests: what an editor posts in the clinic-details admin form."""


def clinic_details_form(hours=None, **changes):
    """The clinic-details admin form's data as it stands, with ``changes``: what an editor posts.

    An empty date is posted as "" (what the browser sends), never None. The opening-hours rows are
    posted as they stand; ``hours``, a list of ``(weekday, "08:00", "19:00")``, replaces them: the
    editor ticks "Delete" on every row and fills in new ones. The closed days are posted as they stand.
    """
    from clinic.models import ClinicDetails, ClosedDay, OpeningHours

    details = ClinicDetails.objects.get(pk=1)
    data = {field.name: getattr(details, field.name) for field in ClinicDetails._meta.fields if field.name != "id"}
    data.update(changes)
    rows = list(OpeningHours.objects.filter(clinic=details))
    for n, row in enumerate(rows):
        data.update({f"hours-{n}-id": row.pk, f"hours-{n}-clinic": details.pk, f"hours-{n}-weekday": row.weekday})
        data.update({f"hours-{n}-opens": f"{row.opens:%H:%M}", f"hours-{n}-closes": f"{row.closes:%H:%M}"})
        if hours is not None:
            data[f"hours-{n}-DELETE"] = "on"
    for n, (weekday, opens, closes) in enumerate(hours or [], start=len(rows)):
        data.update({f"hours-{n}-clinic": details.pk, f"hours-{n}-weekday": weekday})
        data.update({f"hours-{n}-opens": opens, f"hours-{n}-closes": closes})
    total = len(rows) + len(hours or [])
    data.update({"hours-TOTAL_FORMS": total, "hours-INITIAL_FORMS": len(rows)})
    data.update({"hours-MIN_NUM_FORMS": 0, "hours-MAX_NUM_FORMS": 1000})
    closed = list(ClosedDay.objects.filter(clinic=details))
    for n, day in enumerate(closed):
        data.update({f"closed_days-{n}-id": day.pk, f"closed_days-{n}-clinic": details.pk})
        data.update({f"closed_days-{n}-date": day.date.isoformat(), f"closed_days-{n}-note": day.note})
    data.update({"closed_days-TOTAL_FORMS": len(closed), "closed_days-INITIAL_FORMS": len(closed)})
    data.update({"closed_days-MIN_NUM_FORMS": 0, "closed_days-MAX_NUM_FORMS": 1000})
    return {name: "" if value is None else value for name, value in data.items()}
