"""The audit log: ``record()`` is called by services inside their transaction; ``verify()`` checks the chain.

Entries form a hash chain (``coi_portal.audit_chain``): each is appended while holding a lock on the one-row
``AuditChainHead``, so concurrent writers take turns and cannot fork the chain. The personal part of an entry
(the record's label, before/after data, the client address) is stored apart and covered by a salted digest,
so ``erase_personal_data()`` can honour a lawful erasure while the chain still verifies.

The client address of the current request is kept in a context variable by ``AuditContextMiddleware`` so
that services need not carry the request around.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import connection, models, transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from coi_portal import audit_chain
from coi_portal.models import AuditChainHead, AuditEntry, AuditPersonalData
from declarations.models import Organization

_client_ip: contextvars.ContextVar[str | None] = contextvars.ContextVar("audit_client_ip", default=None)

SECRET_KEYS = ("password", "secret", "token", "passphrase", "private_key", "otp", "national_id", "id_number")
MASK = "***"


def mask_secrets(data: Any) -> Any:
    """Replace the value of any key that names a secret, at any depth."""
    if isinstance(data, Mapping):
        return {
            key: MASK if any(word in str(key).lower() for word in SECRET_KEYS) else mask_secrets(value)
            for key, value in data.items()
        }
    if isinstance(data, list | tuple):
        return [mask_secrets(item) for item in data]
    return data


def _locked_head() -> AuditChainHead:
    """The chain head under a row lock (PostgreSQL); SQLite's write lock already serializes writers.

    A database emptied by ``flush`` has no head row: it is created without failing when two writers race.
    """
    head = AuditChainHead.objects.select_for_update().filter(pk=1).first()
    if head is None:
        AuditChainHead.objects.bulk_create([AuditChainHead(pk=1)], ignore_conflicts=True)
        head = AuditChainHead.objects.select_for_update().get(pk=1)
    return head


def record(
    *,
    actor: AbstractBaseUser | AnonymousUser | None,
    action: str,
    organization: Organization | None,
    target: models.Model | None = None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    keep_ip: bool = True,
) -> AuditEntry:
    """Append one entry. Call it inside the service's transaction, as its last write, so the entry and the
    change commit together or not at all; writers take turns from here to their commit (the chain's lock).
    ``keep_ip=False`` leaves out the client address (anonymous reporters)."""
    authenticated = actor is not None and actor.is_authenticated
    text = audit_chain.personal_text(
        target_label=str(target)[:300] if target is not None else "",
        before=mask_secrets(dict(before)) if before is not None else None,
        after=mask_secrets(dict(after)) if after is not None else None,
        ip=_client_ip.get() if keep_ip else None,
    )
    salt = audit_chain.new_salt()
    with transaction.atomic(savepoint=False):
        # The chain head is held until the transaction ends. Foreign-key checks that PostgreSQL would defer
        # to the commit lock the rows they point at (an organization): run them now, before taking the head,
        # so that no transaction ever waits for such a row while holding the head (benchmarks/load.py found
        # that deadlock with the register numbers' lock on the organization).
        if connection.vendor == "postgresql":
            connection.check_constraints()
        head = _locked_head()
        link = audit_chain.Link(
            seq=head.seq + 1,
            created_at=timezone.now(),
            organization_id=organization.pk if organization is not None else None,
            actor_id=actor.pk if authenticated and actor is not None else None,
            actor_username=actor.get_username() if authenticated and actor is not None else "",
            action=action,
            target_type=target._meta.label_lower if target is not None else "",
            target_id=str(target.pk) if target is not None else "",
            personal_digest=audit_chain.personal_digest(salt, text),
        )
        entry = AuditEntry.objects.create(
            seq=link.seq,
            created_at=link.created_at,
            organization=organization,
            actor_id=link.actor_id,
            actor_username=link.actor_username,
            action=link.action,
            target_type=link.target_type,
            target_id=link.target_id,
            personal_digest=link.personal_digest,
            prev_hash=head.hash,
            hash=link.hash(head.hash),
        )
        entry.personal = AuditPersonalData.objects.create(entry=entry, salt=salt, data=text)
        head.seq, head.hash = entry.seq, entry.hash
        head.save(update_fields=["seq", "hash", "updated_at"])
    return entry


def erase_personal_data(
    *,
    actor: AbstractBaseUser | AnonymousUser | None,
    organization: Organization | None,
    entries: Iterable[AuditEntry],
    reason: str,
) -> int:
    """Blank the personal part of ``entries`` (a lawful erasure, PDPA s.33) and say why; the entries, their
    order and their hashes stay, so the chain still verifies. Writes its own entry with the count and the
    reason (no personal data). Returns how many entries were erased now."""
    ids = [entry.pk for entry in entries]
    with transaction.atomic():
        erased = AuditPersonalData.objects.filter(entry_id__in=ids, erased_at__isnull=True).update(
            data="", salt="", erased_at=timezone.now(), erasure_reason=reason[:300]
        )
        record(
            actor=actor,
            action="audit.erase_personal_data",
            organization=organization,
            after={"entries": erased, "reason": reason[:300]},
        )
    return erased


# --- Verification ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verification:
    """The outcome of ``verify()``: ``broken_id`` is the id of the first entry whose link fails (or of the
    last entry present when entries were cut off the end), ``None`` when the chain holds."""

    entries: int
    erased: int
    broken_id: int | None = None
    broken_seq: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.reason == ""


def _check(entry: AuditEntry, expected_seq: int, expected_prev: str) -> str:
    """Why ``entry`` is not the link expected at this place, or "" when it is."""
    if entry.seq != expected_seq:
        return f"expected entry #{expected_seq} here but found #{entry.seq}: an entry is missing or moved"
    if entry.prev_hash != expected_prev:
        return "it does not point to the entry before it: entries were removed or reordered"
    link = audit_chain.Link(
        seq=entry.seq,
        created_at=entry.created_at,
        organization_id=entry.organization_id,
        actor_id=entry.actor_id,
        actor_username=entry.actor_username,
        action=entry.action,
        target_type=entry.target_type,
        target_id=entry.target_id,
        personal_digest=entry.personal_digest,
    )
    if link.hash(entry.prev_hash) != entry.hash:
        return "its content does not match its hash: the entry was edited"
    try:
        personal = entry.personal
    except AuditPersonalData.DoesNotExist:
        return "its personal part is missing"
    if personal.erased_at is None and (
        audit_chain.personal_digest(personal.salt, personal.data) != entry.personal_digest
    ):
        return "its personal part does not match its digest: the personal part was edited"
    return ""


def verify(*, chunk_size: int = 2000) -> Verification:
    """Walk the whole chain in order and report the first broken link."""
    expected_seq, expected_prev = 1, audit_chain.GENESIS
    count = erased = 0
    last: AuditEntry | None = None
    for entry in AuditEntry.objects.order_by("seq").iterator(chunk_size=chunk_size):
        reason = _check(entry, expected_seq, expected_prev)
        if reason:
            return Verification(count, erased, entry.pk, entry.seq, reason)
        count += 1
        erased += entry.personal.erased_at is not None
        expected_seq, expected_prev, last = entry.seq + 1, entry.hash, entry
    head = AuditChainHead.objects.filter(pk=1).first()
    head_seq, head_hash = (head.seq, head.hash) if head else (0, audit_chain.GENESIS)
    if (head_seq, head_hash) != (expected_seq - 1, expected_prev):
        return Verification(
            count,
            erased,
            last.pk if last else None,
            last.seq if last else None,
            f"the chain head records {head_seq} entries but the log ends at #{expected_seq - 1}: "
            "entries were cut off the end",
        )
    return Verification(count, erased)


# --- Request context -------------------------------------------------------------------------------------


def client_ip(request: HttpRequest) -> str | None:
    """The client address. Behind a proxy, REMOTE_ADDR is set correctly by the proxy's WSGI server."""
    return request.META.get("REMOTE_ADDR") or None


class AuditContextMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _client_ip.set(client_ip(request))
        try:
            return self.get_response(request)
        finally:
            _client_ip.reset(token)
