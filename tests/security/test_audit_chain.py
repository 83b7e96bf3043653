"""The audit log is a hash chain: ``verify_audit`` finds an edited, a deleted, a reordered or a cut-off entry;
PostgreSQL refuses changes; a lawful erasure of personal data leaves the chain verifiable."""

from __future__ import annotations

import io
import threading

import pytest
from django.core.management import call_command
from django.db import IntegrityError, OperationalError, connection, transaction

from coi_portal import audit
from coi_portal.models import AuditChainHead, AuditEntry, AuditPersonalData
from tests.security.conftest import tamper


def run_verify() -> tuple[int, str]:
    out = io.StringIO()
    try:
        call_command("verify_audit", stdout=out)
    except SystemExit as exit_:
        return int(exit_.code or 0), out.getvalue()
    return 0, out.getvalue()


@pytest.fixture
def chain(demo_orgs, admin):
    """Five entries of our own after whatever seeding wrote; returns them in chain order."""
    org = demo_orgs["bangsaothong"]
    for n in range(5):
        audit.record(
            actor=admin,
            action=f"test.step{n}",
            organization=org,
            target=org,
            before={"n": n},
            after={"n": n + 1, "note": "นายสมพงษ์ ค้าดี 1-1037-00123-45-6"},
        )
    return list(AuditEntry.objects.order_by("-seq")[:5])[::-1]


@pytest.mark.django_db
def test_an_untouched_chain_verifies(chain):
    code, output = run_verify()
    assert code == 0
    assert output.startswith("OK:")
    seqs = list(AuditEntry.objects.order_by("seq").values_list("seq", flat=True))
    assert seqs == list(range(1, len(seqs) + 1))
    head = AuditChainHead.objects.get()
    assert (head.seq, head.hash) == (chain[-1].seq, chain[-1].hash)


@pytest.mark.django_db
def test_verify_audit_catches_an_edited_entry(chain):
    victim = chain[2]
    tamper("UPDATE coi_portal_auditentry SET action = %s WHERE id = %s", ("test.harmless", victim.pk))
    code, output = run_verify()
    assert code == 1
    assert f"id={victim.pk} " in output
    assert "edited" in output


@pytest.mark.django_db
def test_verify_audit_catches_edited_personal_data(chain):
    victim = chain[1]
    text = AuditPersonalData.objects.get(pk=victim.pk).data.replace("ค้าดี", "ค้าร้าย")
    tamper("UPDATE coi_portal_auditpersonaldata SET data = %s WHERE entry_id = %s", (text, victim.pk))
    code, output = run_verify()
    assert code == 1
    assert f"id={victim.pk} " in output


@pytest.mark.django_db
def test_verify_audit_catches_a_deleted_entry(chain):
    victim = chain[2]
    tamper("DELETE FROM coi_portal_auditpersonaldata WHERE entry_id = %s", (victim.pk,))
    tamper("DELETE FROM coi_portal_auditentry WHERE id = %s", (victim.pk,))
    code, output = run_verify()
    assert code == 1
    assert f"id={chain[3].pk} " in output, "the entry after the gap is the first broken link"
    assert "missing" in output


@pytest.mark.django_db
def test_verify_audit_catches_reordered_entries(chain):
    first, second = chain[2], chain[3]
    tamper("UPDATE coi_portal_auditentry SET seq = 0 WHERE id = %s", (first.pk,))
    tamper("UPDATE coi_portal_auditentry SET seq = %s WHERE id = %s", (first.seq, second.pk))
    tamper("UPDATE coi_portal_auditentry SET seq = %s WHERE id = %s", (second.seq, first.pk))
    code, output = run_verify()
    assert code == 1
    assert f"id={second.pk} " in output, "the entry moved up is the first broken link"


@pytest.mark.django_db
def test_verify_audit_catches_entries_cut_off_the_end(chain):
    last = chain[-1]
    tamper("DELETE FROM coi_portal_auditpersonaldata WHERE entry_id = %s", (last.pk,))
    tamper("DELETE FROM coi_portal_auditentry WHERE id = %s", (last.pk,))
    code, output = run_verify()
    assert code == 1
    assert f"id={chain[-2].pk} " in output
    assert "cut off the end" in output


