"""The ITA report on gifts (forms.md §1.3): the six-month or annual summary of reports above the limit.

A fiscal year B.E. runs from 1 October of the year before to 30 September; the six-month round ends on
31 March. The report lists the gifts above the limit received in the period (outcome ``report_required`` or
``must_not_accept``); with none, it is the nil report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import F, Q
from django.http import Http404
from django.utils import timezone

from coi_portal import permissions, thai
from coi_portal.permissions import AnyUser
from coi_portal.rules import rules_for
from declarations.models import Office, Official, Organization, Tenure, current_on
from gifts.models import Decision
from gifts.register import REPORTABLE, RegisterRow, filed, fiscal_year_bounds, rows_of
from legal.regimes import regime_on

HALF, YEAR = "half", "year"
PERIODS = (HALF, YEAR)


@dataclass(frozen=True)
class Period:
    year: int
    kind: str
    start: dt.date
    end: dt.date

    @property
    def months(self) -> int:
        return 6 if self.kind == HALF else 12

    @property
    def start_label(self) -> str:
        return _short(self.start)

    @property
    def end_label(self) -> str:
        return _short(self.end)


def _short(day: dt.date) -> str:
    """ "1 ต.ค. 2569": the short month with the full Buddhist-era year, as report headings write it."""
    return f"{day.day} {thai.MONTHS_SHORT[day.month - 1]} {thai.be_year(day)}"


def period_of(year_be: int, kind: str) -> Period:
    """The half (1 October – 31 March) or the whole fiscal year ``year_be``."""
    if kind not in PERIODS:
        raise ValueError(f"unknown period {kind!r}")
    start, end = fiscal_year_bounds(year_be)
    if kind == HALF:
        end = dt.date(end.year, 3, 31)
    return Period(year_be, kind, start, end)


@dataclass(frozen=True)
class Totals:
    reports: int
    kept: int
    returned: int
    handed_over: int
    pending: int


@dataclass(frozen=True)
class Signer:
    name: str
    title: str


@dataclass(frozen=True)
class ItaReport:
    organization: Organization
    period: Period
    rows: list[RegisterRow]
    totals: Totals
    limit: Decimal
    preparer: Signer | None
    permanent_secretary: Signer | None
    chief_executive: Signer | None

    @property
    def nil(self) -> bool:
        return not self.rows

    @property
    def limit_text(self) -> str:
        """ "3,000": the limit as the nil sentence writes it."""
        return f"{self.limit:,.0f}" if self.limit == self.limit.to_integral() else f"{self.limit:,.2f}"


def totals_of(rows: list[RegisterRow]) -> Totals:
    decisions = [row.decision for row in rows]
    return Totals(
        reports=len(rows),
        kept=decisions.count(Decision.KEEP),
        returned=decisions.count(Decision.RETURN),
        handed_over=decisions.count(Decision.HAND_OVER),
        pending=decisions.count(""),
    )


def _holder(organization: Organization, office: str, day: dt.date) -> Signer | None:
    tenure = (
        Tenure.objects.filter(current_on(day), position__organization=organization, position__office=office)
        .select_related("official", "position")
        .order_by("started_on", "pk")
        .first()
    )
    return Signer(tenure.official.full_name_th, tenure.position.title_th) if tenure else None


def _preparer(official: Official | None, day: dt.date) -> Signer | None:
    if official is None:
        return None
    tenures = Tenure.objects.filter(current_on(day), official=official).select_related("position")
    return Signer(official.full_name_th, ", ".join(t.position.title_th for t in tenures))


def ita_report(*, user: AnyUser, year: int, kind: str) -> ItaReport:
    """The report for the viewer's organization; 404 for anyone who may not read the register."""
    organization = permissions.organization_of(user)
    if organization is None or not permissions.can_view_gift_register(user):
        raise Http404
    period = period_of(year, kind)
    filings = (
        filed(organization)
        .filter(
            Q(latest_outcome__in=REPORTABLE),
            Q(latest_received_on__gte=period.start),
            Q(latest_received_on__lte=period.end),
        )
        .order_by(F("latest_received_on"), "pk")
    )
    rows = rows_of(filings)
    today = timezone.localdate()
    return ItaReport(
        organization=organization,
        period=period,
        rows=rows,
        totals=totals_of(rows),
        limit=rules_for(organization).gift_limit(regime_on(period.end)),
        preparer=_preparer(permissions.official_of(user), today),
        permanent_secretary=_holder(organization, Office.PERMANENT_SECRETARY, today),
        chief_executive=_holder(organization, Office.CHIEF_EXECUTIVE, today),
    )
