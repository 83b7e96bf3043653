"""Reads of personal-data records, each scoped to the viewer (404 for what the viewer may not see)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from coi_portal import permissions
from coi_portal.permissions import AnyUser
from declarations.models import Organization, Spouse
from privacy.inventory import Activity
from privacy.models import Breach, LegalHold, PrivacyNotice, SpouseNotice, SubjectRequest
from privacy.services import current_notice, sync_spouse_notices


def public_organization(slug: str) -> Organization:
    return get_object_or_404(Organization, slug=slug)


def notice_history(organization: Organization, activity: Activity) -> QuerySet[PrivacyNotice]:
    return PrivacyNotice.objects.filter(organization=organization, activity=activity).order_by("-version")


def public_notice(
    organization: Organization, activity: Activity, version: int | None
) -> PrivacyNotice | None:
    """The notice in force, or the version asked for (None when there is no such version)."""
    if version is None:
        return current_notice(organization=organization, activity=activity)
    return PrivacyNotice.objects.filter(organization=organization, activity=activity, version=version).first()


def _organization(user: AnyUser) -> Organization:
    organization = permissions.organization_of(user)
    if organization is None:
        raise Http404
    return organization


def privacy_keeper_organization(user: AnyUser) -> Organization:
    """The viewer's organization if the viewer keeps its privacy registers, else 404."""
    if not permissions.can_manage_privacy(user):
        raise Http404
    return _organization(user)


def privacy_reader_organization(user: AnyUser) -> Organization:
    if not permissions.can_read_privacy_records(user):
        raise Http404
    return _organization(user)


@dataclass(frozen=True)
class SpouseRow:
    spouse: Spouse
    notice: SpouseNotice
    overdue: bool


def spouse_rows(*, user: AnyUser) -> list[SpouseRow]:
    """The spouses whose notice the viewer handles: their own spouses, or every spouse of the organization
    for a privacy keeper. Spouses without a notice record get one (the 30 days start on the first look)."""
    if not permissions.can_view_spouse_notices(user):
        raise Http404
    organization = _organization(user)
    sync_spouse_notices(organization)
    spouses = Spouse.objects.filter(official__organization=organization)
    if not permissions.can_manage_privacy(user):
        spouses = spouses.filter(official=permissions.official_of(user))
    today = timezone.localdate()
    rows = []
    for spouse in spouses.select_related("official", "privacy_notice").order_by("official__first_name_th"):
        notice = spouse.privacy_notice
        rows.append(SpouseRow(spouse, notice, notice.is_overdue(today)))
    return rows


def spouse_notice_get(*, user: AnyUser, pk: int) -> SpouseNotice:
    notice = SpouseNotice.objects.select_related("spouse__official", "organization").filter(pk=pk).first()
    if notice is None or not permissions.can_handle_spouse_notice(user, notice):
        raise Http404
    return notice


def overdue_spouse_notices(organization: Organization) -> QuerySet[SpouseNotice]:
    """Notices not given more than 30 days after the portal learned of the spouse (standards.md P-03)."""
    from privacy.pdpa import SPOUSE_NOTICE_DAYS

    cutoff = timezone.localdate() - dt.timedelta(days=SPOUSE_NOTICE_DAYS)
    return SpouseNotice.objects.filter(
        organization=organization, given_on__isnull=True, needed_since__lt=cutoff
    )


def subject_requests(*, user: AnyUser) -> QuerySet[SubjectRequest]:
    organization = privacy_reader_organization(user)
    return SubjectRequest.objects.filter(organization=organization).select_related("official")


def subject_request_get(*, user: AnyUser, pk: int) -> SubjectRequest:
    return get_object_or_404(subject_requests(user=user), pk=pk)


def breaches(*, user: AnyUser) -> QuerySet[Breach]:
    return Breach.objects.filter(organization=privacy_reader_organization(user))


def breach_get(*, user: AnyUser, pk: int) -> Breach:
    return get_object_or_404(breaches(user=user), pk=pk)


def holds(organization: Organization) -> QuerySet[LegalHold]:
    return LegalHold.objects.filter(organization=organization).select_related("placed_by", "released_by")


def hold_get(*, user: AnyUser, pk: int) -> LegalHold:
    return get_object_or_404(holds(privacy_keeper_organization(user)), pk=pk)


def dashboard_counts(organization: Organization) -> dict[str, int]:
    today = timezone.localdate()
    open_requests = SubjectRequest.objects.filter(organization=organization, status="open")
    open_breaches = Breach.objects.filter(organization=organization, closed_at__isnull=True)
    return {
        "requests_open": open_requests.count(),
        "requests_overdue": open_requests.filter(due_on__lt=today).count(),
        "breaches_open": open_breaches.count(),
        "breaches_overdue": sum(1 for breach in open_breaches if breach.is_overdue()),
        "spouse_overdue": overdue_spouse_notices(organization).count(),
        "holds": LegalHold.objects.filter(organization=organization, released_at__isnull=True).count(),
    }
