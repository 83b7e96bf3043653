"""The compliance view of measures 5 and 7 (page and PDF, the ITA evidence) and a meeting's minutes as
PDF."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from coi_portal import permissions
from coi_portal.thai import ce_year
from meetings import compliance, selectors
from meetings.documents import render_compliance_pdf, render_minutes_pdf
from meetings.forms import YearForm
from meetings.models import MeetingStatus


def _report(request: HttpRequest) -> compliance.ComplianceReport:
    organization = permissions.organization_of(request.user)
    if organization is None or not permissions.can_view_meeting_compliance(request.user):
        raise Http404
    year_be = YearForm(request.GET).year_be()
    return compliance.build_report(
        organization=organization,
        year_be=year_be,
        villages=organization.villages.all(),
        meetings=selectors.year_meetings(organization, ce_year(year_be)),
        today=timezone.localdate(),
    )


def _pdf(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_GET
def compliance_page(request: HttpRequest) -> HttpResponse:
    return render(request, "meetings/compliance.html", {"report": _report(request)})


@require_GET
def compliance_pdf(request: HttpRequest) -> HttpResponse:
    report = _report(request)
    return _pdf(render_compliance_pdf(report), f"meetings-{report.organization.slug}-{report.year_be}.pdf")


@require_GET
def minutes_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = selectors.meeting_get_for_user(user=request.user, pk=pk)
    if meeting.status != MeetingStatus.HELD:
        raise Http404
    return _pdf(render_minutes_pdf(selectors.meeting_with_records(meeting)), f"minutes-{meeting.pk}.pdf")
