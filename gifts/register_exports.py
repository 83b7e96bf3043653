"""Exports of the organization's gift register: CSV and Excel, one row per filing, in the register's
columns. Cells that a spreadsheet would read as a formula are quoted (CSV injection)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from decimal import Decimal

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook

from coi_portal import thai
from gifts.register import RegisterRow

EXPORT_COLUMNS: tuple[Promise, ...] = (
    _("No."),
    _("Register number"),
    _("Date reported"),
    _("Filer"),
    _("Position"),
    _("Division"),
    _("Date received"),
    _("Giver"),
    _("Relation"),
    _("Occasion"),
    _("Kind"),
    _("Description"),
    _("Value (baht)"),
    _("Days from receipt to report"),
    _("Status"),
    _("Assessment"),
    _("Decision"),
    _("Decided on"),
    _("Decided by"),
    _("Action date"),
    _("Action and evidence"),
    _("Notes"),
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(day: dt.date | None) -> str:
    return thai.date_long(day) if day else ""


def export_values(row: RegisterRow) -> list[object]:
    """The row's cells for a spreadsheet: dates as Buddhist-era text, the value and day count as numbers."""
    v = row.version
    return [
        row.index,
        row.number,
        _text(row.reported_on),
        row.filer_name,
        row.filer_position,
        row.filer_division,
        _text(v.received_on),
        row.giver,
        row.relation_label,
        row.occasion,
        row.kind_label,
        row.description,
        v.value,
        row.days_to_report,
        row.status_label,
        row.outcome_label,
        row.decision_text,
        _text(row.decided_on),
        row.decided_by,
        _text(row.action_on),
        row.action_detail,
        "; ".join(row.flags),
    ]


def _safe(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export_csv(rows: Sequence[RegisterRow]) -> bytes:
    """UTF-8 with a byte-order mark, so Excel opens the Thai text correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([str(label) for label in EXPORT_COLUMNS])
    for row in rows:
        writer.writerow([_safe(value) if value is not None else "" for value in export_values(row)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_xlsx(rows: Sequence[RegisterRow], *, title: str) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title[:31]
    sheet.append([str(label) for label in EXPORT_COLUMNS])
    for row in rows:
        sheet.append(export_values(row))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                cell.data_type = "s"  # text stays text: "=…" typed by a filer is never a formula
            elif isinstance(cell.value, Decimal):
                cell.number_format = "#,##0.00"
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
