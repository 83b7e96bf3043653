"""After the ruling: the return to the giver, or the custody ledger of a gift handed over."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from coi_portal import audit
from gifts.models import CustodyEntry, Decision, GiftFiling, ReturnRecord, Ruling
from gifts.services.common import GiftError, locked, policy_for, transition
from gifts.uploads import CheckedFile
from gifts.workflow import Status


def close(filing: GiftFiling) -> None:
    transition(filing, Status.CLOSED)
    filing.closed_at = timezone.now()
    filing.save(update_fields=["status", "closed_at"])


@transaction.atomic
def return_record(
    *,
    actor: User,
    filing: GiftFiling,
    returned_on: dt.date,
    method: str,
    note: str = "",
    evidence: CheckedFile | None = None,
) -> ReturnRecord:
    filing = locked(filing)
    ruling = Ruling.objects.filter(filing=filing).first()
    if filing.status != Status.RULED or ruling is None or ruling.decision != Decision.RETURN:
        raise GiftError(_("A return can be recorded only after a ruling to return the gift."))
    if returned_on > timezone.localdate() or returned_on < ruling.decided_on:
        raise GiftError(_("The return date must be between the ruling and today."))
    record = ReturnRecord(
        filing=filing, returned_on=returned_on, method=method, note=note.strip(), recorded_by=actor
    )
    if evidence is not None:
        record.evidence_name = evidence.name
        record.evidence.save(evidence.name, evidence.upload, save=False)
    record.save()
    close(filing)
    audit.record(
        actor=actor,
        action="gift.return",
        organization=filing.organization,
        target=filing,
        after={"returned_on": str(returned_on), "method": method, "note": record.note},
    )
    return record


@transaction.atomic
def custody_add(
    *,
    actor: User,
    filing: GiftFiling,
    kind: str,
    on: dt.date,
    by_name: str,
    location: str = "",
    on_display: bool = False,
    note: str = "",
) -> CustodyEntry:
    """Append to the custody ledger; the first entry (received) closes the filing."""
    filing = locked(filing)
    ruling = Ruling.objects.filter(filing=filing).first()
    if ruling is None or ruling.decision != Decision.HAND_OVER:
        raise GiftError(_("Custody is recorded only for gifts handed over to the organization."))
    first = not filing.custody.exists()
    if first and kind != CustodyEntry.Kind.RECEIVED:
        raise GiftError(_("Record first that the organization received the gift."))
    if on > timezone.localdate():
        raise GiftError(_("The date cannot be in the future."))
    hold_until = on + dt.timedelta(days=policy_for(filing.organization).custody_hold_days) if first else None
    entry = CustodyEntry.objects.create(
        filing=filing,
        kind=kind,
        on=on,
        by_name=by_name.strip(),
        location=location.strip(),
        on_display=on_display,
        hold_until=hold_until,
        note=note.strip(),
        recorded_by=actor,
    )
    if first:
        close(filing)
    audit.record(
        actor=actor,
        action=f"gift.custody_{kind}",
        organization=filing.organization,
        target=filing,
        after={"on": str(on), "by": entry.by_name, "location": entry.location, "note": entry.note},
    )
    return entry
