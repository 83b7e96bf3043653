"""The hash chain of the audit log: pure functions, no ORM, so the format is fixed in one place.

Each entry is hashed as ``sha256(previous hash + canonical JSON of its chained content)``. The chained
content holds who, what, when and a *salted digest* of the entry's personal part (the record's label,
before/after data and the client address). The personal part itself is stored apart, as the exact canonical
JSON text that was digested, so that a lawful erasure can blank it (and its salt) without touching the chain:
an erased entry still links, only its personal digest can no longer be recomputed.

Changing anything here changes every hash: bump ``FORMAT`` and keep the old rules for old entries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder

FORMAT = 1
GENESIS = "0" * 64


def canonical(data: Any) -> str:
    """One text for one value: sorted keys, no spaces, UTF-8 kept, no NaN (DjangoJSONEncoder for dates,
    decimals and UUIDs, which become strings)."""
    return json.dumps(
        data,
        cls=DjangoJSONEncoder,
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    )


def new_salt() -> str:
    return secrets.token_hex(16)


def personal_digest(salt: str, data: str) -> str:
    """The digest of a personal part. The random salt is erased with the data, so after an erasure the
    digest says nothing about what was there (a 13-digit ID could otherwise be found by trying them all)."""
    return hashlib.sha256(f"{salt}\x00{data}".encode()).hexdigest()


def timestamp(moment: dt.datetime) -> str:
    """UTC with microseconds: what both PostgreSQL and SQLite give back exactly."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class Link:
    """The chained content of one entry (everything but the personal part, which is in by its digest)."""

    seq: int
    created_at: dt.datetime
    organization_id: int | None
    actor_id: int | None
    actor_username: str
    action: str
    target_type: str
    target_id: str
    personal_digest: str

    def content(self) -> dict[str, Any]:
        return {
            "v": FORMAT,
            "seq": self.seq,
            "created_at": timestamp(self.created_at),
            "organization_id": self.organization_id,
            "actor_id": self.actor_id,
            "actor_username": self.actor_username,
            "action": self.action,
            "target_type": self.target_type,
            "target_id": self.target_id,
            "personal_digest": self.personal_digest,
        }

    def hash(self, prev_hash: str) -> str:
        return hashlib.sha256((prev_hash + canonical(self.content())).encode()).hexdigest()


def personal_text(
    *, target_label: str, before: Mapping[str, Any] | None, after: Mapping[str, Any] | None, ip: str | None
) -> str:
    """The personal part of an entry as stored and digested."""
    return canonical({"target_label": target_label, "before": before, "after": after, "ip": ip})
