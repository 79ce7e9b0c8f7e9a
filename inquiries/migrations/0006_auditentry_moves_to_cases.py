"""The audit trail now belongs to ``cases`` (``cases.0001_initial``): dropped from this app's state
only. The table ``inquiries_auditentry`` and every row in it stay where they are."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("inquiries", "0005_queue_order_and_name_hash"),
        ("cases", "0001_initial"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name="AuditEntry")],
            database_operations=[],
        ),
    ]
