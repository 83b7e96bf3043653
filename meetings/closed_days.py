"""The days a month's schedule skips, with their names, to show why a meeting is where it is.

The dates are those of ``legal.calendar`` (the ``holidays`` library's Thai public and government holidays,
and the organization's closure days); this module only adds the names: Thai, or English when the page is
in English. Holidays on a Saturday or Sunday are left out (National Children's Day is tagged public but
is always a Saturday): the office is closed then anyway, and an in-lieu day is listed on its own.
"""

from __future__ import annotations

import datetime as dt
import functools

import holidays

from declarations.models import Organization
from legal.calendar import thai_holidays

_CATEGORIES = ("public", "government")
_SATURDAY = 5


@functools.lru_cache(maxsize=32)
def _names(year: int, language: str) -> dict[dt.date, str]:
    calendar = holidays.country_holidays("TH", categories=_CATEGORIES, years=year, language=language)
    return {day: str(name) for day, name in calendar.items()}


def closed_weekdays(organization: Organization, year: int, language: str = "th") -> dict[dt.date, str]:
    """Every weekday of ``year`` the office is closed, with the holiday's name or the closure's reason."""
    names = _names(year, "th" if language == "th" else "en_US")
    closed = {day: names.get(day, "") for day in thai_holidays(year) if day.weekday() < _SATURDAY}
    for closure in organization.closure_days.filter(day__year=year):
        if closure.day.weekday() < _SATURDAY:
            closed[closure.day] = closure.reason
    return dict(sorted(closed.items()))
