"""Reads of declared interests, findings, the contract register, rounds and committees, scoped to the viewer.

What a viewer may not see is a 404 (``Http404``), never a 403, so nobody learns what exists.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from coi_portal import permissions
from coi_portal.permissions import COUNCIL_OFFICES, AnyUser
from coi_portal.rules import rules_for
from declarations.models import (
    CommitteeMember,
    Contract,
    DeclarationRound,
    Finding,
    FindingStatus,
    InterestDeclaration,
    Official,
    Organization,
    Position,
    ProcurementCommittee,
    RoundMember,
    SeatDeclaration,
    Tenure,
    current_on,
)
from legal.calendar import add_years
from legal.vocabulary import Office

_OFFICES = frozenset(o.value for o in Office)


def declarations_of(official: Official) -> QuerySet[InterestDeclaration]:
    return InterestDeclaration.objects.filter(official=official).order_by("-version")


def declaration_get_for_user(*, user: AnyUser, pk: int) -> InterestDeclaration:
    declaration = (
        InterestDeclaration.objects.select_related("official", "organization", "round", "acknowledged_by")
        .prefetch_related("items", "outside_work")
        .filter(pk=pk)
        .first()
    )
    if declaration is None or not permissions.can_view_interest_declaration(user, declaration):
        raise Http404
    return declaration


def _findings(organization: Organization) -> QuerySet[Finding]:
    return Finding.objects.filter(organization=organization).select_related(
        "official", "contract", "declaration", "official__village"
    )


def findings_visible_to(*, user: AnyUser) -> QuerySet[Finding]:
    """All findings of the organization for its record readers; council members' findings (and their own)
    for the council chair; otherwise the viewer's own."""
    organization = permissions.organization_of(user)
    if organization is None:
        return Finding.objects.none()
    findings = _findings(organization)
    if permissions.can_view_all_findings(user):
        return findings
    own = permissions.official_of(user)
    if own is None:
        return Finding.objects.none()
    visible = Q(official=own)
    if permissions.is_council_chair(user):
        visible |= Q(official__in=council_members(organization))
    return findings.filter(visible)


def finding_get_for_user(*, user: AnyUser, pk: int) -> Finding:
    finding = findings_visible_to(user=user).filter(pk=pk).first()
    if finding is None or not permissions.can_view_findings_of(user, finding.official):
        raise Http404
    return finding


def ordered(findings: QuerySet[Finding]) -> list[Finding]:
    """Gravest first, then by official and company."""
    return sorted(findings, key=lambda f: (f.severity, f.official.full_name_th, f.company_name, f.pk))


def council_members(organization: Organization, on: dt.date | None = None) -> QuerySet[Official]:
    """Officials serving on `on` (today) in a council office, by their tenures."""
    on = on or timezone.localdate()
    tenures = Tenure.objects.filter(current_on(on), position__office__in=COUNCIL_OFFICES)
    serving = Q(left_office_on__isnull=True) | Q(left_office_on__gt=on)
    return Official.objects.filter(serving, organization=organization, took_office_on__lte=on).filter(
        pk__in=tenures.values("official")
    )


def chair_findings(*, user: AnyUser) -> list[Finding]:
    """The open findings about council members, for the council chair's dashboard."""
    organization = permissions.organization_of(user)
    if organization is None or not permissions.is_council_chair(user):
        return []
    rows = _findings(organization).filter(
        status=FindingStatus.OPEN, official__in=council_members(organization)
    )
    return ordered(rows)


def contracts_visible_to(*, user: AnyUser, query: str = "") -> QuerySet[Contract]:
    organization = permissions.organization_of(user)
    if organization is None or not permissions.can_view_contract_register(user):
        return Contract.objects.none()
    contracts = Contract.objects.filter(organization=organization)
    if query.strip():
        text = query.strip()
        contracts = contracts.filter(
            Q(contract_number__icontains=text)
            | Q(counterparty_name__icontains=text)
            | Q(counterparty_juristic_number=text)
            | Q(subject__icontains=text)
        )
    return contracts.order_by("-signed_on", "-pk")


def contract_get_for_user(*, user: AnyUser, pk: int) -> Contract:
    contract = contracts_visible_to(user=user).filter(pk=pk).first()
    if contract is None:
        raise Http404
    return contract


def rounds_visible_to(*, user: AnyUser) -> QuerySet[DeclarationRound]:
    organization = permissions.organization_of(user)
    if organization is None or not permissions.can_view_declaration_rounds(user):
        return DeclarationRound.objects.none()
    return DeclarationRound.objects.filter(organization=organization).order_by("-year")


