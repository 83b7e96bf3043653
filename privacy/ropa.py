"""The record of processing activities (PDPA s.39), generated from the data inventory, the organization's
retention rules and holds, and its register of refused requests. The page and the PDF show the same rows."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count
from django.utils import timezone

from declarations.models import Organization
from privacy import pdpa
from privacy.inventory import RECORD_TYPES, text
from privacy.models import LegalHold, RequestStatus, SubjectRequest
from privacy.notices import controller_text
from privacy.services.retention import retention_years

DISPOSAL = {
    "anonymise": ("ทำให้ไม่สามารถระบุตัวบุคคลได้ (ระบบดำเนินการอัตโนมัติ)", "anonymised (automatically)"),
    "delete": ("ลบหรือทำลาย (ระบบดำเนินการอัตโนมัติ)", "deleted (automatically)"),
    "keep": (
        "ผู้ดูแลระบบพิจารณาลบตามระเบียบงานสารบรรณ",
        "disposed of by the administrator under the records rules",
    ),
}
TRANSFER = ("ไม่มีการส่งหรือโอนข้อมูลไปต่างประเทศ", "no transfer abroad")


@dataclass(frozen=True)
class RopaRow:
    key: str
    name: str
    purpose: str
    basis: str
    law: str
    subjects: str
    categories: str
    source: str
    recipients: str
    retention: str
    disposal: str
    security: str
    published: str
    transfer: str
    hold: bool


@dataclass(frozen=True)
class Ropa:
    organization: Organization
    controller: str
    rows: list[RopaRow]
    refusals: list[tuple[str, int]]
    generated_on: object


def build_ropa(organization: Organization, language: str = "th") -> Ropa:
    years = retention_years(organization)
    held = set(
        LegalHold.objects.filter(
            organization=organization, released_at__isnull=True, object_id=""
        ).values_list("record_type", flat=True)
    )
    basis = pdpa.BASIS_EN if language == "en" else pdpa.BASIS_TH
    rows = []
    for record in RECORD_TYPES:
        kept = years[record.key]
        retention = (
            f"{kept} years {record.retention_from[1]}"
            if language == "en"
            else f"{kept} ปี {record.retention_from[0]}"
        )
        rows.append(
            RopaRow(
                key=record.key,
                name=text(record.name, language),
                purpose=text(record.purpose, language),
                basis=basis[record.basis],
                law=text(record.law, language),
                subjects=text(record.subjects, language),
                categories=text(record.categories, language),
                source=text(record.source, language),
                recipients=text(record.recipients, language),
                retention=retention,
                disposal=text(DISPOSAL[record.disposal], language),
                security=text(record.security, language),
                published=text(record.published, language),
                transfer=text(TRANSFER, language),
                hold=record.key in held,
            )
        )
    refused = (
        SubjectRequest.objects.filter(organization=organization, status=RequestStatus.REFUSED)
        .values("refusal_reason")
        .annotate(count=Count("id"))
        .order_by("refusal_reason")
    )
    labels = pdpa.REFUSAL_EN if language == "en" else pdpa.REFUSAL_TH
    refusals = [(labels[pdpa.RefusalReason(row["refusal_reason"])], row["count"]) for row in refused]
    controller = controller_text(organization)
    return Ropa(
        organization=organization,
        controller=controller[1] if language == "en" else controller[0],
        rows=rows,
        refusals=refusals,
        generated_on=timezone.localdate(),
    )
