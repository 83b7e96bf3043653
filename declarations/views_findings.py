"""Findings of the cross-check: the organization's list and its export, one finding, its review, the
council chair's dashboard, and former officials with the window in which the rules still bind them."""

from __future__ import annotations

import csv
import io

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from coi_portal import permissions
from declarations import selectors_interests as selectors
from declarations.errors import InterestError
from declarations.forms_interests import FindingReviewForm, LeavingForm
from declarations.models import FindingStatus, Outcome
from declarations.presentation import OUTCOME_TEXT, citation_labels
from declarations.selectors import official_get_for_user
from declarations.services_interests import finding_review, official_record_leaving, record_findings_access


@require_GET
def findings(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_all_findings(request.user):
        raise Http404
    status = request.GET.get("status", FindingStatus.OPEN)
    outcome = request.GET.get("outcome", "")
    rows = selectors.findings_visible_to(user=request.user)
    rows = rows.filter(status=status) if status in FindingStatus.values else rows
    rows = rows.filter(outcome=outcome) if outcome in Outcome.values else rows
    page = Paginator(selectors.ordered(rows), 50).get_page(request.GET.get("page"))
    record_findings_access(
        actor=permissions.acting_user(request), findings=list(page), action="interest.view_spouse_findings"
    )
    context = {
        "page": page,
        "status": status,
        "outcome": outcome,
        "statuses": FindingStatus,
        "outcomes": Outcome,
    }
    return render(request, "declarations/findings/list.html", context)


def _safe(value: object) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection)."""
    text = str(value if value is not None else "")
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@require_GET
def findings_csv(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_all_findings(request.user):
        raise Http404
    rows = selectors.ordered(
        selectors.findings_visible_to(user=request.user).filter(status=FindingStatus.OPEN)
    )
    record_findings_access(
        actor=permissions.acting_user(request), findings=rows, action="interest.export_spouse_findings"
    )
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        ["official", "holder", "business", "contract", "outcome", "reason", "cure_deadline", "as_of", "law"]
    )
    for f in rows:
        law = "; ".join(citation_labels(f.citations))
        cells = [f.official.full_name_th, f.holder, f.company_name, f.contract_label, f.outcome, f.reason]
        writer.writerow([_safe(c) for c in [*cells, f.cure_deadline or "", f.as_of, law]])
    response = HttpResponse(buffer.getvalue().encode("utf-8-sig"), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="interest-findings.csv"'
    return response


@require_GET
def finding_detail(request: HttpRequest, pk: int) -> HttpResponse:
    finding = selectors.finding_get_for_user(user=request.user, pk=pk)
    own = permissions.official_of(request.user)
    if own is None or own.pk != finding.official_id:
        record_findings_access(
            actor=permissions.acting_user(request), findings=[finding], action="interest.view_spouse_findings"
        )
    context = {
        "finding": finding,
        "can_review": permissions.can_review_findings(request.user) and finding.status == FindingStatus.OPEN,
        "can_see_contract": permissions.can_view_contract_register(request.user),
        "can_see_declaration": permissions.can_view_declared_interests(request.user, finding.declaration),
        "form": FindingReviewForm(),
        "outcome_text": OUTCOME_TEXT,
    }
    return render(request, "declarations/findings/detail.html", context)


@require_POST
def review(request: HttpRequest, pk: int) -> HttpResponse:
    finding = selectors.finding_get_for_user(user=request.user, pk=pk)
    if not permissions.can_review_findings(request.user):
        raise Http404
    form = FindingReviewForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say what was checked and what was decided."))
        return redirect("declarations:finding_detail", finding.pk)
    try:
        finding_review(
            actor=permissions.acting_user(request), finding=finding, note=form.cleaned_data["note"]
        )
        messages.success(request, _("The review has been recorded."))
    except InterestError as error:
        messages.error(request, str(error))
    return redirect("declarations:finding_detail", finding.pk)


@require_GET
def chair_dashboard(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_chair_dashboard(request.user):
        raise Http404
    rows = selectors.chair_findings(user=request.user)
    record_findings_access(
        actor=permissions.acting_user(request), findings=rows, action="interest.view_spouse_findings"
    )
    members = selectors.council_members(permissions.organization_of(request.user)).select_related("village")  # type: ignore[arg-type]
    return render(request, "declarations/findings/chair.html", {"findings": rows, "members": members})


@require_GET
def former_officials(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_former_officials(request.user):
        raise Http404
    context = {"rows": selectors.former_officials(user=request.user), "today": timezone.localdate()}
    return render(request, "declarations/findings/former.html", context)


@require_http_methods(["GET", "POST"])
def record_leaving(request: HttpRequest, pk: int) -> HttpResponse:
    official = official_get_for_user(user=request.user, pk=pk)
    if not permissions.can_record_leaving(request.user):
        raise Http404
    form = LeavingForm(request.POST or None, initial={"left_on": official.left_office_on})
    if request.method == "POST" and form.is_valid():
        try:
            official_record_leaving(
                actor=permissions.acting_user(request),
                official=official,
                left_on=form.cleaned_data["left_on"],
            )
            messages.success(request, _("The day of leaving office has been recorded."))
            return redirect("declarations:former_officials")
        except InterestError as error:
            messages.error(request, str(error))
    status = 400 if request.method == "POST" else 200
    return render(
        request, "declarations/findings/leaving.html", {"official": official, "form": form}, status=status
    )
