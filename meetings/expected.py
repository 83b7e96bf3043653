"""Who is expected at a meeting.

Measure 5 gathers executives, council members and staff: every official serving on the day with a position
held that day. Measure 7 takes the executives (Chief Executive, deputies, secretary) out to each village,
with the council members who represent that village.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q, QuerySet

from declarations.models import Office, Official, current_on
from meetings.models import Measure, Meeting

EXECUTIVE_OFFICES = (Office.CHIEF_EXECUTIVE, Office.DEPUTY_CHIEF_EXECUTIVE, Office.EXECUTIVE_SECRETARY)


def _holding(on: dt.date) -> Q:
    return Q(tenures__started_on__lte=on) & (Q(tenures__ended_on__isnull=True) | Q(tenures__ended_on__gte=on))


def _serving(organization_id: int, on: dt.date) -> QuerySet[Official]:
    held = _holding(on)
    left = Q(left_office_on__isnull=True) | Q(left_office_on__gt=on)
    return Official.objects.filter(held, left, organization_id=organization_id, took_office_on__lte=on)


def expected_officials(meeting: Meeting) -> list[Official]:
    """The officials expected at ``meeting``, in name order, each once."""
    officials = _serving(meeting.organization_id, meeting.date)
    if meeting.measure == Measure.VILLAGE:
        executive = Q(tenures__position__office__in=EXECUTIVE_OFFICES) & _holding(meeting.date)
        officials = officials.filter(executive | Q(village_id=meeting.village_id))
    return list(officials.distinct().order_by("first_name_th", "last_name_th"))


def is_expected(official: Official, meeting: Meeting) -> bool:
    return official.organization_id == meeting.organization_id and any(
        o.pk == official.pk for o in expected_officials(meeting)
    )


def meetings_expecting(official: Official, *, on: dt.date) -> QuerySet[Meeting]:
    """The meetings of the official's organization that expect the official, by what the official holds on
    ``on``: all of them for an executive, otherwise measure 5 and their own village's meetings."""
    meetings = Meeting.objects.filter(organization_id=official.organization_id)
    offices = set(official.tenures.filter(current_on(on)).values_list("position__office", flat=True))
    if offices & set(EXECUTIVE_OFFICES):
        return meetings
    if not offices:
        return meetings.none()
    mine = Q(measure=Measure.STAFF)
    if official.village_id is not None:
        mine |= Q(measure=Measure.VILLAGE, village_id=official.village_id)
    return meetings.filter(mine)


def office_of(official: Official, on: dt.date) -> str:
    """The official's positions on ``on``, as printed in an attendance list."""
    tenures = (
        official.tenures.filter(current_on(on)).select_related("position").order_by("position__title_th")
    )
    return ", ".join(t.position.title_th for t in tenures)
