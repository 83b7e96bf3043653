"""Business interests, contracts, committees and declaration rounds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coi_portal.permissions.base import AnyUser
from declarations.models import Official

if TYPE_CHECKING:
    pass


from coi_portal.permissions.base import (
    can_manage_people,
    can_read_organization_records,
    is_administrator,
    is_integrity_officer,
    official_of,
    organization_of,
)

COUNCIL_OFFICES = frozenset({"council_chair", "council_vice_chair", "council_member"})


def offices_today(official: Official | None) -> set[str]:
    """The offices ``official`` holds today through current tenures (none once they left office)."""
    from django.utils import timezone

    from declarations.models import current_on

    today = timezone.localdate()
    if official is None or not official.is_serving_on(today):
        return set()
    # Asked several times a request (menus, dashboard): read once per official object and day.
    cached: tuple[object, set[str]] | None = official.__dict__.get("_offices_today")
    if cached is not None and cached[0] == today:
        return set(cached[1])
    offices = set(official.tenures.filter(current_on(today)).values_list("position__office", flat=True))
    official.__dict__["_offices_today"] = (today, offices)
    return set(offices)


def _own_organization(user: AnyUser | None, row: Any) -> bool:
    organization = organization_of(user)
    return organization is not None and row.organization_id == organization.pk


def is_council_chair(user: AnyUser | None) -> bool:
    """The official holding the council_chair office today."""
    return "council_chair" in offices_today(official_of(user))


def is_council_member(official: Official) -> bool:
    return bool(offices_today(official) & COUNCIL_OFFICES)


def can_declare_interests(user: AnyUser | None) -> bool:
    return official_of(user) is not None


def can_view_interest_declaration(user: AnyUser | None, declaration: Any) -> bool:
    """The declarant and those who read the organization's records see it all; whoever may acknowledge its
    outside work sees that part (see ``can_view_declared_interests``)."""
    return can_view_declared_interests(user, declaration) or can_acknowledge_declaration(user, declaration)


def can_view_declared_interests(user: AnyUser | None, declaration: Any) -> bool:
    """The business interests, the spouse's included: the declarant and the record readers only."""
    own = official_of(user)
    return _own_organization(user, declaration) and (
        can_read_organization_records(user) or (own is not None and own.pk == declaration.official_id)
    )


def can_view_findings_of(user: AnyUser | None, official: Official) -> bool:
    """The official, the organization's record readers, and the council chair for council members."""
    own = official_of(user)
    if not _own_organization(user, official):
        return False
    if can_read_organization_records(user) or (own is not None and own.pk == official.pk):
        return True
    return is_council_chair(user) and is_council_member(official)


def can_view_all_findings(user: AnyUser | None) -> bool:
    return can_read_organization_records(user)


def can_view_chair_dashboard(user: AnyUser | None) -> bool:
    return is_council_chair(user)


def can_review_findings(user: AnyUser | None) -> bool:
    """Administrators and integrity officers record that a finding was looked into, and what came of it."""
    return is_administrator(user) or is_integrity_officer(user)


def can_view_contract_register(user: AnyUser | None) -> bool:
    return can_read_organization_records(user)


def can_manage_contracts(user: AnyUser | None) -> bool:
    return is_administrator(user) or is_integrity_officer(user)


def can_view_declaration_rounds(user: AnyUser | None) -> bool:
    return can_read_organization_records(user)


def can_manage_declaration_rounds(user: AnyUser | None) -> bool:
    return is_administrator(user)


def can_view_former_officials(user: AnyUser | None) -> bool:
    return can_read_organization_records(user)


def can_record_leaving(user: AnyUser | None) -> bool:
    return can_manage_people(user)


def can_manage_committees(user: AnyUser | None) -> bool:
    return is_administrator(user) or is_integrity_officer(user)


def can_view_committee(user: AnyUser | None, committee: Any) -> bool:
    own = official_of(user)
    return _own_organization(user, committee) and (
        can_read_organization_records(user)
        or (own is not None and committee.members.filter(official=own).exists())
    )


def can_declare_on_seat(user: AnyUser | None, seat: Any) -> bool:
    own = official_of(user)
    return own is not None and seat.official_id == own.pk and _own_organization(user, seat.committee)


def can_acknowledge_declaration(user: AnyUser | None, declaration: Any) -> bool:
    """Outside work is acknowledged by the director of the declarant's division or the permanent secretary
    (the Chief Executive for the permanent secretary's own), never by the declarant."""
    own = official_of(user)
    if own is None or not _own_organization(user, declaration) or own.pk == declaration.official_id:
        return False
    if declaration.acknowledged_at is not None or not declaration.outside_work.exists():
        return False
    mine = offices_today(own)
    theirs = offices_today(declaration.official)
    if "permanent_secretary" in mine:
        return True
    if "permanent_secretary" in theirs:
        return "chief_executive" in mine
    if "division_director" not in mine:
        return False
    from django.utils import timezone

    from declarations.models import current_on

    today = timezone.localdate()
    directed = set(
        own.tenures.filter(current_on(today), position__office="division_director").values_list(
            "position__division", flat=True
        )
    )
    served = set(
        declaration.official.tenures.filter(current_on(today)).values_list("position__division", flat=True)
    )
    return bool((directed & served) - {""})
