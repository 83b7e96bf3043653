"""Settings read the environment: SQLite by default, PostgreSQL from DATABASE_URL, secrets required."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import json, django.conf as c; from coi_portal import settings as s; "
    "print(json.dumps({'engine': s.DATABASES['default']['ENGINE'], 'name': str(s.DATABASES['default']['NAME']), "
    "'debug': s.DEBUG, 'tz': s.TIME_ZONE, 'lang': s.LANGUAGE_CODE, 'hsts': s.SECURE_HSTS_SECONDS}))"
)


def load(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG", "SECRET_KEY"}}
    return subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_sqlite_is_the_default():
    result = load(SECRET_KEY="x" * 50)
    settings = json.loads(result.stdout)
    assert settings["engine"] == "django.db.backends.sqlite3"
    assert settings["name"].endswith("db.sqlite3")
    assert settings["debug"] is False
    assert (settings["tz"], settings["lang"]) == ("Asia/Bangkok", "th")
    assert settings["hsts"] >= 31_536_000


def test_postgresql_from_database_url():
    settings = json.loads(load(SECRET_KEY="x" * 50, DATABASE_URL="postgres://u:p@db.example:5432/coi").stdout)
    assert settings["engine"] == "django.db.backends.postgresql"
    assert settings["name"] == "coi"


def test_secret_key_is_required_unless_debug():
    result = load()
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr
    assert json.loads(load(DEBUG="1").stdout)["debug"] is True
