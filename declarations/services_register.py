"""Writes to the contract register (by hand and by CSV import), its bidders, and the procurement committees
with their members' declarations. A change to the register re-runs the cross-check of the whole
organization in the same transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError
from django.utils import timezone
from django.utils.translation import gettext as _

from coi_portal import audit
from declarations import contract_csv
from declarations.committees import concerns_for
from declarations.errors import InterestError
from declarations.models import (
    Bidder,
    CommitteeMember,
    CommitteeRole,
    Contract,
    ContractImport,
    ContractSource,
    Official,
    Organization,
    ProcurementCommittee,
    SeatDeclaration,
)
from declarations.names import normalised_name
from declarations.services_crosscheck import crosscheck_organization

CONTRACT_FIELDS = (
    "kind",
    "contract_number",
    "subject",
    "counterparty_name",
    "counterparty_juristic_number",
    "value",
    "signed_on",
    "division",
)


def contract_snapshot(contract: Contract) -> dict[str, Any]:
    return {name: str(getattr(contract, name)) for name in CONTRACT_FIELDS}


def _number_taken(organization: Organization, number: str, exclude: int | None = None) -> bool:
    rows = Contract.objects.filter(organization=organization, contract_number=number)
    return rows.exclude(pk=exclude).exists() if exclude else rows.exists()


@transaction.atomic
def contract_create(*, actor: User, organization: Organization, data: Mapping[str, Any]) -> Contract:
    if _number_taken(organization, data["contract_number"]):
        raise InterestError(_("This contract number is already in the register."))
    contract = Contract.objects.create(
        organization=organization,
        counterparty_key=normalised_name(data["counterparty_name"]),
        created_by=actor,
        **{name: data[name] for name in CONTRACT_FIELDS},
    )
    audit.record(
        actor=actor,
        action="interest.contract_create",
        organization=organization,
        target=contract,
        after=contract_snapshot(contract),
    )
    crosscheck_organization(organization=organization, actor=actor)
    return contract


@transaction.atomic
def contract_update(*, actor: User, contract: Contract, data: Mapping[str, Any]) -> Contract:
    contract = Contract.objects.select_for_update().get(pk=contract.pk)
    if _number_taken(contract.organization, data["contract_number"], exclude=contract.pk):
        raise InterestError(_("This contract number is already in the register."))
    before = contract_snapshot(contract)
    for name in CONTRACT_FIELDS:
        setattr(contract, name, data[name])
    contract.counterparty_key = normalised_name(contract.counterparty_name)
    contract.save()
    audit.record(
        actor=actor,
        action="interest.contract_update",
        organization=contract.organization,
        target=contract,
        before=before,
        after=contract_snapshot(contract),
    )
    crosscheck_organization(organization=contract.organization, actor=actor)
    return contract


@transaction.atomic
def contract_delete(*, actor: User, contract: Contract) -> None:
    """Remove a contract entered by mistake; one with procurement committees stays."""
    organization, before = contract.organization, contract_snapshot(contract)
    audit.record(
        actor=actor,
        action="interest.contract_delete",
        organization=organization,
        target=contract,
        before=before,
    )
    try:
        with transaction.atomic():
            contract.delete()
    except ProtectedError:
        raise InterestError(_("This contract has procurement committees and cannot be deleted.")) from None
    crosscheck_organization(organization=organization, actor=actor)


def import_preview(
    *, actor: User, organization: Organization, file_name: str, raw: bytes
) -> tuple[contract_csv.ParseResult, ContractImport | None]:
    """Check every row; keep the file for confirmation only when all are valid (no contract is stored)."""
    try:
        text = contract_csv.decode(raw)
    except ValidationError as error:
        return contract_csv.ParseResult(file_errors=list(error.messages)), None
    result = contract_csv.parse(text, existing_numbers=_numbers(organization), today=timezone.localdate())
    if not result.ok:
        return result, None
    batch = ContractImport.objects.create(
        organization=organization,
        uploaded_by=actor,
        file_name=file_name[:200],
        sha256=hashlib.sha256(raw).hexdigest(),
        text=text,
        row_count=len(result.rows),
    )
    return result, batch


def _numbers(organization: Organization) -> set[str]:
    return set(Contract.objects.filter(organization=organization).values_list("contract_number", flat=True))


@transaction.atomic
def import_confirm(*, actor: User, batch: ContractImport) -> int:
    """Store every row of a previewed file, or none: the rows are checked again against today's register."""
    batch = ContractImport.objects.select_for_update().get(pk=batch.pk)
    if batch.imported_at is not None:
        raise InterestError(_("This file has already been imported."))
    organization = batch.organization
    result = contract_csv.parse(
        batch.text, existing_numbers=_numbers(organization), today=timezone.localdate()
    )
    if not result.ok:
        raise InterestError(_("The register changed since the preview: upload the file again to see why."))
    try:
        with transaction.atomic():
            Contract.objects.bulk_create(
                [_contract_from(row.values, organization, batch, actor) for row in result.rows]
            )
    except IntegrityError:
        raise InterestError(
            _("The register changed since the preview: upload the file again to see why.")
        ) from None
    batch.imported_at = timezone.now()
    batch.save(update_fields=["imported_at"])
    audit.record(
        actor=actor,
        action="interest.contract_import",
        organization=organization,
        target=batch,
        after={
            "file": batch.file_name,
            "sha256": batch.sha256,
            "rows": len(result.rows),
            "numbers": [str(row.values["contract_number"]) for row in result.rows],
        },
    )
    crosscheck_organization(organization=organization, actor=actor)
    return len(result.rows)


