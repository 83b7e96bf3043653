"""Reads of meetings, each scoped to the viewer (or, for the public pages, to one organization)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import translation

from coi_portal import permissions
from coi_portal.permissions import AnyUser
from declarations.models import Organization
from meetings.closed_days import closed_weekdays
from meetings.models import AgendaItem, InterestDeclaration, Measure, Meeting, MeetingPlanNote, MeetingStatus


@dataclass(frozen=True)
class MonthSchedule:
    month: dt.date
    village_meetings: list[Meeting]
    staff_meetings: list[Meeting]
    note: MeetingPlanNote | None
    closed: list[tuple[dt.date, str]]

    @property
    def meetings(self) -> list[Meeting]:
        return sorted([*self.village_meetings, *self.staff_meetings], key=lambda m: (m.date, m.start_time))


def meetings_visible_to(*, user: AnyUser) -> QuerySet[Meeting]:
    """Every meeting of the viewer's organization: the schedule is no secret inside it."""
    organization = permissions.organization_of(user)
    if organization is None:
        return Meeting.objects.none()
    return Meeting.objects.filter(organization=organization).select_related("organization", "village")


def meeting_get_for_user(*, user: AnyUser, pk: int) -> Meeting:
    """The meeting ``pk`` of the viewer's organization, else 404."""
    meeting = meetings_visible_to(user=user).filter(pk=pk).first()
    if meeting is None:
        raise Http404
    return meeting


def public_organization(slug: str) -> Organization:
    return get_object_or_404(Organization, slug=slug)


def year_meetings(organization: Organization, year_ce: int) -> QuerySet[Meeting]:
    """The meetings held for the months of ``year_ce`` (by the month they serve, not their date)."""
    return (
        Meeting.objects.filter(organization=organization, for_month__year=year_ce)
        .select_related("organization", "village")
        .order_by("for_month", "date", "start_time", "measure", "village__moo_no")
    )


def schedule(organization: Organization, year_ce: int) -> list[MonthSchedule]:
    """The twelve months of ``year_ce``: their meetings, what the plan said about them, and the weekdays
    the office is closed (named in the page's language)."""
    meetings = list(year_meetings(organization, year_ce))
    closed = closed_weekdays(organization, year_ce, translation.get_language() or "th")
    notes = {
        n.month: n for n in MeetingPlanNote.objects.filter(organization=organization, month__year=year_ce)
    }
    months = []
    for number in range(1, 13):
        month = dt.date(year_ce, number, 1)
        here = [m for m in meetings if m.for_month == month]
        months.append(
            MonthSchedule(
                month=month,
                village_meetings=[m for m in here if m.measure == Measure.VILLAGE],
                staff_meetings=[m for m in here if m.measure == Measure.STAFF],
                note=notes.get(month),
                closed=[(day, name) for day, name in closed.items() if day.month == number],
            )
        )
    return months


def meeting_with_records(meeting: Meeting) -> Meeting:
    """The meeting with what its page shows: attendance, minutes, photos, agenda with declarations,
    resolutions."""
    declarations = InterestDeclaration.objects.select_related("official").order_by(
        "official__first_name_th", "official__last_name_th"
    )
    agenda = AgendaItem.objects.prefetch_related(Prefetch("declarations", queryset=declarations))
    return (
        Meeting.objects.filter(pk=meeting.pk)
        .select_related("organization", "village", "minutes")
        .prefetch_related("attendees", "photos", "resolutions", Prefetch("agenda", queryset=agenda))
        .get()
    )


def upcoming(meetings: QuerySet[Meeting], *, today: dt.date, limit: int = 10) -> list[Meeting]:
    statuses = (MeetingStatus.PLANNED, MeetingStatus.MOVED)
    return list(meetings.filter(date__gte=today, status__in=statuses).order_by("date", "start_time")[:limit])
