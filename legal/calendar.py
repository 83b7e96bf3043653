"""Periods, working days and year anniversaries under Thai law.

Periods counted in days exclude the first day (Civil and Commercial Code s.193/3), and a period whose last
day falls on a day the offices are closed ends on the next working day instead (s.193/8). Closed days are
Saturdays, Sundays, the Thai `public` and `government` holidays of the `holidays` library, and the extra
closure days an administrator records in the rules table (cabinet days decided after the library release,
regional and local closures).
"""

from __future__ import annotations

import functools
from datetime import date, timedelta

import holidays

from legal.rules import LegalRules, resolve

_HOLIDAY_CATEGORIES = ("public", "government")
_SATURDAY = 5


@functools.lru_cache(maxsize=64)
def thai_holidays(year: int) -> frozenset[date]:
    """Thai public and government holidays of `year`, as known to the installed `holidays` library."""
    calendar = holidays.country_holidays("TH", categories=_HOLIDAY_CATEGORIES, years=year)
    return frozenset(calendar.keys())


def is_working_day(d: date, *, rules: LegalRules | None = None) -> bool:
    """Whether government offices are open on `d`."""
    if d.weekday() >= _SATURDAY:
        return False
    return d not in thai_holidays(d.year) and d not in resolve(rules).extra_closure_days


def next_working_day_on_or_after(d: date, *, rules: LegalRules | None = None) -> date:
    """`d` itself when it is a working day, else the first working day after it."""
    table = resolve(rules)
    while not is_working_day(d, rules=table):
        d += timedelta(days=1)
    return d


def add_days_excluding_first(start: date, days: int) -> date:
    """The last day of a period of `days` days counted from `start`, the day of `start` not counted.

    A gift received on 1 January with 30 days to report gives 31 January.
    """
    return start + timedelta(days=days)


def period_end(start: date, days: int, *, rules: LegalRules | None = None) -> date:
    """The last day of a `days`-day period from `start`, moved past closed days (s.193/3, s.193/8)."""
    return next_working_day_on_or_after(add_days_excluding_first(start, days), rules=rules)


def add_years(d: date, years: int) -> date:
    """The same month and day `years` later; 29 February becomes 1 March in a common year."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return date(d.year + years, 3, 1)
