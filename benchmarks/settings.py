"""Settings of the benchmark server: the test settings (fast password hashing, mail kept in memory, DEBUG
off) with the benchmark URLconf, which adds a bare reference view. Never used in production."""

from __future__ import annotations

from coi_portal.test_settings import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"
