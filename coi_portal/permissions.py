"""Capabilities: what a user may do. Every view, selector and template asks here, never about roles.

Every account belongs to exactly one organization through its ``Membership``; an account without one
(or an inactive one) may do nothing beyond its own login.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from coi_portal.models import Membership
from declarations.models import Official, Organization
from gifts.workflow import AWAITING_RULING, EDITABLE_BY_FILER

if TYPE_CHECKING:
    from gifts.models import GiftFiling

type AnyUser = AbstractBaseUser | AnonymousUser


def acting_user(request: HttpRequest) -> User:
    """The logged-in user of a request that the login middleware has let through."""
    user = request.user
    if not isinstance(user, User) or not user.is_authenticated:
        raise PermissionDenied
    return user


def membership_of(user: AnyUser | None) -> Membership | None:
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    try:
        membership: Membership = user.membership  # type: ignore[attr-defined]
    except Membership.DoesNotExist:
        return None
    return membership


def organization_of(user: AnyUser | None) -> Organization | None:
    membership = membership_of(user)
    return membership.organization if membership is not None else None


def official_of(user: AnyUser | None) -> Official | None:
    membership = membership_of(user)
    return membership.official if membership is not None else None


def is_administrator(user: AnyUser | None) -> bool:
    membership = membership_of(user)
    return membership is not None and membership.is_administrator


def is_auditor(user: AnyUser | None) -> bool:
    membership = membership_of(user)
    return membership is not None and membership.is_auditor


def is_integrity_officer(user: AnyUser | None) -> bool:
    membership = membership_of(user)
    return membership is not None and membership.is_integrity_officer


def can_read_organization_records(user: AnyUser | None) -> bool:
    """Administrators, auditors and integrity officers read every record of their organization."""
    return is_administrator(user) or is_auditor(user) or is_integrity_officer(user)


def can_manage_people(user: AnyUser | None) -> bool:
    """Only administrators change organizations, people and accounts; auditors never change anything."""
    return is_administrator(user)


def can_view_audit_log(user: AnyUser | None) -> bool:
    return is_administrator(user) or is_auditor(user)


def can_view_legal_rules(user: AnyUser | None) -> bool:
    return is_administrator(user) or is_auditor(user) or is_integrity_officer(user)


def can_change_legal_rules(user: AnyUser | None) -> bool:
    return is_administrator(user)


def can_use_django_admin(user: AnyUser | None) -> bool:
    return is_administrator(user) and bool(getattr(user, "is_staff", False))


def can_view_official(user: AnyUser | None, official: Official) -> bool:
    organization = organization_of(user)
    if organization is None or official.organization_id != organization.pk:
        return False
    own = official_of(user)
    return can_read_organization_records(user) or (own is not None and own.pk == official.pk)


@dataclass(frozen=True)
class Capabilities:
    """The capabilities a template may test, computed once per request."""

    organization: Organization | None
    official: Official | None
    read_organization_records: bool
    manage_people: bool
    view_audit_log: bool
    view_legal_rules: bool
    use_django_admin: bool
    file_gift: bool
    review_gifts: bool
    view_gift_register: bool

    def as_context(self) -> dict[str, Any]:
        return {"can": self}


def capabilities(user: AnyUser | None) -> Capabilities:
    return Capabilities(
        organization=organization_of(user),
        official=official_of(user),
        read_organization_records=can_read_organization_records(user),
        manage_people=can_manage_people(user),
        view_audit_log=can_view_audit_log(user),
        view_legal_rules=can_view_legal_rules(user),
        use_django_admin=can_use_django_admin(user),
        file_gift=can_file_gift(user),
        review_gifts=can_review_gifts(user),
        view_gift_register=can_view_gift_register(user),
    )


# --- Gift declarations ---------------------------------------------------------------------------------


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


# --- Measure notices (measures app) -----------------------------------------------------------------


# --- Meetings (meetings app) ------------------------------------------------------------------------


# --- Business interests (declarations app) ---------------------------------------------------------
