"""Forms of the privacy app. They parse and validate input; services decide and save."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from declarations.models import Official, Organization
from gifts.forms import DateInput
from privacy import pdpa
from privacy.inventory import RECORD_TYPES, text
from privacy.models import (
    S23_ELEMENTS,
    BreachRisk,
    HandedHow,
    RequestChannel,
    RequestKind,
    RequestStatus,
    element_label,
)


class DateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


def _datetime(label: Any, *, required: bool = True) -> forms.DateTimeField:
    return forms.DateTimeField(
        label=label, widget=DateTimeInput(), input_formats=["%Y-%m-%dT%H:%M"], required=required
    )


def _date(label: Any, *, required: bool = True) -> forms.DateField:
    return forms.DateField(label=label, widget=DateInput(), input_formats=["%Y-%m-%d"], required=required)


class NoticeForm(forms.Form):
    """A new version of a notice: every s.23 element in Thai (required), and optionally in English."""

    effective_on = _date(_("In force from"))
    change_note = forms.CharField(label=_("What changed"), max_length=300)
    dpo = forms.CharField(
        label=_("Data protection officer (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in S23_ELEMENTS:
            label = element_label(name)
            self.fields[name] = forms.CharField(label=label, widget=forms.Textarea(attrs={"rows": 3}))
            self.fields[f"en_{name}"] = forms.CharField(
                label=_("%(element)s (English)") % {"element": label},
                required=False,
                widget=forms.Textarea(attrs={"rows": 2, "lang": "en"}),
            )

    def content(self) -> dict[str, str]:
        return {name: self.cleaned_data[name] for name in S23_ELEMENTS}

    def english(self) -> dict[str, str]:
        return {name: self.cleaned_data[f"en_{name}"] for name in S23_ELEMENTS}


class SpouseNoticeGivenForm(forms.Form):
    given_on = _date(_("Date the notice was given"))
    how = forms.ChoiceField(label=_("How"), choices=HandedHow.choices)
    note = forms.CharField(label=_("Note"), max_length=300, required=False)


class SubjectRequestForm(forms.Form):
    requester_name = forms.CharField(label=_("Name of the data subject"), max_length=200)
    official = forms.ModelChoiceField(
        label=_("The data subject is one of our officials (optional)"),
        queryset=Official.objects.none(),
        required=False,
    )
    kind = forms.ChoiceField(label=_("Request"), choices=RequestKind.choices)
    channel = forms.ChoiceField(label=_("Received by"), choices=RequestChannel.choices)
    received_on = _date(_("Received on"))
    details = forms.CharField(
        label=_("What is asked"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )

    def __init__(self, *args: Any, organization: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["official"]
        assert isinstance(field, forms.ModelChoiceField)
        field.queryset = Official.objects.filter(organization=organization)


class RequestCloseForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("Outcome"),
        choices=[(RequestStatus.COMPLETED, _("completed")), (RequestStatus.REFUSED, _("refused"))],
        widget=forms.RadioSelect,
    )
    refusal_reason = forms.ChoiceField(
        label=_("Legal reason for refusing"),
        required=False,
        choices=[("", "—"), *((reason.value, label) for reason, label in pdpa.REFUSAL_TH.items())],
    )
    response = forms.CharField(label=_("Answer given"), widget=forms.Textarea(attrs={"rows": 3}))
    closed_on = _date(_("Closed on"))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("outcome") == RequestStatus.REFUSED and not data.get("refusal_reason"):
            self.add_error("refusal_reason", _("A refusal must give its legal reason."))
        return data


class BreachForm(forms.Form):
    title = forms.CharField(label=_("What happened (short)"), max_length=200)
    description = forms.CharField(label=_("Details"), widget=forms.Textarea(attrs={"rows": 4}))
    aware_at = _datetime(_("Became aware at"))
    risk = forms.ChoiceField(label=_("Risk"), choices=BreachRisk.choices, widget=forms.RadioSelect)
    data_affected = forms.CharField(label=_("Data affected"), max_length=300, required=False)
    people_affected = forms.IntegerField(label=_("Number of people affected"), min_value=0, required=False)
    measures = forms.CharField(
        label=_("Measures taken"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class BreachNotifyForm(forms.Form):
    pdpc_notified_at = _datetime(_("PDPC Office notified at"), required=False)
    pdpc_reference = forms.CharField(label=_("PDPC reference"), max_length=100, required=False)
    subjects_notified_at = _datetime(_("People affected notified at"), required=False)
    measures = forms.CharField(
        label=_("Measures taken"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class BreachCloseForm(forms.Form):
    no_notification_reason = forms.CharField(
        label=_("Why no notification is needed (no-risk breaches only)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


def record_type_choices() -> list[tuple[str, str]]:
    """The record types named in the active language (a callable, so the language is the request's)."""
    language = get_language() or "th"
    return [(record.key, text(record.name, language)) for record in RECORD_TYPES]


class RetentionForm(forms.Form):
    record_type = forms.ChoiceField(label=_("Record type"), choices=record_type_choices)
    years = forms.IntegerField(label=_("Years kept"), min_value=1, max_value=50)


class HoldForm(forms.Form):
    record_type = forms.ChoiceField(label=_("Record type"), choices=record_type_choices)
    object_id = forms.CharField(
        label=_("Record number (empty: every record of the type)"), max_length=40, required=False
    )
    reason = forms.CharField(label=_("Reason (case, order, request)"), max_length=300)
