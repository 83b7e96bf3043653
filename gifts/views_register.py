"""The organization's gift register, its CSV and XLSX exports, and the ITA report page (its PDF is prepared in
the background: ``gifts.prepared``)."""

from __future__ import annotations

from django import forms
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from coi_portal import permissions
from coi_portal.db_router import replica_reads
from gifts import register, register_exports, reports
from gifts.forms_register import ItaReportForm, RegisterFilterForm

PAGE_SIZE = 50
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _guard(request: HttpRequest) -> None:
    """404 before anything else, so nobody learns from a 400 that the page exists."""
    if not permissions.can_view_gift_register(request.user):
        raise Http404


def _rows(request: HttpRequest) -> tuple[RegisterFilterForm, list[register.RegisterRow] | None]:
    """The filter form and every row it selects (None when the filters are invalid)."""
    _guard(request)
    form = RegisterFilterForm(request.GET)
    if not form.is_valid():
        return form, None
    return form, register.rows_of(register.register_filings(user=request.user, filters=form.filters()))


def _file(request: HttpRequest, data: bytes, content_type: str, filename: str) -> HttpResponse:
    register.record_access(
        user=request.user,
        organization=permissions.organization_of(request.user),
        action="gift.register_export",
        detail={"file": filename, "query": request.GET.urlencode()},
    )
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _invalid(request: HttpRequest, form: forms.Form, template: str) -> HttpResponse:
    return render(request, template, {"form": form, "rows": [], "report": None}, status=400)


@replica_reads
@require_GET
def register_page(request: HttpRequest) -> HttpResponse:
    _guard(request)
    form = RegisterFilterForm(request.GET)
    if not form.is_valid():
        return _invalid(request, form, "gifts/register/register.html")
    filings = register.register_filings(user=request.user, filters=form.filters())
    page = Paginator(filings, PAGE_SIZE).get_page(request.GET.get("page"))
    register.record_access(
        user=request.user,
        organization=permissions.organization_of(request.user),
        action="gift.register_view",
        detail={"query": request.GET.urlencode()},
    )
    rows = register.rows_of(page, start=page.start_index())
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "rows": rows, "query": query.urlencode()}
    return render(request, "gifts/register/register.html", context)


@replica_reads
@require_GET
def register_csv(request: HttpRequest) -> HttpResponse:
    form, rows = _rows(request)
    if rows is None:
        return _invalid(request, form, "gifts/register/register.html")
    return _file(request, register_exports.export_csv(rows), "text/csv; charset=utf-8", "gift-register.csv")


@replica_reads
@require_GET
def register_xlsx(request: HttpRequest) -> HttpResponse:
    form, rows = _rows(request)
    if rows is None:
        return _invalid(request, form, "gifts/register/register.html")
    data = register_exports.export_xlsx(rows, title=str(_("Gift register")))
    return _file(request, data, XLSX, "gift-register.xlsx")


def _ita(request: HttpRequest) -> tuple[ItaReportForm, reports.ItaReport | None]:
    _guard(request)
    form = ItaReportForm(request.GET)
    if not form.is_valid():
        return form, None
    data = form.cleaned_data
    return form, reports.ita_report(user=request.user, year=data["year"], kind=data["period"])


@replica_reads
@require_GET
def ita_report(request: HttpRequest) -> HttpResponse:
    form, report = _ita(request)
    if report is None:
        return _invalid(request, form, "gifts/reports/ita.html")
    return render(request, "gifts/reports/ita.html", {"form": form, "report": report})
