"""Benchmark: server time and SQL queries of the key pages, on the database that DATABASE_URL names.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/coi_scale .venv/bin/python benchmarks/pages.py
    ... benchmarks/pages.py --requests 200 --org scale-04000 --explain

Fill the database first with ``manage.py generate_scale_data`` (and ``seed_demo --force`` for the issued
notice PDF). Each page is requested in-process through the whole middleware stack (Django's test client,
the test settings: fast password hashing, mail kept in memory, DEBUG off): a few warm-up requests, then
``--requests`` timed ones; it prints p50 and p95 in milliseconds, the median CPU time of this process per
request (the application's own cost, which other load on the machine does not inflate; the database's
work is not in it) and the SQL query count of one request.
The filing form POST runs in a transaction that is rolled back, so the data stays as generated. With
``--explain`` it prints EXPLAIN ANALYZE of the inbox, register and public register queries. Not a test:
nothing is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coi_portal.test_settings")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")
# Persistent connections, as a production server runs (DB_CONN_MAX_AGE); 0 would reconnect per request.
os.environ.setdefault("DB_CONN_MAX_AGE", "600")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from declarations.models import Organization  # noqa: E402
from gifts import register, selectors  # noqa: E402
from gifts.models import GiftFiling  # noqa: E402
from measures.models import IssuedDocument  # noqa: E402
from meetings.models import FeedToken  # noqa: E402


@dataclass
class Page:
    name: str
    client: Client
    url: str
    data: dict[str, Any] | None = None


def login(username: str | None) -> Client:
    client = Client()
    if username:
        client.force_login(get_user_model().objects.get(username=username))
    return client


def gift_form() -> dict[str, str]:
    return {
        "received_on": (timezone.localdate() - dt.timedelta(days=3)).isoformat(),
        "giver_name": "นายสมพงษ์ ค้าดี",
        "giver_organization": "บริษัท ก่อสร้างดี จำกัด",
        "giver_relation": "none",
        "occasion": "new_year",
        "kind": "property",
        "description": "กระเช้าของขวัญ",
        "value": "5,000",
        "value_basis": "market_price",
        "accepted_out_of_necessity": "on",
        "action": "submit",
    }


def pages_of(org: Organization) -> list[Page]:
    prefix = org.slug.replace("scale-", "s")
    chief, admin, staff = login(f"{prefix}u00"), login(f"{prefix}u01"), login(f"{prefix}u04")
    filing = GiftFiling.objects.filter(organization=org, status="closed").order_by("-pk").first()
    assert filing is not None, "no closed filing: generate data first"
    token = FeedToken.objects.filter(official__organization=org, revoked_at__isnull=True).first()
    pages = [
        Page("home dashboard (chief executive)", chief, reverse("home")),
        Page("home dashboard (staff)", staff, reverse("home")),
        Page("filing form GET", staff, reverse("gifts:new")),
        Page("filing form POST (rolled back)", staff, reverse("gifts:new"), gift_form()),
        Page("reviewer inbox", chief, reverse("gifts:inbox")),
        Page("reviewer inbox, closed", chief, reverse("gifts:inbox") + "?status=closed"),
        Page("filing detail", admin, reverse("gifts:detail", args=[filing.pk])),
        Page("register, all years", admin, reverse("gift_reports:register") + "?year="),
        Page("register, filters", admin, reverse("gift_reports:register") + "?year=&status=closed&giver=สม"),
        Page("public register", Client(), reverse("gift_reports:public_register", args=[org.slug])),
        Page("audit page", admin, reverse("audit_log")),
        Page("ICS year feed", Client(), reverse("meetings:ics", args=[org.slug, 2569])),
    ]
    if token:
        pages.append(
            Page("ICS personal feed", Client(), reverse("meetings:personal_feed", args=[token.token]))
        )
    issued = IssuedDocument.objects.select_related("notice").order_by("pk").first()
    if issued:
        url = reverse("measures:issued_pdf", args=[issued.notice.identifier, issued.pk])
        pages.append(Page("measure notice PDF download", Client(), url))
    return pages


def request(page: Page) -> int:
    if page.data is None:
        response = page.client.get(page.url)
    else:
        with transaction.atomic():
            response = page.client.post(page.url, page.data)
            transaction.set_rollback(True)
    if getattr(response, "streaming", False):
        b"".join(response.streaming_content)  # type: ignore[attr-defined]
        response.close()
    return response.status_code


def measure(page: Page, requests: int, warmup: int = 5) -> tuple[float, float, float, int, int]:
    for _ in range(warmup):
        status = request(page)
    with CaptureQueriesContext(connection) as captured:
        status = request(page)
    queries = len(captured)  # now: later requests clear the connection's query log
    times, cpu = [], []
    for _ in range(requests):
        started, started_cpu = time.perf_counter(), time.process_time()
        request(page)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    cuts = statistics.quantiles(times, n=100)
    return cuts[49], cuts[94], statistics.median(cpu), queries, status


def explain(org: Organization) -> None:
    prefix = org.slug.replace("scale-", "s")
    chief = get_user_model().objects.get(username=f"{prefix}u00")
    admin = get_user_model().objects.get(username=f"{prefix}u01")
    plans: list[tuple[str, Callable[[], Any]]] = [
        ("reviewer inbox, first page", lambda: selectors.inbox(user=chief)[:50]),
        ("reviewer inbox, closed, first page", lambda: selectors.inbox(user=chief, status="closed")[:50]),
        (
            "register, all years, first page",
            lambda: register.register_filings(user=admin, filters=register.RegisterFilters())[:50],
        ),
        ("public register, first page", lambda: register.public_filings(org)[:50]),
    ]
    for title, queryset in plans:
        print(f"\n--- EXPLAIN ANALYZE: {title}")
        print(queryset().explain(analyze=True, buffers=True))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument(
        "--org", default="", help="slug of a generated organization (default: the middle one)"
    )
    parser.add_argument("--explain", action="store_true")
    parser.add_argument("--only", default="", help="run only pages whose name contains this")
    args = parser.parse_args()
    generated = Organization.objects.filter(slug__startswith="scale-")
    slug = args.org or generated.order_by("slug").values_list("slug", flat=True)[generated.count() // 2]
    org = Organization.objects.get(slug=slug)
    print(
        f"{connection.vendor} {connection.settings_dict['NAME']}: {generated.count():,} generated "
        f"organizations, {GiftFiling.objects.count():,} gift filings; pages of {slug}; "
        f"{args.requests} requests each"
    )
    print(f"{'page':40} {'p50 ms':>8} {'p95 ms':>8} {'cpu ms':>8} {'queries':>8} {'status':>7}")
    for page in pages_of(org):
        if args.only and args.only not in page.name:
            continue
        p50, p95, cpu, queries, status = measure(page, args.requests)
        print(f"{page.name:40} {p50:8.1f} {p95:8.1f} {cpu:8.1f} {queries:8d} {status:7d}", flush=True)
    if args.explain:
        explain(org)


if __name__ == "__main__":
    main()
