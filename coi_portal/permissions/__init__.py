"""Capabilities: what a user may do. Every view, selector and template asks here, never about roles.

The rules live in one module per area (``base``, ``gifts``, ``measures``, ``interests``, ``privacy``,
``security``); this package exports them all, so callers write ``permissions.can_rule_on(user, filing)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coi_portal.permissions.base import (
    AnyUser,
    acting_user,
    can_change_legal_rules,
    can_manage_people,
    can_read_organization_records,
    can_use_django_admin,
    can_view_audit_log,
    can_view_legal_rules,
    can_view_official,
    is_administrator,
    is_auditor,
    is_integrity_officer,
    membership_of,
    official_of,
    organization_of,
)
from coi_portal.permissions.gifts import (
    REVIEWING_OFFICES,
    can_comment_on_filing,
    can_edit_filing,
    can_file_gift,
    can_keep_custody,
    can_manage_nacc_reports,
    can_record_return,
    can_review_gifts,
    can_rule_on,
    can_view_filing,
    can_view_gift_register,
)
from coi_portal.permissions.interests import (
    COUNCIL_OFFICES,
    can_acknowledge_declaration,
    can_declare_interests,
    can_declare_on_seat,
    can_manage_committees,
    can_manage_contracts,
    can_manage_declaration_rounds,
    can_record_leaving,
    can_review_findings,
    can_view_all_findings,
    can_view_chair_dashboard,
    can_view_committee,
    can_view_contract_register,
    can_view_declaration_rounds,
    can_view_declared_interests,
    can_view_findings_of,
    can_view_former_officials,
    can_view_interest_declaration,
    is_council_chair,
    is_council_member,
    offices_today,
)
from coi_portal.permissions.measures import (
    can_declare_meeting_interests,
    can_edit_notice,
    can_edit_notices,
    can_keep_meeting,
    can_manage_certificates,
    can_manage_notice,
    can_open_notices,
    can_plan_meetings,
    can_seal_notice,
    can_sign_notice,
    can_subscribe_to_meetings,
    can_view_meeting_compliance,
    can_view_meetings,
    can_view_notices,
    is_notice_signer,
)
from coi_portal.permissions.privacy import (
    can_download_own_data,
    can_handle_spouse_notice,
    can_handle_tipoff,
    can_manage_participation,
    can_manage_privacy,
    can_publish_cases,
    can_read_privacy_records,
    can_receive_tipoffs,
    can_view_participation,
    can_view_spouse_notices,
    can_view_tipoff_counts,
)
from coi_portal.permissions.security import (
    can_manage_second_factor,
    can_turn_off_second_factor,
    is_second_factor_required,
)
from declarations.models import Official, Organization


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
    view_privacy_records: bool
    download_own_data: bool
    view_spouse_notices: bool
    receive_tipoffs: bool
    view_tipoff_counts: bool
    view_participation: bool
    publish_cases: bool
    manage_second_factor: bool

    @property
    def integrity_menu(self) -> bool:
        return self.receive_tipoffs or self.view_participation or self.view_privacy_records

    @property
    def administration_menu(self) -> bool:
        return self.read_organization_records or self.view_legal_rules or self.view_audit_log

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
        view_privacy_records=can_read_privacy_records(user),
        download_own_data=can_download_own_data(user),
        view_spouse_notices=can_view_spouse_notices(user),
        receive_tipoffs=can_receive_tipoffs(user),
        view_tipoff_counts=can_view_tipoff_counts(user),
        view_participation=can_view_participation(user),
        publish_cases=can_publish_cases(user),
        manage_second_factor=can_manage_second_factor(user),
    )


__all__ = [
    "COUNCIL_OFFICES",
    "REVIEWING_OFFICES",
    "AnyUser",
    "Capabilities",
    "acting_user",
    "can_acknowledge_declaration",
    "can_change_legal_rules",
    "can_comment_on_filing",
    "can_declare_interests",
    "can_declare_meeting_interests",
    "can_declare_on_seat",
    "can_download_own_data",
    "can_edit_filing",
    "can_edit_notice",
    "can_edit_notices",
    "can_file_gift",
    "can_handle_spouse_notice",
    "can_handle_tipoff",
    "can_keep_custody",
    "can_keep_meeting",
    "can_manage_certificates",
    "can_manage_committees",
    "can_manage_contracts",
    "can_manage_declaration_rounds",
    "can_manage_nacc_reports",
    "can_manage_notice",
    "can_manage_participation",
    "can_manage_people",
    "can_manage_privacy",
    "can_manage_second_factor",
    "can_open_notices",
    "can_plan_meetings",
    "can_publish_cases",
    "can_read_organization_records",
    "can_read_privacy_records",
    "can_receive_tipoffs",
    "can_record_leaving",
    "can_record_return",
    "can_review_findings",
    "can_review_gifts",
    "can_rule_on",
    "can_seal_notice",
    "can_sign_notice",
    "can_subscribe_to_meetings",
    "can_turn_off_second_factor",
    "can_use_django_admin",
    "can_view_all_findings",
    "can_view_audit_log",
    "can_view_chair_dashboard",
    "can_view_committee",
    "can_view_contract_register",
    "can_view_declaration_rounds",
    "can_view_declared_interests",
    "can_view_filing",
    "can_view_findings_of",
    "can_view_former_officials",
    "can_view_gift_register",
    "can_view_interest_declaration",
    "can_view_legal_rules",
    "can_view_meeting_compliance",
    "can_view_meetings",
    "can_view_notices",
    "can_view_official",
    "can_view_participation",
    "can_view_spouse_notices",
    "can_view_tipoff_counts",
    "capabilities",
    "is_administrator",
    "is_auditor",
    "is_council_chair",
    "is_council_member",
    "is_integrity_officer",
    "is_notice_signer",
    "is_second_factor_required",
    "membership_of",
    "offices_today",
    "official_of",
    "organization_of",
]
