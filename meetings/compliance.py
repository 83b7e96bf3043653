"""Whether the promises of measures 5 and 7 were kept: for each month and village, held, late, not held or
not yet due, and the yearly rate; the ITA evidence of the two measures.

A village meeting (measure 7) is on time when it was held from the 1st to the 9th of its month. The
monthly meeting (measure 5) is on time when it was held within its month. A meeting held later is late; a
month whose deadline has passed without a held meeting (none planned, cancelled, or not recorded) is not
held. The rate counts the months already due: held on time out of due.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from declarations.models import Organization, Village
from meetings.models import Measure, Meeting, MeetingStatus
from meetings.planner import LAST_VILLAGE_DAY


class Outcome(StrEnum):
    HELD = "held"
    LATE = "late"
    NOT_HELD = "not_held"
    PENDING = "pending"


@dataclass(frozen=True)
class Cell:
    month: dt.date
    outcome: Outcome
    meeting: Meeting | None


@dataclass(frozen=True)
class Row:
    measure: int
    village: Village | None
    cells: tuple[Cell, ...]

    @property
    def label(self) -> str:
        return str(self.village) if self.village is not None else ""


@dataclass
class Totals:
    held: int = 0
    late: int = 0
    not_held: int = 0
    pending: int = 0

    @property
    def due(self) -> int:
        return self.held + self.late + self.not_held

    @property
    def rate(self) -> float | None:
        """Held on time out of the months due, from 0 to 100; None when nothing is due yet."""
        return round(100 * self.held / self.due, 1) if self.due else None

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome.value, getattr(self, outcome.value) + 1)


@dataclass(frozen=True)
class ComplianceReport:
    organization: Organization
    year_be: int
    as_of: dt.date
    staff_row: Row
    village_rows: tuple[Row, ...]
    staff: Totals = field(default_factory=Totals)
    villages: Totals = field(default_factory=Totals)

    @property
    def overall(self) -> Totals:
        return Totals(
            held=self.staff.held + self.villages.held,
            late=self.staff.late + self.villages.late,
            not_held=self.staff.not_held + self.villages.not_held,
            pending=self.staff.pending + self.villages.pending,
        )

    @property
    def months(self) -> list[dt.date]:
        return [cell.month for cell in self.staff_row.cells]

    @property
    def exceptions(self) -> list[tuple[Row, Cell]]:
        """The late and not-held cells, in month order, for the report's explanations."""
        rows = [self.staff_row, *self.village_rows]
        found = [(r, c) for r in rows for c in r.cells if c.outcome in (Outcome.LATE, Outcome.NOT_HELD)]
        return sorted(
            found, key=lambda rc: (rc[1].month, rc[0].measure, rc[0].village.moo_no if rc[0].village else 0)
        )


def deadline(measure: int, month: dt.date) -> dt.date:
    """The last day on which the meeting for ``month`` is on time."""
    if measure == Measure.VILLAGE:
        return month.replace(day=LAST_VILLAGE_DAY)
    return month.replace(day=calendar.monthrange(month.year, month.month)[1])


def outcome_of(measure: int, month: dt.date, meeting: Meeting | None, today: dt.date) -> Outcome:
    last = deadline(measure, month)
    if meeting is not None and meeting.status == MeetingStatus.HELD:
        return Outcome.HELD if month <= meeting.date <= last else Outcome.LATE
    if meeting is not None and meeting.is_open and (meeting.date >= today or today <= last):
        return Outcome.PENDING
    if meeting is None and today <= last:
        return Outcome.PENDING
    return Outcome.NOT_HELD


def build_report(
    *,
    organization: Organization,
    year_be: int,
    villages: Iterable[Village],
    meetings: Iterable[Meeting],
    today: dt.date,
) -> ComplianceReport:
    """The report of ``year_be`` from the organization's villages and the meetings of that year."""
    year_ce = year_be - 543
    months = [dt.date(year_ce, m, 1) for m in range(1, 13)]
    by_key = {(m.measure, m.village_id, m.for_month): m for m in meetings}
    staff, village_totals = Totals(), Totals()

    def row(measure: int, village: Village | None, totals: Totals) -> Row:
        cells = []
        for month in months:
            meeting = by_key.get((measure, village.pk if village else None, month))
            outcome = outcome_of(measure, month, meeting, today)
            totals.add(outcome)
            cells.append(Cell(month, outcome, meeting))
        return Row(measure, village, tuple(cells))

    staff_row = row(Measure.STAFF, None, staff)
    village_rows = tuple(
        row(Measure.VILLAGE, v, village_totals) for v in sorted(villages, key=lambda v: v.moo_no)
    )
    return ComplianceReport(organization, year_be, today, staff_row, village_rows, staff, village_totals)
