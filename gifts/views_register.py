"""The organization's gift register, its CSV and XLSX exports, and the ITA report (page and PDF)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from coi_portal import permissions
from coi_portal.db_router import replica_reads
from coi_portal.documents import render_pdf
from coi_portal.thai import thai_digits
from gifts import register, register_exports, reports
from gifts.forms import DateInput
from gifts.workflow import Status

PAGE_SIZE = 50
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _year_field(**kwargs: Any) -> forms.IntegerField:
    return forms.IntegerField(
        label=_("Fiscal year (B.E.)"), min_value=2543, max_value=2700, widget=forms.NumberInput, **kwargs
    )


class RegisterFilterForm(forms.Form):
    """Parses the register's filters; a missing fiscal year means the current one, an empty one all years."""

    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All")), *(c for c in Status.choices if c[0] != Status.DRAFT)],
    )
    outcome = forms.ChoiceField(
        label=_("Assessment"),
        required=False,
        choices=[("", _("All")), *register.OUTCOME_LABELS.items()],
    )
    year = _year_field(required=False, help_text=_("By the date reported; leave empty for all years."))
    filer = forms.CharField(label=_("Filer's name"), required=False, max_length=100)
    giver = forms.CharField(label=_("Giver"), required=False, max_length=100)
    received_from = forms.DateField(label=_("Received from"), required=False, widget=DateInput())
    received_to = forms.DateField(label=_("Received until"), required=False, widget=DateInput())

    def __init__(self, query: QueryDict) -> None:
        data = query.copy()
        if "year" not in data:
            data["year"] = str(register.fiscal_year_of(timezone.localdate()))
        super().__init__(data)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("received_from"), data.get("received_to")
        if isinstance(start, dt.date) and isinstance(end, dt.date) and start > end:
            raise forms.ValidationError(_("The start date is after the end date."))
        return data

    def filters(self) -> register.RegisterFilters:
        data = self.cleaned_data
        return register.RegisterFilters(
            status=data["status"],
            outcome=data["outcome"],
            fiscal_year=data["year"],
            filer=data["filer"],
            giver=data["giver"],
            received_from=data["received_from"],
            received_to=data["received_to"],
        )


class ItaReportForm(forms.Form):
    year = _year_field()
    period = forms.ChoiceField(
        label=_("Period"),
        choices=[(reports.HALF, _("Six months (October to March)")), (reports.YEAR, _("Whole fiscal year"))],
    )

    def __init__(self, query: QueryDict) -> None:
        data = query.copy()
        data.setdefault("year", str(register.fiscal_year_of(timezone.localdate())))
        data.setdefault("period", reports.YEAR)
        super().__init__(data)


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


def _file(
    request: HttpRequest, data: bytes, content_type: str, filename: str, inline: bool = False
) -> HttpResponse:
    register.record_access(
        user=request.user,
        organization=permissions.organization_of(request.user),
        action="gift.register_export",
        detail={"file": filename, "query": request.GET.urlencode()},
    )
    response = HttpResponse(data, content_type=content_type)
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
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


@replica_reads
@require_GET
def ita_report_pdf(request: HttpRequest) -> HttpResponse:
    form, report = _ita(request)
    if report is None:
        return _invalid(request, form, "gifts/reports/ita.html")
    period = report.period
    title = f"รายงานผลการดำเนินการตามนโยบาย No Gift Policy ปีงบประมาณ พ.ศ. {thai_digits(period.year)}"
    with translation.override("th"):
        pdf = render_pdf(
            "gifts/reports/ita_pdf.html", {"report": report}, title=title, author=report.organization.name_th
        )
    return _file(request, pdf, "application/pdf", f"ita-gifts-{period.year}-{period.kind}.pdf", inline=True)
