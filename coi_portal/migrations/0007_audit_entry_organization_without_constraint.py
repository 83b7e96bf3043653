"""The audit entry's organization without a database foreign-key constraint: checking it locked the
organization's row while the chain head was held, which could deadlock with a service that holds that row
and waits for the head (found by benchmarks/load.py)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("coi_portal", "0006_audit_append_only_triggers"),
        ("declarations", "0001_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="auditentry",
            name="organization",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="audit_entries",
                to="declarations.organization",
            ),
        ),
    ]
