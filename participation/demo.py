"""Demo participation records for อบต.บางเสาธง: the risk register of the 2562 notice's risk analysis ๑-๖ with
the measures ๑-๔ that answer them, the ITA items of 2568 and 2569 (forms.md §5) linked to the portal's pages,
two awareness activities, an anonymised case from a ruling, and a closed tip-off for the monthly counts.

Idempotent: risks, items and activities are found by their natural keys; the case and the tip-off are added
only when the organization has none.
"""

from __future__ import annotations

import datetime as dt
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from PIL import Image

from declarations.models import Organization
from gifts.models import Ruling
from gifts.register import fiscal_year_of
from gifts.uploads import check_file
from participation import routing, services
from participation.models import AwarenessActivity, ItaItem, PublishedCase, Risk, TipOff

# The seed notice's risk analysis ๑-๖, verbatim, with likelihood, impact and the measures ๑-๔ that answer it.
RISKS: tuple[tuple[str, int, int, tuple[int, ...]], ...] = (
    (
        "เจ้าหน้าที่รัฐออกนโยบายหรือตรากฎหมายเพื่อประโยชน์ของตนเองหรือพวกพ้อง แม้ว่าประโยชน์ที่ได้รับจะเป็น"
        "ประโยชน์ทางการเงินหรือไม่ก็ตาม",
        2,
        4,
        (1, 3),
    ),
    ("เจ้าหน้าที่รัฐดำรงตำแหน่งหรือทำหน้าที่ที่มีความเสี่ยงต่อการก่อให้เกิดภาวะผลประโยชน์ทับซ้อน", 3, 3, (1, 3)),
    ("เจ้าหน้าที่ของรัฐรับเงิน สิ่งของ หรือบริการ ซึ่งอาจส่งผลเป็นการตอบแทนแก่ผู้ให้ในอนาคต", 3, 4, (1, 4)),
    ("เจ้าหน้าที่รัฐประกอบอาชีพอื่นพร้อมกับการเป็นเจ้าหน้าที่รัฐ ซึ่งอาจก่อให้เกิดการขัดกันของผลประโยชน์ได้", 2, 3, (1, 3)),
    (
        "เจ้าหน้าที่ของรัฐได้ทราบข้อมูลโครงการตัดถนนเข้าหมู่บ้าน "
        "จึงบอกให้ญาติพี่น้องไปซื้อที่ดินบริเวณโครงการ"
        "ดังกล่าว เพื่อขายให้แก่ราชการในราคาสูงขึ้นไป",
        2,
        5,
        (2, 4),
    ),
    (
        "เจ้าหน้าที่ของรัฐ ซึ่งมีหน้าที่รับผิดชอบต่อประโยชน์สาธารณะ มีประโยชน์ส่วนตัวเข้ามาแทรกซ้อน โดยการใช้"
        "ตำแหน่งหน้าที่/อิทธิพลทางการเมือง "
        "กระทำการ/ตัดสินใจ/ใช้ดุลยพินิจที่ก่อให้เกิดประโยชน์ต่อตนเองและพวกพ้อง"
        "มากกว่าประโยชน์สาธารณะ",
        3,
        4,
        (1, 4),
    ),
)
MEASURES = {
    1: (
        "อบรมและสร้างความตระหนักด้านคุณธรรม จริยธรรม และการป้องกันการทุจริตแก่บุคลากรทุกคน",
        "จัดอบรมแล้ว และผู้บริหารมอบนโยบาย No Gift Policy",
    ),
    2: ("วางมาตรการจัดซื้อจัดจ้าง และส่งเจ้าหน้าที่พัสดุเข้ารับการอบรม", "เจ้าหน้าที่พัสดุผ่านการอบรมแล้ว"),
    3: (
        "จัดทำคู่มือการบริหารจัดการผลประโยชน์ทับซ้อน พร้อมกรณีศึกษา",
        "เผยแพร่คู่มือในระบบ พร้อมกรณีศึกษาจากคำวินิจฉัยของหน่วยงาน",
    ),
    4: (
        "เปิดช่องทางแจ้งเบาะแสและรณรงค์ให้ทุกภาคส่วนร่วมเฝ้าระวัง",
        "เปิดช่องทางแจ้งเบาะแสออนไลน์ ไม่ต้องเปิดเผยตัว",
    ),
}

