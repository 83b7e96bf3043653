"""Tip-offs for the officer who handles them: the list, a case, asking the reporter, closing, the evidence,
and the counts by month for the ITA report."""

from __future__ import annotations

from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from coi_portal import permissions
from participation import selectors, services
from participation.forms import AskForm, CloseForm
from participation.models import TipOff, TipOffEvidence


@require_GET
def tipoff_inbox(request: HttpRequest) -> HttpResponse:
    if permissions.organization_of(request.user) is None:
        raise Http404
    return render(
        request, "participation/tipoff_inbox.html", {"tipoffs": selectors.tipoffs_handled(user=request.user)}
    )


def _detail(
    request: HttpRequest, tipoff: TipOff, ask: AskForm, close: CloseForm, status: int
) -> HttpResponse:
    context = {
        "tipoff": tipoff,
        "named": tipoff.named_officials.all(),
        "evidence": tipoff.evidence.all(),
        "messages_list": tipoff.messages.all(),
        "ask": ask,
        "close": close,
    }
    return render(request, "participation/tipoff_detail.html", context, status=status)


@require_GET
def tipoff_detail(request: HttpRequest, pk: int) -> HttpResponse:
    tipoff = selectors.tipoff_get_for_handler(user=request.user, pk=pk)
    return _detail(request, tipoff, AskForm(), CloseForm(), 200)


@require_POST
def tipoff_ask(request: HttpRequest, pk: int) -> HttpResponse:
    tipoff = selectors.tipoff_get_for_handler(user=request.user, pk=pk)
    form = AskForm(request.POST)
    if form.is_valid():
        try:
            services.tipoff_ask(
                actor=permissions.acting_user(request), tipoff=tipoff, text=form.cleaned_data["text"]
            )
            messages.success(request, _("The question is sent. The reporter sees it with the tracking code."))
            return redirect("participation:tipoff_detail", tipoff.pk)
        except services.ParticipationError as error:
            form.add_error(None, str(error))
    return _detail(request, tipoff, form, CloseForm(), 400)


@require_POST
def tipoff_close(request: HttpRequest, pk: int) -> HttpResponse:
    tipoff = selectors.tipoff_get_for_handler(user=request.user, pk=pk)
    form = CloseForm(request.POST)
    if form.is_valid():
        try:
            services.tipoff_close(actor=permissions.acting_user(request), tipoff=tipoff, **form.cleaned_data)
            messages.success(
                request, _("The report is closed. The reporter sees the outcome with the tracking code.")
            )
            return redirect("participation:tipoff_detail", tipoff.pk)
        except services.ParticipationError as error:
            form.add_error(None, str(error))
    return _detail(request, tipoff, AskForm(), form, 400)


@require_GET
def tipoff_evidence(request: HttpRequest, pk: int, evidence_pk: int) -> HttpResponseBase:
    """Served only to the officer handling the tip-off, never from a public URL."""
    tipoff = selectors.tipoff_get_for_handler(user=request.user, pk=pk)
    item = get_object_or_404(TipOffEvidence, pk=evidence_pk, tipoff=tipoff)
    response = FileResponse(item.file.open("rb"), content_type=item.content_type)
    disposition = "inline" if item.content_type.startswith("image/") else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="evidence-{item.pk}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def tipoff_counts(request: HttpRequest) -> HttpResponse:
    organization = permissions.organization_of(request.user)
    if organization is None or not permissions.can_view_tipoff_counts(request.user):
        raise Http404
    year_text = request.GET.get("year", "")
    year = (
        int(year_text)
        if year_text.isdecimal() and 2500 <= int(year_text) <= 2700
        else selectors.current_fiscal_year()
    )
    context = {
        "year": year,
        "months": selectors.tipoff_counts_by_month(organization, year),
        "open": selectors.open_tipoffs(organization),
    }
    return render(request, "participation/tipoff_counts.html", context)
