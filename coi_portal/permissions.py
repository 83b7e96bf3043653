"""Capabilities: what a user may do. Every view, selector and template asks here, never about roles.

Every account belongs to exactly one organization through its ``Membership``; an account without one
(or an inactive one) may do nothing beyond its own login.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

from coi_portal.models import Membership
from declarations.models import Official, Organization

type AnyUser = AbstractBaseUser | AnonymousUser


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
    use_django_admin: bool

    def as_context(self) -> dict[str, Any]:
        return {"can": self}


def capabilities(user: AnyUser | None) -> Capabilities:
    return Capabilities(
        organization=organization_of(user),
        official=official_of(user),
        read_organization_records=can_read_organization_records(user),
        manage_people=can_manage_people(user),
        view_audit_log=can_view_audit_log(user),
        use_django_admin=can_use_django_admin(user),
    )
