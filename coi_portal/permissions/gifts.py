"""Gift declarations: who files, who sees a filing and who rules on it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coi_portal.permissions.base import (
    AnyUser,
    can_read_organization_records,
    is_administrator,
    is_integrity_officer,
    official_of,
    organization_of,
)
from gifts.workflow import AWAITING_RULING, EDITABLE_BY_FILER

if TYPE_CHECKING:
    from gifts.models import GiftFiling


def can_file_gift(user: AnyUser | None) -> bool:
    return official_of(user) is not None


def _same_organization(user: AnyUser | None, filing: GiftFiling) -> bool:
    organization = organization_of(user)
    return organization is not None and filing.organization_id == organization.pk


def _is_filer(user: AnyUser | None, filing: GiftFiling) -> bool:
    own = official_of(user)
    return own is not None and filing.filer_id == own.pk


def _is_reviewer(user: AnyUser | None, filing: GiftFiling) -> bool:
    own = official_of(user)
    return own is not None and filing.reviewer_id == own.pk


def can_view_filing(user: AnyUser | None, filing: GiftFiling) -> bool:
    if not _same_organization(user, filing):
        return False
    return (
        _is_filer(user, filing)
        or _is_reviewer(user, filing)
        or can_read_organization_records(user)
        or can_comment_on_filing(user, filing)
    )


def can_edit_filing(user: AnyUser | None, filing: GiftFiling) -> bool:
    return _same_organization(user, filing) and _is_filer(user, filing) and filing.status in EDITABLE_BY_FILER


def can_rule_on(user: AnyUser | None, filing: GiftFiling) -> bool:
    """Only the person the filing was routed to, while it awaits a ruling (recusal applied when routing)."""
    return (
        _same_organization(user, filing) and _is_reviewer(user, filing) and filing.status in AWAITING_RULING
    )


def can_comment_on_filing(user: AnyUser | None, filing: GiftFiling) -> bool:
    """With the organization's memo routing on: the filer's division director and the permanent secretary
    comment before the Chief Executive rules (never the filer or the reviewer)."""
    own = official_of(user)
    if own is None or not _same_organization(user, filing) or filing.status not in AWAITING_RULING:
        return False
    if own.pk in (filing.filer_id, filing.reviewer_id):
        return False
    policy = getattr(filing.organization, "gift_policy", None)
    if policy is None or not policy.comments_before_ruling:
        return False
    from declarations.models import Office

    offices = set(own.tenures.filter(ended_on__isnull=True).values_list("position__office", flat=True))
    if Office.PERMANENT_SECRETARY in offices:
        return True
    divisions = set(
        own.tenures.filter(ended_on__isnull=True, position__office=Office.DIVISION_DIRECTOR).values_list(
            "position__division", flat=True
        )
    )
    filer_divisions = set(filing.filer.tenures.values_list("position__division", flat=True))
    return bool(divisions & filer_divisions)


def can_record_return(user: AnyUser | None, filing: GiftFiling) -> bool:
    ruling = getattr(filing, "ruling", None)
    return (
        _same_organization(user, filing)
        and _is_filer(user, filing)
        and filing.status == "ruled"
        and ruling is not None
        and ruling.decision == "return"
    )


def can_keep_custody(user: AnyUser | None, filing: GiftFiling) -> bool:
    """The organization's administrators and integrity officers keep the custody ledger."""
    ruling = getattr(filing, "ruling", None)
    return (
        _same_organization(user, filing)
        and (is_administrator(user) or is_integrity_officer(user))
        and ruling is not None
        and ruling.decision == "hand_over"
    )


def can_manage_nacc_reports(user: AnyUser | None, filing: GiftFiling) -> bool:
    return _same_organization(user, filing) and (is_administrator(user) or is_integrity_officer(user))


def can_view_gift_register(user: AnyUser | None) -> bool:
    return can_read_organization_records(user)


REVIEWING_OFFICES = frozenset(
    {
        "chief_executive",
        "deputy_chief_executive",
        "permanent_secretary",
        "council_chair",
        "council_vice_chair",
        "division_director",
    }
)


def can_review_gifts(user: AnyUser | None) -> bool:
    """Whether the inbox is worth showing: the viewer holds an office that rules or comments, or has had a
    filing routed to them (for example while acting for an office)."""
    own = official_of(user)
    if own is None:
        return False
    offices = set(own.tenures.filter(ended_on__isnull=True).values_list("position__office", flat=True))
    return bool(offices & REVIEWING_OFFICES) or own.gift_reviews.exists()
