"""Forms of the business-interest declarations. They parse and validate; services decide and save.

Numbers accept Thai digits; juristic person numbers accept separators and are checked by their check digit.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.forms import BaseFormSet, formset_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from coi_portal.thai import arabic_digits
from declarations.models import Activity, BusinessForm, Holder, Spouse
from declarations.thai_ids import clean_juristic_number

# Blank rows offered below the lines prefilled from the last declaration, each in a closed <details>.
EXTRA_ROWS = 3
MAX_ROWS = 40
_EARLIEST = dt.date(1950, 1, 1)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


def date_field(label: Any, *, required: bool = True) -> forms.DateField:
    return forms.DateField(label=label, required=required, widget=DateInput(), input_formats=["%Y-%m-%d"])


def past_date(day: dt.date | None) -> dt.date | None:
    if day is None:
        return None
    if day > timezone.localdate():
        raise ValidationError(_("The date cannot be in the future."))
    if day < _EARLIEST:
        raise ValidationError(_("The date is too far in the past."))
    return day


class JuristicNumberField(forms.CharField):
    """A 13-digit juristic person number: "0-1055-61234-56-7" and Thai digits are accepted."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 30)
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        self.widget.attrs.update({"inputmode": "numeric", "autocomplete": "off"})

    def clean(self, value: Any) -> str:
        return clean_juristic_number(super().clean(value) or "")


class NumberField(forms.Field):
    """A number between `low` and `high` with at most `places` decimals; Thai digits and "%" accepted."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})

    def __init__(self, *, low: int, high: int, places: int, message: Any, **kwargs: Any) -> None:
        self.low, self.high, self.step, self.message = (
            Decimal(low),
            Decimal(high),
            Decimal(1).scaleb(-places),
            message,
        )
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> Decimal | None:
        text = arabic_digits(str(value or "")).replace("%", "").replace(" ", "").strip()
        if not text:
            return None
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValidationError(self.message) from None
        if (
            not number.is_finite()
            or not self.low <= number <= self.high
            or number != number.quantize(self.step)
        ):
            raise ValidationError(self.message)
        return number.quantize(self.step)


class ItemForm(forms.Form):
    """One business activity of the official or their spouse."""

    holder = forms.ChoiceField(label=_("Whose interest"), choices=Holder.choices, initial=Holder.SELF)
    spouse = forms.ModelChoiceField(label=_("Which spouse"), queryset=Spouse.objects.none(), required=False)
    activity = forms.ChoiceField(
        label=_("Activity"), choices=Activity.choices, initial=Activity.PARTNER_OR_SHAREHOLDER
    )
    company_name = forms.CharField(label=_("Name of the business"), max_length=200)
    juristic_number = JuristicNumberField(
        label=_("Juristic person number (13 digits)"),
        help_text=_("On the company's certificate or tax invoice; leave empty if it has none."),
    )
    business_form = forms.ChoiceField(
        label=_("Kind of business"), choices=BusinessForm.choices, initial=BusinessForm.COMPANY
    )
    share_percent = NumberField(
        label=_("Share held (%)"),
        required=False,
        low=0,
        high=100,
        places=2,
        message=_("Enter the share as a percentage between 0 and 100, e.g. 10 or 2.5."),
    )
    role = forms.CharField(
        label=_("Role (e.g. shareholder, director, partner)"), max_length=120, required=False
    )
    held_since = date_field(_("Since"))
    held_until = date_field(_("Until (leave empty if still held)"), required=False)
    deals_with_organization = forms.BooleanField(
        label=_(
            "This business contracts with, holds a concession from, or is supervised by our organization"
        ),
        required=False,
    )
    notes = forms.CharField(
        label=_("Other details"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000, required=False
    )

    def __init__(self, *args: Any, spouses: list[Spouse] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.spouses = spouses or []
        field = self.fields["spouse"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Spouse.objects.filter(pk__in=[s.pk for s in self.spouses])
        if len(self.spouses) < 2:
            field.widget = forms.HiddenInput()

    def clean_held_since(self) -> dt.date | None:
        return past_date(self.cleaned_data.get("held_since"))

    def clean_held_until(self) -> dt.date | None:
        return past_date(self.cleaned_data.get("held_until"))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        since, until = data.get("held_since"), data.get("held_until")
        if since and until and until < since:
            self.add_error("held_until", _("The end cannot be before the start."))
        if data.get("holder") == Holder.SPOUSE and not self.spouses:
            self.add_error(
                "holder",
                _("No spouse is recorded for you: ask the administrator to record your spouse first."),
            )
        if data.get("share_percent") is not None and data.get("business_form") not in (
            "company",
            "public_company",
        ):
            self.add_error("share_percent", _("A share percentage applies only to a limited company."))
        return data

    def values(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data.pop("DELETE", None)
        return data


class WorkForm(forms.Form):
    """Another occupation or paid work of the official."""

    employer = forms.CharField(label=_("Employer or business"), max_length=200)
    employer_juristic_number = JuristicNumberField(label=_("Employer's juristic person number (13 digits)"))
    role = forms.CharField(label=_("Work or role"), max_length=200)
    hours_per_week = NumberField(
        label=_("Hours a week"),
        required=False,
        low=0,
        high=168,
        places=1,
        message=_("Enter the hours a week as a number between 0 and 168."),
    )
    paid = forms.BooleanField(label=_("Paid work"), required=False, initial=True)
    deals_with_organization = forms.BooleanField(
        label=_("The employer contracts with, or is supervised by, our organization"), required=False
    )
    since = date_field(_("Since"))
    until = date_field(_("Until (leave empty if still working)"), required=False)
    notes = forms.CharField(
        label=_("Other details"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000, required=False
    )

    def __init__(self, *args: Any, spouses: list[Spouse] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)

    def clean_since(self) -> dt.date | None:
        return past_date(self.cleaned_data.get("since"))

    def clean_until(self) -> dt.date | None:
        return past_date(self.cleaned_data.get("until"))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("since") and data.get("until") and data["until"] < data["since"]:
            self.add_error("until", _("The end cannot be before the start."))
        return data

    def values(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        data.pop("DELETE", None)
        return data


class LineFormSet(BaseFormSet):
    """Rows the declarant kept: filled in and not marked for removal."""

    def add_fields(self, form: forms.Form, index: int | None) -> None:
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("Remove this line from the new version")

    def kept(self) -> list[dict[str, Any]]:
        rows = []
        for form in self.forms:
            # An untouched blank row has no cleaned data; a row ticked for removal is dropped.
            if form.cleaned_data and not form.cleaned_data.get("DELETE"):
                rows.append(form.values())
        return rows


ItemFormSet = formset_factory(
    ItemForm, formset=LineFormSet, extra=EXTRA_ROWS, can_delete=True, max_num=MAX_ROWS, validate_max=True
)
WorkFormSet = formset_factory(
    WorkForm, formset=LineFormSet, extra=EXTRA_ROWS, can_delete=True, max_num=MAX_ROWS, validate_max=True
)


class ConfirmForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("I certify that this declaration is true and complete, for myself and for my spouse."),
        error_messages={"required": _("Tick the box to certify the declaration.")},
    )


class AcknowledgeForm(forms.Form):
    note = forms.CharField(
        label=_("Note (optional)"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000, required=False
    )


class FindingReviewForm(forms.Form):
    note = forms.CharField(
        label=_("What was checked and what was decided"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=4000,
    )


class LeavingForm(forms.Form):
    left_on = date_field(_("First day out of office"))
