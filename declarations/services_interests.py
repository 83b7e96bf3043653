"""Writes about declared interests: declaring (a new version each time), the "nothing to declare"
attestation, acknowledging outside work, reviewing a finding, recording that an official left office, and
the audit entries for reading a spouse's data. Each is one transaction with its audit entry; the cross-check
runs inside the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from coi_portal import audit
from declarations.errors import InterestError
from declarations.models import (
    Finding,
    FindingStatus,
    Holder,
    InterestDeclaration,
    InterestItem,
    Official,
    OutsideWork,
    Spouse,
)
from declarations.services_crosscheck import crosscheck_official
from declarations.services_rounds import mark_filed
from privacy.inventory import Activity
from privacy.models import SpouseNoticeReason
from privacy.services.notices import notice_version_for
from privacy.services.spouses import spouse_notice_needed

# The version of the privacy notice shown on the declaration form (PDPA s.23); stored with each filing.

ITEM_FIELDS = (
    "holder",
    "activity",
    "company_name",
    "juristic_number",
    "business_form",
    "share_percent",
    "role",
    "held_since",
    "held_until",
    "deals_with_organization",
    "notes",
)
WORK_FIELDS = (
    "employer",
    "employer_juristic_number",
    "role",
    "hours_per_week",
    "paid",
    "deals_with_organization",
    "since",
    "until",
    "notes",
)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date | Decimal):
        return str(value)
    return value


def snapshot(declaration: InterestDeclaration) -> dict[str, Any]:
    """The declaration's lines as JSON-ready data, for the audit log."""
    return {
        "version": declaration.version,
        "nothing_to_declare": declaration.nothing_to_declare,
        "items": [
            {**{name: _jsonable(getattr(item, name)) for name in ITEM_FIELDS}, "spouse": item.spouse_name}
            for item in declaration.items.all()
        ],
        "outside_work": [
            {name: _jsonable(getattr(work, name)) for name in WORK_FIELDS}
            for work in declaration.outside_work.all()
        ],
    }


def _spouse_for(official: Official, chosen: Spouse | None, since: dt.date) -> Spouse:
    if chosen is not None:
        if chosen.official_id != official.pk:
            raise InterestError(_("Choose one of your own recorded spouses."))
        return chosen
    spouses = list(official.spouses.order_by("-started_on"))
    current = [s for s in spouses if s.ended_on is None or s.ended_on >= since]
    if not current:
        raise InterestError(
            _(
                "No spouse is recorded for you. Ask the administrator to record your spouse (registered "
                "or living together), then declare again."
            )
        )
    return current[0]


def _check_dates(start: dt.date, end: dt.date | None, today: dt.date) -> None:
    if start > today or (end is not None and end > today):
        raise InterestError(_("Dates cannot be in the future."))
    if end is not None and end < start:
        raise InterestError(_("An interest cannot end before it began."))


@transaction.atomic
def declaration_submit(
    *,
    actor: User,
    official: Official,
    items: Sequence[Mapping[str, Any]] = (),
    outside_work: Sequence[Mapping[str, Any]] = (),
    nothing_to_declare: bool = False,
) -> InterestDeclaration:
    """File a new version of the official's declaration, count it for any waiting round, and cross-check."""
    official = Official.objects.select_for_update().get(pk=official.pk)
    if nothing_to_declare and (items or outside_work):
        raise InterestError(_("A declaration with lines cannot also say there is nothing to declare."))
    if not nothing_to_declare and not (items or outside_work):
        raise InterestError(_("Declare at least one interest or outside work, or use “Nothing to declare”."))
    now = timezone.now()
    today = timezone.localdate(now)
    last = InterestDeclaration.objects.filter(official=official).order_by("-version").first()
    declaration = InterestDeclaration.objects.create(
        organization=official.organization,
        official=official,
        version=(last.version + 1) if last else 1,
        nothing_to_declare=nothing_to_declare,
        submitted_at=now,
        submitted_by=actor,
        notice_version=notice_version_for(organization=official.organization, activity=Activity.INTERESTS),
    )
    for position, data in enumerate(items):
        _check_dates(data["held_since"], data.get("held_until"), today)
        values = {name: data.get(name) for name in ITEM_FIELDS if name in data}
        spouse = None
        if data["holder"] == Holder.SPOUSE:
            spouse = _spouse_for(official, data.get("spouse"), data["held_since"])
            spouse_notice_needed(spouse=spouse, reason=SpouseNoticeReason.DECLARED, on=today)
        InterestItem.objects.create(
            declaration=declaration,
            position=position,
            spouse=spouse,
            spouse_name=str(spouse) if spouse else "",
            **values,
        )
    for position, data in enumerate(outside_work):
        _check_dates(data["since"], data.get("until"), today)
        OutsideWork.objects.create(
            declaration=declaration, position=position, **{n: data.get(n) for n in WORK_FIELDS if n in data}
        )
    seat = mark_filed(declaration)
    if seat is not None:
        declaration.round, declaration.late = seat.round, seat.late
        declaration.save(update_fields=["round", "late"])
    audit.record(
        actor=actor,
        action="interest.declare",
        organization=official.organization,
        target=declaration,
        after=snapshot(declaration),
    )
    crosscheck_official(official=official, actor=actor)
    return declaration


