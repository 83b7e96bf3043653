"""Benchmark: dashboard throughput under gunicorn beside a bare view, and worker memory over 10,000 requests.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/coi_scale .venv/bin/python benchmarks/throughput.py

Starts gunicorn (``--workers`` processes, sync) with ``benchmarks.settings`` on 127.0.0.1, logs in the
Chief Executive of a generated organization (a session row, as a browser would have), then runs wrk
(Debian package ``wrk``) with ``--connections`` connections for ``--seconds`` seconds against the home
dashboard and against the bare view (same middleware, no query of its own). It prints requests per second
of both and their ratio, and the resident memory of each worker after warm-up and after at least
``--memory-requests`` dashboard requests. Not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,testserver")
# Persistent connections, as a production server runs (DB_CONN_MAX_AGE); 0 would reconnect per request.
os.environ.setdefault("DB_CONN_MAX_AGE", "600")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from declarations.models import Organization  # noqa: E402


def session_cookie(username: str) -> str:
    client = Client()
    client.force_login(get_user_model().objects.get(username=username))
    return f"sessionid={client.cookies['sessionid'].value}"


def start_server(port: int, workers: int) -> subprocess.Popen[bytes]:
    command = [
        str(ROOT / ".venv/bin/gunicorn"),
        "coi_portal.wsgi",
        f"--workers={workers}",
        f"--bind=127.0.0.1:{port}",
        "--log-level=warning",
        f"--chdir={ROOT}",
    ]
    server = subprocess.Popen(command, env=os.environ.copy())  # noqa: S603 - fixed command
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start")


def worker_rss_kib(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    sizes = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        match = re.search(r"VmRSS:\s+(\d+) kB", status)
        sizes.append(int(match.group(1)) if match else 0)
    return sizes


def wrk(url: str, cookie: str, connections: int, seconds: int) -> tuple[float, int, str]:
    """(requests per second, requests, latency line) from one wrk run."""
    output = subprocess.run(  # noqa: S603 - fixed command
        [
            "/usr/bin/wrk",
            "-t2",
            f"-c{connections}",
            f"-d{seconds}s",
            "--latency",
            "-H",
            f"Cookie: {cookie}",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))  # type: ignore[union-attr]
    count = int(re.search(r"(\d+) requests in", output).group(1))  # type: ignore[union-attr]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        raise SystemExit(f"{errors.group(1)} failed responses from {url}:\n{output}")
    latency = re.search(r"Latency\s+(\S+)\s+(\S+)\s+(\S+)", output)
    return rate, count, latency.group(0) if latency else ""


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--memory-requests", type=int, default=10_000)
    parser.add_argument("--org", default="")
    args = parser.parse_args()
    generated = Organization.objects.filter(slug__startswith="scale-").order_by("slug")
    slug = args.org or generated.values_list("slug", flat=True)[generated.count() // 2]
    cookie = session_cookie(f"{slug.replace('scale-', 's')}u00")
    connection.close()
    server = start_server(args.port, args.workers)
    base = f"http://127.0.0.1:{args.port}"
    try:
        bare = urllib.request.Request(f"{base}/bench/bare/", headers={"Cookie": cookie})  # noqa: S310
        try:
            urllib.request.urlopen(bare, timeout=10)  # noqa: S310 - our own server on loopback
        except OSError as error:
            raise SystemExit(f"no bare view ({error}): run with benchmarks.settings") from None
        wrk(f"{base}/", cookie, 4, 5)  # warm-up: templates, translations, connections
        before = worker_rss_kib(server.pid)
        served = 0  # dashboard requests only: the bare view allocates next to nothing
        results = {}
        for name, path in (("dashboard", "/"), ("bare view", "/bench/bare/")):
            rate, count, latency = wrk(base + path, cookie, args.connections, args.seconds)
            results[name] = rate
            served += count if path == "/" else 0
            print(f"{name:10} {rate:8.1f} requests/s  ({count} requests; {latency})", flush=True)
        print(f"dashboard / bare view: {results['dashboard'] / results['bare view']:.0%}")
        while served < args.memory_requests:
            _, count, _ = wrk(f"{base}/", cookie, 8, 20)
            served += count
        after = worker_rss_kib(server.pid)
        print(f"{served} dashboard requests served after warm-up")
        for n, (old, new) in enumerate(zip(before, after, strict=False), start=1):
            print(f"worker {n}: {old / 1024:.1f} MiB -> {new / 1024:.1f} MiB ({(new - old) / old:+.1%})")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
