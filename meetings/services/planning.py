"""Planning a year: run the pure planner and store its result, keeping what was held or changed by hand."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from coi_portal import audit
from coi_portal.rules import rules_for
from coi_portal.thai import ce_year
from declarations.models import Organization, Village
from meetings import planner
from meetings.models import Measure, Meeting, MeetingPlanNote, MeetingStatus
from meetings.services.common import MeetingError

FIRST_YEAR_BE, LAST_YEAR_BE = 2543, 2700
MAX_LIMIT = 20

type Key = tuple[int, int | None, dt.date]


@dataclass(frozen=True)
class PlanResult:
    plan: planner.Plan
    created: int
    updated: int
    removed: int
    kept: int


def default_place(organization: Organization, village: Village | None) -> str:
    """Stored data in Thai, the language of the organization's records."""
    if village is None:
        return f"ห้องประชุม{organization.name_th}"
    return f"ศาลาประชาคม {village}"


def check_year(year_be: int) -> int:
    """The Common Era year of ``year_be``, or MeetingError for a year outside the portal's range."""
    if not FIRST_YEAR_BE <= year_be <= LAST_YEAR_BE:
        raise MeetingError(
            _("Give the year in the Buddhist era, from %(first)s to %(last)s.")
            % {"first": FIRST_YEAR_BE, "last": LAST_YEAR_BE}
        )
    return ce_year(year_be)


def _kept(meeting: Meeting) -> planner.Kept:
    return planner.Kept(
        measure=meeting.measure,
        for_month=meeting.for_month,
        village=meeting.village.moo_no if meeting.village else None,
        day=meeting.date,
        start=meeting.start_time,
        end=meeting.end_time,
        cancelled=meeting.status == MeetingStatus.CANCELLED,
    )


def _key(meeting: Meeting) -> Key:
    return (meeting.measure, meeting.village.moo_no if meeting.village else None, meeting.for_month)


@transaction.atomic
def plan_year(
    *,
    organization: Organization,
    year_be: int,
    actor: User | None,
    daily_limit: int = 2,
    max_daily_limit: int | None = None,
    today: dt.date | None = None,
) -> PlanResult:
    """Plan (or re-plan) the meetings of ``year_be`` for ``organization``.

    The first plan of a year places every month, past ones included, so that any year can be planned.
    Re-planning keeps meetings held, moved or cancelled by hand and planned meetings already in the past as
    they are, and places nothing before ``today``. A planned meeting the new plan places elsewhere keeps its
    row and UID and gets the new date (its sequence goes up); a planned meeting the plan no longer has is
    removed. One audit entry tells the counts.
    """
    year_ce = check_year(year_be)
    if not 1 <= daily_limit <= MAX_LIMIT or (
        max_daily_limit is not None and not daily_limit <= max_daily_limit
    ):
        raise MeetingError(_("The number of village meetings a day must be from 1 to 20."))
    # One planning run at a time per organization.
    Organization.objects.select_for_update().filter(pk=organization.pk).first()
    today = today or timezone.localdate()
    rows = list(
        Meeting.objects.filter(organization=organization, for_month__year=year_ce).select_related("village")
    )
    fixed = [m for m in rows if m.status != MeetingStatus.PLANNED or m.date < today]
    # Meetings of other years' months held on this year's days take their slots too.
    strays = Meeting.objects.filter(organization=organization, date__year=year_ce).exclude(
        for_month__year=year_ce
    )
    villages = {v.moo_no: v for v in organization.villages.all()}
    plan = planner.plan_year(
        year_ce=year_ce,
        villages=villages,
        closure_days=rules_for(organization).extra_closure_days,
        daily_limit=daily_limit,
        max_daily_limit=max_daily_limit,
        keep=[_kept(m) for m in [*fixed, *strays.select_related("village")]],
        not_before=today if rows else None,
    )
    open_rows = {_key(m): m for m in rows if m not in fixed}
    created, updated = _apply(organization, plan, villages, open_rows, actor)
    removed = len(open_rows)
    Meeting.objects.filter(pk__in=[m.pk for m in open_rows.values()]).delete()
    _store_notes(organization, plan)
    result = PlanResult(plan, created, updated, removed, len(fixed))
    audit.record(
        actor=actor,
        action="meetings.plan",
        organization=organization,
        target=organization,
        after=_summary(year_be, result),
    )
    return result


def _apply(
    organization: Organization,
    plan: planner.Plan,
    villages: dict[int, Village],
    open_rows: dict[Key, Meeting],
    actor: User | None,
) -> tuple[int, int]:
    """Create the plan's new meetings and give open ones their new slot; the rows used are taken out of
    ``open_rows`` (what is left there is no longer planned). Returns (created, updated)."""
    created = updated = 0
    for slot in plan.meetings:
        for_month = dt.date(plan.year_ce, slot.month, 1)
        row = open_rows.pop((slot.measure, slot.village, for_month), None)
        if row is None:
            village = villages[slot.village] if slot.village is not None else None
            Meeting.objects.create(
                organization=organization,
                measure=slot.measure,
                village=village,
                for_month=for_month,
                date=slot.day,
                start_time=slot.start,
                end_time=slot.end,
                place=default_place(organization, village),
                planned_by=actor,
            )
            created += 1
        elif (row.date, row.start_time, row.end_time) != (slot.day, slot.start, slot.end):
            row.date, row.start_time, row.end_time = slot.day, slot.start, slot.end
            row.sequence += 1
            row.planned_by = actor
            row.save(update_fields=["date", "start_time", "end_time", "sequence", "planned_by", "updated_at"])
            updated += 1
    return created, updated


def _store_notes(organization: Organization, plan: planner.Plan) -> None:
    for month in plan.months:
        MeetingPlanNote.objects.update_or_create(
            organization=organization,
            month=dt.date(plan.year_ce, month.month, 1),
            defaults={
                "base_limit": plan.daily_limit,
                "daily_limit": month.daily_limit,
                "unplanned_villages": list(month.unplanned),
                "staff_unplanned": month.staff_unplanned,
            },
        )


def _summary(year_be: int, result: PlanResult) -> dict[str, object]:
    plan = result.plan
    return {
        "year": year_be,
        "daily_limit": plan.daily_limit,
        "created": result.created,
        "updated": result.updated,
        "removed": result.removed,
        "kept": result.kept,
        "raised": {m.month: m.daily_limit for m in plan.months if m.raised},
        "unplanned": {m.month: list(m.unplanned) for m in plan.months if m.unplanned},
        "staff_unplanned": [m.month for m in plan.months if m.staff_unplanned],
        "meetings": len([m for m in plan.meetings if m.measure in (Measure.STAFF, Measure.VILLAGE)]),
    }