def _contract_from(
    values: Mapping[str, Any], organization: Organization, batch: ContractImport, actor: User
) -> Contract:
    name = str(values["counterparty_name"])
    return Contract(
        organization=organization,
        kind=values["kind"],
        contract_number=values["contract_number"],
        subject=values["subject"],
        counterparty_name=name,
        counterparty_juristic_number=values.get("juristic_number") or "",
        counterparty_key=normalised_name(name),
        value=values["value"],
        signed_on=values["signed_on"],
        division=values.get("division") or "",
        source=ContractSource.IMPORT,
        imported_from=batch,
        created_by=actor,
    )


@transaction.atomic
def bidder_add(*, actor: User, contract: Contract, name: str, juristic_number: str) -> Bidder:
    key = normalised_name(name) or name.strip().casefold()
    if contract.bidders.filter(name_key=key).exists():
        raise InterestError(_("This bidder is already recorded."))
    bidder = Bidder.objects.create(
        contract=contract, name=name.strip(), juristic_number=juristic_number, name_key=key
    )
    audit.record(
        actor=actor,
        action="interest.bidder_add",
        organization=contract.organization,
        target=contract,
        after={"bidder": bidder.name, "juristic_number": juristic_number},
    )
    return bidder


@transaction.atomic
def committee_create(
    *,
    actor: User,
    contract: Contract,
    kind: str,
    appointed_on: dt.date,
    order_ref: str,
    members: Sequence[tuple[Official, str]],
) -> ProcurementCommittee:
    """Appoint a committee for a procurement of the register; each official sits once."""
    if contract.committees.filter(kind=kind).exists():
        raise InterestError(_("This procurement already has such a committee."))
    officials = [official for official, _role in members]
    if len({o.pk for o in officials}) != len(officials):
        raise InterestError(_("Each official can sit on the committee only once."))
    if any(o.organization_id != contract.organization_id for o in officials) or not officials:
        raise InterestError(_("Choose the committee's members among the organization's officials."))
    committee = ProcurementCommittee.objects.create(
        organization=contract.organization,
        contract=contract,
        kind=kind,
        appointed_on=appointed_on,
        order_ref=order_ref.strip(),
        created_by=actor,
    )
    for official, role in members:
        CommitteeMember.objects.create(committee=committee, official=official, role=CommitteeRole(role))
    audit.record(
        actor=actor,
        action="interest.committee_create",
        organization=contract.organization,
        target=committee,
        after={
            "kind": kind,
            "members": [[o.pk, str(r)] for o, r in members],
            "order_ref": committee.order_ref,
        },
    )
    return committee


@transaction.atomic
def seat_declare(*, actor: User, seat: CommitteeMember, declaration: str, statement: str) -> CommitteeMember:
    """The member's declaration before acting, kept with the concerns the portal raised at that moment."""
    seat = CommitteeMember.objects.select_for_update().select_related("committee__contract").get(pk=seat.pk)
    if seat.declaration != SeatDeclaration.PENDING:
        raise InterestError(_("You have already made your declaration for this committee."))
    if declaration not in (SeatDeclaration.NO_INTEREST, SeatDeclaration.HAS_INTEREST):
        raise InterestError(_("Choose whether you have an interest."))
    seat.declaration = declaration
    seat.statement = statement.strip()
    seat.declared_at = timezone.now()
    seat.concerns_at_declaration = [c.as_json() for c in concerns_for(seat)]
    seat.save(update_fields=["declaration", "statement", "declared_at", "concerns_at_declaration"])
    audit.record(
        actor=actor,
        action="interest.seat_declare",
        organization=seat.committee.organization,
        target=seat,
        after={
            "declaration": declaration,
            "statement": seat.statement,
            "concerns": [c["code"] for c in seat.concerns_at_declaration],
        },
    )
    return seat
