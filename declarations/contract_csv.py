"""Reading a contract register exported from a spreadsheet: CSV in UTF-8 (with or without a BOM).

Headers may be in Thai or English, or both as in the template ("เลขที่สัญญา / contract_number"); a few
headers of common e-GP and Excel exports are accepted too, and other columns are ignored. Numbers and dates
may use Thai digits. Dates are ISO (2019-01-11) or Thai style with the Buddhist-era year (11/01/2562).
Every row is checked, and every problem is reported with its row number; the caller stores nothing unless
there is none.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from coi_portal.thai import BE_OFFSET, arabic_digits
from declarations.models import ContractKind
from declarations.thai_ids import clean_juristic_number

MAX_ROWS = 5000
MAX_VALUE = Decimal("1000000000000")
_EARLIEST = dt.date(1990, 1, 1)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_THAI_STYLE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


@dataclass(frozen=True)
class Column:
    name: str
    thai: str
    required: bool
    description: object
    aliases: tuple[str, ...] = ()

    @property
    def template_header(self) -> str:
        return f"{self.thai} / {self.name}"

    @property
    def label(self) -> str:
        return f"{self.thai} ({self.name})"


COLUMNS = (
    Column(
        "contract_number",
        "เลขที่สัญญา",
        True,
        gettext_lazy("contract or order number, unique in the register"),
        ("เลขที่สัญญา/ใบสั่ง", "เลขที่ใบสั่งซื้อ/สั่งจ้าง", "contract no", "contract no."),
    ),
    Column(
        "counterparty_name",
        "คู่สัญญา",
        True,
        gettext_lazy("name of the company, partnership or person"),
        ("ชื่อคู่สัญญา", "ผู้รับจ้าง", "ผู้ขาย", "ผู้ชนะการเสนอราคา", "counterparty"),
    ),
    Column(
        "juristic_number",
        "เลขทะเบียนนิติบุคคล",
        False,
        gettext_lazy("13 digits; empty for a natural person"),
        ("เลขประจำตัวผู้เสียภาษี", "เลขประจำตัวผู้เสียภาษีอากร", "tax id", "counterparty_juristic_number"),
    ),
    Column(
        "subject",
        "รายการ",
        True,
        gettext_lazy("what was bought or hired"),
        ("ชื่อโครงการ", "เรื่อง", "งานที่จัดซื้อจัดจ้าง", "project"),
    ),
    Column(
        "value",
        "มูลค่า (บาท)",
        True,
        gettext_lazy("baht, e.g. 1,250,000.00"),
        ("มูลค่า", "จำนวนเงิน", "วงเงินตามสัญญา", "ราคาที่ตกลงซื้อหรือจ้าง", "amount"),
    ),
    Column(
        "signed_on",
        "วันที่ลงนาม",
        True,
        gettext_lazy("2019-01-11 or 11/01/2562"),
        ("วันที่ลงนามในสัญญา", "วันที่ทำสัญญา", "date signed"),
    ),
    Column(
        "division",
        "กองที่ควบคุม",
        False,
        gettext_lazy("division that supervises the contract"),
        ("หน่วยงานที่ควบคุม", "ส่วนราชการ", "กอง", "supervising division"),
    ),
    Column(
        "kind",
        "ประเภท",
        False,
        gettext_lazy("สัญญา (contract), ประกาศผู้ชนะ (award) or ใบสั่ง (order); empty: contract"),
        ("type",),
    ),
)

_KINDS = {
    "": ContractKind.CONTRACT,
    "contract": ContractKind.CONTRACT,
    "สัญญา": ContractKind.CONTRACT,
    "award": ContractKind.AWARD,
    "ประกาศผู้ชนะ": ContractKind.AWARD,
    "ประกาศผู้ชนะการเสนอราคา": ContractKind.AWARD,
    "purchase_order": ContractKind.PURCHASE_ORDER,
    "order": ContractKind.PURCHASE_ORDER,
    "ใบสั่ง": ContractKind.PURCHASE_ORDER,
    "ใบสั่งซื้อ": ContractKind.PURCHASE_ORDER,
    "ใบสั่งจ้าง": ContractKind.PURCHASE_ORDER,
}


def _header_key(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\ufeff", "").replace("*", "")).strip().casefold()


_HEADER_NAMES: dict[str, str] = {}
for _column in COLUMNS:
    for _label in (_column.name, _column.thai, _column.template_header, *_column.aliases):
        _HEADER_NAMES[_header_key(_label)] = _column.name


@dataclass
class ParsedRow:
    line: int
    values: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


@dataclass
class ParseResult:
    rows: list[ParsedRow] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.file_errors and bool(self.rows) and not any(r.errors for r in self.rows)

    @property
    def error_count(self) -> int:
        return len(self.file_errors) + sum(len(r.errors) for r in self.rows)


def decode(raw: bytes) -> str:
    """The text of an uploaded file: UTF-8 with or without a BOM; raises ValidationError otherwise."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(
            _("The file is not UTF-8 text. In Excel, save it as “CSV UTF-8 (Comma delimited)”.")
        ) from None


