"""Reads of notices, their lint findings, certificates and issued documents; scoped to the viewer where a
viewer is involved (404 for what the viewer may not see)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from coi_portal import permissions
from coi_portal.permissions import AnyUser
from coi_portal.rules import rules_for
from declarations.models import Office, Official, Organization, Tenure, current_on
from measures.lint import Finding, LintContext, NoticeDraft, blocking, lint
from measures.models import CertificateKind, IssuedDocument, Notice, NoticeSection, SignerCertificate
from measures.workflow import ISSUED


def notices_visible_to(*, user: AnyUser) -> QuerySet[Notice]:
    """Every notice of the organization for its readers and editors; a signer sees the notices they sign."""
    organization = permissions.organization_of(user)
    if organization is None:
        return Notice.objects.none()
    notices = Notice.objects.filter(organization=organization).select_related("signer", "organization")
    if permissions.can_view_notices(user):
        return notices
    own = permissions.official_of(user)
    return notices.filter(signer=own) if own is not None else Notice.objects.none()


def notice_get_for_user(*, user: AnyUser, pk: int) -> Notice:
    notice = notices_visible_to(user=user).filter(pk=pk).first()
    if notice is None:
        raise Http404
    return notice


def section_get(*, notice: Notice, pk: int) -> NoticeSection:
    section = notice.sections.filter(pk=pk).first()
    if section is None:
        raise Http404
    return section


def draft_of(notice: Notice) -> NoticeDraft:
    return NoticeDraft(
        year_be=notice.year_be,
        title=notice.title,
        issuing_body=notice.issuing_body,
        sections=tuple((section.heading, section.body) for section in notice.sections.all()),
        signer_name=notice.signer_name,
        signer_position=notice.signer_position,
        signed_on=notice.signed_on,
    )


def lint_notice(notice: Notice, *, today: dt.date | None = None) -> list[Finding]:
    organization = notice.organization
    context = LintContext(
        organization_name=organization.name_th,
        organization_kind=organization.kind,
        today=today or timezone.localdate(),
        rules=rules_for(organization),
    )
    return lint(draft_of(notice), context)


def overridden_codes(notice: Notice) -> set[str]:
    return set(notice.overrides.values_list("code", flat=True))


def blocking_findings(notice: Notice) -> list[Finding]:
    return blocking(lint_notice(notice), overridden_codes(notice))


def versions_of(notice: Notice) -> QuerySet[Notice]:
    """Every version of the same document (organization, kind, year), oldest first."""
    return Notice.objects.filter(
        organization_id=notice.organization_id, kind=notice.kind, year_be=notice.year_be
    ).order_by("version")


def is_latest_version(notice: Notice) -> bool:
    return not versions_of(notice).filter(version__gt=notice.version).exists()


@dataclass(frozen=True)
class IssueState:
    """Whether an issued PDF is the current one of its document, and what replaced it if not."""

    current: bool
    newer_version: Notice | None
    reissued: bool


def issue_state(document: IssuedDocument) -> IssueState:
    notice = document.notice
    newer = (
        versions_of(notice).filter(version__gt=notice.version, status__in=ISSUED).order_by("-version").first()
    )
    reissued = notice.issued.filter(pk__gt=document.pk).exists()
    return IssueState(current=newer is None and not reissued, newer_version=newer, reissued=reissued)


def issues_with_state(notice: Notice) -> list[tuple[IssuedDocument, IssueState]]:
    """Every PDF issued for this version, newest first, each with whether it is current."""
    issues = notice.issued.select_related("certificate").order_by("-pk")
    return [(document, issue_state(document)) for document in issues]


def current_issue(notice: Notice) -> IssuedDocument | None:
    """The latest issued PDF of this version."""
    return notice.issued.order_by("-pk").first()


def issued_notice_by_identifier(identifier: str) -> Notice | None:
    """A version that has been issued (only those are public), by its identifier."""
    return (
        Notice.objects.filter(identifier=identifier, issued__isnull=False)
        .select_related("organization", "signer")
        .distinct()
        .first()
    )


def published_notices(organization: Organization) -> list[tuple[Notice, IssuedDocument | None]]:
    """The latest published version of each document of ``organization``, newest year first, with its
    current PDF."""
    published = Notice.objects.filter(organization=organization, status="published").order_by(
        "-year_be", "kind", "-version"
    )
    latest: dict[tuple[str, int], Notice] = {}
    for notice in published:
        latest.setdefault((notice.kind, notice.year_be), notice)
    return [(notice, current_issue(notice)) for notice in latest.values()]


def certificates_of(organization: Organization) -> QuerySet[SignerCertificate]:
    return SignerCertificate.objects.filter(organization=organization).select_related("official")


def personal_certificate(official: Official) -> SignerCertificate | None:
    """The official's latest certificate that is not retired."""
    return (
        SignerCertificate.objects.filter(
            official=official, kind=CertificateKind.PERSONAL, retired_at__isnull=True
        )
        .order_by("-uploaded_at", "-pk")
        .first()
    )


def seal_certificate(organization: Organization) -> SignerCertificate | None:
    return (
        SignerCertificate.objects.filter(
            organization=organization, kind=CertificateKind.ORGANIZATION_SEAL, retired_at__isnull=True
        )
        .order_by("-uploaded_at", "-pk")
        .first()
    )


def chief_executive_of(organization: Organization, on: dt.date | None = None) -> Tenure | None:
    """Who holds the office of Chief Executive on ``on`` (today by default): the usual signer."""
    return (
        Tenure.objects.filter(
            current_on(on or timezone.localdate()),
            position__organization=organization,
            position__office=Office.CHIEF_EXECUTIVE,
        )
        .select_related("official", "position")
        .first()
    )
