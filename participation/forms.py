"""Forms of the participation app. They parse and validate input; services decide and save."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from coi_portal.forms import RecordMultipleChoiceField
from declarations.models import Official, Organization, current_on
from gifts.forms import DateInput, EvidenceFilesField
from participation.codes import looks_like_code
from participation.models import MEASURES, ActivityKind, TipOffOutcome, TipOffSubject

EARLIEST = dt.date(2000, 1, 1)
MAX_TEXT = 10_000


def serving_officials(organization: Organization) -> QuerySet[Official]:
    """The organization's officials in office today, by name, with their current positions loaded."""
    today = timezone.localdate()
    return (
        Official.objects.filter(organization=organization, tenures__in=_current_tenures(today))
        .exclude(left_office_on__lte=today)
        .distinct()
        .order_by("first_name_th", "last_name_th")
        .prefetch_related("tenures__position")
    )


def _current_tenures(day: dt.date) -> Any:
    from declarations.models import Tenure

    return Tenure.objects.filter(current_on(day))


class OfficialChoices(RecordMultipleChoiceField):
    """Officials shown by their office first: a reporter may know the office better than the name."""

    def label_from_instance(self, obj: Any) -> str:
        titles = sorted({t.position.title_th for t in obj.tenures.all() if t.ended_on is None})
        return f"{', '.join(titles)}: {obj.full_name_th}" if titles else obj.full_name_th


def _past(day: dt.date) -> None:
    if day > timezone.localdate():
        raise forms.ValidationError(_("The date cannot be in the future."))
    if day < EARLIEST:
        raise forms.ValidationError(_("The date is too far in the past."))


class TipOffForm(forms.Form):
    subject = forms.ChoiceField(
        label=_("What is it about?"), choices=TipOffSubject.choices, widget=forms.RadioSelect
    )
    what = forms.CharField(
        label=_("What happened?"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Who did what, where, and how you know. Do not write your own name here if you stay anonymous."
        ),
    )
    occurred_on = forms.DateField(
        label=_("When did it happen? (if known)"),
        widget=DateInput(),
        input_formats=["%Y-%m-%d"],
        required=False,
        validators=[_past],
    )
    named = OfficialChoices(
        label=_("Officials concerned (optional)"),
        queryset=Official.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    evidence = EvidenceFilesField(label=_("Evidence files (optional)"), required=False)
    anonymous = forms.BooleanField(label=_("Stay anonymous"), required=False, initial=True)
    reporter_name = forms.CharField(label=_("Your name (optional)"), max_length=200, required=False)
    reporter_contact = forms.CharField(
        label=_("Telephone or e-mail (optional)"), max_length=200, required=False
    )

    def __init__(self, *args: Any, organization: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["named"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = serving_officials(organization)


class FollowForm(forms.Form):
    code = forms.CharField(
        label=_("Tracking code"),
        max_length=40,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        ),
    )

    def clean_code(self) -> str:
        code: str = self.cleaned_data["code"]
        if not looks_like_code(code):
            raise forms.ValidationError(
                _("A tracking code has 16 letters and digits, like K7QM-3WXA-PH9T-RC2E.")
            )
        return code


class AnswerForm(FollowForm):
    answer = forms.CharField(
        label=_("Your answer or more information"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class AskForm(forms.Form):
    text = forms.CharField(
        label=_("Question to the reporter"), max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 3})
    )


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=TipOffOutcome.choices, widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("What the reporter is told"), max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 3})
    )


class ActivityForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    held_on = forms.DateField(
        label=_("Date"), widget=DateInput(), input_formats=["%Y-%m-%d"], validators=[_past]
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=ActivityKind.choices)
    measure = forms.TypedChoiceField(
        label=_("Measure of the notice"),
        choices=[("", "—"), *MEASURES],
        coerce=int,
        empty_value=None,
        required=False,
    )
    description = forms.CharField(
        label=_("What was done"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    attendees = OfficialChoices(
        label=_("Attendees"),
        queryset=Official.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    other_attendees = forms.IntegerField(label=_("Other attendees (number)"), min_value=0, initial=0)
    top_executive_present = forms.BooleanField(label=_("The Chief Executive took part"), required=False)
    published = forms.BooleanField(
        label=_("Show on the public pages (ITA evidence)"), required=False, initial=True
    )
    material = EvidenceFilesField(label=_("Material (PDF or images)"), required=False)
    photos = EvidenceFilesField(label=_("Photos"), required=False)

    def __init__(self, *args: Any, organization: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["attendees"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = serving_officials(organization)


class RiskForm(forms.Form):
    title = forms.CharField(label=_("Risk"), max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 3}))
    likelihood = forms.TypedChoiceField(
        label=_("Likelihood (1-5)"), choices=[(n, n) for n in range(1, 6)], coerce=int
    )
    impact = forms.TypedChoiceField(
        label=_("Impact (1-5)"), choices=[(n, n) for n in range(1, 6)], coerce=int
    )
    owner = forms.CharField(label=_("Responsible unit"), max_length=200, required=False)


class MeasureForm(forms.Form):
    measure_no = forms.TypedChoiceField(
        label=_("Measure of the notice"),
        choices=[("", "—"), *MEASURES],
        coerce=int,
        empty_value=None,
        required=False,
    )
    description = forms.CharField(
        label=_("What is done"), max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 2})
    )
    result = forms.CharField(
        label=_("Result"), max_length=MAX_TEXT, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    result_on = forms.DateField(
        label=_("Result as of"),
        widget=DateInput(),
        input_formats=["%Y-%m-%d"],
        required=False,
        validators=[_past],
    )


class ItaItemForm(forms.Form):
    code = forms.CharField(label=_("Code"), max_length=10)
    title = forms.CharField(label=_("Item"), max_length=1000, widget=forms.Textarea(attrs={"rows": 2}))


class ItaLinkForm(forms.Form):
    label = forms.CharField(label=_("Evidence"), max_length=200)
    url = forms.CharField(label=_("Address (a page of the portal, or https://…)"), max_length=500)


class CaseForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    summary = forms.CharField(
        label=_("The case, without names"), max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 4})
    )
    lesson = forms.CharField(
        label=_("What others can learn"),
        max_length=MAX_TEXT,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
