"""Every entry now has its place and hash: make them required and unique, and drop the personal columns
(their values moved to AuditPersonalData)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("coi_portal", "0004_audit_chain_backfill"),
    ]

    operations = [
        migrations.AlterField(
            model_name="auditentry",
            name="seq",
            field=models.PositiveBigIntegerField(unique=True),
        ),
        migrations.AlterField(
            model_name="auditentry",
            name="hash",
            field=models.CharField(max_length=64, unique=True),
        ),
        migrations.RemoveField(model_name="auditentry", name="target_label"),
        migrations.RemoveField(model_name="auditentry", name="before"),
        migrations.RemoveField(model_name="auditentry", name="after"),
        migrations.RemoveField(model_name="auditentry", name="ip"),
    ]
