"""The yearly plan of the meetings of measures 5 and 7 of the organization's notice, as a pure function.

Measure 7: one meeting with the people of each village every month, before the 10th, on a working day
(the 1st to the 9th). Villages take the earliest slots in หมู่ order, at most ``daily_limit`` village meetings
a day. A month with too few working days before the 10th raises its own limit by the least amount that
fits, and says so; a village that still cannot be placed (no working day left, or a ``max_daily_limit``
reached) is listed as unplanned for that month and never placed on or after the 10th.

Measure 5: one monthly meeting of executives, council members and staff on the first working day from the
10th on, so it never competes with the village meetings.

Working days are those of ``legal.calendar.is_working_day``: not a Saturday or Sunday, not a Thai public or
government holiday, not one of the organization's ``closure_days``. No ORM, no clock: the same inputs give
the same plan. Meetings already held or moved by hand are passed in ``keep``; they keep their date, fill
their village's duty for their month and take their place in the day's count.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from legal.calendar import is_working_day
from legal.rules import LegalRules, build_rules

MEASURE_STAFF = 5
MEASURE_VILLAGE = 7
LAST_VILLAGE_DAY = 9  # "ก่อนวันที่ ๑๐ ของทุกเดือน"
STAFF_FROM_DAY = 10
DAY_START = dt.time(9, 0)
DAY_END = dt.time(16, 0)
# The usual day of two village meetings: one in the morning, one in the afternoon.
TWO_SLOTS = ((dt.time(9, 0), dt.time(12, 0)), (dt.time(13, 0), dt.time(16, 0)))
STAFF_MEETING = (dt.time(10, 0), dt.time(12, 0))


@dataclass(frozen=True, order=True)
class Kept:
    """A meeting that re-planning must not touch. ``for_month`` (a first day) is the month whose duty it
    fills, even when it was moved out of that month; ``village`` is the หมู่ number, None for measure 5.
    A cancelled meeting fills its duty (cancelling was a decision) but takes no slot on its day."""

    measure: int
    for_month: dt.date
    village: int | None
    day: dt.date
    start: dt.time
    end: dt.time
    cancelled: bool = False


@dataclass(frozen=True, order=True)
class PlannedMeeting:
    measure: int
    month: int
    village: int | None
    day: dt.date
    start: dt.time
    end: dt.time


@dataclass(frozen=True)
class MonthPlan:
    """What the plan says about one month: the village-meeting limit used, whether it was raised above the
    organization's limit, which villages (หมู่ numbers) could not be placed, whether measure 5 could not."""

    month: int
    daily_limit: int
    raised: bool
    unplanned: tuple[int, ...]
    staff_unplanned: bool

    @property
    def complete(self) -> bool:
        return not self.unplanned and not self.staff_unplanned


@dataclass(frozen=True)
class Plan:
    year_ce: int
    daily_limit: int
    meetings: tuple[PlannedMeeting, ...]
    months: tuple[MonthPlan, ...]

    def month(self, month: int) -> MonthPlan:
        return self.months[month - 1]

    def in_month(self, month: int) -> tuple[PlannedMeeting, ...]:
        return tuple(m for m in self.meetings if m.month == month)


def slot_times(limit: int) -> tuple[tuple[dt.time, dt.time], ...]:
    """The times of a day of ``limit`` village meetings: morning and afternoon up to two; beyond, 09:00 to
    16:00 split into ``limit`` equal blocks (whole 5 minutes)."""
    if limit < 1:
        raise ValueError("a day holds at least one meeting")
    if limit <= len(TWO_SLOTS):
        return TWO_SLOTS[:limit]
    window = _minutes(DAY_END) - _minutes(DAY_START)
    block = window // limit // 5 * 5
    start = _minutes(DAY_START)
    return tuple((_time(start + i * block), _time(start + (i + 1) * block)) for i in range(limit))


def plan_year(
    *,
    year_ce: int,
    villages: Iterable[int],
    closure_days: Iterable[dt.date] = (),
    daily_limit: int = 2,
    max_daily_limit: int | None = None,
    keep: Iterable[Kept] = (),
    not_before: dt.date | None = None,
) -> Plan:
    """Plan the twelve months of ``year_ce`` (see the module docstring). New meetings are placed only on
    days from ``not_before`` on (re-planning a year under way leaves the past alone)."""
    listed = list(villages)
    moos = sorted(set(listed))
    if len(moos) != len(listed):
        raise ValueError("a village is listed twice")
    if daily_limit < 1 or (max_daily_limit is not None and max_daily_limit < daily_limit):
        raise ValueError("the daily limit must be at least 1 and at most the maximum")
    rules = build_rules(extra_closure_days=frozenset(closure_days))
    kept = sorted(keep)
    meetings: list[PlannedMeeting] = []
    months: list[MonthPlan] = []
    for month in range(1, 13):
        kept_here = [k for k in kept if k.for_month == dt.date(year_ce, month, 1)]
        placed, month_plan = _plan_villages(
            year_ce, month, moos, kept, kept_here, rules, daily_limit, max_daily_limit, not_before
        )
        staff = _plan_staff(year_ce, month, kept_here, rules, not_before)
        meetings.extend(placed)
        if staff is not None:
            meetings.append(staff)
        months.append(
            MonthPlan(
                month=month,
                daily_limit=month_plan.daily_limit,
                raised=month_plan.raised,
                unplanned=month_plan.unplanned,
                staff_unplanned=staff is None and not _has(kept_here, MEASURE_STAFF, None),
            )
        )
    return Plan(year_ce=year_ce, daily_limit=daily_limit, meetings=tuple(meetings), months=tuple(months))


