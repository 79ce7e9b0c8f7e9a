# The opening hours become rows (content.OpeningHours), and the three free-text copies go.
#
# An existing clinic keeps its hours: the machine-readable text ("Mo-Fr 08:00-17:00; Sa 09:00-13:00")
# is turned into rows. When it is empty or unreadable, the sample hours (Monday to Friday, 8 to 5)
# are entered, as on a fresh install; the English and Spanish texts are not read (free text).

import datetime
import re

import django.db.models.deletion
from django.db import migrations, models

DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
RULE = re.compile(r"^\s*([A-Za-z,\- ]+?)\s+(\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2}(?:\s*,\s*\d{1,2}:\d{2}\s*-\s*\d{1,2}:\d{2})*)\s*$")
SPAN = re.compile(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})")
SAMPLE_ROWS = [(day, datetime.time(8), datetime.time(17)) for day in range(5)]


def _days(text):
    chosen = set()
    for part in text.replace(" ", "").split(","):
        if "-" in part:
            first, last = part.split("-", 1)
            start, end = DAYS.index(first[:2].title()), DAYS.index(last[:2].title())
            chosen.update(range(start, end + 1) if start <= end else [*range(start, 7), *range(0, end + 1)])
        elif part:
            chosen.add(DAYS.index(part[:2].title()))
    return chosen


def rows_from_schema(text):
    """``(weekday, opens, closes)`` rows of a text like "Mo-Fr 08:00-17:00; Sa 09:00-13:00", or the sample."""
    rows = {}
    for rule in (text or "").split(";"):
        match = RULE.match(rule)
        if not match:
            continue
        try:
            days = _days(match[1])
        except ValueError:
            continue
        spans = []
        for h1, m1, h2, m2 in SPAN.findall(match[2]):
            if int(h1) * 60 + int(m1) < int(h2) * 60 + int(m2) < 24 * 60:
                spans.append((datetime.time(int(h1), int(m1)), datetime.time(int(h2), int(m2))))
        for day in days:
            rows[day] = spans  # a later rule for the same day replaces the earlier one
    found = [(day, opens, closes) for day, spans in sorted(rows.items()) for opens, closes in sorted(spans)]
    return found or SAMPLE_ROWS


def hours_into_rows(apps, schema_editor):
    ClinicDetails = apps.get_model("content", "ClinicDetails")
    OpeningHours = apps.get_model("content", "OpeningHours")
    for details in ClinicDetails.objects.all():
        OpeningHours.objects.bulk_create(
            OpeningHours(clinic=details, weekday=day, opens=opens, closes=closes)
            for day, opens, closes in rows_from_schema(details.opening_hours_schema)
        )


def rows_into_hours(apps, schema_editor):
    ClinicDetails = apps.get_model("content", "ClinicDetails")
    OpeningHours = apps.get_model("content", "OpeningHours")
    for details in ClinicDetails.objects.all():
        rules = [
            f"{DAYS[row.weekday]} {row.opens:%H:%M}-{row.closes:%H:%M}"
            for row in OpeningHours.objects.filter(clinic=details).order_by("weekday", "opens")
        ]
        details.opening_hours_schema = "; ".join(rules)[:200]
        details.save(update_fields=["opening_hours_schema"])


class Migration(migrations.Migration):

    dependencies = [
        ('content', '0006_prices_visit_details_notices'),
    ]

    operations = [
        migrations.CreateModel(
            name='OpeningHours',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('weekday', models.PositiveSmallIntegerField(choices=[(0, 'Monday'), (1, 'Tuesday'), (2, 'Wednesday'), (3, 'Thursday'), (4, 'Friday'), (5, 'Saturday'), (6, 'Sunday')], verbose_name='day')),
                ('opens', models.TimeField(help_text='24-hour clock, e.g. 08:00.', verbose_name='opens')),
                ('closes', models.TimeField(help_text='24-hour clock, e.g. 19:00. At the latest 23:59.', verbose_name='closes')),
                ('clinic', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='hours', to='content.clinicdetails')),
            ],
            options={
                'verbose_name': 'opening hours',
                'verbose_name_plural': 'opening hours',
                'ordering': ['weekday', 'opens'],
            },
        ),
        migrations.RunPython(hours_into_rows, rows_into_hours),
        migrations.RemoveField(
            model_name='clinicdetails',
            name='opening_hours',
        ),
        migrations.RemoveField(
            model_name='clinicdetails',
            name='opening_hours_es',
        ),
        migrations.RemoveField(
            model_name='clinicdetails',
            name='opening_hours_schema',
        ),
    ]