# forms.md §5: the OIT items of 2568 and 2569 on gifts, risk, participation and ethics [S]; page routes that
# prove each one (reversed with the organization's slug).
ITA_ITEMS: dict[int, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    2568: (
        (
            "O16",
            "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม",
            ("participation:handbook", "participation:activities_public"),
        ),
        ("O20", "การเปิดโอกาสให้เกิดการมีส่วนร่วม", ("participation:tipoff_new",)),
        (
            "O21",
            "ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy จากการปฏิบัติหน้าที่",
            ("measures:public_list", "participation:activities_public"),
        ),
        ("O22", "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา", ("gift_reports:public_register",)),
        (
            "O23",
            "การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบนจากการดำเนินงานตามภารกิจ",
            ("participation:risks_public",),
        ),
        (
            "O24",
            "รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ",
            ("participation:risks_public",),
        ),
        ("O25", "แผนปฏิบัติการป้องกันการทุจริต", ("measures:public_list",)),
        ("O26", "รายงานผลการดำเนินการตามแผนปฏิบัติการป้องกันการทุจริต", ("meetings:public_schedule",)),
    ),
    2569: (
        (
            "O15",
            "ประมวลจริยธรรมการขับเคลื่อนจริยธรรม",
            ("participation:handbook", "participation:activities_public"),
        ),
        ("O19", "ผลการเปิดโอกาสให้มีส่วนร่วม", ("participation:tipoff_new",)),
        (
            "O20",
            "การขับเคลื่อนนโยบาย NO GIFT POLICY จากการปฏิบัติหน้าที่และการเสริมสร้างความรู้เกี่ยวกับหลักเกณฑ์"
            "การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ",
            ("measures:public_list", "participation:activities_public", "gift_reports:public_register"),
        ),
        ("O21", "การประเมินความเสี่ยงการทุจริตในหน่วยงานภาครัฐ", ("participation:risks_public",)),
        ("O22", "รายงานผลตามแผนบริหารจัดการความเสี่ยงการทุจริต", ("participation:risks_public",)),
        ("O23", "แผนปฏิบัติการป้องกันการทุจริต", ("measures:public_list",)),
        ("O24", "รายงานผลการดำเนินการป้องกันการทุจริต", ("meetings:public_schedule",)),
        ("O25", "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", ()),
        ("O26", "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", ("participation:handbook",)),
    ),
}
LINK_LABELS = {
    "participation:handbook": "คู่มือการป้องกันผลประโยชน์ทับซ้อน",
    "participation:activities_public": "กิจกรรมสร้างความตระหนัก",
    "participation:tipoff_new": "ช่องทางแจ้งเบาะแส",
    "participation:risks_public": "ทะเบียนความเสี่ยง",
    "measures:public_list": "ประกาศมาตรการของหน่วยงาน",
    "meetings:public_schedule": "ตารางการประชุมตามมาตรการ",
    "gift_reports:public_register": "ทะเบียนการรับของขวัญ (สาธารณะ)",
}


def _keeper(organization: Organization) -> User:
    users = get_user_model().objects.filter(membership__organization=organization)
    user = (
        users.filter(membership__is_integrity_officer=True).first()
        or users.filter(membership__is_administrator=True).first()
    )
    if user is None:
        raise LookupError(f"{organization.slug} has no administrator")
    return user


def _risks(organization: Organization, keeper: User, year: int, today: dt.date) -> None:
    for number, (title, likelihood, impact, measures) in enumerate(RISKS, start=1):
        if Risk.objects.filter(organization=organization, fiscal_year=year, number=number).exists():
            continue
        risk = services.risk_add(
            actor=keeper,
            organization=organization,
            fiscal_year=year,
            title=title,
            likelihood=likelihood,
            impact=impact,
            owner="สำนักปลัด",
        )
        for measure_no in measures:
            description, result = MEASURES[measure_no]
            services.measure_save(
                actor=keeper,
                risk=risk,
                measure=None,
                measure_no=measure_no,
                description=description,
                result=result,
                result_on=today,
            )