def round_get_for_user(*, user: AnyUser, pk: int) -> DeclarationRound:
    round_ = rounds_visible_to(user=user).filter(pk=pk).first()
    if round_ is None:
        raise Http404
    return round_


def round_members(round_: DeclarationRound) -> tuple[list[RoundMember], list[RoundMember]]:
    """(not filed, filed) members of the round, each by name."""
    members = list(
        round_.members.select_related("official", "declaration").order_by("official__first_name_th")
    )
    return [m for m in members if m.declaration_id is None], [m for m in members if m.declaration_id]


def waiting_seat(official: Official) -> RoundMember | None:
    """The round the official still has to declare in, if any (the most recent)."""
    return (
        RoundMember.objects.filter(official=official, declaration__isnull=True)
        .select_related("round")
        .order_by("-round__opened_on")
        .first()
    )


@dataclass(frozen=True)
class FormerOfficial:
    official: Official
    positions: list[Position]
    left_on: dt.date
    window_ends: dt.date
    s127_designated: bool

    def in_window(self, today: dt.date) -> bool:
        return today < self.window_ends


def former_officials(*, user: AnyUser) -> list[FormerOfficial]:
    """Officials who have left office, with the end of the two years in which the rules still reach them
    (s.128 para 3 for gifts; s.127 for business only where the position is designated)."""
    organization = permissions.organization_of(user)
    if organization is None or not permissions.can_view_former_officials(user):
        return []
    rules = rules_for(organization)
    rows = []
    officials = Official.objects.filter(organization=organization, left_office_on__isnull=False)
    for official in officials.order_by("-left_office_on"):
        left = official.left_office_on
        assert left is not None
        last_day = left - dt.timedelta(days=1)
        positions = [
            t.position for t in official.tenures.filter(current_on(last_day)).select_related("position")
        ]
        designated = any(
            p.office in _OFFICES and rules.designated_s127(Office(p.office), last_day) for p in positions
        )
        window = add_years(left, rules.former_official_years)
        rows.append(FormerOfficial(official, positions, left, window, designated))
    return rows


def acknowledgement_inbox(*, user: AnyUser) -> list[InterestDeclaration]:
    """Latest declarations with outside work that the viewer may acknowledge and nobody has yet."""
    organization = permissions.organization_of(user)
    if organization is None or permissions.official_of(user) is None:
        return []
    candidates = (
        InterestDeclaration.objects.filter(
            organization=organization, acknowledged_at__isnull=True, outside_work__isnull=False
        )
        .distinct()
        .select_related("official")
        .order_by("submitted_at")
    )
    latest = {}
    for declaration in candidates:
        latest[declaration.official_id] = declaration
    return [
        d
        for d in latest.values()
        if d == declarations_of(d.official).first() and permissions.can_acknowledge_declaration(user, d)
    ]


def committee_get_for_user(*, user: AnyUser, pk: int) -> ProcurementCommittee:
    committee = (
        ProcurementCommittee.objects.select_related("contract", "organization")
        .prefetch_related(Prefetch("members", queryset=CommitteeMember.objects.select_related("official")))
        .filter(pk=pk)
        .first()
    )
    if committee is None or not permissions.can_view_committee(user, committee):
        raise Http404
    return committee


def seats_of(*, user: AnyUser) -> QuerySet[CommitteeMember]:
    own = permissions.official_of(user)
    if own is None:
        return CommitteeMember.objects.none()
    return (
        CommitteeMember.objects.filter(official=own, committee__organization=own.organization)
        .select_related("committee", "committee__contract")
        .order_by("-committee__appointed_on")
    )


def seat_get_for_user(*, user: AnyUser, pk: int) -> CommitteeMember:
    seat = seats_of(user=user).filter(pk=pk).first()
    if seat is None or not permissions.can_declare_on_seat(user, seat):
        raise Http404
    return seat


def interest_counts(*, user: AnyUser) -> dict[str, object]:
    """Numbers for the home page: the viewer's open findings needing action, the round they still owe, and
    committee seats awaiting their declaration."""
    own = permissions.official_of(user)
    if own is None:
        return {"interest_findings": 0, "interest_round": None, "interest_seats": 0}
    return {
        "interest_findings": Finding.objects.filter(
            official=own, status=FindingStatus.OPEN, outcome__in=["prohibited", "must_cure_by", "review"]
        ).count(),
        "interest_round": waiting_seat(own),
        "interest_seats": seats_of(user=user).filter(declaration=SeatDeclaration.PENDING).count(),
    }
