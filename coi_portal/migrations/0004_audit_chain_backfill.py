"""Chain the entries written before the chain existed, in the order they were written (by id), and move
their personal part (label, before/after, address) to its own table."""

from django.db import migrations

from coi_portal import audit_chain


def chain_existing(apps, schema_editor):
    AuditEntry = apps.get_model("coi_portal", "AuditEntry")
    AuditPersonalData = apps.get_model("coi_portal", "AuditPersonalData")
    AuditChainHead = apps.get_model("coi_portal", "AuditChainHead")
    prev = audit_chain.GENESIS
    seq = 0
    for entry in AuditEntry.objects.order_by("id").iterator(chunk_size=2000):
        seq += 1
        text = audit_chain.personal_text(
            target_label=entry.target_label, before=entry.before, after=entry.after, ip=entry.ip
        )
        salt = audit_chain.new_salt()
        link = audit_chain.Link(
            seq=seq,
            created_at=entry.created_at,
            organization_id=entry.organization_id,
            actor_id=entry.actor_id,
            actor_username=entry.actor_username,
            action=entry.action,
            target_type=entry.target_type,
            target_id=entry.target_id,
            personal_digest=audit_chain.personal_digest(salt, text),
        )
        AuditPersonalData.objects.create(entry_id=entry.pk, salt=salt, data=text)
        entry.seq, entry.personal_digest, entry.prev_hash = seq, link.personal_digest, prev
        entry.hash = prev = link.hash(prev)
        entry.save(update_fields=["seq", "personal_digest", "prev_hash", "hash"])
    AuditChainHead.objects.create(pk=1, seq=seq, hash=prev)


class Migration(migrations.Migration):
    dependencies = [
        ("coi_portal", "0003_audit_chain_fields"),
    ]

    operations = [
        migrations.RunPython(chain_existing, migrations.RunPython.noop, elidable=False),
    ]
