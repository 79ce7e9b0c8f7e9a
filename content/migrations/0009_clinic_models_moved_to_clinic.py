# The clinic's details, opening hours, closed days, prices and clinicians are clinic's now
# (clinic 0001): they leave content's migration state, and the medical review's reviewer points at
# clinic.Clinician. State only: the tables, their rows and the reviewer column stay exactly as they are.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("clinic", "0001_initial"),
        ("content", "0008_closed_days"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(model_name="closedday", name="clinic"),
                migrations.RemoveField(model_name="openinghours", name="clinic"),
                migrations.RemoveField(model_name="clinician", name="photo"),
                migrations.AlterField(
                    model_name="medicalreview",
                    name="reviewer",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="A clinician of the care team who takes part in medical review.",
                        limit_choices_to={"medical_reviewer": True},
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="reviews",
                        to="clinic.clinician",
                        verbose_name="medically reviewed by",
                    ),
                ),
                migrations.DeleteModel(name="ServicePrice"),
                migrations.DeleteModel(name="ClosedDay"),
                migrations.DeleteModel(name="ClinicDetails"),
                migrations.DeleteModel(name="OpeningHours"),
                migrations.DeleteModel(name="Clinician"),
            ],
            database_operations=[],
        ),
    ]
