"""Forms of the portal-wide pages. Forms only parse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import AutoField, BigAutoField, QuerySet
from django.utils.translation import gettext_lazy as _

from coi_portal.models import AuditEntry

BIGGEST_ID = 2**63 - 1


class RecordMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Several records picked by id. An id that is not a whole number within the database's integer range
    is an invalid choice (a clear message), never a database error: SQLite cannot compare a larger one."""

    def _check_values(self, value: Iterable[Any]) -> Any:
        assert self.queryset is not None
        pk_field = self.queryset.model._meta.pk
        if self.to_field_name is None and isinstance(pk_field, (AutoField, BigAutoField)):
            for pk in value:
                text = str(pk)
                if not text.isascii() or not text.isdigit() or not 0 < int(text) <= BIGGEST_ID:
                    raise ValidationError(
                        self.error_messages["invalid_pk_value"], code="invalid_pk_value", params={"pk": pk}
                    )
        return super()._check_values(value)  # type: ignore[misc]


class AuditFilterForm(forms.Form):
    action = forms.CharField(label=_("Action"), required=False, max_length=80)
    actor = forms.CharField(label=_("User"), required=False, max_length=150)
    target_type = forms.CharField(label=_("Record type"), required=False, max_length=80)
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        start, end = data.get("date_from"), data.get("date_to")
        if isinstance(start, dt.date) and isinstance(end, dt.date) and start > end:
            raise forms.ValidationError(_("The start date is after the end date."))
        return data

    def apply(self, entries: QuerySet[AuditEntry]) -> QuerySet[AuditEntry]:
        data = self.cleaned_data
        if data.get("action"):
            entries = entries.filter(action__icontains=data["action"])
        if data.get("actor"):
            entries = entries.filter(actor_username__icontains=data["actor"])
        if data.get("target_type"):
            entries = entries.filter(target_type__icontains=data["target_type"])
        if data.get("date_from"):
            entries = entries.filter(created_at__date__gte=data["date_from"])
        if data.get("date_to"):
            entries = entries.filter(created_at__date__lte=data["date_to"])
        return entries


class RuleSettingForm(forms.Form):
    name = forms.CharField(widget=forms.HiddenInput, max_length=60)
    value = forms.CharField(label=_("New value"), required=False, max_length=60)
    valid_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    confirmed = forms.BooleanField(label=_("Confirmed against the Royal Gazette"), required=False)
    note = forms.CharField(label=_("Source or note"), required=False, max_length=500)