def template_csv() -> bytes:
    """The header row of the template, with a BOM so that Excel opens the Thai correctly."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow([c.template_header for c in COLUMNS])
    return buffer.getvalue().encode("utf-8-sig")


def parse(text: str, *, existing_numbers: set[str], today: dt.date) -> ParseResult:
    """Check every row of `text`; `existing_numbers` are contract numbers already in the register."""
    result = ParseResult()
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))
    try:
        records = [(n, r) for n, r in enumerate(reader, start=1) if any(cell.strip() for cell in r)]
    except csv.Error:
        result.file_errors.append(_("The file is not a CSV file the portal can read."))
        return result
    if not records:
        result.file_errors.append(_("The file is empty."))
        return result
    _header_line, header = records[0]
    columns = _columns(header, result)
    if result.file_errors:
        return result
    if len(records) - 1 > MAX_ROWS:
        result.file_errors.append(_("The file has more than 5,000 rows: split it into several files."))
        return result
    seen: dict[str, int] = {}
    for line, record in records[1:]:
        row = _row(line, record, columns, len(header), today)
        number = str(row.values.get("contract_number") or "")
        if number in seen:
            row.errors.append(
                _("Contract number %(number)s is also on row %(line)s.")
                % {"number": number, "line": seen[number]}
            )
        elif number in existing_numbers:
            row.errors.append(
                _("Contract number %(number)s is already in the register.") % {"number": number}
            )
        if number:
            seen.setdefault(number, line)
        result.rows.append(row)
    if not result.rows:
        result.file_errors.append(_("The file has a header row but no contracts."))
    return result


def _columns(header: list[str], result: ParseResult) -> dict[int, str]:
    columns: dict[int, str] = {}
    for position, cell in enumerate(header):
        name = _HEADER_NAMES.get(_header_key(cell))
        if name is None:
            if cell.strip():
                result.ignored_columns.append(cell.strip())
            continue
        if name in columns.values():
            result.file_errors.append(_("The column “%(column)s” appears twice.") % {"column": cell.strip()})
        columns[position] = name
    missing = [c for c in COLUMNS if c.required and c.name not in columns.values()]
    if missing:
        names = ", ".join(c.label for c in missing)
        result.file_errors.append(_("Columns missing: %(columns)s.") % {"columns": names})
    return columns


def _row(line: int, record: list[str], columns: dict[int, str], width: int, today: dt.date) -> ParsedRow:
    row = ParsedRow(line=line)
    if len(record) > width:
        row.errors.append(
            _("This row has %(cells)s cells but the header has %(width)s: check for a stray comma.")
            % {"cells": len(record), "width": width}
        )
    raw = {name: (record[i].strip() if i < len(record) else "") for i, name in columns.items()}
    for column in COLUMNS:
        text = raw.get(column.name, "")
        if column.required and not text:
            row.errors.append(_("%(column)s is empty.") % {"column": column.label})
            continue
        try:
            row.values[column.name] = _clean(column.name, text, today)
        except ValidationError as error:
            row.errors.append(f"{column.label}: {' '.join(error.messages)}")
    return row


def _clean(name: str, text: str, today: dt.date) -> object:
    if name == "value":
        return parse_baht(text)
    if name == "signed_on":
        day = parse_date(text)
        if day > today:
            raise ValidationError(_("the date is in the future."))
        return day
    if name == "juristic_number":
        return clean_juristic_number(text)
    if name == "kind":
        kind = _KINDS.get(text.casefold())
        if kind is None:
            raise ValidationError(_("write สัญญา, ประกาศผู้ชนะ or ใบสั่ง (or leave it empty)."))
        return kind
    limit = {"contract_number": 60, "counterparty_name": 200, "subject": 300, "division": 120}[name]
    text = arabic_digits(text) if name == "contract_number" else text
    if len(text) > limit:
        raise ValidationError(_("at most %(limit)s characters.") % {"limit": limit})
    return text


def parse_baht(text: str) -> Decimal:
    """ "1,250,000.00", "๑,๒๕๐,๐๐๐" or "1250000 บาท" as a Decimal of baht; raises ValidationError."""
    cleaned = arabic_digits(text).replace(",", "").replace("บาท", "").replace(" ", "").strip()
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(_("write a number of baht, e.g. 1,250,000.00.")) from None
    if not amount.is_finite() or amount < 0 or amount >= MAX_VALUE:
        raise ValidationError(_("write a number of baht, e.g. 1,250,000.00."))
    if amount != amount.quantize(Decimal("0.01")):
        raise ValidationError(_("at most two decimals (satang)."))
    return amount.quantize(Decimal("0.01"))


def parse_date(text: str) -> dt.date:
    """ISO with the Christian-era year, or d/m/yyyy with the Buddhist-era year; raises ValidationError."""
    text = arabic_digits(text).strip()
    iso, thai = _ISO.match(text), _THAI_STYLE.match(text)
    try:
        if iso:
            year, month, day = (int(part) for part in iso.groups())
            if year > 2400:
                raise ValidationError(_("a date written 2019-01-11 takes the Christian-era year."))
            parsed = dt.date(year, month, day)
        elif thai:
            day, month, year = (int(part) for part in thai.groups())
            if year < 2400:
                raise ValidationError(_("a date written 11/01/2562 takes the Buddhist-era year."))
            parsed = dt.date(year - BE_OFFSET, month, day)
        else:
            raise ValidationError(_("write the date as 2019-01-11 or 11/01/2562."))
    except ValueError:
        raise ValidationError(_("there is no such date.")) from None
    if parsed < _EARLIEST:
        raise ValidationError(_("the date is too far in the past."))
    return parsed
