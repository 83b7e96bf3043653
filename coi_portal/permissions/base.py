"""The accounts behind every capability: membership, organization, official and roles.

Every account belongs to exactly one organization through its ``Membership``; an account without one
(or an inactive one) may do nothing beyond its own login.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from coi_portal.models import Membership
from declarations.models import Official, Organization

if TYPE_CHECKING:
    pass

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
