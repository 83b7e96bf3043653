"""Forms of the meetings app. They parse and validate input; services decide and save."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from coi_portal.forms import RecordMultipleChoiceField
from coi_portal.thai import arabic_digits, be_year
from declarations.models import Official
from gifts.forms import BahtField, DateInput
from gifts.uploads import CheckedFile, check_file
from meetings.models import AgendaItem
from meetings.services.planning import FIRST_YEAR_BE, LAST_YEAR_BE, MAX_LIMIT


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%H:%M", **kwargs)


def year_field(**kwargs: Any) -> forms.IntegerField:
    return forms.IntegerField(
        label=_("Year (B.E.)"),
        min_value=FIRST_YEAR_BE,
        max_value=LAST_YEAR_BE,
        widget=forms.NumberInput,
        **kwargs,
    )


class YearForm(forms.Form):
    """The Buddhist-era year of a page; a missing one means the current year."""

    year = year_field()

    def __init__(self, data: Any) -> None:
        data = data.copy()
        data.setdefault("year", str(be_year(timezone.localdate())))
        data["year"] = arabic_digits(str(data["year"]))
        super().__init__(data)

    def year_be(self) -> int:
        return int(self.cleaned_data["year"]) if self.is_valid() else be_year(timezone.localdate())


class PlanForm(forms.Form):
    year = year_field()
    daily_limit = forms.IntegerField(
        label=_("Village meetings a day"),
        min_value=1,
        max_value=MAX_LIMIT,
        initial=2,
    )


class MoveForm(forms.Form):
    date = forms.DateField(label=_("New date"), widget=DateInput(), input_formats=["%Y-%m-%d"])
    start_time = forms.TimeField(label=_("Starts at"), widget=TimeInput(), input_formats=["%H:%M"])
    end_time = forms.TimeField(label=_("Ends at"), widget=TimeInput(), input_formats=["%H:%M"])
    place = forms.CharField(label=_("Place"), max_length=200)
    reason = forms.CharField(label=_("Reason for moving"), max_length=300)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start_time"), data.get("end_time")
        if isinstance(start, dt.time) and isinstance(end, dt.time) and end <= start:
            self.add_error("end_time", _("The meeting must end after it starts."))
        return data


class CancelForm(forms.Form):
    reason = forms.CharField(label=_("Reason for cancelling"), max_length=300)


class OfficialChoiceField(RecordMultipleChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return str(obj.full_name_th)


class AttendanceForm(forms.Form):
    officials = OfficialChoiceField(
        label=_("Officials present"),
        queryset=Official.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    others = forms.CharField(
        label=_("Others present (one a line: name, office)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=4000,
        required=False,
        help_text=_("For example: นายสมหมาย ใจงาม, ผู้ใหญ่บ้าน"),
    )
    citizens = forms.IntegerField(label=_("Citizens present"), min_value=0, max_value=100_000, required=False)

    def __init__(
        self, *args: Any, officials: QuerySet[Official], village_meeting: bool, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["officials"]
        assert isinstance(field, OfficialChoiceField)
        field.queryset = officials
        if not village_meeting:
            del self.fields["citizens"]
        else:
            self.fields["citizens"].required = True

    def clean_others(self) -> list[tuple[str, str]]:
        people = []
        for line in self.cleaned_data["others"].splitlines():
            if not line.strip():
                continue
            name, _sep, office = line.partition(",")
            if len(name.strip()) > 200 or len(office.strip()) > 200:
                raise forms.ValidationError(_("A name or an office is too long."))
            people.append((name.strip(), office.strip()))
        return people

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("officials") and not data.get("others") and not self.errors:
            raise forms.ValidationError(_("List at least one person present."))
        return data


def _checked(upload: Any) -> CheckedFile | None:
    return check_file(upload) if upload else None


class MinutesForm(forms.Form):
    text = forms.CharField(label=_("Minutes"), widget=forms.Textarea(attrs={"rows": 10}), max_length=50_000)
    file = forms.FileField(
        label=_("Signed minutes (PDF, JPEG or PNG)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,application/pdf"}),
    )

    def clean_file(self) -> CheckedFile | None:
        return _checked(self.cleaned_data.get("file"))


class PhotoForm(forms.Form):
    file = forms.FileField(
        label=_("Photo (JPEG or PNG)"),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png"}),
    )
    caption = forms.CharField(label=_("Caption"), max_length=200, required=False)

    def clean_file(self) -> CheckedFile | None:
        checked = _checked(self.cleaned_data.get("file"))
        if checked is not None and not checked.content_type.startswith("image/"):
            raise forms.ValidationError(_("A photo must be a JPEG or PNG image."))
        return checked


class AgendaForm(forms.Form):
    title = forms.CharField(label=_("Agenda item"), max_length=300)
    detail = forms.CharField(
        label=_("Detail"), widget=forms.Textarea(attrs={"rows": 2}), max_length=4000, required=False
    )
    counterparty = forms.CharField(
        label=_("Concerns (company or person)"),
        max_length=200,
        required=False,
        help_text=_(
            "A contractor, seller or applicant the item is about; declarations are checked against it."
        ),
    )


INTEREST_CHOICES = [("no", _("No interest")), ("yes", _("I have an interest"))]


class InterestForm(forms.Form):
    """One choice and one note per agenda item, named ``item-<id>`` and ``note-<id>``."""

    def __init__(self, *args: Any, items: list[AgendaItem], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.agenda_items = items
        for item in items:
            self.fields[f"item-{item.pk}"] = forms.ChoiceField(
                label=f"{item.number}. {item.title}",
                choices=INTEREST_CHOICES,
                widget=forms.RadioSelect(attrs={"class": "form-check-input"}),
            )
            self.fields[f"note-{item.pk}"] = forms.CharField(
                label=_("What is the interest?"), max_length=500, required=False
            )

    def rows(self) -> list[tuple[AgendaItem, forms.BoundField, forms.BoundField]]:
        """(item, its choice, its note) for the template."""
        return [(item, self[f"item-{item.pk}"], self[f"note-{item.pk}"]) for item in self.agenda_items]

    def answers(self) -> dict[int, tuple[bool, str]]:
        data = self.cleaned_data
        return {
            item.pk: (data[f"item-{item.pk}"] == "yes", data[f"note-{item.pk}"]) for item in self.agenda_items
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for item in self.agenda_items:
            if data.get(f"item-{item.pk}") == "yes" and not (data.get(f"note-{item.pk}") or "").strip():
                self.add_error(f"note-{item.pk}", _("Say what the interest is."))
        return data


class ResolutionForm(forms.Form):
    text = forms.CharField(label=_("Resolution"), widget=forms.Textarea(attrs={"rows": 3}), max_length=4000)
    is_budget_request = forms.BooleanField(label=_("It is a budget request (measure 6)"), required=False)
    project = forms.CharField(label=_("Project"), max_length=300, required=False)
    amount = BahtField(label=_("Amount requested (baht)"), required=False)
    votes_for = forms.IntegerField(label=_("Votes for"), min_value=0, max_value=100_000, required=False)
    votes_against = forms.IntegerField(
        label=_("Votes against"), min_value=0, max_value=100_000, required=False
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("is_budget_request"):
            if not (data.get("project") or "").strip():
                self.add_error("project", _("Name the project."))
            if data.get("amount") is None and "amount" not in self.errors:
                self.add_error("amount", _("Give the amount requested."))
        return data
