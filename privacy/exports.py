"""“Download my data” (PDPA s.30, s.31): everything the portal holds about an official, as JSON in a ZIP with
the files the official attached.

Only the official's own records: their person record, account, offices, spouses (with the spouse notice),
gift filings with every version and the ruling, business-interest declarations where that app has them,
their data-subject requests and the awareness activities they attended. Tip-offs are never included: a
reporter is anonymous, and a person named in one must not learn of it this way.
"""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from django.apps import apps
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone

from declarations.models import Official
from gifts.models import GiftFiling
from gifts.uploads import safe_name

VERSION_FIELDS = (
    "number",
    "received_on",
    "giver_name",
    "giver_organization",
    "giver_relation",
    "giver_deals_with_agency",
    "occasion",
    "occasion_other",
    "kind",
    "description",
    "value",
    "value_basis",
    "to_general_public",
    "accepted_out_of_necessity",
    "necessity_reason",
    "answer",
    "outcome",
    "reason",
    "report_deadline",
    "submitted_at",
)
README = (
    "ข้อมูลส่วนบุคคลของท่านที่ระบบเก็บไว้ (พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒ มาตรา ๓๐ และ ๓๑)\n"
    "data.json: ข้อมูลทั้งหมดในรูปแบบ JSON (UTF-8)\n"
    "files/: ไฟล์ที่ท่านแนบกับรายงาน\n"
    "หากข้อมูลไม่ถูกต้อง ขอแก้ไขได้ที่ผู้ดูแลระบบของหน่วยงาน (มาตรา ๓๕)\n\n"
    "Your personal data held by the portal (PDPA s.30, s.31). data.json: everything, as JSON (UTF-8). "
    "files/: the files you attached. Ask your administrator to correct anything wrong (s.35).\n"
)


def _row(instance: models.Model, fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(instance, name) for name in fields}


def _filing(filing: GiftFiling) -> dict[str, Any]:
    ruling = getattr(filing, "ruling", None)
    record = getattr(filing, "return_record", None)
    return {
        "number": filing.number,
        "status": filing.status,
        "recipient": filing.recipient,
        "reviewer_title": filing.reviewer_title,
        "created_at": filing.created_at,
        "submitted_at": filing.submitted_at,
        "closed_at": filing.closed_at,
        "versions": [
            {
                **_row(version, VERSION_FIELDS),
                "attachments": [
                    {"name": a.original_name, "type": a.content_type, "size": a.size, "sha256": a.sha256}
                    for a in version.attachments.all()
                ],
            }
            for version in filing.versions.order_by("number")
        ],
        "ruling": None
        if ruling is None
        else _row(ruling, ("decision", "reason", "decider_name", "decider_title", "decided_on")),
        "notes": [_row(note, ("kind", "author_title", "text", "created_at")) for note in filing.notes.all()],
        "return": None if record is None else _row(record, ("returned_on", "method", "note")),
    }


def _declarations(official: Official) -> list[dict[str, Any]]:
    """The business-interest declarations, when the declarations app has them."""
    try:
        model = apps.get_model("declarations", "InterestDeclaration")
    except LookupError:
        return []
    rows = []
    for declaration in model.objects.filter(official=official).order_by("version"):
        rows.append(
            {
                **_row(
                    declaration, ("version", "submitted_at", "nothing_to_declare", "notice_version", "late")
                ),
                "items": list(
                    declaration.items.values(
                        "holder",
                        "spouse_name",
                        "activity",
                        "company_name",
                        "juristic_number",
                        "share_percent",
                        "role",
                        "held_since",
                        "held_until",
                        "notes",
                    )
                ),
                "outside_work": list(
                    declaration.outside_work.values(
                        "employer", "role", "hours_per_week", "paid", "since", "until"
                    )
                ),
            }
        )
    return rows


def personal_data_of(official: Official) -> dict[str, Any]:
    """Everything the portal holds about ``official``, as plain data."""
    from participation.models import AwarenessActivity
    from privacy.models import SubjectRequest

    membership = getattr(official, "membership", None)
    user = membership.user if membership is not None else None
    return {
        "exported_at": timezone.now(),
        "organization": official.organization.name_th,
        "official": _row(
            official,
            (
                "prefix_th",
                "first_name_th",
                "last_name_th",
                "prefix_en",
                "first_name_en",
                "last_name_en",
                "email",
                "took_office_on",
                "left_office_on",
            ),
        )
        | {"village": str(official.village) if official.village else None},
        "account": None
        if user is None or membership is None
        else {
            "username": user.get_username(),
            "email": user.email,
            "last_login": user.last_login,
            "date_joined": user.date_joined,
            "administrator": membership.is_administrator,
            "auditor": membership.is_auditor,
            "integrity_officer": membership.is_integrity_officer,
        },
        "tenures": [
            {
                "position": tenure.position.title_th,
                "office": tenure.position.office,
                "division": tenure.position.division,
                "from": tenure.started_on,
                "to": tenure.ended_on,
            }
            for tenure in official.tenures.select_related("position").order_by("started_on")
        ],
        "spouses": [
            {
                **_row(
                    spouse, ("prefix_th", "first_name_th", "last_name_th", "kind", "started_on", "ended_on")
                ),
                "notice_given_on": getattr(getattr(spouse, "privacy_notice", None), "given_on", None),
            }
            for spouse in official.spouses.all()
        ],
        "gift_filings": [
            _filing(filing) for filing in GiftFiling.objects.filter(filer=official).order_by("created_at")
        ],
        "interest_declarations": _declarations(official),
        "data_subject_requests": list(
            SubjectRequest.objects.filter(official=official).values(
                "kind", "received_on", "due_on", "status", "closed_on", "refusal_reason", "response"
            )
        ),
        "awareness_activities": list(
            AwarenessActivity.objects.filter(attendees=official).values("title", "held_on", "kind")
        ),
    }


def export_zip(official: Official) -> bytes:
    """``personal_data_of(official)`` as ``data.json`` in a ZIP, with a README and the attached files."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", README)
        data = json.dumps(personal_data_of(official), cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        archive.writestr("data.json", data)
        for filing in GiftFiling.objects.filter(filer=official):
            for version in filing.versions.all():
                for attachment in version.attachments.all():
                    folder = safe_name((filing.number or f"draft-{filing.pk}").replace("/", "-"))
                    original = safe_name(attachment.original_name)
                    name = f"files/{folder}/v{version.number}-{attachment.pk}-{original}"
                    with attachment.file.open("rb") as handle:
                        archive.writestr(name, handle.read())
    return buffer.getvalue()
