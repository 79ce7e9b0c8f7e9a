"""The audit trail moves from ``inquiries`` to ``cases`` without touching a row.

State only: ``cases.AuditEntry`` is the table ``inquiries_auditentry`` that ``inquiries``' first
migration created (``inquiries.0006_auditentry_moves_to_cases`` drops it from that app's state). The
one write is the content type's row, renamed to the new app label, so the permissions that point at
it (the intake reviewers' "view audit entry"), the groups holding them and the admin's history keep
working; a database made from scratch has no such row yet and gets ``cases`` from the start.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def rename_content_type(apps, schema_editor, old="inquiries", new="cases"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    if ContentType.objects.using(db).filter(app_label=new, model="auditentry").exists():
        return
    ContentType.objects.using(db).filter(app_label=old, model="auditentry").update(app_label=new)


def rename_content_type_back(apps, schema_editor):
    rename_content_type(apps, schema_editor, old="cases", new="inquiries")


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        # The table was created there; this migration takes over its model.
        ("inquiries", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="AuditEntry",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID"),
                        ),
                        ("at", models.DateTimeField(db_index=True, default=django.utils.timezone.now, editable=False)),
                        ("actor_name", models.CharField(editable=False, max_length=150)),
                        (
                            "action",
                            models.CharField(
                                choices=[
                                    ("listed", "Viewed the list"),
                                    ("viewed", "Viewed"),
                                    ("changed", "Changed"),
                                    ("note_added", "Added a note"),
                                    ("exported", "Exported (CSV)"),
                                    ("deleted", "Deleted"),
                                    ("purged", "Purged (retention)"),
                                    ("keys_rotated", "Re-encrypted (key rotation)"),
                                ],
                                editable=False,
                                max_length=16,
                            ),
                        ),
                        ("inquiry_reference", models.CharField(blank=True, db_index=True, editable=False, max_length=12)),
                        ("detail", models.CharField(blank=True, editable=False, max_length=255)),
                        (
                            "actor",
                            models.ForeignKey(
                                editable=False,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "audit entry",
                        "verbose_name_plural": "audit trail",
                        "ordering": ["-at"],
                        "db_table": "inquiries_auditentry",
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(rename_content_type, rename_content_type_back, elidable=False),
    ]
