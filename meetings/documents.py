"""The official PDFs of the meetings app, one function each: the compliance report (the ITA evidence of
measures 5 and 7) and the minutes of a held meeting. Both are always in Thai with Thai digits."""

from __future__ import annotations

import datetime as dt

from coi_portal.documents import render_pdf
from declarations.models import Office, Official, Organization, Tenure, current_on
from meetings.compliance import ComplianceReport
from meetings.ics import summary
from meetings.models import Meeting


def holder(organization: Organization, office: Office, on: dt.date) -> Official | None:
    """Who holds ``office`` in the organization on ``on`` (the first by name when several do)."""
    tenure = (
        Tenure.objects.filter(current_on(on), position__organization=organization, position__office=office)
        .select_related("official")
        .order_by("official__first_name_th")
        .first()
    )
    return tenure.official if tenure is not None else None


def render_compliance_pdf(report: ComplianceReport) -> bytes:
    title = f"รายงานผลการดำเนินการตามมาตรการป้องกัน ข้อ ๕ และข้อ ๗ ประจำปี พ.ศ. {report.year_be}"
    organization = report.organization
    context = {
        "report": report,
        "title": title,
        "totals_rows": [
            ("ประชุมประจำเดือน (ข้อ ๕)", report.staff),
            ("ประชุมชี้แจงประชาชนรายหมู่บ้าน (ข้อ ๗)", report.villages),
            ("รวม", report.overall),
        ],
        "signers": {
            "permanent_secretary": holder(organization, Office.PERMANENT_SECRETARY, report.as_of),
            "chief_executive": holder(organization, Office.CHIEF_EXECUTIVE, report.as_of),
        },
    }
    return render_pdf(
        "meetings/documents/compliance.html",
        context,
        title=title,
        author=organization.name_th,
        keywords=("ITA", "มาตรการป้องกัน ข้อ ๕", "มาตรการป้องกัน ข้อ ๗"),
    )


def render_minutes_pdf(meeting: Meeting) -> bytes:
    """``meeting`` as returned by ``selectors.meeting_with_records``."""
    heading = summary(meeting)
    minutes = getattr(meeting, "minutes", None)
    lines = [line.strip() for line in minutes.text.splitlines() if line.strip()] if minutes else []
    agenda = [
        {
            "item": item,
            "interests": [d for d in item.declarations.all() if d.has_interest or d.flagged],
            "none": [d.official.full_name_th for d in item.declarations.all() if not d.has_interest],
        }
        for item in meeting.agenda.all()
    ]
    return render_pdf(
        "meetings/documents/minutes.html",
        {"meeting": meeting, "heading": heading, "minutes_lines": lines, "agenda": agenda},
        title=f"รายงานการประชุม {heading}",
        author=meeting.organization.name_th,
    )
