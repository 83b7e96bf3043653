"""Faults: the database stops in the middle of a request and comes back.

A throwaway PostgreSQL cluster (``initdb`` as the postgres user, fsync off) serves a real portal under
gunicorn. A reviewer's ruling is held in the middle of its transaction (after the ruling row, the status
change and the memo are written, while it waits for the audit chain's lock, which the test holds); the cluster
is then killed. The reviewer gets the friendly Thai 503 page without a trace, ``/healthz`` says the database is
unavailable, nothing of the ruling exists after the restart, the portal serves again by itself (persistent
connections included), the ruling can then be made, and the audit chain verifies.

Never skipped: where PostgreSQL's programs are missing, the test fails and says what to install.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.security.live import Browser, Cluster, Portal, Reply, SetupError, django_script, manage, portal_env

pytestmark = [pytest.mark.pgcluster]
PASSWORD = "demo-pass-2562"
SEED = """
from coi_portal import demo
from gifts import services
from tests.gifts.conftest import facts
from django.contrib.auth.models import User
demo.seed_bangsaothong(demo.DEFAULT_PASSWORD)
demo.seed_khlongdan(demo.DEFAULT_PASSWORD)
staff = User.objects.get(username="staff1")
filing = services.draft_create(actor=staff, filer=staff.membership.official, facts=facts())
services.filing_submit(actor=staff, filing=filing)
print(filing.pk, demo.DEFAULT_PASSWORD)
"""


@pytest.fixture(scope="module")
def cluster() -> Iterator[Cluster]:
    try:
        made = Cluster().init()
        made.start()
    except SetupError as error:
        pytest.fail(f"the fault test needs a throwaway PostgreSQL cluster: {error}")
    yield made
    made.destroy()


@pytest.fixture
def portal(cluster: Cluster, tmp_path: Path) -> Iterator[tuple[Portal, dict[str, str], int, str]]:
    env = portal_env(cluster.create_database("coi_fault"), tmp_path / "media", DB_CONN_MAX_AGE="60")
    migrated = manage(env, "migrate", "--noinput")
    assert migrated.returncode == 0, migrated.stderr[-3000:]
    filing_pk, password = django_script(env, SEED).split()
    served = Portal(env, workers=1, threads=4).start()
    yield served, env, int(filing_pk), password
    served.stop()


def rows(cluster: Cluster, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = cluster.connect("coi_fault")
    try:
        with conn.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()
    finally:
        conn.close()


def wait_for_lock_waiter(cluster: Cluster, lock_holder: object, timeout: float = 180) -> None:
    """The ruling's request waits at the lock held by the test. A fresh gunicorn worker on a machine whose
    cores run the rest of the suite in parallel may take a minute to get there: the wait is generous."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with lock_holder.cursor() as cursor:  # type: ignore[attr-defined]
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = 'coi_fault' AND wait_event_type = 'Lock'"
            )
            if cursor.fetchone()[0] >= 1:
                return
        time.sleep(0.05)
    raise AssertionError("the ruling never reached the audit lock")


def test_database_dies_mid_request_then_comes_back(cluster, portal):
    served, env, filing_pk, password = portal
    reviewer = Browser(served.port)
    reviewer.log_in("nayok", password)
    rule_url = f"/gifts/{filing_pk}/rule/"
    assert reviewer.get(rule_url).status == 200

    # Hold the audit chain's lock, so the ruling stops half-way through its transaction.
    holder = cluster.connect("coi_fault")
    with holder.cursor() as cursor:
        cursor.execute("SELECT seq FROM coi_portal_auditchainhead WHERE id = 1 FOR UPDATE")
    answer: list[Reply] = []
    request = threading.Thread(
        target=lambda: answer.append(
            reviewer.post(rule_url, {"decision": "keep", "reason": "ของขวัญตามประเพณี"})
        )
    )
    request.start()
    wait_for_lock_waiter(cluster, holder)
    cluster.stop("immediate")
    request.join(timeout=120)
    holder.close()

    [reply] = answer
    assert reply.status == 503
    assert reply.headers.get("Retry-After") == "30"
    assert "ขออภัย" in reply.text and "ไม่มีข้อมูลใดถูกบันทึกไว้เพียงบางส่วน" in reply.text
    assert re.search(r"<code>[0-9a-f]{12}</code>", reply.text), "a reference to quote"
    for trace in ("Traceback", "OperationalError", "psycopg2", 'File "', "server closed"):
        assert trace not in reply.text

    while_down = Browser(served.port).get("/healthz")
    assert while_down.status == 503
    assert while_down.json() == {"status": "error", "database": "unavailable"}
    page = reviewer.get("/")
    assert page.status == 503
    assert "Traceback" not in page.text

    cluster.start()
    # The same gunicorn worker, whose persistent connection died with the cluster, serves at once.
    assert Browser(served.port).get("/healthz").json() == {"status": "ok", "database": "ok"}
    assert reviewer.get("/").status == 200, "the reviewer's session survived"

    assert rows(cluster, "SELECT count(*) FROM gifts_ruling WHERE filing_id = %s", filing_pk) == [(0,)]
    assert rows(cluster, "SELECT status FROM gifts_giftfiling WHERE id = %s", filing_pk) == [("submitted",)]
    assert rows(cluster, "SELECT count(*) FROM coi_portal_auditentry WHERE action = 'gift.rule'") == [(0,)]
    assert manage(env, "verify_audit").returncode == 0

    again = reviewer.post(rule_url, {"decision": "keep", "reason": "ของขวัญตามประเพณี"})
    assert again.status == 302
    assert rows(cluster, "SELECT count(*) FROM gifts_ruling WHERE filing_id = %s", filing_pk) == [(1,)]
    verified = manage(env, "verify_audit")
    assert verified.returncode == 0, verified.stdout
    assert verified.stdout.startswith("OK")
