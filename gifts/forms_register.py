"""The filters of the organization's gift register and the period of its ITA report: they only parse."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gifts import register, reports
from gifts.forms import DateInput
from gifts.workflow import Status


def year_field(**kwargs: Any) -> forms.IntegerField:
    return forms.IntegerField(
        label=_("Fiscal year (B.E.)"), min_value=2543, max_value=2700, widget=forms.NumberInput, **kwargs
    )


class RegisterFilterForm(forms.Form):
    """Parses the register's filters; a missing fiscal year means the current one, an empty one all years."""

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All")), *(c for c in Status.choices if c[0] != Status.DRAFT)],
    )
    outcome = forms.ChoiceField(
        label=_("Assessment"),
        required=False,
        choices=[("", _("All")), *register.OUTCOME_LABELS.items()],
    )
    year = year_field(required=False, help_text=_("By the date reported; leave empty for all years."))
    filer = forms.CharField(label=_("Filer's name"), required=False, max_length=100)
    giver = forms.CharField(label=_("Giver"), required=False, max_length=100)
    received_from = forms.DateField(label=_("Received from"), required=False, widget=DateInput())
    received_to = forms.DateField(label=_("Received until"), required=False, widget=DateInput())

    def __init__(self, query: QueryDict) -> None:
        data = query.copy()
        if "year" not in data:
            data["year"] = str(register.fiscal_year_of(timezone.localdate()))
        super().__init__(data)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("received_from"), data.get("received_to")
        if isinstance(start, dt.date) and isinstance(end, dt.date) and start > end:
            raise forms.ValidationError(_("The start date is after the end date."))
        return data

    def filters(self) -> register.RegisterFilters:
        data = self.cleaned_data
        return register.RegisterFilters(
            status=data["status"],
            outcome=data["outcome"],
            fiscal_year=data["year"],
            filer=data["filer"],
            giver=data["giver"],
            received_from=data["received_from"],
            received_to=data["received_to"],
        )


class ItaReportForm(forms.Form):
    year = year_field()
    period = forms.ChoiceField(
        label=_("Period"),
        choices=[(reports.HALF, _("Six months (October to March)")), (reports.YEAR, _("Whole fiscal year"))],
    )

    def __init__(self, query: QueryDict) -> None:
        data = query.copy()
        data.setdefault("year", str(register.fiscal_year_of(timezone.localdate())))
        data.setdefault("period", reports.YEAR)
        super().__init__(data)