@pytest.mark.django_db
def test_erasing_personal_data_keeps_the_chain_verifiable(chain, admin, demo_orgs):
    erased = audit.erase_personal_data(
        actor=admin, organization=demo_orgs["bangsaothong"], entries=chain[:2], reason="PDPA s.33 request 7"
    )
    assert erased == 2
    entry = AuditEntry.objects.get(pk=chain[0].pk)
    assert entry.before is None
    assert entry.after is None
    assert entry.target_label == ""
    assert entry.personal.salt == ""
    assert entry.personal.erasure_reason == "PDPA s.33 request 7"
    assert entry.action == "test.step0", "who did what, and when, stays"
    code, output = run_verify()
    assert code == 0, output
    assert "2 with personal data erased" in output
    assert AuditEntry.objects.order_by("-seq").first().action == "audit.erase_personal_data"
    # Erasing twice changes nothing.
    assert audit.erase_personal_data(actor=admin, organization=None, entries=chain[:2], reason="again") == 0


@pytest.mark.django_db
def test_personal_data_is_held_apart_from_the_hashed_part(chain):
    entry = chain[0]
    hashed = [entry.action, entry.actor_username, entry.target_type, entry.target_id, entry.personal_digest]
    assert not any("สมพงษ์" in str(value) for value in hashed)
    assert "สมพงษ์" in entry.personal.data
    assert entry.after["note"].startswith("นายสมพงษ์")


@pytest.mark.django_db
def test_the_application_refuses_to_change_an_entry(chain):
    entry = chain[0]
    with pytest.raises(ValueError, match="append-only"):
        entry.save()
    with pytest.raises(ValueError, match="append-only"):
        entry.delete()


@pytest.mark.django_db
def test_the_database_refuses_to_update_or_delete_an_entry(chain):
    """On PostgreSQL (CI and production) a trigger refuses, whatever the application does. SQLite has no
    such trigger (laptops only): there the raw statements go through, which the chain then exposes."""
    entry = chain[0]
    statements = [
        ("UPDATE coi_portal_auditentry SET action = 'x' WHERE id = %s", (entry.pk,)),
        ("DELETE FROM coi_portal_auditentry WHERE id = %s", (entry.pk,)),
        ("UPDATE coi_portal_auditpersonaldata SET data = '{}' WHERE entry_id = %s", (entry.pk,)),
        ("DELETE FROM coi_portal_auditpersonaldata WHERE entry_id = %s", (entry.pk,)),
        ("UPDATE coi_portal_auditchainhead SET seq = seq - 1", ()),
    ]
    for sql, params in statements:
        if connection.vendor == "postgresql":
            with (
                pytest.raises(IntegrityError, match="refused"),
                transaction.atomic(),
                connection.cursor() as c,
            ):
                c.execute(sql, params)
        else:
            with transaction.atomic(), connection.cursor() as c:
                c.execute(sql, params)
                transaction.set_rollback(True)
    # The erasure path is the one change the database lets through.
    audit.erase_personal_data(actor=None, organization=None, entries=[entry], reason="test")
    assert AuditPersonalData.objects.get(pk=entry.pk).erased_at is not None
    assert run_verify()[0] == 0


@pytest.mark.django_db(transaction=True)
def test_concurrent_writers_cannot_fork_the_chain(demo_orgs, admin):
    org = demo_orgs["bangsaothong"]
    start = AuditEntry.objects.count()
    barrier = threading.Barrier(20)
    written: list[int] = []
    refused: list[str] = []

    def write(n: int) -> None:
        barrier.wait()
        try:
            for step in range(5):
                with transaction.atomic():
                    audit.record(
                        actor=admin, action="test.concurrent", organization=org, after={"n": n, "s": step}
                    )
                written.append(n)
        except OperationalError:
            # SQLite's in-memory test database refuses a writer that cannot wait; PostgreSQL makes it wait.
            refused.append("sqlite" if connection.vendor == "sqlite" else "error")
        finally:
            connection.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert "error" not in refused
    if connection.vendor == "postgresql":
        assert len(written) == 100
    assert AuditEntry.objects.count() == start + len(written)
    code, output = run_verify()
    assert code == 0, output


@pytest.mark.django_db(transaction=True)
def test_a_database_without_a_head_row_starts_the_chain():
    """``flush`` (between transactional tests, or by an operator) leaves no head row: the first entry
    creates it instead of failing."""
    tamper("DELETE FROM coi_portal_auditchainhead")
    assert not AuditEntry.objects.exists()
    entry = audit.record(actor=None, action="test.first", organization=None)
    assert entry.seq == 1
    assert run_verify()[0] == 0
