"""A real portal on loopback for the fault test and the load script: a throwaway PostgreSQL cluster, gunicorn
serving the portal against it, and a small HTTP client that keeps cookies and sends the CSRF token.

Standard library and psycopg2 only, so ``benchmarks/load.py`` can use it outside pytest.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import psycopg2

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))


class SetupError(RuntimeError):
    """What is missing to run a live test, said plainly."""


def free_port(preferred: int) -> int:
    """A free port near ``preferred``; each pytest-xdist worker looks in a range of its own, so two workers
    never pick the same one between checking it and binding it."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw")
    preferred += 200 * int(worker) if worker.isdecimal() else 0
    for port in [preferred, *range(preferred + 1, preferred + 200)]:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                return port
    raise SetupError(f"no free port near {preferred}")


def postgres_bindir() -> Path:
    """Where ``initdb`` and ``pg_ctl`` are: $PG_BINDIR, the newest /usr/lib/postgresql/*/bin, or the PATH."""
    candidates = [os.environ.get("PG_BINDIR", "")]
    candidates += sorted(
        (str(p.parent) for p in Path("/usr/lib/postgresql").glob("*/bin/initdb")),
        key=lambda p: int(re.sub(r"\D", "", p.split("/")[-2]) or 0),
        reverse=True,
    )
    which = shutil.which("initdb")
    candidates += [str(Path(which).parent)] if which else []
    for candidate in candidates:
        if candidate and (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    raise SetupError(
        "initdb was not found: install PostgreSQL (Debian: apt-get install postgresql; CI's .ci/run does) or "
        "set PG_BINDIR to the folder holding initdb and pg_ctl."
    )


@dataclass
class Cluster:
    """A PostgreSQL cluster of its own in a temporary folder. ``initdb`` refuses to run as root, so as root
    every command runs as the ``postgres`` user (``runuser -u postgres``)."""

    port: int = 5439
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="coi-pg-")))
    bindir: Path = field(default_factory=postgres_bindir)

    @property
    def data(self) -> Path:
        return self.root / "data"

    def _run(self, *command: str) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        result = subprocess.run([*prefix, *command], capture_output=True, text=True, check=False, timeout=120)
        if result.returncode != 0:
            raise SetupError(f"{' '.join(command)} failed: {result.stderr.strip() or result.stdout.strip()}")
        return result

    def init(self) -> Cluster:
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                raise SetupError("running as root needs runuser (util-linux) to run initdb as postgres")
            shutil.chown(self.root, "postgres", "postgres")
        self.port = free_port(self.port)
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-instructions",
        )
        return self

    def start(self) -> None:
        options = f"-p {self.port} -c fsync=off -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.root}"
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "log"),
            "-w",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        """``immediate`` is a crash: every connection is cut without a goodbye."""
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def running(self) -> bool:
        return (self.data / "postmaster.pid").exists()

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def connect(self, database: str = "postgres") -> psycopg2.extensions.connection:
        return psycopg2.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=database)

    def create_database(self, name: str) -> str:
        conn = self.connect()
        conn.autocommit = True
        with conn.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')  # a name of our own, never user input
        conn.close()
        return self.url(name)

    def destroy(self) -> None:
        if self.running():
            with contextlib.suppress(SetupError):
                self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def portal_env(database_url: str, media_root: Path, **extra: str) -> dict[str, str]:
    """The environment of a portal process: test settings (fast hashing, no mail out), DEBUG off."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PYTEST"))}
    env.update(
        DJANGO_SETTINGS_MODULE="coi_portal.test_settings",
        DATABASE_URL=database_url,
        MEDIA_ROOT=str(media_root),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECRET_KEY="live-test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        LOG_LEVEL="WARNING",
    )
    env.pop("DEBUG", None)  # off: the production error pages
    env.update(extra)
    return env


def manage(env: dict[str, str], *args: str, timeout: int = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


def django_script(env: dict[str, str], code: str, timeout: int = 600) -> str:
    """Run ``code`` with Django set up in a fresh process; returns what it printed."""
    result = subprocess.run(
        [PYTHON, "-c", f"import django; django.setup()\n{code}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise SetupError(result.stderr[-3000:])
    return result.stdout


@dataclass
class Portal:
    """gunicorn serving the portal on loopback."""

    env: dict[str, str]
    workers: int = 1
    threads: int = 4
    port: int = field(default_factory=lambda: free_port(8700))
    process: subprocess.Popen[bytes] | None = None
    log: Path | None = None

    def start(self, timeout: float = 60) -> Portal:
        self.log = Path(tempfile.mkstemp(prefix="coi-gunicorn-", suffix=".log")[1])
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [
                    GUNICORN,
                    "coi_portal.wsgi",
                    "--bind",
                    f"127.0.0.1:{self.port}",
                    "--workers",
                    str(self.workers),
                    "--threads",
                    str(self.threads),
                    "--timeout",
                    "120",
                    "--graceful-timeout",
                    "5",
                ],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SetupError(f"gunicorn exited: {self.log.read_text()[-3000:]}")
            try:
                if Browser(self.port).get("/healthz").status == 200:
                    return self
            except OSError:
                pass
            time.sleep(0.2)
        raise SetupError(f"gunicorn did not answer in {timeout} s: {self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes
    seconds: float

    @property
    def text(self) -> str:
        return self.body.decode(errors="replace")

    def json(self) -> dict[str, object]:
        loaded: dict[str, object] = json.loads(self.body)
        return loaded


class Browser:
    """Keeps the cookies it is given (also those marked Secure: this is loopback) and sends the CSRF token."""

    def __init__(self, port: int, timeout: float = 120) -> None:
        self.port = port
        self.timeout = timeout
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, data: dict[str, str] | None = None) -> Reply:
        headers = {"Host": "127.0.0.1", "Referer": f"http://127.0.0.1:{self.port}/"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode({**data, "csrfmiddlewaretoken": self.cookies.get("csrftoken", "")})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.perf_counter()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            content = response.read()
        finally:
            conn.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel.value:
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)
        return Reply(response.status, dict(response.headers), content, time.perf_counter() - started)

    def get(self, path: str) -> Reply:
        return self.request("GET", path)

    def post(self, path: str, data: dict[str, str]) -> Reply:
        if "csrftoken" not in self.cookies:
            self.get("/accounts/login/")
        return self.request("POST", path, data)

    def log_in(self, username: str, password: str) -> None:
        self.get("/accounts/login/")
        reply = self.post("/accounts/login/", {"username": username, "password": password})
        if reply.status != 302:
            raise SetupError(f"log-in of {username} answered {reply.status}")
