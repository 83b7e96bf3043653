"""The audit log becomes a hash chain: new columns (nullable until the next migration fills them), the
separate personal part, and the one-row chain head."""

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models

import coi_portal.audit_chain


class Migration(migrations.Migration):
    dependencies = [
        ("coi_portal", "0002_rule_settings"),
    ]

    operations = [
        migrations.AddField(
            model_name="auditentry",
            name="seq",
            field=models.PositiveBigIntegerField(null=True),
        ),
        migrations.AddField(
            model_name="auditentry",
            name="personal_digest",
            field=models.CharField(default="", max_length=64),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="auditentry",
            name="prev_hash",
            field=models.CharField(default="", max_length=64),
            preserve_default=False,
        ),
        migrations.AddField(
            model_name="auditentry",
            name="hash",
            field=models.CharField(null=True, max_length=64),
        ),
        migrations.AlterField(
            model_name="auditentry",
            name="created_at",
            field=models.DateTimeField(db_index=True, default=django.utils.timezone.now),
        ),
        migrations.CreateModel(
            name="AuditPersonalData",
            fields=[
                (
                    "entry",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.PROTECT,
                        primary_key=True,
                        related_name="personal",
                        serialize=False,
                        to="coi_portal.auditentry",
                    ),
                ),
                ("salt", models.CharField(blank=True, max_length=64)),
                ("data", models.TextField(blank=True)),
                ("erased_at", models.DateTimeField(blank=True, null=True)),
                ("erasure_reason", models.CharField(blank=True, max_length=300)),
            ],
            options={
                "verbose_name": "personal data of an audit entry",
                "verbose_name_plural": "personal data of audit entries",
            },
        ),
        migrations.CreateModel(
            name="AuditChainHead",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("seq", models.PositiveBigIntegerField(default=0)),
                ("hash", models.CharField(default=coi_portal.audit_chain.GENESIS, max_length=64)),
                ("updated_at", models.DateTimeField(auto_now=True)),
            ],
            options={
                "verbose_name": "audit chain head",
                "constraints": [
                    models.CheckConstraint(condition=models.Q(("pk", 1)), name="audit_chain_head_single_row")
                ],
            },
        ),
    ]
