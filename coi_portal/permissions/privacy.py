"""Personal data, tip-offs and awareness (the privacy and participation apps)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from coi_portal.permissions.base import AnyUser

if TYPE_CHECKING:
    pass


from coi_portal.permissions.base import (
    can_read_organization_records,
    is_administrator,
    is_integrity_officer,
    official_of,
    organization_of,
)
from coi_portal.permissions.interests import offices_today


def can_manage_privacy(user: AnyUser | None) -> bool:
    """Administrators and integrity officers keep the notices, retention, requests and breach registers."""
    return is_administrator(user) or is_integrity_officer(user)


def can_read_privacy_records(user: AnyUser | None) -> bool:
    """The record of processing and the privacy registers: those who keep them, and auditors."""
    return can_manage_privacy(user) or can_read_organization_records(user)


def can_download_own_data(user: AnyUser | None) -> bool:
    return official_of(user) is not None


def can_view_spouse_notices(user: AnyUser | None) -> bool:
    """Officials see the notices owed to their own spouses; privacy keepers see every one."""
    return official_of(user) is not None or can_manage_privacy(user)


def can_handle_spouse_notice(user: AnyUser | None, notice: Any) -> bool:
    """Print the notice and record that it was given: the spouse's official, or a privacy keeper."""
    organization = organization_of(user)
    if organization is None or notice.organization_id != organization.pk:
        return False
    own = official_of(user)
    return can_manage_privacy(user) or (own is not None and notice.spouse.official_id == own.pk)


def can_handle_tipoff(user: AnyUser | None, tipoff: Any) -> bool:
    """Only the people of the office the tip-off was routed to, and never anyone it names."""
    from participation.routing import handles

    organization = organization_of(user)
    if organization is None or tipoff.organization_id != organization.pk:
        return False
    own = official_of(user)
    if own is not None and tipoff.named_officials.filter(pk=own.pk).exists():
        return False
    return handles(user, tipoff)


TIPOFF_OFFICES = frozenset({"permanent_secretary", "chief_executive", "council_chair"})


def can_receive_tipoffs(user: AnyUser | None) -> bool:
    """Those to whom a tip-off may be routed (see ``participation.routing``): the integrity officer, the
    auditors and the holders of the offices next in line. Others reach an empty inbox."""
    if organization_of(user) is None:
        return False
    return can_read_organization_records(user) or bool(offices_today(official_of(user)) & TIPOFF_OFFICES)


def can_view_tipoff_counts(user: AnyUser | None) -> bool:
    """Counts by month carry no personal data: those who read the organization's records."""
    return can_read_organization_records(user)


def can_view_participation(user: AnyUser | None) -> bool:
    """Awareness activities, the risk register and the ITA index: every account of an organization."""
    return organization_of(user) is not None


def can_manage_participation(user: AnyUser | None) -> bool:
    """Record activities, keep the risk register and the ITA index: administrators and integrity officers."""
    return is_administrator(user) or is_integrity_officer(user)


def can_publish_cases(user: AnyUser | None) -> bool:
    """Choosing which rulings become anonymised handbook cases is an administrator's decision."""
    return is_administrator(user)
