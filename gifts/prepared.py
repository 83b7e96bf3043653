"""What the gifts app prepares in the background (``coi_portal.prepared``): the ITA report as PDF.

The report holds every reported gift of the organization's fiscal year, so it grows with the year; the
page shows it at once, the signed-and-published PDF is rendered by a worker."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.utils.translation import gettext as _

from coi_portal import permissions
from coi_portal.documents import render_pdf
from coi_portal.prepared import Producer
from coi_portal.thai import thai_digits
from gifts import reports
from gifts.forms_register import ItaReportForm


def ita_title(parameters: dict[str, Any]) -> str:
    period = _("six months") if parameters["period"] == reports.HALF else _("whole year")
    return _("ITA report on gifts, fiscal year B.E. %(year)s (%(period)s)") % {
        "year": parameters["year"],
        "period": period,
    }


def render_ita_report(user: User, parameters: dict[str, Any]) -> tuple[bytes, str]:
    report = reports.ita_report(user=user, year=parameters["year"], kind=parameters["period"])
    period = report.period
    title = f"รายงานผลการดำเนินการตามนโยบาย No Gift Policy ปีงบประมาณ พ.ศ. {thai_digits(period.year)}"
    pdf = render_pdf(
        "gifts/reports/ita_pdf.html", {"report": report}, title=title, author=report.organization.name_th
    )
    return pdf, f"ita-gifts-{period.year}-{period.kind}.pdf"


ITA_REPORT = Producer(
    kind="gifts.ita_report",
    allowed=permissions.can_view_gift_register,
    form=ItaReportForm,
    title=ita_title,
    render=render_ita_report,
)
PRODUCERS = [ITA_REPORT]
