"""Helpers for the meetings tests: the demo organization's year 2570 planned through the service."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from meetings import services
from meetings.models import Measure, Meeting

YEAR_BE = 2570


@pytest.fixture
def org(demo_orgs: dict[str, Any]) -> Any:
    return demo_orgs["bangsaothong"]


@pytest.fixture
def planned(org: Any, admin: Any) -> services.PlanResult:
    """2570 planned by the clerk on 1 November 2026, before the year starts."""
    return services.plan_year(organization=org, year_be=YEAR_BE, actor=admin, today=dt.date(2026, 11, 1))


@pytest.fixture
def meeting_of(org: Any, planned: services.PlanResult) -> Callable[..., Meeting]:
    """``meeting_of(month, moo)``: the 2570 village meeting of หมู่ ``moo``; ``moo=None``: measure 5."""

    def get(month: int, moo: int | None = None) -> Meeting:
        meetings = Meeting.objects.filter(organization=org, for_month=dt.date(2027, month, 1))
        if moo is None:
            return meetings.get(measure=Measure.STAFF)
        return meetings.get(measure=Measure.VILLAGE, village__moo_no=moo)

    return get