def village_days(
    year_ce: int, month: int, rules: LegalRules, not_before: dt.date | None = None
) -> list[dt.date]:
    """The working days from the 1st to the 9th of the month (from ``not_before`` on)."""
    days = (dt.date(year_ce, month, d) for d in range(1, LAST_VILLAGE_DAY + 1))
    return [d for d in days if is_working_day(d, rules=rules) and (not_before is None or d >= not_before)]


def _plan_villages(
    year_ce: int,
    month: int,
    moos: list[int],
    kept: list[Kept],
    kept_here: list[Kept],
    rules: LegalRules,
    daily_limit: int,
    max_daily_limit: int | None,
    not_before: dt.date | None,
) -> tuple[list[PlannedMeeting], MonthPlan]:
    waiting = [moo for moo in moos if not _has(kept_here, MEASURE_VILLAGE, moo)]
    days = village_days(year_ce, month, rules, not_before)
    # Every kept village meeting counts on its own day, whatever month it belongs to.
    on_day = {
        day: [k for k in kept if k.measure == MEASURE_VILLAGE and k.day == day and not k.cancelled]
        for day in days
    }
    limit = _least_limit(len(waiting), days, on_day, daily_limit, max_daily_limit)
    placed: list[PlannedMeeting] = []
    queue = list(waiting)
    for day in days:
        for start, end in _free_slots(limit, on_day[day]):
            if not queue:
                break
            placed.append(PlannedMeeting(MEASURE_VILLAGE, month, queue.pop(0), day, start, end))
    month_plan = MonthPlan(month, limit, limit > daily_limit, tuple(queue), staff_unplanned=False)
    return placed, month_plan


def _least_limit(
    needed: int,
    days: list[dt.date],
    on_day: dict[dt.date, list[Kept]],
    daily_limit: int,
    max_daily_limit: int | None,
) -> int:
    """The least limit from ``daily_limit`` on whose free slots hold ``needed`` meetings; when none does
    (no working day, or the maximum reached) the largest limit that places more than the base one."""
    if needed == 0 or not days:
        return daily_limit
    kept_count = sum(len(v) for v in on_day.values())
    ceiling = max_daily_limit if max_daily_limit is not None else daily_limit + needed + kept_count
    best, best_room = daily_limit, _room(daily_limit, days, on_day)
    for limit in range(daily_limit, ceiling + 1):
        room = _room(limit, days, on_day)
        if room >= needed:
            return limit
        if room > best_room:
            best, best_room = limit, room
    return best


def _room(limit: int, days: list[dt.date], on_day: dict[dt.date, list[Kept]]) -> int:
    return sum(len(_free_slots(limit, on_day[day])) for day in days)


def _free_slots(limit: int, kept_on_day: list[Kept]) -> list[tuple[dt.time, dt.time]]:
    """The slots of a day of ``limit`` meetings that no kept meeting overlaps, at most ``limit`` in all."""
    free = [
        (start, end)
        for start, end in slot_times(limit)
        if not any(k.start < end and start < k.end for k in kept_on_day)
    ]
    return free[: max(0, limit - len(kept_on_day))]


def _plan_staff(
    year_ce: int, month: int, kept_here: list[Kept], rules: LegalRules, not_before: dt.date | None
) -> PlannedMeeting | None:
    if _has(kept_here, MEASURE_STAFF, None):
        return None
    last = calendar.monthrange(year_ce, month)[1]
    for d in range(STAFF_FROM_DAY, last + 1):
        day = dt.date(year_ce, month, d)
        if is_working_day(day, rules=rules) and (not_before is None or day >= not_before):
            return PlannedMeeting(MEASURE_STAFF, month, None, day, *STAFF_MEETING)
    return None


def _has(kept: list[Kept], measure: int, village: int | None) -> bool:
    return any(k.measure == measure and k.village == village for k in kept)


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def _time(minutes: int) -> dt.time:
    return dt.time(minutes // 60, minutes % 60)
