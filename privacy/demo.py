"""Demo personal-data records for อบต.บางเสาธง: the notices in force, the spouse notices (one given, one
overdue), two data-subject requests (one open, one refused under s.24(6)) and a closed no-risk breach.

Idempotent: notices and spouse notices are found by their natural keys, and the registers are seeded only when
the organization has none yet. Made through the services, so the audit log is real.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.utils import timezone

from declarations.models import Organization, Spouse
from privacy import services
from privacy.models import Breach, HandedHow, SubjectRequest


def _keeper(organization: Organization) -> User:
    """An administrator or integrity officer of the organization: the one who keeps the registers."""
    users = get_user_model().objects.filter(membership__organization=organization)
    user = (
        users.filter(membership__is_integrity_officer=True).first()
        or users.filter(membership__is_administrator=True).first()
    )
    if user is None:
        raise LookupError(f"{organization.slug} has no administrator to keep its privacy registers")
    return user


def _spouse_notices(organization: Organization, keeper: User, today: dt.date) -> None:
    spouses = list(
        Spouse.objects.filter(official__organization=organization).order_by("official__first_name_th")
    )
    for index, spouse in enumerate(spouses):
        # The first spouse was told a week after the portal learned of them; the next is 15 days overdue.
        since = today - dt.timedelta(days=10 if index % 2 == 0 else 45)
        notice = services.spouse_notice_needed(spouse=spouse, on=since)
        if index % 2 == 0 and notice.given_on is None:
            services.spouse_notice_record_given(
                actor=keeper, notice=notice, given_on=since + dt.timedelta(days=7), how=HandedHow.IN_PERSON
            )


def _requests(organization: Organization, keeper: User, today: dt.date) -> None:
    if SubjectRequest.objects.filter(organization=organization).exists():
        return
    staff = organization.officials.filter(first_name_th="ศิริพร").first()
    services.request_open(
        actor=keeper,
        organization=organization,
        requester_name=staff.full_name_th if staff else "นางสาวศิริพร สุขสวัสดิ์",
        official=staff,
        kind="access",
        channel="letter",
        received_on=today - dt.timedelta(days=10),
        details="ขอสำเนาข้อมูลการรายงานการรับของขวัญของตนเองทั้งหมด",
    )
    refused = services.request_open(
        actor=keeper,
        organization=organization,
        requester_name="นายสมพงษ์ ค้าดี",
        kind="erasure",
        channel="email",
        received_on=today - dt.timedelta(days=100),
        details="ขอให้ลบชื่อผู้ให้ออกจากรายงานการรับของขวัญ",
    )
    services.request_close(
        actor=keeper,
        request=refused,
        outcome="refused",
        refusal_reason="s24_6",
        response=(
            "ต้องเก็บรักษารายงานไว้ตามหลักเกณฑ์ของคณะกรรมการ ป.ป.ช. จึงลบไม่ได้ ทะเบียนสาธารณะไม่แสดงชื่อบุคคลธรรมดาผู้ให้"
        ),
        closed_on=today - dt.timedelta(days=20),
    )


def _breach(organization: Organization, keeper: User) -> None:
    if Breach.objects.filter(organization=organization).exists():
        return
    breach = services.breach_record(
        actor=keeper,
        organization=organization,
        title="ส่งอีเมลแจ้งเตือนผิดผู้รับ",
        description="อีเมลแจ้งเตือนการประชุมหนึ่งฉบับถูกส่งถึงเจ้าหน้าที่อีกคนในหน่วยงาน ไม่มีข้อมูลส่วนบุคคลอื่นนอกจากชื่อ",
        aware_at=timezone.now() - dt.timedelta(days=40),
        risk="none",
        data_affected="ชื่อ-สกุล",
        people_affected=1,
        measures="ผู้รับลบอีเมลแล้ว และปรับรายชื่อผู้รับอีเมล",
    )
    services.breach_close(
        actor=keeper,
        breach=breach,
        no_notification_reason="ผู้รับเป็นเจ้าหน้าที่ของหน่วยงานที่มีหน้าที่รักษาความลับ และข้อมูลเป็นเพียงชื่อ",
    )


def seed_privacy(organization: Organization) -> None:
    today = timezone.localdate()
    keeper = _keeper(organization)
    services.ensure_default_notices(organization)
    _spouse_notices(organization, keeper, today)
    _requests(organization, keeper, today)
    _breach(organization, keeper)
