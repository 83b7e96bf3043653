"""Load test: the portal under gunicorn on PostgreSQL, on loopback, with concurrent filings, rulings and page
views for a fixed number of requests; then proof that no request failed and that the database holds exactly
what was sent.

    .venv/bin/python benchmarks/load.py                      # 2,000 requests, 16 at a time
    .venv/bin/python benchmarks/load.py --requests 500 --concurrency 8 --workers 2

By default it starts everything itself: a throwaway PostgreSQL cluster (``initdb`` and ``pg_ctl`` from
/usr/lib/postgresql/*/bin or $PG_BINDIR; as root they run as the postgres user), a fresh database migrated and
seeded with the demo organizations, and gunicorn (``--workers`` processes × ``--threads`` threads) with the
test settings (fast password hashing, mail kept in memory, DEBUG off). ``--server
postgres://postgres@127.0.0.1:5432`` uses a running server instead (a database ``coi_load_<pid>`` is created
and dropped). Filers (staff1, staff2, worker1) report gifts, the Chief Executive (nayok) rules on them as they
arrive, and everyone reads pages. Exit status 1 when a request failed or the database disagrees.
"""

from __future__ import annotations

import argparse
import queue
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.security.live import (  # noqa: E402 - after the path is set
    Browser,
    Cluster,
    Portal,
    Reply,
    SetupError,
    django_script,
    manage,
    portal_env,
)

FILERS = ("staff1", "staff2", "worker1")
REVIEWER = "nayok"
SEED = """
from coi_portal import demo
demo.seed_bangsaothong(demo.DEFAULT_PASSWORD)
demo.seed_khlongdan(demo.DEFAULT_PASSWORD)
print(demo.DEFAULT_PASSWORD)
"""
# Of every ten requests: four page views, four filings, two rulings (a page view when nothing awaits one).
PLAN = ("view", "file", "view", "rule", "file", "view", "file", "view", "rule", "file")


@dataclass
class Result:
    kind: str
    status: int
    expected: int
    seconds: float
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.status == self.expected


class Run:
    """The shared state of the threads: results, filings awaiting a ruling, what was sent."""

    def __init__(self, port: int, password: str) -> None:
        self.port = port
        self.password = password
        self.results: list[Result] = []
        self.awaiting: queue.Queue[int] = queue.Queue()
        self.filed: set[str] = set()
        self.ruled: set[int] = set()
        self.lock = threading.Lock()
        self.local = threading.local()
        self.counter = 0

    def browser(self, username: str) -> Browser:
        browsers = getattr(self.local, "browsers", None)
        if browsers is None:
            browsers = self.local.browsers = {}
        if username not in browsers:
            browser = Browser(self.port)
            started = time.perf_counter()
            browser.log_in(username, self.password)
            self.note(Result("login", 302, 302, time.perf_counter() - started))
            browsers[username] = browser
        return browsers[username]

    def note(self, result: Result) -> None:
        with self.lock:
            self.results.append(result)

    def next_token(self) -> str:
        with self.lock:
            self.counter += 1
            return f"LOAD-{self.counter:06d}"


def file_gift(run: Run, index: int) -> None:
    username = FILERS[index % len(FILERS)]
    token = run.next_token()
    reply = run.browser(username).post(
        "/gifts/new/",
        {
            "received_on": time.strftime("%Y-%m-%d", time.localtime(time.time() - 3 * 86400)),
            "giver_name": f"บริษัท ทดสอบภาระ {token}",
            "giver_organization": "",
            "giver_relation": "none",
            "occasion": "new_year",
            "occasion_customary": "on",
            "kind": "property",
            "description": f"กระเช้าของขวัญ {token}",
            "value": "5000",
            "value_basis": "market_price",
            "accepted_out_of_necessity": "on",
            "necessity_reason": "ปฏิเสธไม่ได้",
            "action": "submit",
        },
    )
    run.note(Result("file", reply.status, 302, reply.seconds, token))
    location = reply.headers.get("Location", "")
    if reply.status == 302 and location.startswith("/gifts/"):
        with run.lock:
            run.filed.add(token)
        run.awaiting.put(int(location.strip("/").split("/")[1]))


def rule(run: Run, index: int) -> None:
    try:
        pk = run.awaiting.get_nowait()
    except queue.Empty:
        view(run, index)
        return
    reply = run.browser(REVIEWER).post(f"/gifts/{pk}/rule/", {"decision": "keep", "reason": "ตามประเพณี"})
    run.note(Result("rule", reply.status, 302, reply.seconds, str(pk)))
    if reply.status == 302:
        with run.lock:
            run.ruled.add(pk)


def view(run: Run, index: int) -> None:
    pages: list[tuple[str, str]] = [
        (FILERS[index % len(FILERS)], "/"),
        (FILERS[index % len(FILERS)], "/gifts/mine/"),
        (REVIEWER, "/gifts/inbox/"),
        ("", "/o/bangsaothong/gifts/"),
        ("", "/healthz"),
    ]
    username, path = pages[index % len(pages)]
    browser = run.browser(username) if username else Browser(run.port)
    reply: Reply = browser.get(path)
    run.note(Result("view", reply.status, 200, reply.seconds, path))


ACTIONS: dict[str, Callable[[Run, int], None]] = {"file": file_gift, "rule": rule, "view": view}


def drive(run: Run, requests: int, concurrency: int) -> float:
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        for future in [pool.submit(ACTIONS[PLAN[i % len(PLAN)]], run, i) for i in range(requests)]:
            future.result()
    return time.perf_counter() - started


