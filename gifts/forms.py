"""Forms of the gifts app. They parse and validate input; services decide and save."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from coi_portal.thai import arabic_digits
from gifts.models import CustodyEntry, Decision, GiftKind, Occasion, Relation, ReturnRecord, ValueBasis
from gifts.uploads import MAX_FILES, CheckedFile, check_file

MAX_VALUE = Decimal("10000000")


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%d", **kwargs)


class BahtField(forms.Field):
    """Baht with two decimals: "5000", "5,000.50" and Thai digits "๕,๐๐๐" are accepted."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})

    def __init__(self, *, max_length: int = 40, **kwargs: Any) -> None:
        self.max_length = max_length
        super().__init__(**kwargs)

    def to_python(self, value: Any) -> Decimal | None:
        text = str(value or "").strip()
        if not text:
            return None
        if len(text) > self.max_length:
            raise forms.ValidationError(_("Enter the value as a number of baht, e.g. 5,000."))
        cleaned = arabic_digits(text).replace(",", "").replace(" ", "").replace("บาท", "")
        try:
            amount = Decimal(cleaned)
        except InvalidOperation:
            raise forms.ValidationError(_("Enter the value as a number of baht, e.g. 5,000.")) from None
        if not amount.is_finite():
            raise forms.ValidationError(_("Enter the value as a number of baht, e.g. 5,000."))
        if amount <= 0:
            raise forms.ValidationError(_("The value must be more than 0 baht."))
        if amount > MAX_VALUE:
            raise forms.ValidationError(_("The value may be at most 10,000,000 baht."))
        if amount != amount.quantize(Decimal("0.01")):
            raise forms.ValidationError(_("Give the value to at most two decimals (satang)."))
        return amount.quantize(Decimal("0.01"))


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class EvidenceFilesField(forms.FileField):
    """Up to five JPEG, PNG or PDF files of at most 10 MB each, checked by content."""

    widget = MultipleFileInput(attrs={"accept": "image/jpeg,image/png,application/pdf"})

    def clean(self, data: Any, initial: Any = None) -> list[CheckedFile]:
        files = [f for f in (data if isinstance(data, list | tuple) else [data]) if f]
        if len(files) > MAX_FILES:
            raise forms.ValidationError(_("Attach at most 5 files."))
        return [check_file(super(EvidenceFilesField, self).clean(f, initial)) for f in files]


class GiftForm(forms.Form):
    received_on = forms.DateField(label=_("Date received"), widget=DateInput(), input_formats=["%Y-%m-%d"])
    giver_name = forms.CharField(label=_("Giver's name"), max_length=200)
    giver_organization = forms.CharField(
        label=_("Giver's company or organization"), max_length=200, required=False
    )
    giver_relation = forms.ChoiceField(label=_("How are you related to the giver?"), choices=Relation.choices)
    giver_deals_with_agency = forms.BooleanField(
        label=_("The giver deals with our organization (contractor, applicant, supplier)"), required=False
    )
    occasion = forms.ChoiceField(label=_("Occasion"), choices=Occasion.choices)
    occasion_other = forms.CharField(label=_("Which occasion?"), max_length=200, required=False)
    occasion_customary = forms.BooleanField(
        label=_("It is a customary occasion (festival, congratulation, condolence, thanks, welcome)"),
        required=False,
    )
    kind = forms.ChoiceField(label=_("What was received"), choices=GiftKind.choices)
    description = forms.CharField(
        label=_("Description"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000
    )
    value = BahtField(label=_("Value (baht)"))
    value_basis = forms.ChoiceField(label=_("The value is based on"), choices=ValueBasis.choices)
    to_general_public = forms.BooleanField(
        label=_("It was given to the general public (e.g. a lucky draw open to everyone)"), required=False
    )
    accepted_out_of_necessity = forms.BooleanField(
        label=_("I accepted it because refusing was not possible (to keep goodwill or relations)"),
        required=False,
    )
    necessity_reason = forms.CharField(
        label=_("Why it could not be refused"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        required=False,
    )
    answer = forms.CharField(
        label=_("Your answer to the reviewer"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        required=False,
    )
    attachments = EvidenceFilesField(
        label=_("Photos of the gift or the receipt (JPEG, PNG, PDF)"), required=False
    )

    def __init__(self, *args: Any, answering: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not answering:
            del self.fields["answer"]

    def clean_received_on(self) -> dt.date:
        day: dt.date = self.cleaned_data["received_on"]
        if day > timezone.localdate():
            raise forms.ValidationError(_("The date received cannot be in the future."))
        if day < dt.date(2000, 1, 1):
            raise forms.ValidationError(_("The date received is too far in the past."))
        return day

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("occasion") == Occasion.OTHER and not (data.get("occasion_other") or "").strip():
            self.add_error("occasion_other", _("Say which occasion it was."))
        if data.get("occasion") != Occasion.OTHER:
            data["occasion_other"] = ""
            data["occasion_customary"] = True
        return data

    def facts(self) -> dict[str, Any]:
        """The cleaned facts, as the services take them."""
        names = [n for n in self.cleaned_data if n not in {"attachments"}]
        return {name: self.cleaned_data[name] for name in names}


class RulingForm(forms.Form):
    decision = forms.ChoiceField(label=_("Decision"), choices=Decision.choices, widget=forms.RadioSelect)
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)
    return_impossible_reason = forms.CharField(
        label=_("Why the gift cannot be returned (for a hand-over only)"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=4000,
        required=False,
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if (
            data.get("decision") == Decision.HAND_OVER
            and not (data.get("return_impossible_reason") or "").strip()
        ):
            self.add_error(
                "return_impossible_reason",
                _("A gift may be handed over only when it cannot be returned: say why it cannot."),
            )
        return data


class SendBackForm(forms.Form):
    comment = forms.CharField(
        label=_("What information is missing?"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000
    )


class CommentForm(forms.Form):
    text = forms.CharField(label=_("Comment"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)


def _not_future(day: dt.date) -> None:
    if day > timezone.localdate():
        raise forms.ValidationError(_("The date cannot be in the future."))


class ReturnForm(forms.Form):
    returned_on = forms.DateField(label=_("Returned on"), widget=DateInput(), validators=[_not_future])
    method = forms.ChoiceField(label=_("How it was returned"), choices=ReturnRecord.Method.choices)
    note = forms.CharField(
        label=_("Details"), widget=forms.Textarea(attrs={"rows": 2}), max_length=2000, required=False
    )
    evidence = EvidenceFilesField(label=_("Evidence (photo, receipt, transfer slip)"), required=False)


class CustodyForm(forms.Form):
    kind = forms.ChoiceField(label=_("Entry"), choices=CustodyEntry.Kind.choices)
    on = forms.DateField(label=_("Date"), widget=DateInput(), validators=[_not_future])
    by_name = forms.CharField(label=_("Received or handled by"), max_length=200)
    location = forms.CharField(label=_("Where it is kept"), max_length=200, required=False)
    on_display = forms.BooleanField(label=_("On display (not in storage)"), required=False)
    note = forms.CharField(
        label=_("Details or final outcome"),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=2000,
        required=False,
    )


class NaccSentForm(forms.Form):
    sent_on = forms.DateField(label=_("Sent to the NACC on"), widget=DateInput(), validators=[_not_future])
    sent_ref = forms.CharField(label=_("Letter number"), max_length=100)


class NaccAnswerForm(RulingForm):
    received_on = forms.DateField(
        label=_("NACC answer received on"), widget=DateInput(), validators=[_not_future]
    )
    answer_ref = forms.CharField(label=_("NACC letter number"), max_length=100)
