"""PostgreSQL refuses to change the audit log: no UPDATE or DELETE of an entry; the personal part may only
be erased (blanked once, with the time and reason); the chain head only moves forward. Nothing on SQLite,
whose write lock and the model's own refusal are what a laptop gets.

TRUNCATE is not trapped, because test databases are emptied with it; the application's database role should
not own these tables in production (docs/security.md), and the chain head catches a log cut short anyway.
"""

from django.db import migrations

FORWARD = """
CREATE OR REPLACE FUNCTION coi_audit_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit log is append-only: % on % is refused.', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER coi_audit_entry_append_only
    BEFORE UPDATE OR DELETE ON coi_portal_auditentry
    FOR EACH ROW EXECUTE FUNCTION coi_audit_reject_change();

CREATE OR REPLACE FUNCTION coi_audit_personal_erase_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL
            AND NEW.entry_id = OLD.entry_id AND NEW.data = '' AND NEW.salt = '' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'Personal data of the audit log can only be erased: % is refused.', TG_OP
        USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER coi_audit_personal_erase_only
    BEFORE UPDATE OR DELETE ON coi_portal_auditpersonaldata
    FOR EACH ROW EXECUTE FUNCTION coi_audit_personal_erase_only();

CREATE OR REPLACE FUNCTION coi_audit_head_forward_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id AND (NEW.seq = OLD.seq + 1 OR OLD.seq = 0) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'The audit chain head only moves forward: % is refused.', TG_OP
        USING ERRCODE = 'restrict_violation';
END $$;

CREATE TRIGGER coi_audit_head_forward_only
    BEFORE UPDATE OR DELETE ON coi_portal_auditchainhead
    FOR EACH ROW EXECUTE FUNCTION coi_audit_head_forward_only();
"""

BACKWARD = """
DROP TRIGGER IF EXISTS coi_audit_head_forward_only ON coi_portal_auditchainhead;
DROP FUNCTION IF EXISTS coi_audit_head_forward_only();
DROP TRIGGER IF EXISTS coi_audit_personal_erase_only ON coi_portal_auditpersonaldata;
DROP FUNCTION IF EXISTS coi_audit_personal_erase_only();
DROP TRIGGER IF EXISTS coi_audit_entry_append_only ON coi_portal_auditentry;
DROP FUNCTION IF EXISTS coi_audit_reject_change();
"""


class PostgreSQLOnly(migrations.RunSQL):
    """RunSQL that does nothing on other databases (SQLite on a laptop)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    dependencies = [
        ("coi_portal", "0005_audit_chain_constraints"),
    ]

    operations = [PostgreSQLOnly(FORWARD, BACKWARD)]
