"""The planner as a pure function: the issue's rules, table by table, and as properties over many years,
village counts and closure days. No database."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from legal.calendar import is_working_day, thai_holidays
from legal.rules import build_rules
from meetings.planner import (
    MEASURE_STAFF,
    MEASURE_VILLAGE,
    Kept,
    Plan,
    plan_year,
    slot_times,
    village_days,
)

BANGSAOTHONG = (2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)


def working_days_1_to_9(year: int, month: int, closures=frozenset()) -> list[dt.date]:
    return village_days(year, month, build_rules(extra_closure_days=frozenset(closures)))


# --- The issue's claims, checked against the installed holidays data -------------------------------------


@pytest.mark.parametrize(
    ("year", "month", "expected"),
    [
        pytest.param(2027, 1, [4, 5, 6, 7, 8], id="2570-january-five-new-year-friday-and-childrens-day"),
        pytest.param(2027, 5, [5, 6, 7], id="2570-may-three-labour-day-in-lieu-and-coronation"),
        pytest.param(2027, 2, [1, 2, 3, 4, 5, 8, 9], id="2570-february-seven"),
        pytest.param(2027, 4, [1, 2, 5, 7, 8, 9], id="2570-april-chakri-day-on-the-6th"),
        pytest.param(2026, 1, [5, 6, 7, 8, 9], id="2569-january-bridge-day-2-january"),
        pytest.param(2028, 7, [3, 4, 5], id="2571-july-three-asalha-and-lent"),
    ],
)
def test_working_days_before_the_10th(year, month, expected):
    assert [d.day for d in working_days_1_to_9(year, month)] == expected


def test_the_holidays_behind_the_issues_claims_are_in_the_library():
    holidays_2027 = thai_holidays(2027)
    assert dt.date(2027, 1, 1) in holidays_2027  # New Year's Day, a Friday
    assert dt.date(2027, 5, 3) in holidays_2027  # Labour Day in lieu (1 May is a Saturday)
    assert dt.date(2027, 5, 4) in holidays_2027  # Coronation Day
    assert not is_working_day(dt.date(2027, 1, 9))  # Saturday (also National Children's Day)


# --- Table-driven plans ---------------------------------------------------------------------------------


def village_dates(plan: Plan, month: int) -> dict[int | None, dt.date]:
    return {m.village: m.day for m in plan.in_month(month) if m.measure == MEASURE_VILLAGE}


def test_2570_january_needs_three_a_day_and_says_so():
    plan = plan_year(year_ce=2027, villages=BANGSAOTHONG)
    january = plan.month(1)
    assert (january.daily_limit, january.raised, january.unplanned) == (3, True, ())
    dates = village_dates(plan, 1)
    assert [dates[moo].day for moo in BANGSAOTHONG] == [4, 4, 4, 5, 5, 5, 6, 6, 6, 7, 7]


def test_2570_may_needs_four_a_day():
    plan = plan_year(year_ce=2027, villages=BANGSAOTHONG)
    assert (plan.month(5).daily_limit, plan.month(5).raised) == (4, True)
    assert [village_dates(plan, 5)[moo].day for moo in BANGSAOTHONG] == [5, 5, 5, 5, 6, 6, 6, 6, 7, 7, 7]


def test_2570_february_keeps_two_a_day_in_moo_order():
    plan = plan_year(year_ce=2027, villages=BANGSAOTHONG)
    assert not plan.month(2).raised
    assert [village_dates(plan, 2)[moo].day for moo in BANGSAOTHONG] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 8]
    times = [(m.start, m.end) for m in plan.in_month(2) if m.day == dt.date(2027, 2, 1)]
    assert times == [(dt.time(9), dt.time(12)), (dt.time(13), dt.time(16))]


@pytest.mark.parametrize(
    ("year", "month", "staff_day"),
    [
        pytest.param(2027, 1, 11, id="10th-is-a-sunday"),
        pytest.param(2027, 2, 10, id="10th-is-a-wednesday"),
        pytest.param(2027, 4, 12, id="10th-is-a-saturday"),
        pytest.param(2027, 12, 13, id="constitution-day-friday-10th"),
        pytest.param(2026, 8, 10, id="2569-august-monday-10th"),
    ],
)
def test_measure_5_on_the_first_working_day_from_the_10th(year, month, staff_day):
    plan = plan_year(year_ce=year, villages=BANGSAOTHONG)
    staff = [m for m in plan.in_month(month) if m.measure == MEASURE_STAFF]
    assert [m.day for m in staff] == [dt.date(year, month, staff_day)]


def test_songkran_april_2027():
    plan = plan_year(year_ce=2027, villages=BANGSAOTHONG)
    days = {m.day for m in plan.in_month(4)}
    assert dt.date(2027, 4, 6) not in days
    assert max(d for d in days if d.day < 10) == dt.date(2027, 4, 9)


def test_a_closure_day_moves_the_village_meetings():
    closure = dt.date(2027, 2, 1)
    plan = plan_year(year_ce=2027, villages=BANGSAOTHONG, closure_days=[closure])
    assert closure not in {m.day for m in plan.meetings}
    assert village_dates(plan, 2)[2] == dt.date(2027, 2, 2)


def test_closure_days_covering_1_to_9_leave_every_village_unplanned():
    closures = [dt.date(2027, 3, d) for d in range(1, 10)]
    plan = plan_year(year_ce=2027, villages=BANGSAOTHONG, closure_days=closures)
    march = plan.month(3)
    assert march.unplanned == BANGSAOTHONG
    assert not march.raised
    assert all(m.measure == MEASURE_STAFF for m in plan.in_month(3))


def test_a_maximum_limit_leaves_the_last_villages_unplanned():
    plan = plan_year(year_ce=2027, villages=BANGSAOTHONG, max_daily_limit=3)
    may = plan.month(5)
    assert (may.daily_limit, may.unplanned) == (3, (13, 14))
    assert all(m.day.day <= 9 for m in plan.in_month(5) if m.measure == MEASURE_VILLAGE)


def test_a_daily_limit_of_one():
    plan = plan_year(year_ce=2027, villages=(1, 2, 3), daily_limit=1)
    assert [village_dates(plan, 2)[moo].day for moo in (1, 2, 3)] == [1, 2, 3]


def test_kept_meetings_fill_their_duty_and_their_slot():
    kept = Kept(MEASURE_VILLAGE, dt.date(2027, 2, 1), 14, dt.date(2027, 2, 1), dt.time(9), dt.time(12))
    plan = plan_year(year_ce=2027, villages=BANGSAOTHONG, keep=[kept])
    dates = village_dates(plan, 2)
    assert 14 not in dates
    assert dates[2] == dt.date(2027, 2, 1)  # the afternoon slot of the 1st
    assert [m.start for m in plan.in_month(2) if m.day == dt.date(2027, 2, 1)] == [dt.time(13)]


def test_a_cancelled_meeting_fills_its_duty_but_frees_its_slot():
    kept = Kept(MEASURE_VILLAGE, dt.date(2027, 2, 1), 14, dt.date(2027, 2, 1), dt.time(9), dt.time(12), True)
    plan = plan_year(year_ce=2027, villages=BANGSAOTHONG, keep=[kept])
    assert 14 not in village_dates(plan, 2)
    assert len([m for m in plan.in_month(2) if m.day == dt.date(2027, 2, 1)]) == 2


def test_a_meeting_moved_out_of_its_month_still_fills_it():
    kept = Kept(MEASURE_STAFF, dt.date(2027, 1, 1), None, dt.date(2027, 2, 3), dt.time(10), dt.time(12))
    plan = plan_year(year_ce=2027, villages=(), keep=[kept])
    assert [m.month for m in plan.meetings] == list(range(2, 13))
    assert not plan.month(1).staff_unplanned


def test_not_before_places_nothing_in_the_past():
    plan = plan_year(year_ce=2027, villages=BANGSAOTHONG, not_before=dt.date(2027, 2, 4))
    assert min(m.day for m in plan.meetings) == dt.date(2027, 2, 4)
    assert plan.month(1).unplanned == BANGSAOTHONG
    assert plan.month(1).staff_unplanned


@pytest.mark.parametrize(
    ("limit", "slots"),
    [
        (1, [("09:00", "12:00")]),
        (2, [("09:00", "12:00"), ("13:00", "16:00")]),
        (3, [("09:00", "11:20"), ("11:20", "13:40"), ("13:40", "16:00")]),
        (4, [("09:00", "10:45"), ("10:45", "12:30"), ("12:30", "14:15"), ("14:15", "16:00")]),
    ],
)
def test_slot_times(limit, slots):
    assert [(s.strftime("%H:%M"), e.strftime("%H:%M")) for s, e in slot_times(limit)] == slots


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"daily_limit": 0}, id="zero-limit"),
        pytest.param({"daily_limit": 3, "max_daily_limit": 2}, id="maximum-below-limit"),
        pytest.param({"villages": [2, 2]}, id="village-twice"),
    ],
)
def test_bad_arguments_are_refused(kwargs):
    with pytest.raises(ValueError, match=r"\w"):
        plan_year(**{"year_ce": 2027, "villages": BANGSAOTHONG, **kwargs})


# --- Properties -----------------------------------------------------------------------------------------

years = st.integers(min_value=2020, max_value=2035)
village_sets = st.lists(st.integers(min_value=1, max_value=25), min_size=0, max_size=25, unique=True)


@st.composite
def inputs(draw):
    year = draw(years)
    closures = draw(
        st.lists(st.dates(min_value=dt.date(year, 1, 1), max_value=dt.date(year, 12, 31)), max_size=40)
    )
    return {
        "year_ce": year,
        "villages": draw(village_sets),
        "closure_days": closures,
        "daily_limit": draw(st.integers(min_value=1, max_value=4)),
    }


def room(days, limit):
    return len(days) * limit


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inputs())
def test_properties_of_every_plan(args):
    plan = plan_year(**args)
    year, rules = args["year_ce"], build_rules(extra_closure_days=frozenset(args["closure_days"]))
    moos = sorted(args["villages"])
    for month in plan.months:
        placed = [m for m in plan.in_month(month.month) if m.measure == MEASURE_VILLAGE]
        days = village_days(year, month.month, rules)
        # Every village once a month, or listed as unplanned; unplanned only when nothing fits.
        assert sorted([m.village for m in placed] + list(month.unplanned)) == moos
        assert len({m.village for m in placed}) == len(placed)
        assert bool(month.unplanned) == (bool(moos) and not days)
        for meeting in placed:
            assert meeting.day.day < 10
            assert meeting.day.month == month.month
            assert is_working_day(meeting.day, rules=rules)
        # At most the month's limit a day; the limit is the least that fits.
        per_day = [sum(1 for m in placed if m.day == d) for d in days]
        assert all(count <= month.daily_limit for count in per_day)
        assert month.daily_limit >= args["daily_limit"]
        assert month.raised == (month.daily_limit > args["daily_limit"])
        if month.raised:
            assert room(days, month.daily_limit - 1) < len(moos) <= room(days, month.daily_limit)
        # Villages take the earliest slots in หมู่ order.
        in_time = sorted(placed, key=lambda m: (m.day, m.start))
        assert [m.village for m in in_time] == sorted(m.village for m in placed)
        # Measure 5: the first working day from the 10th.
        staff = [m for m in plan.in_month(month.month) if m.measure == MEASURE_STAFF]
        first = next(
            (
                dt.date(year, month.month, d)
                for d in range(10, 32)
                if _valid(year, month.month, d) and is_working_day(dt.date(year, month.month, d), rules=rules)
            ),
            None,
        )
        assert [m.day for m in staff] == ([first] if first else [])
        assert month.staff_unplanned == (first is None)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


@settings(max_examples=30, deadline=None)
@given(inputs(), st.randoms(use_true_random=False))
def test_same_inputs_give_the_same_plan(args, random):
    first = plan_year(**args)
    shuffled = {**args, "villages": random.sample(args["villages"], len(args["villages"]))}
    shuffled["closure_days"] = random.sample(args["closure_days"], len(args["closure_days"]))
    assert plan_year(**shuffled) == first
    assert plan_year(**args) == first


@settings(max_examples=30, deadline=None)
@given(years, st.integers(min_value=12, max_value=30))
def test_many_villages_need_several_meetings_a_day_but_never_after_the_9th(year, count):
    plan = plan_year(year_ce=year, villages=range(1, count + 1))
    for month in plan.months:
        placed = [m for m in plan.in_month(month.month) if m.measure == MEASURE_VILLAGE]
        assert len(placed) == count
        assert all(m.day.day <= 9 for m in placed)
        assert month.daily_limit >= 2
