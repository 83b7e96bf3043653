"""Reads of registers and reports from a read replica, when one is configured (``DATABASE_REPLICA_URL``).

Only views marked with ``replica_reads`` read from the replica, and only outside a transaction: a service
that writes reads where it writes, so it never acts on a row the replica has not caught up with. Anything
else, and everything when no replica is configured, goes to ``default``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from django.conf import settings
from django.db import connections

REPLICA = "replica"
_reading_replica: ContextVar[bool] = ContextVar("reading_replica", default=False)


@contextmanager
def replica_reads_block() -> Iterator[None]:
    """Reads in this block may go to the replica."""
    token = _reading_replica.set(True)
    try:
        yield
    finally:
        _reading_replica.reset(token)


def replica_reads[**P, R](view: Callable[P, R]) -> Callable[P, R]:
    """Mark a view whose reads may be a little behind (a register, a report)."""

    @functools.wraps(view)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> R:
        with replica_reads_block():
            return view(*args, **kwargs)

    return wrapped


def replica_configured() -> bool:
    return REPLICA in settings.DATABASES and getattr(settings, "DATABASE_REPLICA_READS", False)


class ReplicaRouter:
    """Sends marked reads to the replica; writes, migrations and relations stay on ``default``."""

    def db_for_read(self, model: type[Any], **hints: Any) -> str | None:
        if _reading_replica.get() and replica_configured() and not connections["default"].in_atomic_block:
            return REPLICA
        return None

    def db_for_write(self, model: type[Any], **hints: Any) -> str | None:
        return "default"

    def allow_relation(self, obj1: Any, obj2: Any, **hints: Any) -> bool | None:
        # The replica holds the same rows as default: objects read from either may be related.
        return True

    def allow_migrate(self, db: str, app_label: str, model_name: str | None = None, **hints: Any) -> bool:
        return db != REPLICA
