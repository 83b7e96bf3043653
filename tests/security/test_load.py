"""The load script itself, small: gunicorn and a throwaway PostgreSQL cluster, concurrent filings, rulings and
page views; it must report no failed request and a database that holds exactly what was sent. (Run it bigger
by hand: ``.venv/bin/python benchmarks/load.py``; the numbers are in docs/security.md.) Never skipped: without
PostgreSQL's programs the script exits 2 and this test fails with its message."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.pgcluster]
ROOT = Path(__file__).resolve().parents[2]


def test_load_script_reports_no_failure_and_an_exact_database():
    result = subprocess.run(
        [sys.executable, "benchmarks/load.py", "--requests", "120", "--concurrency", "8", "--workers", "2"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "requests/s" in result.stdout
    assert "OK: no request failed; the database holds exactly what was sent" in result.stdout
