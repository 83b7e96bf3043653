"""Reads of the participation app, scoped to the viewer (404 for what the viewer may not see)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from coi_portal import permissions
from coi_portal.models import AuditEntry
from coi_portal.permissions import AnyUser
from declarations.models import Organization
from gifts.models import Ruling
from gifts.register import fiscal_year_bounds, fiscal_year_of
from participation import routing
from participation.models import (
    ActivityFile,
    AwarenessActivity,
    ItaItem,
    PublishedCase,
    Risk,
    RiskMeasure,
    TipOff,
    TipOffStatus,
)


def current_fiscal_year() -> int:
    return fiscal_year_of(timezone.localdate())


def member_organization(user: AnyUser) -> Organization:
    organization = permissions.organization_of(user)
    if organization is None or not permissions.can_view_participation(user):
        raise Http404
    return organization


def manager_organization(user: AnyUser) -> Organization:
    if not permissions.can_manage_participation(user):
        raise Http404
    return member_organization(user)


# --- Tip-offs --------------------------------------------------------------------------------------------


def tipoffs_handled(*, user: AnyUser) -> list[TipOff]:
    organization = permissions.organization_of(user)
    if organization is None:
        return []
    return routing.handled_by(user, organization)  # type: ignore[arg-type]


def tipoff_get_for_handler(*, user: AnyUser, pk: int) -> TipOff:
    """The tip-off if the viewer handles it; 404 for everyone else, and always for anyone it names."""
    tipoff = TipOff.objects.select_related("organization").filter(pk=pk).first()
    if tipoff is None or not permissions.can_handle_tipoff(user, tipoff):
        raise Http404
    return tipoff


@dataclass(frozen=True)
class MonthCount:
    month: dt.date
    received: int
    closed: int


def tipoff_counts_by_month(organization: Organization, fiscal_year: int) -> list[MonthCount]:
    """Tip-offs received and closed in each month of a fiscal year (October to September), for the ITA report.
    Counts only: no text, no names."""
    start, end = fiscal_year_bounds(fiscal_year)
    rows = TipOff.objects.filter(
        organization=organization, submitted_at__date__gte=start, submitted_at__date__lte=end
    )
    received = dict(rows.annotate(m=TruncMonth("submitted_at")).values_list("m").annotate(n=Count("id")))
    closed_rows = TipOff.objects.filter(
        organization=organization, closed_at__date__gte=start, closed_at__date__lte=end
    )
    closed = dict(closed_rows.annotate(m=TruncMonth("closed_at")).values_list("m").annotate(n=Count("id")))

    def as_date(value: dt.date | dt.datetime) -> dt.date:
        return timezone.localdate(value) if isinstance(value, dt.datetime) else value

    received_by = {as_date(k).replace(day=1): v for k, v in received.items()}
    closed_by = {as_date(k).replace(day=1): v for k, v in closed.items()}
    months = []
    day = start
    while day <= end:
        months.append(MonthCount(day, received_by.get(day, 0), closed_by.get(day, 0)))
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return months


def open_tipoffs(organization: Organization) -> int:
    return TipOff.objects.filter(organization=organization).exclude(status=TipOffStatus.CLOSED).count()


def hide_tipoff_entries(user: AnyUser, entries: QuerySet[AuditEntry]) -> QuerySet[AuditEntry]:
    """The audit log without the entries of tip-offs the viewer does not handle, so that an administrator
    named in a tip-off does not learn of it from the log (used by
    ``coi_portal.selectors.audit_entries_visible_to``)."""
    organization = permissions.organization_of(user)
    if organization is None:
        return entries
    handled = [str(t.pk) for t in routing.handled_by(user, organization)]  # type: ignore[arg-type]
    tipoff_rows = Q(target_type="participation.tipoff")
    return entries.exclude(tipoff_rows & ~Q(target_id__in=handled))


# --- Awareness, risks, ITA, cases -------------------------------------------------------------------------


def public_activities(organization: Organization) -> QuerySet[AwarenessActivity]:
    return (
        AwarenessActivity.objects.filter(organization=organization, published=True)
        .annotate(attendee_count=Count("attendees"))
        .prefetch_related("files")
    )


def activities(organization: Organization) -> QuerySet[AwarenessActivity]:
    return (
        AwarenessActivity.objects.filter(organization=organization)
        .annotate(attendee_count=Count("attendees"))
        .prefetch_related("files")
    )


def activity_get(*, user: AnyUser, pk: int) -> AwarenessActivity:
    return get_object_or_404(activities(member_organization(user)).prefetch_related("attendees"), pk=pk)


def activity_file_public(organization: Organization, pk: int, file_pk: int) -> ActivityFile | None:
    """A file of a published activity; None for any other (the photos of an unpublished one stay private)."""
    return ActivityFile.objects.filter(
        pk=file_pk, activity_id=pk, activity__organization=organization, activity__published=True
    ).first()


def risks(organization: Organization, fiscal_year: int) -> QuerySet[Risk]:
    return Risk.objects.filter(organization=organization, fiscal_year=fiscal_year).prefetch_related(
        Prefetch("measures", queryset=RiskMeasure.objects.order_by("measure_no", "id"))
    )


def risk_get(*, user: AnyUser, pk: int) -> Risk:
    return get_object_or_404(Risk.objects.filter(organization=manager_organization(user)), pk=pk)


def risk_years(organization: Organization) -> list[int]:
    return sorted(
        set(Risk.objects.filter(organization=organization).values_list("fiscal_year", flat=True)),
        reverse=True,
    )


def ita_items(organization: Organization, fiscal_year: int) -> QuerySet[ItaItem]:
    return ItaItem.objects.filter(organization=organization, fiscal_year=fiscal_year).prefetch_related(
        "links"
    )


def ita_years(organization: Organization) -> list[int]:
    years = set(ItaItem.objects.filter(organization=organization).values_list("fiscal_year", flat=True))
    return sorted(years | {current_fiscal_year()}, reverse=True)


def ita_item_get(*, user: AnyUser, pk: int) -> ItaItem:
    return get_object_or_404(ItaItem.objects.filter(organization=manager_organization(user)), pk=pk)


def published_cases(organization: Organization) -> QuerySet[PublishedCase]:
    return PublishedCase.objects.filter(organization=organization, withdrawn_at__isnull=True)


def rulings_for_cases(*, user: AnyUser) -> QuerySet[Ruling]:
    """The organization's rulings an administrator may publish as cases, newest first."""
    if not permissions.can_publish_cases(user):
        raise Http404
    organization = member_organization(user)
    return (
        Ruling.objects.filter(filing__organization=organization)
        .select_related("filing")
        .order_by("-decided_on")
    )


def ruling_for_case(*, user: AnyUser, pk: int) -> Ruling:
    return get_object_or_404(rulings_for_cases(user=user), pk=pk)


def case_get(*, user: AnyUser, pk: int) -> PublishedCase:
    if not permissions.can_publish_cases(user):
        raise Http404
    return get_object_or_404(PublishedCase.objects.filter(organization=member_organization(user)), pk=pk)
