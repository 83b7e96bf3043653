"""Working days and period ends: CCC s.193/3 (first day not counted) and s.193/8 (closed last day)."""

from __future__ import annotations

from datetime import date

import pytest

from legal.calendar import (
    add_days_excluding_first,
    add_years,
    is_working_day,
    next_working_day_on_or_after,
    period_end,
    thai_holidays,
)
from legal.gifts import report_deadline
from legal.rules import build_rules


@pytest.mark.parametrize(
    ("day", "working"),
    [
        pytest.param(date(2024, 1, 31), True, id="ordinary-wednesday"),
        pytest.param(date(2024, 2, 3), False, id="saturday"),
        pytest.param(date(2024, 2, 4), False, id="sunday"),
        pytest.param(date(2024, 1, 1), False, id="new-year-public-holiday"),
        pytest.param(date(2024, 4, 16), False, id="songkran-in-lieu-day"),
        pytest.param(date(2024, 5, 10), False, id="royal-ploughing-government-holiday"),
        pytest.param(date(2024, 12, 30), False, id="cabinet-bridge-day"),
    ],
)
def test_is_working_day(day: date, working: bool) -> None:
    assert is_working_day(day) is working


def test_holidays_are_cached_per_year() -> None:
    thai_holidays.cache_clear()
    thai_holidays(2024)
    thai_holidays(2024)
    assert thai_holidays.cache_info().hits >= 1
    assert date(2024, 5, 10) in thai_holidays(2024)


def test_extra_closure_days_from_the_rules_close_the_office() -> None:
    regional = date(2021, 10, 21)  # a 2564 regional holiday the library does not know
    rules = build_rules(extra_closure_days=frozenset({regional}))
    assert is_working_day(regional)
    assert not is_working_day(regional, rules=rules)
    assert next_working_day_on_or_after(regional, rules=rules) == date(2021, 10, 22)


def test_next_working_day_of_a_working_day_is_itself() -> None:
    assert next_working_day_on_or_after(date(2024, 1, 31)) == date(2024, 1, 31)


def test_first_day_is_not_counted() -> None:
    assert add_days_excluding_first(date(2024, 1, 1), 30) == date(2024, 1, 31)


DEADLINES = [
    pytest.param(date(2024, 1, 1), date(2024, 1, 31), id="s28-new-year-receipt-day-30-wednesday"),
    pytest.param(date(2024, 1, 31), date(2024, 3, 1), id="across-february-of-a-leap-year"),
    pytest.param(date(2023, 1, 31), date(2023, 3, 2), id="across-february-of-a-common-year"),
    pytest.param(date(2023, 12, 31), date(2024, 1, 30), id="across-the-year-end"),
    pytest.param(date(2024, 4, 30), date(2024, 5, 30), id="thirty-day-month"),
    pytest.param(date(2024, 8, 31), date(2024, 9, 30), id="thirty-one-day-month-into-thirty"),
    pytest.param(date(2020, 3, 20), date(2020, 4, 20), id="s31-day-30-sunday-moves-to-monday"),
    pytest.param(date(2024, 3, 14), date(2024, 4, 17), id="day-30-in-songkran-moves-past-in-lieu-day"),
    pytest.param(date(2024, 4, 10), date(2024, 5, 13), id="day-30-royal-ploughing-then-weekend"),
    pytest.param(date(2024, 11, 30), date(2025, 1, 2), id="day-30-bridge-day-then-year-end-holidays"),
    pytest.param(date(2020, 3, 14), date(2020, 4, 13), id="first-day-of-the-2563-announcement"),
]


@pytest.mark.parametrize(("received_on", "deadline"), DEADLINES)
def test_report_deadline(received_on: date, deadline: date) -> None:
    assert report_deadline(received_on) == deadline
    assert period_end(received_on, 30) == deadline


def test_report_deadline_honours_closure_days() -> None:
    rules = build_rules(extra_closure_days=frozenset({date(2024, 1, 31)}))
    assert report_deadline(date(2024, 1, 1), rules=rules) == date(2024, 2, 1)


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [
        pytest.param(date(2023, 6, 1), 2, date(2025, 6, 1), id="same-month-and-day"),
        pytest.param(date(2024, 2, 29), 2, date(2026, 3, 1), id="leap-day-to-1-march"),
        pytest.param(date(2024, 2, 29), 4, date(2028, 2, 29), id="leap-day-to-leap-day"),
        pytest.param(date(2023, 2, 28), 1, date(2024, 2, 28), id="28-february-stays"),
    ],
)
def test_add_years(start: date, years: int, expected: date) -> None:
    assert add_years(start, years) == expected
