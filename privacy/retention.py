"""The retention job: for every organization and record type, dispose of the records whose retention period
has run (PDPA s.37(3)), unless a legal hold stops it. ``manage.py apply_retention`` runs it daily.

Each record type with something to dispose of has a ``Handler``: which records have expired, and how one is
disposed of (anonymised or deleted, as ``privacy.inventory`` says). A type without a handler is reported as
kept. Another app adds its own with ``register``. The job never writes personal data into its audit entry:
only the type, the count and the record numbers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.utils import timezone

from coi_portal import audit
from declarations.models import Organization
from legal.calendar import add_years
from privacy.inventory import BY_KEY
from privacy.models import Breach, LegalHold, RequestStatus, SubjectRequest
from privacy.services.retention import retention_years

ERASED = "[ลบตามระยะเวลาการเก็บรักษา]"


@dataclass(frozen=True)
class Handler:
    record_type: str
    expired: Callable[[Organization, dt.date], Iterable[models.Model]]
    dispose: Callable[[models.Model], None]


@dataclass
class Outcome:
    organization: Organization
    record_type: str
    cutoff: dt.date | None
    disposed: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)
    note: str = ""


_HANDLERS: dict[str, Handler] = {}


def register(handler: Handler) -> None:
    """Add or replace the handler of ``handler.record_type`` (a key of ``privacy.inventory``)."""
    if handler.record_type not in BY_KEY:
        raise KeyError(handler.record_type)
    _HANDLERS[handler.record_type] = handler


def handlers() -> dict[str, Handler]:
    _register_builtins()
    return dict(_HANDLERS)


def apply_retention(
    *, today: dt.date | None = None, organization: Organization | None = None, dry_run: bool = False
) -> list[Outcome]:
    """Dispose of every expired record not under a legal hold; returns what was done per type."""
    day = today or timezone.localdate()
    organizations = [organization] if organization else list(Organization.objects.order_by("slug"))
    outcomes = []
    for org in organizations:
        years = retention_years(org)
        holds = LegalHold.objects.filter(organization=org, released_at__isnull=True)
        for key in BY_KEY:
            handler = handlers().get(key)
            if handler is None:
                outcomes.append(Outcome(org, key, None, note="kept"))
                continue
            cutoff = add_years(day, -years[key])
            outcomes.append(_apply(org, handler, cutoff, holds.filter(record_type=key), dry_run))
    return outcomes


def _apply(
    org: Organization, handler: Handler, cutoff: dt.date, holds: models.QuerySet[LegalHold], dry_run: bool
) -> Outcome:
    outcome = Outcome(org, handler.record_type, cutoff)
    if holds.filter(object_id="").exists():
        outcome.note = "hold"
        return outcome
    held_ids = set(holds.values_list("object_id", flat=True))
    with transaction.atomic():
        for record in handler.expired(org, cutoff):
            record_id = str(record.pk)
            if record_id in held_ids:
                outcome.held.append(record_id)
                continue
            if not dry_run:
                handler.dispose(record)
            outcome.disposed.append(record_id)
        if outcome.disposed and not dry_run:
            audit.record(
                actor=None,
                action="privacy.retention_applied",
                organization=org,
                after={
                    "record_type": handler.record_type,
                    "cutoff": cutoff.isoformat(),
                    "disposal": BY_KEY[handler.record_type].disposal,
                    "count": len(outcome.disposed),
                    "ids": outcome.disposed,
                    "held": outcome.held,
                },
            )
    return outcome


# --- Built-in handlers -----------------------------------------------------------------------------------


def _subject_requests(org: Organization, cutoff: dt.date) -> Iterable[models.Model]:
    return SubjectRequest.objects.filter(organization=org, closed_on__lt=cutoff).exclude(
        status=RequestStatus.OPEN
    )


def _breaches(org: Organization, cutoff: dt.date) -> Iterable[models.Model]:
    return Breach.objects.filter(organization=org, closed_at__date__lt=cutoff)


def _delete(record: models.Model) -> None:
    record.delete()


def _accounts(org: Organization, cutoff: dt.date) -> Iterable[models.Model]:
    """Deactivated accounts whose last login (or creation, if never) is older than the cutoff."""
    users = get_user_model().objects.filter(membership__organization=org, is_active=False)
    users = users.exclude(username__startswith="removed-")
    last_seen = models.Q(last_login__date__lt=cutoff) | models.Q(
        last_login__isnull=True, date_joined__date__lt=cutoff
    )
    return users.filter(last_seen)


def _anonymise_account(user: Any) -> None:
    user.username = f"removed-{user.pk}"
    user.email = ""
    user.first_name = ""
    user.last_name = ""
    user.set_unusable_password()
    user.save(update_fields=["username", "email", "first_name", "last_name", "password"])


def _gift_filings(org: Organization, cutoff: dt.date) -> Iterable[models.Model]:
    from gifts.models import GiftFiling

    filings = GiftFiling.objects.filter(organization=org, closed_at__date__lt=cutoff)
    return filings.exclude(versions__giver_name=ERASED).distinct()


def _anonymise_gift_filing(filing: Any) -> None:
    """The giver's name, the free texts and the files go; dates, kinds, values, outcomes and the ruling stay,
    so registers and statistics keep their counts."""
    from gifts.models import Attachment

    for attachment in Attachment.objects.filter(version__filing=filing):
        attachment.file.delete(save=False)
        attachment.delete()
    filing.versions.update(giver_name=ERASED, description=ERASED, necessity_reason="", answer="")
    filing.notes.update(text=ERASED)
    record = getattr(filing, "return_record", None)
    if record is not None:
        if record.evidence:
            record.evidence.delete(save=False)
        record.note = ""
        record.evidence_name = ""
        record.save(update_fields=["evidence", "note", "evidence_name"])


def _register_builtins() -> None:
    if "subject_requests" in _HANDLERS:
        return
    from participation import retention as participation_retention

    for handler in (
        Handler("subject_requests", _subject_requests, _delete),
        Handler("breaches", _breaches, _delete),
        Handler("accounts", _accounts, _anonymise_account),
        Handler("gift_filings", _gift_filings, _anonymise_gift_filing),
        *participation_retention.HANDLERS,
    ):
        _HANDLERS.setdefault(handler.record_type, handler)