def _ita(organization: Organization, keeper: User) -> None:
    for year, items in ITA_ITEMS.items():
        for code, title, routes in items:
            item = ItaItem.objects.filter(organization=organization, fiscal_year=year, code=code).first()
            if item is None:
                item = services.ita_item_save(
                    actor=keeper, organization=organization, fiscal_year=year, code=code, title=title
                )
            if item.links.exists():
                continue
            for route in routes:
                try:
                    url = reverse(route, args=[organization.slug])
                except NoReverseMatch:
                    continue
                services.ita_link_add(actor=keeper, item=item, label=LINK_LABELS[route], url=url)


def _photo() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 400), (29, 63, 114)).save(buffer, format="PNG")
    return SimpleUploadedFile("training.png", buffer.getvalue(), content_type="image/png")


def _activities(organization: Organization, keeper: User, today: dt.date) -> None:
    attendees = list(organization.officials.filter(left_office_on__isnull=True)[:12])
    rows: tuple[tuple[str, dt.date, str, int, bool, list[SimpleUploadedFile]], ...] = (
        (
            "อบรมการป้องกันผลประโยชน์ทับซ้อนและ No Gift Policy",
            today - dt.timedelta(days=60),
            "training",
            1,
            True,
            [_photo()],
        ),
        ("ผู้บริหารมอบนโยบาย No Gift Policy ประจำปี", today - dt.timedelta(days=90), "policy", 1, True, []),
    )
    for title, held_on, kind, measure, top, photos in rows:
        if AwarenessActivity.objects.filter(organization=organization, title=title).exists():
            continue
        services.activity_record(
            actor=keeper,
            organization=organization,
            data={
                "title": title,
                "held_on": held_on,
                "kind": kind,
                "measure": measure,
                "description": "วิทยากรอธิบายหลักเกณฑ์การรับของขวัญ ตัวอย่างกรณีศึกษา และช่องทางรายงานผ่านระบบ",
                "other_attendees": 5,
                "top_executive_present": top,
                "published": True,
            },
            attendees=attendees,
            photos=[check_file(photo) for photo in photos],
        )


def _case(organization: Organization) -> None:
    if PublishedCase.objects.filter(organization=organization).exists():
        return
    ruling = Ruling.objects.filter(filing__organization=organization).order_by("decided_on", "pk").first()
    if ruling is None:
        return
    admin = get_user_model().objects.filter(
        membership__organization=organization, membership__is_administrator=True
    )
    draft = services.draft_case_summary(ruling)
    services.case_publish(
        actor=admin.first(),  # type: ignore[arg-type]
        ruling=ruling,
        title=draft["title"],
        summary=draft["summary"],
        lesson="ของขวัญที่เกินสามพันบาทต้องรายงานภายในสามสิบวัน และผู้บังคับบัญชาเป็นผู้วินิจฉัย",
    )


def _tipoff(organization: Organization) -> None:
    if TipOff.objects.filter(organization=organization).exists():
        return
    submitted = services.tipoff_submit(
        organization=organization,
        subject="gift",
        what="มีผู้รับเหมานำกระเช้าขนาดใหญ่มาให้ที่กองช่างช่วงปีใหม่ (ตัวอย่างในระบบทดลอง)",
        occurred_on=timezone.localdate() - dt.timedelta(days=20),
    )
    handler = next(iter(routing.handlers_of(submitted.tipoff)), None)
    if handler is not None:
        services.tipoff_close(
            actor=handler,
            tipoff=submitted.tipoff,
            outcome="not_found",
            note="ตรวจสอบแล้ว ผู้รับได้รายงานการรับของขวัญในระบบและผู้บังคับบัญชาสั่งให้ส่งคืนแล้ว",
        )


def seed_participation(organization: Organization) -> None:
    today = timezone.localdate()
    keeper = _keeper(organization)
    _risks(organization, keeper, fiscal_year_of(today), today)
    _ita(organization, keeper)
    _activities(organization, keeper, today)
    _case(organization)
    _tipoff(organization)
