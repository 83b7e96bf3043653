"""Thai formatting: Buddhist-era dates and Thai digits.

Official documents print dates as "๑๑ มกราคม ๒๕๖๒"; screens use the same words with Arabic digits unless
asked otherwise. The Buddhist era is the Common Era plus 543.
"""

from __future__ import annotations

import datetime as dt

BE_OFFSET = 543

MONTHS_LONG = (
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
)
MONTHS_SHORT = (
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

_TO_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_TO_ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def thai_digits(value: object) -> str:
    """Return ``str(value)`` with every Arabic digit replaced by its Thai digit."""
    return str(value).translate(_TO_THAI)


def arabic_digits(value: str) -> str:
    """Return ``value`` with every Thai digit replaced by its Arabic digit (for parsing input)."""
    return value.translate(_TO_ARABIC)


def be_year(value: dt.date) -> int:
    return value.year + BE_OFFSET


def ce_year(be: int) -> int:
    return be - BE_OFFSET


def _as_date(value: dt.date | dt.datetime) -> dt.date:
    if isinstance(value, dt.datetime):
        from django.utils import timezone

        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    return value


def date_long(value: dt.date | dt.datetime, *, digits: str = "arabic") -> str:
    """ "11 มกราคม 2562"; with ``digits="thai"`` "๑๑ มกราคม ๒๕๖๒"."""
    day = _as_date(value)
    text = f"{day.day} {MONTHS_LONG[day.month - 1]} {be_year(day)}"
    return thai_digits(text) if digits == "thai" else text


def date_short(value: dt.date | dt.datetime, *, digits: str = "arabic") -> str:
    """ "11 ม.ค. 62"; with ``digits="thai"`` "๑๑ ม.ค. ๖๒"."""
    day = _as_date(value)
    text = f"{day.day} {MONTHS_SHORT[day.month - 1]} {be_year(day) % 100:02d}"
    return thai_digits(text) if digits == "thai" else text


def date_en(value: dt.date | dt.datetime) -> str:
    """English with the Buddhist era, as Thai agencies write it: "11 January B.E. 2562 (2019)"."""
    day = _as_date(value)
    return f"{day.day} {MONTHS_EN[day.month - 1]} B.E. {be_year(day)} ({day.year})"


def datetime_long(value: dt.datetime, *, digits: str = "arabic") -> str:
    """ "11 มกราคม 2562 เวลา 14:05 น." in Bangkok time."""
    from django.utils import timezone

    local = timezone.localtime(value) if timezone.is_aware(value) else value
    text = f"{date_long(local.date())} เวลา {local:%H:%M} น."
    return thai_digits(text) if digits == "thai" else text


def baht(value: object, *, digits: str = "arabic") -> str:
    """Format an amount as "5,000.00"."""
    from decimal import Decimal

    text = f"{Decimal(str(value)):,.2f}"
    return thai_digits(text) if digits == "thai" else text
