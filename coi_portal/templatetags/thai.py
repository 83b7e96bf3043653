"""Template filters for Buddhist-era dates and Thai digits. They only format."""

from __future__ import annotations

import datetime as dt

from django import template
from django.utils import translation

from coi_portal import thai

register = template.Library()


@register.filter
def be_date(value: dt.date | dt.datetime | None, style: str = "long") -> str:
    """A Buddhist-era date in the active language: ``{{ d|be_date }}``, ``{{ d|be_date:"short" }}``,
    ``{{ d|be_date:"thai" }}`` (long form with Thai digits, for official documents)."""
    if value is None or value == "":
        return ""
    if translation.get_language() == "en" and style != "thai":
        return thai.date_en(value)
    if style == "short":
        return thai.date_short(value)
    if style == "thai":
        return thai.date_long(value, digits="thai")
    return thai.date_long(value)


@register.filter
def be_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    if translation.get_language() == "en":
        from django.utils import timezone

        return f"{thai.date_en(value)} {timezone.localtime(value):%H:%M}"
    return thai.datetime_long(value)


@register.filter
def thai_digits(value: object) -> str:
    return thai.thai_digits(value)


@register.filter
def baht(value: object, digits: str = "arabic") -> str:
    if value is None or value == "":
        return ""
    return thai.baht(value, digits=digits)
