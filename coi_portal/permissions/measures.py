"""Measure notices and the meetings of measures 5 and 7."""

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


def can_edit_notices(user: AnyUser | None) -> bool:
    """Administrators and integrity officers prepare, approve and publish the organization's notices."""
    return is_administrator(user) or is_integrity_officer(user)


def can_view_notices(user: AnyUser | None) -> bool:
    """Those who edit notices, and auditors, read every notice of the organization."""
    return can_edit_notices(user) or can_read_organization_records(user)


def can_open_notices(user: AnyUser | None) -> bool:
    """The list of notices (and its navigation link): readers, and whoever has a notice to sign."""
    own = official_of(user)
    return can_view_notices(user) or (own is not None and own.notices_to_sign.exists())


def _notice_of_own_organization(user: AnyUser | None, notice: Any) -> bool:
    organization = organization_of(user)
    return organization is not None and notice.organization_id == organization.pk


def can_edit_notice(user: AnyUser | None, notice: Any) -> bool:
    """Only a draft is edited; a signed version changes only by a new version."""
    return _notice_of_own_organization(user, notice) and can_edit_notices(user) and notice.status == "draft"


def can_manage_notice(user: AnyUser | None, notice: Any) -> bool:
    """Approve, reopen, publish, start a new version or next year's notice."""
    return _notice_of_own_organization(user, notice) and can_edit_notices(user)


def is_notice_signer(user: AnyUser | None, notice: Any) -> bool:
    own = official_of(user)
    return _notice_of_own_organization(user, notice) and own is not None and own.pk == notice.signer_id


def can_sign_notice(user: AnyUser | None, notice: Any) -> bool:
    """Signing is the signer's own act (ETA s.26: sole control): nobody signs for someone else."""
    return is_notice_signer(user, notice) and notice.status == "approved"


def can_seal_notice(user: AnyUser | None, notice: Any) -> bool:
    """An administrator may apply the organization's seal, which is labelled as a seal, never a signature."""
    return (
        _notice_of_own_organization(user, notice) and is_administrator(user) and notice.status == "approved"
    )


def can_manage_certificates(user: AnyUser | None) -> bool:
    return is_administrator(user)


# --- Meetings (meetings app) ------------------------------------------------------------------------


def can_view_meetings(user: AnyUser | None) -> bool:
    """Every account of an organization sees its meeting schedule, agendas, attendance and minutes."""
    return organization_of(user) is not None


def can_plan_meetings(user: AnyUser | None) -> bool:
    """Administrators plan the year and keep the meetings (move, cancel, record attendance and minutes)."""
    return is_administrator(user)


def _meeting_of_organization(user: AnyUser | None, meeting: Any) -> bool:
    organization = organization_of(user)
    return organization is not None and meeting.organization_id == organization.pk


def can_keep_meeting(user: AnyUser | None, meeting: Any) -> bool:
    return _meeting_of_organization(user, meeting) and is_administrator(user)


def can_declare_meeting_interests(user: AnyUser | None, meeting: Any) -> bool:
    """Before a measure-5 meeting (not yet held or cancelled), each official expected at it."""
    from meetings.expected import is_expected
    from meetings.models import Measure

    own = official_of(user)
    return (
        own is not None
        and _meeting_of_organization(user, meeting)
        and meeting.measure == Measure.STAFF
        and meeting.is_open
        and is_expected(own, meeting)
    )


def can_view_meeting_compliance(user: AnyUser | None) -> bool:
    """The compliance view and its PDF (ITA evidence): those who read the organization's records."""
    return can_read_organization_records(user)


def can_subscribe_to_meetings(user: AnyUser | None) -> bool:
    """An official has a personal calendar link of the meetings they are expected at."""
    return official_of(user) is not None
