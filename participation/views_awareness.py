"""Awareness for the organization's accounts: activities, the risk register, the ITA evidence index and the
anonymised cases of the handbook. Every account reads; administrators and integrity officers write."""

from __future__ import annotations

from django.contrib import messages
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from coi_portal import permissions
from participation import selectors, services
from participation.forms import ActivityForm, CaseForm, ItaItemForm, ItaLinkForm, MeasureForm, RiskForm
from participation.models import ActivityFile, ItaLink, RiskMeasure


@require_GET
def activities(request: HttpRequest) -> HttpResponse:
    organization = selectors.member_organization(request.user)
    context = {
        "activities": selectors.activities(organization),
        "can_manage": permissions.can_manage_participation(request.user),
    }
    return render(request, "participation/activities.html", context)


@require_http_methods(["GET", "POST"])
def activity_new(request: HttpRequest) -> HttpResponse:
    organization = selectors.manager_organization(request.user)
    form = ActivityForm(
        request.POST or None,
        request.FILES or None,
        organization=organization,
        initial={"held_on": timezone.localdate()},
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        attendees, material, photos = list(data.pop("attendees")), data.pop("material"), data.pop("photos")
        try:
            activity = services.activity_record(
                actor=permissions.acting_user(request),
                organization=organization,
                data=data,
                attendees=attendees,
                material=material,
                photos=photos,
            )
            messages.success(request, _("The activity is recorded."))
            return redirect("participation:activity_detail", activity.pk)
        except services.ParticipationError as error:
            form.add_error(None, str(error))
    status = 400 if request.method == "POST" else 200
    return render(request, "participation/activity_form.html", {"form": form}, status=status)


@require_GET
def activity_detail(request: HttpRequest, pk: int) -> HttpResponse:
    activity = selectors.activity_get(user=request.user, pk=pk)
    return render(request, "participation/activity_detail.html", {"activity": activity})


@require_GET
def activity_file(request: HttpRequest, pk: int, file_pk: int) -> HttpResponseBase:
    activity = selectors.activity_get(user=request.user, pk=pk)
    item = get_object_or_404(ActivityFile, pk=file_pk, activity=activity)
    response = FileResponse(item.file.open("rb"), content_type=item.content_type)
    disposition = "inline" if item.content_type.startswith("image/") else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="activity-{item.pk}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "POST"])
def risks(request: HttpRequest) -> HttpResponse:
    """The risk register of a fiscal year; managers add a risk from the same page."""
    organization = selectors.member_organization(request.user)
    year_text = request.GET.get("year", "")
    year = int(year_text) if year_text.isdecimal() else selectors.current_fiscal_year()
    form = RiskForm(request.POST or None)
    if request.method == "POST":
        selectors.manager_organization(request.user)
        if form.is_valid():
            services.risk_add(
                actor=permissions.acting_user(request),
                organization=organization,
                fiscal_year=year,
                **form.cleaned_data,
            )
            messages.success(request, _("The risk is added."))
            return redirect(f"{request.path}?year={year}")
    context = {
        "year": year,
        "years": sorted({*selectors.risk_years(organization), selectors.current_fiscal_year()}, reverse=True),
        "risks": selectors.risks(organization, year),
        "form": form,
        "can_manage": permissions.can_manage_participation(request.user),
    }
    return render(
        request, "participation/risks.html", context, status=400 if request.method == "POST" else 200
    )


@require_http_methods(["GET", "POST"])
def risk_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Change a risk's scores, add a measure, or record a measure's result (``measure`` = its id)."""
    risk = selectors.risk_get(user=request.user, pk=pk)
    action = request.POST.get("action")
    risk_form = RiskForm(
        request.POST if action == "risk" else None,
        initial={
            "title": risk.title,
            "likelihood": risk.likelihood,
            "impact": risk.impact,
            "owner": risk.owner,
        },
    )
    measure_form = MeasureForm(request.POST if action == "measure" else None)
    if request.method == "POST":
        try:
            if action == "risk" and risk_form.is_valid():
                services.risk_update(
                    actor=permissions.acting_user(request), risk=risk, **risk_form.cleaned_data
                )
                return _saved(request, risk.pk)
            if action == "measure" and measure_form.is_valid():
                measure = None
                if request.POST.get("measure", "").isdecimal():
                    measure = get_object_or_404(RiskMeasure, pk=int(request.POST["measure"]), risk=risk)
                services.measure_save(
                    actor=permissions.acting_user(request),
                    risk=risk,
                    measure=measure,
                    **measure_form.cleaned_data,
                )
                return _saved(request, risk.pk)
        except services.ParticipationError as error:
            messages.error(request, str(error))
    context = {
        "risk": risk,
        "risk_form": risk_form,
        "measure_form": measure_form,
        "measures": risk.measures.all(),
    }
    return render(
        request, "participation/risk_edit.html", context, status=400 if request.method == "POST" else 200
    )


def _saved(request: HttpRequest, pk: int) -> HttpResponse:
    messages.success(request, _("Saved."))
    return redirect("participation:risk_edit", pk)


@require_http_methods(["GET", "POST"])
def ita_manage(request: HttpRequest, year: int) -> HttpResponse:
    """The ITA items of a fiscal year and their evidence links; managers add items here."""
    organization = selectors.member_organization(request.user)
    form = ItaItemForm(request.POST or None)
    if request.method == "POST":
        selectors.manager_organization(request.user)
        if form.is_valid():
            try:
                services.ita_item_save(
                    actor=permissions.acting_user(request),
                    organization=organization,
                    fiscal_year=year,
                    **form.cleaned_data,
                )
                messages.success(request, _("The item is added."))
                return redirect("participation:ita_manage", year)
            except services.ParticipationError as error:
                form.add_error(None, str(error))
    context = {
        "organization": organization,
        "year": year,
        "years": selectors.ita_years(organization),
        "items": selectors.ita_items(organization, year),
        "form": form,
        "link_form": ItaLinkForm(),
        "can_manage": permissions.can_manage_participation(request.user),
    }
    return render(
        request, "participation/ita_manage.html", context, status=400 if request.method == "POST" else 200
    )


@require_POST
def ita_item_action(request: HttpRequest, pk: int) -> HttpResponse:
    """On one item, by ``action``: ``rename`` (code and title), ``link`` (add evidence), ``unlink``, or
    ``remove``."""
    item = selectors.ita_item_get(user=request.user, pk=pk)
    actor = permissions.acting_user(request)
    action = request.POST.get("action")
    try:
        if action == "rename" and (form := ItaItemForm(request.POST)).is_valid():
            services.ita_item_save(
                actor=actor,
                organization=item.organization,
                fiscal_year=item.fiscal_year,
                item=item,
                **form.cleaned_data,
            )
        elif action == "link" and (link_form := ItaLinkForm(request.POST)).is_valid():
            services.ita_link_add(actor=actor, item=item, **link_form.cleaned_data)
        elif action == "unlink" and request.POST.get("link", "").isdecimal():
            services.ita_link_remove(
                actor=actor, link=get_object_or_404(ItaLink, pk=int(request.POST["link"]), item=item)
            )
        elif action == "remove":
            services.ita_item_remove(actor=actor, item=item)
        else:
            messages.error(request, _("Fill in every field."))
            return redirect("participation:ita_manage", item.fiscal_year)
        messages.success(request, _("Saved."))
    except services.ParticipationError as error:
        messages.error(request, str(error))
    return redirect("participation:ita_manage", item.fiscal_year)


@require_GET
def cases(request: HttpRequest) -> HttpResponse:
    rulings = selectors.rulings_for_cases(user=request.user)
    organization = selectors.member_organization(request.user)
    published = {case.ruling_id: case for case in selectors.published_cases(organization)}
    rows = [(ruling, published.get(ruling.pk)) for ruling in rulings]
    return render(request, "participation/cases.html", {"rows": rows, "organization": organization})


@require_http_methods(["GET", "POST"])
def case_publish(request: HttpRequest, ruling_pk: int) -> HttpResponse:
    ruling = selectors.ruling_for_case(user=request.user, pk=ruling_pk)
    form = CaseForm(request.POST or None, initial=services.draft_case_summary(ruling))
    if request.method == "POST" and form.is_valid():
        try:
            services.case_publish(actor=permissions.acting_user(request), ruling=ruling, **form.cleaned_data)
            messages.success(request, _("The case is published in the handbook."))
            return redirect("participation:cases")
        except services.ParticipationError as error:
            form.add_error(None, str(error))
    status = 400 if request.method == "POST" else 200
    return render(request, "participation/case_form.html", {"form": form, "ruling": ruling}, status=status)


@require_POST
def case_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get(user=request.user, pk=pk)
    try:
        services.case_withdraw(actor=permissions.acting_user(request), case=case)
        messages.success(request, _("The case is withdrawn from the handbook."))
    except services.ParticipationError as error:
        messages.error(request, str(error))
    return redirect("participation:cases")
