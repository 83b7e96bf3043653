"""Helpers for the security tests: the second factor switched on, tampering as a DBA would, TOTP codes."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection
from django_otp.oath import TOTP

from tests.gifts.conftest import file_gift  # noqa: F401 - the gifts tests' fixture, shared here


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "pgcluster: starts a throwaway PostgreSQL cluster (needs initdb; never skipped)"
    )


AUDIT_TABLES = ("coi_portal_auditentry", "coi_portal_auditpersonaldata", "coi_portal_auditchainhead")


def tamper(sql: str, params: tuple[Any, ...] = ()) -> None:
    """Run ``sql`` as a DBA who bypasses the application: on PostgreSQL the append-only triggers are
    disabled for the statement, inside the test's transaction (so they come back when it rolls back)."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # ALTER TABLE refuses while deferred foreign-key checks are pending: run them now.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for table in AUDIT_TABLES:
                cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        cursor.execute(sql, params)
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            for table in AUDIT_TABLES:
                cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")


def totp_code(key_hex: str, *, offset_steps: int = 0) -> str:
    """The code an authenticator app shows now for ``key_hex``."""
    totp = TOTP(bytes.fromhex(key_hex), step=30, t0=0, digits=6)
    totp.time = time.time() + 30 * offset_steps
    return f"{totp.token():06d}"


@pytest.fixture
def otp_on(settings: Any) -> None:
    """Production behaviour: administrators must pass the second factor."""
    settings.OTP_REQUIRED_FOR_ADMINISTRATORS = True


@pytest.fixture
def enrolled(user_named: Callable[[str], Any]) -> Callable[[str], str]:
    """``enrolled("clerk")`` gives the account a confirmed TOTP device and backup codes; returns the key."""
    from django_otp.plugins.otp_totp.models import default_key

    from coi_portal.security import services

    def enrol(username: str) -> str:
        key = default_key()
        services.second_factor_enrol(actor=user_named(username), key_hex=key, token=totp_code(key))
        return key

    return enrol
