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
    open_notices: bool
    declare_interests: bool
    chair_dashboard: bool
    view_contract_register: bool
    view_all_findings: bool
    view_declaration_rounds: bool
    view_former_officials: bool

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
        open_notices=can_open_notices(user),
        declare_interests=can_declare_interests(user),
        chair_dashboard=can_view_chair_dashboard(user),
        view_contract_register=can_view_contract_register(user),
        view_all_findings=can_view_all_findings(user),
        view_declaration_rounds=can_view_declaration_rounds(user),
        view_former_officials=can_view_former_officials(user),
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


# --- Business interests (declarations app) ---------------------------------------------------------

COUNCIL_OFFICES = frozenset({"council_chair", "council_vice_chair", "council_member"})


def offices_today(official: Official | None) -> set[str]:
    """The offices ``official`` holds today through current tenures (none once they left office)."""
    from django.utils import timezone

    from declarations.models import current_on

    today = timezone.localdate()
    if official is None or not official.is_serving_on(today):
        return set()
    return set(official.tenures.filter(current_on(today)).values_list("position__office", flat=True))


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


# --- Personal data, tip-offs and awareness (privacy and participation apps) ---------------------------


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


# --- Security (second factor, archives) --------------------------------------------------------------


def is_second_factor_required(user: AnyUser | None) -> bool:
    """Administrators, and platform operators (who only work in the Django admin), must pass a TOTP second
    factor when ``OTP_REQUIRED_FOR_ADMINISTRATORS`` is on; everyone else may choose to."""
    from django.conf import settings

    if not settings.OTP_REQUIRED_FOR_ADMINISTRATORS or user is None or not user.is_authenticated:
        return False
    return is_administrator(user) or bool(getattr(user, "is_superuser", False))


def can_manage_second_factor(user: AnyUser | None) -> bool:
    """Every active account may set up its own second factor and backup codes."""
    return user is not None and user.is_authenticated and user.is_active


def can_turn_off_second_factor(user: AnyUser | None) -> bool:
    return can_manage_second_factor(user) and not is_second_factor_required(user)
