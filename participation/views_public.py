"""Public pages of the participation app, open without login: the tip-off form and its follow-up by tracking
code, the handbook, the awareness activities, the risk register and the ITA evidence index.

The tip-off pages never put the code in a URL and are never cached: the code travels only in POST bodies.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from declarations.models import Organization
from participation import handbook, selectors, services
from participation.forms import AnswerForm, FollowForm, TipOffForm
from participation.models import TipOff
from privacy.inventory import Activity
from privacy.services import current_notice


def _organization(slug: str) -> Organization:
    return get_object_or_404(Organization, slug=slug)


@login_not_required
@never_cache
@require_http_methods(["GET", "POST"])
def tipoff_new(request: HttpRequest, org: str) -> HttpResponse:
    """The report form; on success the tracking code is shown once, on this response only."""
    organization = _organization(org)
    form = TipOffForm(request.POST or None, request.FILES or None, organization=organization)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            submitted = services.tipoff_submit(
                organization=organization,
                subject=data["subject"],
                what=data["what"],
                occurred_on=data["occurred_on"],
                named=list(data["named"]),
                anonymous=data["anonymous"],
                reporter_name=data["reporter_name"],
                reporter_contact=data["reporter_contact"],
                files=data["evidence"],
            )
            context = {"organization": organization, "tipoff": submitted.tipoff, "code": submitted.code}
            return render(request, "participation/tipoff_submitted.html", context)
        except services.ParticipationError as error:
            form.add_error(None, str(error))
    notice = current_notice(organization=organization, activity=Activity.TIPOFFS)
    status = 400 if request.method == "POST" else 200
    context = {"organization": organization, "form": form, "notice": notice}
    return render(request, "participation/tipoff_new.html", context, status=status)


def _status_page(
    request: HttpRequest, tipoff: TipOff, code: str, answer_form: AnswerForm | None, status: int
) -> HttpResponse:
    context = {
        "tipoff": tipoff,
        "organization": tipoff.organization,
        "messages_list": tipoff.messages.all(),
        "answer_form": answer_form or AnswerForm(initial={"code": code}),
    }
    return render(request, "participation/tipoff_status.html", context, status=status)


@login_not_required
@never_cache
@require_http_methods(["GET", "POST"])
def tipoff_follow(request: HttpRequest) -> HttpResponse:
    """Enter the tracking code to see the status, questions and outcome; answer with the code."""
    if request.method == "POST" and "answer" in request.POST:
        answer = AnswerForm(request.POST)
        if answer.is_valid():
            try:
                tipoff = services.tipoff_answer(
                    code=answer.cleaned_data["code"], text=answer.cleaned_data["answer"]
                )
                return _status_page(request, tipoff, answer.cleaned_data["code"], None, 200)
            except services.ParticipationError as error:
                answer.add_error(None, str(error))
        found = services.tipoff_find(request.POST.get("code", ""))
        if found is not None:
            return _status_page(request, found, "", answer, 400)
        form = FollowForm(request.POST)
        form.is_valid()
        form.add_error(None, _("No report matches this tracking code. Check it and try again."))
        return render(request, "participation/tipoff_follow.html", {"form": form}, status=400)
    form = FollowForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        found = services.tipoff_find(form.cleaned_data["code"])
        if found is not None:
            return _status_page(request, found, form.cleaned_data["code"], None, 200)
        form.add_error(None, _("No report matches this tracking code. Check it and try again."))
    status = 400 if request.method == "POST" else 200
    return render(request, "participation/tipoff_follow.html", {"form": form}, status=status)


@login_not_required
@require_GET
def handbook_page(request: HttpRequest, org: str) -> HttpResponse:
    organization = _organization(org)
    context = {
        "organization": organization,
        "rules": handbook.build_handbook(translation.get_language(), timezone.localdate()),
        "cases": selectors.published_cases(organization),
        "today": timezone.localdate(),
    }
    return render(request, "participation/handbook.html", context)


@login_not_required
@require_GET
def activities_public(request: HttpRequest, org: str) -> HttpResponse:
    organization = _organization(org)
    context = {"organization": organization, "activities": selectors.public_activities(organization)}
    return render(request, "participation/activities_public.html", context)


@login_not_required
@require_GET
def activity_file_public(request: HttpRequest, org: str, pk: int, file_pk: int) -> HttpResponseBase:
    """A photo or material of a published activity. A file that is gone (removed when its retention ran
    out, or never public) sends the visitor back to the list of activities."""
    organization = _organization(org)
    item = selectors.activity_file_public(organization, pk, file_pk)
    if item is None:
        return redirect("participation:activities_public", organization.slug)
    response = FileResponse(item.file.open("rb"), content_type=item.content_type)
    disposition = "inline" if item.content_type.startswith("image/") else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="activity-{item.pk}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@login_not_required
@require_GET
def risks_public(request: HttpRequest, org: str) -> HttpResponse:
    organization = _organization(org)
    years = selectors.risk_years(organization)
    year = (
        int(request.GET["year"]) if request.GET.get("year", "").isdecimal() else (years[0] if years else None)
    )
    context = {
        "organization": organization,
        "years": years,
        "year": year,
        "risks": selectors.risks(organization, year) if year else [],
    }
    return render(request, "participation/risks_public.html", context)


@login_not_required
@require_GET
def ita_index(request: HttpRequest, org: str) -> HttpResponse:
    organization = _organization(org)
    return redirect("participation:ita_year", organization.slug, selectors.ita_years(organization)[0])


@login_not_required
@require_GET
def ita_year(request: HttpRequest, org: str, year: int) -> HttpResponse:
    organization = _organization(org)
    years = selectors.ita_years(organization)
    if year not in years:
        return redirect("participation:ita_year", organization.slug, years[0])
    context = {
        "organization": organization,
        "year": year,
        "years": years,
        "items": selectors.ita_items(organization, year),
    }
    return render(request, "participation/ita_public.html", context)
