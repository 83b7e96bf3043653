"""The privacy app's PDFs: the spouse notice (s.25) to hand to the spouse, and the record of processing
(s.39). Both are Thai official documents whatever language the viewer chose."""

from __future__ import annotations

from django.utils import timezone, translation

from coi_portal.documents import render_pdf
from declarations.models import Organization
from privacy import pdpa
from privacy.inventory import record_type
from privacy.models import SpouseNotice
from privacy.notices import RIGHTS, controller_text
from privacy.ropa import build_ropa
from privacy.services.retention import retention_years

SPOUSE_TEMPLATE = "privacy/documents/spouse_notice.html"
ROPA_TEMPLATE = "privacy/documents/ropa.html"


def spouse_notice_context(notice: SpouseNotice) -> dict[str, object]:
    spouse = notice.spouse
    official = spouse.official
    position = official.tenures.select_related("position").order_by("ended_on", "-started_on").first()
    spouses = record_type("spouses")
    interests = record_type("interest_declarations")
    return {
        "notice": notice,
        "spouse": spouse,
        "official": official,
        "position": position.position.title_th if position else "",
        "organization": notice.organization,
        "controller": controller_text(notice.organization)[0],
        "purpose": spouses.purpose[0],
        "law": spouses.law[0],
        "basis": pdpa.BASIS_TH[spouses.basis],
        "categories": f"{spouses.categories[0]} และกรณีที่เจ้าหน้าที่แสดงผลประโยชน์ของท่าน: {interests.categories[0]}",
        "recipients": spouses.recipients[0],
        "years": retention_years(notice.organization)["spouses"],
        "retention_from": spouses.retention_from[0],
        "rights": RIGHTS[0],
        "today": timezone.localdate(),
    }


def render_spouse_notice_pdf(notice: SpouseNotice) -> bytes:
    with translation.override("th"):
        return render_pdf(
            SPOUSE_TEMPLATE,
            spouse_notice_context(notice),
            title="หนังสือแจ้งการเก็บรวบรวมข้อมูลส่วนบุคคลของคู่สมรส",
            author=notice.organization.name_th,
            keywords=("PDPA", "มาตรา ๒๕"),
        )


def render_ropa_pdf(organization: Organization) -> bytes:
    with translation.override("th"):
        return render_pdf(
            ROPA_TEMPLATE,
            {"ropa": build_ropa(organization, "th")},
            title="บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล",
            author=organization.name_th,
            keywords=("PDPA", "มาตรา ๓๙", "ROPA"),
        )
