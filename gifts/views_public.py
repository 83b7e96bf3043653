"""Public pages of the gifts app, open without login: the "Do I need to report this?" check and the
organization's published register. Neither stores anything nor shows personal contact data."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from coi_portal.db_router import replica_reads
from declarations.models import Office, Organization
from gifts import register
from gifts.assessment import facts_from, preview
from gifts.forms import BahtField, DateInput
from gifts.models import Occasion, Relation
from gifts.services import policy_for
from legal.routing import Office as LegalOffice

EARLIEST = dt.date(2000, 1, 1)
PAGE_SIZE = 50


def _past_date(day: dt.date) -> None:
    if day > timezone.localdate():
        raise forms.ValidationError(_("The date cannot be in the future."))
    if day < EARLIEST:
        raise forms.ValidationError(_("The date is too far in the past (before 1 January 2543)."))


class GiftCheckForm(forms.Form):
    """The facts of the self-check. Parsed only: nothing is saved."""

    received_on = forms.DateField(
        label=_("Date received"), widget=DateInput(), input_formats=["%Y-%m-%d"], validators=[_past_date]
    )
    value = BahtField(label=_("Value (baht)"), max_length=30, help_text=_('For example "5,000" or "๕,๐๐๐".'))
    giver_relation = forms.ChoiceField(label=_("How are you related to the giver?"), choices=Relation.choices)
    occasion = forms.ChoiceField(label=_("Occasion"), choices=Occasion.choices)
    occasion_customary = forms.BooleanField(
        label=_("It is a customary occasion (festival, congratulation, condolence, thanks, welcome)"),
        required=False,
        help_text=_('Only asked when the occasion is "other".'),
    )
    to_general_public = forms.BooleanField(
        label=_("It was given to the general public (e.g. a lucky draw open to everyone)"), required=False
    )
    accepted_out_of_necessity = forms.BooleanField(
        label=_("I accepted it because refusing was not possible (to keep goodwill or relations)"),
        required=False,
    )
    office = forms.ChoiceField(label=_("Your office"), choices=Office.choices)
    left_office_on = forms.DateField(
        label=_("I left office on (former officials only)"),
        widget=DateInput(),
        input_formats=["%Y-%m-%d"],
        required=False,
        validators=[_past_date],
    )


@login_not_required
@require_GET
def check(request: HttpRequest) -> HttpResponse:
    form = GiftCheckForm(request.GET or None, initial={"giver_relation": Relation.NONE})
    context: dict[str, Any] = {"form": form}
    if form.is_bound and form.is_valid():
        data = form.cleaned_data
        facts = facts_from(data, left_office_on=data["left_office_on"])
        try:
            context["preview"] = preview(facts, [LegalOffice(data["office"])])
        except (LookupError, ValueError):
            form.add_error(None, _("The law for that date and office is not in the portal's tables."))
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "gifts/public/check.html", context, status=status)


@login_not_required
@replica_reads
@require_GET
def public_register(request: HttpRequest, org: str) -> HttpResponse:
    organization = get_object_or_404(Organization, slug=org)
    policy = policy_for(organization)
    if not policy.public_register:
        raise Http404
    page = Paginator(register.public_filings(organization), PAGE_SIZE).get_page(request.GET.get("page"))
    columns = register.public_columns(policy)
    context = {
        "organization": organization,
        "page": page,
        "headers": [register.PUBLIC_COLUMNS[key] for key in columns],
        "table": register.public_table(register.rows_of(page, start=page.start_index()), columns),
    }
    return render(request, "gifts/public/register.html", context)
