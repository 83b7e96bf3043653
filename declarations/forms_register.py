"""Forms of the contract register, its import, procurement committees and declaration rounds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from coi_portal.forms import RecordMultipleChoiceField
from coi_portal.thai import BE_OFFSET, arabic_digits
from declarations.contract_csv import parse_baht
from declarations.forms_interests import JuristicNumberField, date_field, past_date
from declarations.models import CommitteeKind, CommitteeRole, ContractKind, Official, SeatDeclaration

MAX_UPLOAD_BYTES = 2 * 1024 * 1024


class BahtField(forms.CharField):
    """Baht: "1,250,000.00", Thai digits and "บาท" accepted."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 40)
        super().__init__(**kwargs)
        self.widget.attrs.update({"inputmode": "decimal", "autocomplete": "off"})

    def clean(self, value: Any) -> Decimal:
        return parse_baht(super().clean(value))


class ContractForm(forms.Form):
    kind = forms.ChoiceField(label=_("Kind"), choices=ContractKind.choices, initial=ContractKind.CONTRACT)
    contract_number = forms.CharField(label=_("Contract or order number"), max_length=60)
    subject = forms.CharField(label=_("Subject"), max_length=300)
    counterparty_name = forms.CharField(
        label=_("Counterparty (company, partnership or person)"), max_length=200
    )
    counterparty_juristic_number = JuristicNumberField(label=_("Counterparty's juristic person number"))
    value = BahtField(label=_("Value (baht)"))
    signed_on = date_field(_("Signed on"))
    division = forms.CharField(label=_("Supervising division"), max_length=120, required=False)

    def clean_contract_number(self) -> str:
        return arabic_digits(self.cleaned_data["contract_number"]).strip()

    def clean_signed_on(self) -> dt.date | None:
        return past_date(self.cleaned_data.get("signed_on"))


class ContractImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file (UTF-8)"), widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"})
    )

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(_("The file is larger than 2 MB: split it into several files."))
        return upload


class BidderForm(forms.Form):
    name = forms.CharField(label=_("Bidder"), max_length=200)
    juristic_number = JuristicNumberField(label=_("Juristic person number"))


class CommitteeForm(forms.Form):
    kind = forms.ChoiceField(label=_("Committee"), choices=CommitteeKind.choices)
    appointed_on = date_field(_("Appointed on"))
    order_ref = forms.CharField(label=_("Appointing order (number and date)"), max_length=200, required=False)
    chair = forms.ModelChoiceField(label=_("Chair of the committee"), queryset=Official.objects.none())
    members = RecordMultipleChoiceField(
        label=_("Members"),
        queryset=Official.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args: Any, officials: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in ("chair", "members"):
            field = self.fields[name]
            assert isinstance(field, forms.ModelChoiceField)
            field.queryset = officials

    def clean_appointed_on(self) -> dt.date | None:
        return past_date(self.cleaned_data.get("appointed_on"))

    def seats(self) -> list[tuple[Official, str]]:
        chair = self.cleaned_data["chair"]
        others = [m for m in self.cleaned_data["members"] if m.pk != chair.pk]
        return [(chair, CommitteeRole.CHAIR), *((m, CommitteeRole.MEMBER) for m in others)]


class SeatDeclarationForm(forms.Form):
    declaration = forms.ChoiceField(
        label=_("Your declaration"),
        choices=[
            (SeatDeclaration.NO_INTEREST, _("I have no interest in any bidder of this procurement.")),
            (SeatDeclaration.HAS_INTEREST, _("I have an interest, and I step aside.")),
        ],
        widget=forms.RadioSelect,
    )
    statement = forms.CharField(
        label=_("Statement (optional)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        required=False,
    )


class RoundForm(forms.Form):
    year_be = forms.IntegerField(label=_("Year (B.E.)"), min_value=2560, max_value=2700)
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    opened_on = date_field(_("Opens on"))
    due_on = date_field(_("Due on"))
    include_all_staff = forms.BooleanField(
        label=_("Also all other staff (not only the offices designated under s.126)"), required=False
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("opened_on") and data.get("due_on") and data["due_on"] < data["opened_on"]:
            self.add_error("due_on", _("The due date cannot be before the opening date."))
        return data

    def values(self) -> dict[str, Any]:
        data = self.cleaned_data
        be = data["year_be"]
        return {
            "year": be - BE_OFFSET,
            "title": data["title"].strip() or f"การแสดงการมีส่วนได้เสียทางธุรกิจ ประจำปี {be}",
            "opened_on": data["opened_on"],
            "due_on": data["due_on"],
            "include_all_staff": data["include_all_staff"],
        }

    @staticmethod
    def initial_for(today: dt.date) -> dict[str, Any]:
        return {
            "year_be": today.year + BE_OFFSET,
            "opened_on": today,
            "due_on": today + dt.timedelta(days=30),
        }
