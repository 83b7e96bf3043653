"""Awareness (measures 1-3): training and awareness activities, and the anonymised cases an administrator
publishes in the handbook."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from coi_portal import audit
from declarations.models import Official, Organization
from gifts.models import Ruling
from gifts.uploads import CheckedFile
from participation.models import ActivityFile, AwarenessActivity, FileKind, PublishedCase
from participation.services.common import ParticipationError

ACTIVITY_FIELDS = (
    "title",
    "held_on",
    "kind",
    "measure",
    "description",
    "other_attendees",
    "top_executive_present",
    "published",
)


def _save_files(activity: AwarenessActivity, kind: FileKind, files: Iterable[CheckedFile]) -> int:
    count = 0
    for checked in files:
        row = ActivityFile(
            activity=activity,
            kind=kind,
            original_name=checked.name,
            content_type=checked.content_type,
            size=checked.size,
            sha256=checked.sha256,
        )
        row.file.save(checked.name, checked.upload, save=False)
        row.save()
        count += 1
    return count


def _snapshot(activity: AwarenessActivity) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(activity, name) for name in ACTIVITY_FIELDS}
    data["held_on"] = activity.held_on.isoformat()
    data["attendees"] = sorted(activity.attendees.values_list("pk", flat=True))
    return data


@transaction.atomic
def activity_record(
    *,
    actor: User,
    organization: Organization,
    data: dict[str, Any],
    attendees: Sequence[Official] = (),
    material: Iterable[CheckedFile] = (),
    photos: Iterable[CheckedFile] = (),
) -> AwarenessActivity:
    """Record an activity that took place (not in the future), with who attended, material and photos."""
    if data["held_on"] > timezone.localdate():
        raise ParticipationError(_("Record an activity once it has taken place."))
    if any(official.organization_id != organization.pk for official in attendees):
        raise ParticipationError(_("Choose officials of this organization only."))
    activity = AwarenessActivity.objects.create(
        organization=organization, created_by=actor, **{name: data[name] for name in ACTIVITY_FIELDS}
    )
    activity.attendees.set(attendees)
    files = _save_files(activity, FileKind.MATERIAL, material) + _save_files(activity, FileKind.PHOTO, photos)
    audit.record(
        actor=actor,
        action="participation.activity_record",
        organization=organization,
        target=activity,
        after={**_snapshot(activity), "files": files},
    )
    return activity


def draft_case_summary(ruling: Ruling) -> dict[str, str]:
    """A first, name-free wording of a ruling for the handbook, in Thai (it is published content, like the
    notices): offices, kinds, value bands and the decision only. The administrator reads and edits it."""
    from gifts.register import value_band
    from gifts.services import latest_version

    filing = ruling.filing
    version = latest_version(filing)
    tenure = filing.filer.tenures.order_by("-started_on").select_related("position").first()
    with translation.override("th"):
        office = str(tenure.position.get_office_display()) if tenure else "เจ้าหน้าที่"
        giver = "ผู้ประกอบการที่มีธุรกรรมกับหน่วยงาน" if version.giver_deals_with_agency else "บุคคลภายนอก"
        band = value_band(version.value)
        summary = (
            f"{office}ได้รับ{version.get_kind_display()} มูลค่า {band} จาก{giver} "
            f"เนื่องในโอกาส{version.get_occasion_display()} และได้รายงานตามหลักเกณฑ์ "
            f"ผู้มีอำนาจวินิจฉัย: {ruling.get_decision_display()}"
        )
    return {"title": f"ของขวัญมูลค่า {band}", "summary": summary}


@transaction.atomic
def case_publish(*, actor: User, ruling: Ruling, title: str, summary: str, lesson: str = "") -> PublishedCase:
    """Publish an anonymised case from one of the organization's rulings (again after a withdrawal)."""
    if not title.strip() or not summary.strip():
        raise ParticipationError(_("Give the case a title and a summary without names."))
    case, _created = PublishedCase.objects.update_or_create(
        ruling=ruling,
        defaults={
            "organization": ruling.filing.organization,
            "title": title.strip(),
            "summary": summary.strip(),
            "lesson": lesson.strip(),
            "published_by": actor,
            "withdrawn_at": None,
        },
    )
    audit.record(
        actor=actor,
        action="participation.case_publish",
        organization=case.organization,
        target=case,
        after={"ruling_id": ruling.pk, "title": case.title},
    )
    return case


@transaction.atomic
def case_withdraw(*, actor: User, case: PublishedCase) -> PublishedCase:
    if case.withdrawn_at is not None:
        raise ParticipationError(_("This case is not published."))
    case.withdrawn_at = timezone.now()
    case.save(update_fields=["withdrawn_at"])
    audit.record(
        actor=actor, action="participation.case_withdraw", organization=case.organization, target=case
    )
    return case