CHECK = """
import json
from coi_portal import audit
from coi_portal.models import AuditEntry
from gifts.models import GiftFiling, GiftVersion, Ruling
versions = GiftVersion.objects.filter(description__startswith="กระเช้าของขวัญ LOAD-")
tokens = sorted(v.description.split()[-1] for v in versions)
filings = GiftFiling.objects.filter(versions__in=versions).distinct()
ids = [str(f.pk) for f in filings]
print(json.dumps({
    "tokens": tokens,
    "filings": filings.count(),
    "numbers": filings.exclude(number="").values("number").distinct().count(),
    "ruled": sorted(Ruling.objects.filter(filing__in=filings).values_list("filing_id", flat=True)),
    "submit_entries": AuditEntry.objects.filter(action="gift.submit", target_id__in=ids).count(),
    "rule_entries": AuditEntry.objects.filter(action="gift.rule", target_id__in=ids).count(),
    "audit_ok": audit.verify().ok,
}))
"""


def check(env: dict[str, str], run: Run) -> list[str]:
    """What the database holds against what was sent: every accepted filing and ruling, nothing else."""
    import json

    held = json.loads(django_script(env, CHECK))
    problems = []
    if held["tokens"] != sorted(run.filed):
        problems.append(f"filings: sent {len(run.filed)} accepted, the database holds {len(held['tokens'])}")
    if held["numbers"] != held["filings"]:
        problems.append(f"register numbers: {held['numbers']} distinct for {held['filings']} filings")
    if held["ruled"] != sorted(run.ruled):
        problems.append(f"rulings: {len(run.ruled)} accepted, the database holds {len(held['ruled'])}")
    if held["submit_entries"] != held["filings"] or held["rule_entries"] != len(held["ruled"]):
        problems.append("audit entries do not match the filings and rulings")
    if not held["audit_ok"]:
        problems.append("the audit chain does not verify")
    return problems


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))] if ordered else 0.0


def report(run: Run, seconds: float) -> None:
    by_kind: dict[str, list[Result]] = defaultdict(list)
    for result in run.results:
        by_kind[result.kind].append(result)
    total = len(run.results)
    print(f"{total} requests in {seconds:.1f} s: {total / seconds:.1f} requests/s")
    print(f"{'kind':<6} {'count':>6} {'failed':>6} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for kind, results in sorted(by_kind.items()):
        times = [r.seconds * 1000 for r in results]
        failed = sum(not r.ok for r in results)
        print(
            f"{kind:<6} {len(results):>6} {failed:>6} {statistics.median(times):>8.0f} "
            f"{percentile(times, 0.95):>8.0f} {max(times):>8.0f}"
        )
    times = [r.seconds * 1000 for r in run.results]
    print(
        f"{'all':<6} {total:>6} {sum(not r.ok for r in run.results):>6} {statistics.median(times):>8.0f} "
        f"{percentile(times, 0.95):>8.0f} {max(times):>8.0f}"
    )


def prepare_database(args: argparse.Namespace) -> tuple[str, Callable[[], None]]:
    """A fresh database: in a throwaway cluster, or on ``--server``. Returns its URL and how to remove it."""
    if args.server:
        import psycopg2

        name = f"coi_load_{int(time.time())}"
        conn = psycopg2.connect(f"{args.server.rstrip('/')}/postgres")
        conn.autocommit = True
        with conn.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')
        conn.close()

        def drop() -> None:
            conn = psycopg2.connect(f"{args.server.rstrip('/')}/postgres")
            conn.autocommit = True
            with conn.cursor() as cursor:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.close()

        return f"{args.server.rstrip('/')}/{name}", drop
    cluster = Cluster().init()
    cluster.start()
    return cluster.create_database("coi_load"), cluster.destroy


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument(
        "--server", help="a running PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432"
    )
    args = parser.parse_args(argv)
    try:
        database_url, remove = prepare_database(args)
    except SetupError as error:
        print(f"cannot start PostgreSQL: {error}", file=sys.stderr)
        return 2
    portal = None
    try:
        with tempfile.TemporaryDirectory(prefix="coi-load-media-") as media:
            env = portal_env(database_url, Path(media))
            migrated = manage(env, "migrate", "--noinput")
            if migrated.returncode != 0:
                print(migrated.stderr[-3000:], file=sys.stderr)
                return 2
            password = django_script(env, SEED).strip()
            portal = Portal(env, workers=args.workers, threads=args.threads).start()
            print(
                f"portal on 127.0.0.1:{portal.port} ({args.workers} workers × {args.threads} threads), "
                f"PostgreSQL {database_url.rsplit('@', 1)[-1]}"
            )
            run = Run(portal.port, password)
            seconds = drive(run, args.requests, args.concurrency)
            portal.stop()
            report(run, seconds)
            failed = [r for r in run.results if not r.ok]
            problems = [f"{r.kind} {r.note}: {r.status} (expected {r.expected})" for r in failed[:20]]
            problems += check(env, run)
            print(f"database: {len(run.filed)} filings and {len(run.ruled)} rulings sent and accepted")
            if problems:
                print("FAILED:\n  " + "\n  ".join(problems))
                return 1
            print(
                "OK: no request failed; the database holds exactly what was sent; the audit chain verifies."
            )
            return 0
    finally:
        if portal is not None:
            portal.stop()
        remove()


if __name__ == "__main__":
    sys.exit(main())