@transaction.atomic
def declaration_acknowledge(
    *, actor: User, official: Official, title: str, declaration: InterestDeclaration, note: str
) -> InterestDeclaration:
    """The director or permanent secretary records that they have read the declared outside work."""
    declaration = InterestDeclaration.objects.select_for_update().get(pk=declaration.pk)
    if declaration.acknowledged_at is not None:
        raise InterestError(_("This declaration has already been acknowledged."))
    if declaration.official_id == official.pk:
        raise InterestError(_("You cannot acknowledge your own declaration."))
    declaration.acknowledged_by = official
    declaration.acknowledged_title = title[:200]
    declaration.acknowledged_at = timezone.now()
    declaration.acknowledgement_note = note.strip()
    declaration.save(
        update_fields=["acknowledged_by", "acknowledged_title", "acknowledged_at", "acknowledgement_note"]
    )
    audit.record(
        actor=actor,
        action="interest.acknowledge",
        organization=declaration.organization,
        target=declaration,
        after={
            "by": str(official),
            "title": declaration.acknowledged_title,
            "note": declaration.acknowledgement_note,
        },
    )
    return declaration


@transaction.atomic
def finding_review(*, actor: User, finding: Finding, note: str) -> Finding:
    """Record that a finding was looked into and what came of it; the cross-check will not raise it again."""
    finding = Finding.objects.select_for_update().get(pk=finding.pk)
    if finding.status != FindingStatus.OPEN:
        raise InterestError(_("This finding has already been reviewed."))
    if not note.strip():
        raise InterestError(_("Say what was checked and what was decided."))
    finding.status = FindingStatus.REVIEWED
    finding.reviewed_by = actor
    finding.reviewed_at = timezone.now()
    finding.review_note = note.strip()
    finding.save(update_fields=["status", "reviewed_by", "reviewed_at", "review_note"])
    audit.record(
        actor=actor,
        action="interest.finding_review",
        organization=finding.organization,
        target=finding,
        before={"status": FindingStatus.OPEN},
        after={"status": finding.status, "note": finding.review_note, "outcome": finding.outcome},
    )
    return finding


@transaction.atomic
def official_record_leaving(*, actor: User, official: Official, left_on: dt.date) -> Official:
    """Record the day an official left office (the first day out of office): their current tenures end the
    day before, and their declarations are cross-checked again under the rules for former officials."""
    official = Official.objects.select_for_update().get(pk=official.pk)
    if left_on <= official.took_office_on:
        raise InterestError(_("The day of leaving must be after the day the official took office."))
    last_day = left_on - dt.timedelta(days=1)
    tenures = official.tenures.filter(started_on__lte=last_day).exclude(ended_on__lt=last_day)
    if official.tenures.filter(started_on__gt=last_day).exists():
        raise InterestError(
            _("The official holds a position that starts on or after that day; fix it first.")
        )
    before = {"left_office_on": _jsonable(official.left_office_on)}
    ended = [t.pk for t in tenures]
    tenures.update(ended_on=last_day)
    official.left_office_on = left_on
    official.save(update_fields=["left_office_on"])
    audit.record(
        actor=actor,
        action="interest.record_leaving",
        organization=official.organization,
        target=official,
        before=before,
        after={"left_office_on": left_on.isoformat(), "tenures_ended": ended},
    )
    crosscheck_official(official=official, actor=actor)
    return official


def record_personal_data_access(
    *, actor: User | AnonymousUser, declaration: InterestDeclaration, action: str
) -> None:
    """Audit a view or export of a declaration that holds a spouse's data (PDPA: who read what, when)."""
    audit.record(
        actor=actor,
        action=action,
        organization=declaration.organization,
        target=declaration,
        after={"official_id": declaration.official_id, "version": declaration.version},
    )


def record_findings_access(*, actor: User | AnonymousUser, findings: Sequence[Finding], action: str) -> None:
    """Audit a page or export that shows findings about spouses to someone other than the official."""
    spouse_findings = [f for f in findings if f.holder == Holder.SPOUSE]
    if not spouse_findings:
        return
    audit.record(
        actor=actor,
        action=action,
        organization=spouse_findings[0].organization,
        after={"finding_ids": [f.pk for f in spouse_findings]},
    )
