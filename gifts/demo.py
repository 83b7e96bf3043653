"""Demo gift history for อบต.บางเสาธง: a dozen filings across offices, outcomes and statuses, made through
the services so that routing, numbering, rulings and documents are real. Idempotent: nothing is added
when the organization already has filings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

from declarations.models import Organization
from gifts import services
from gifts.models import GiftFiling


def _user(username: str) -> Any:
    return get_user_model().objects.get(username=username)


def _file(username: str, days_ago: int, **facts: Any) -> GiftFiling:
    user = _user(username)
    base = {
        "received_on": timezone.localdate() - dt.timedelta(days=days_ago),
        "giver_relation": "none",
        "giver_deals_with_agency": False,
        "occasion": "new_year",
        "occasion_other": "",
        "occasion_customary": True,
        "kind": "property",
        "value_basis": "market_price",
        "to_general_public": False,
        "accepted_out_of_necessity": True,
        "necessity_reason": "",
        "giver_organization": "",
    }
    filing = services.draft_create(actor=user, filer=user.membership.official, facts={**base, **facts})
    return services.filing_submit(actor=user, filing=filing)


def _rule(filing: GiftFiling, username: str, decision: str, reason: str, impossible: str = "") -> None:
    user = _user(username)
    services.filing_rule(
        actor=user,
        official=user.membership.official,
        filing=filing,
        decision=decision,
        reason=reason,
        return_impossible_reason=impossible,
    )


def seed_gifts(org: Organization) -> None:
    if GiftFiling.objects.filter(organization=org).exists():
        return
    today = timezone.localdate()
    _file(
        "staff2",
        20,
        giver_name="นางสมใจ รักดี",
        description="กระเช้าผลไม้ปีใหม่",
        value=Decimal("1500"),
        necessity_reason="",
    )
    _file(
        "worker1",
        18,
        giver_name="นายประยุทธ ขยัน",
        giver_organization="ร้านวัสดุก่อสร้างขยันดี",
        description="ปฏิทินและเสื้อยืด",
        value=Decimal("450"),
        kind="property",
    )
    _file(
        "director",
        15,
        giver_name="นางวิไล ศรีทอง",
        giver_relation="sibling",
        description="สร้อยคอทองคำ",
        value=Decimal("25000"),
        occasion="birthday",
    )
    _file(
        "staff1",
        40,
        giver_name="ผู้จัดงาน",
        giver_organization="สมาคมผู้ค้าสมุทรปราการ",
        description="รางวัลจับฉลากงานเลี้ยงปีใหม่",
        value=Decimal("8000"),
        to_general_public=True,
    )
    kept = _file(
        "secretary",
        12,
        giver_name="นายสมชาย วงศ์ใหญ่",
        giver_organization="บริษัท ที่ปรึกษาเมืองดี จำกัด",
        description="ชุดเครื่องเขียนที่ระลึกงานสัมมนา",
        value=Decimal("3500"),
        occasion="thanks",
        necessity_reason="มอบให้ในพิธีต่อหน้าผู้เข้าร่วม ปฏิเสธไม่ได้",
    )
    _rule(kept, "nayok", "keep", "เป็นของที่ระลึกตามมารยาท มูลค่าไม่สูงมาก ไม่เกี่ยวกับการพิจารณาสัญญา")
    returned = _file(
        "staff1",
        9,
        giver_name="นายวิทยา มั่งมี",
        giver_organization="หจก. รุ่งเรืองการโยธา",
        giver_deals_with_agency=True,
        description="บัตรกำนัลห้างสรรพสินค้า",
        value=Decimal("5000"),
        kind="other",
        necessity_reason="ผู้ให้ฝากไว้กับเจ้าหน้าที่หน้าห้อง",
    )
    _rule(returned, "nayok", "return", "ผู้ให้เป็นคู่สัญญาของ อบต. ไม่เหมาะสมที่จะรับไว้")
    services.return_record(
        actor=_user("staff1"),
        filing=returned,
        returned_on=today,
        method="in_person",
        note="ส่งคืนผู้จัดการห้างด้วยตนเอง มีบันทึกรับคืน",
    )
    pending_return = _file(
        "palad",
        8,
        giver_name="นายสุรเชษฐ์ ใจกว้าง",
        giver_organization="บริษัท ทางดี จำกัด",
        giver_deals_with_agency=True,
        description="กระเช้าไวน์และของขวัญ",
        value=Decimal("6500"),
        necessity_reason="ส่งมาทางไปรษณีย์",
    )
    _rule(pending_return, "nayok", "return", "ผู้ให้อยู่ระหว่างเสนอราคางานจ้าง")
    handed = _file(
        "member1",
        7,
        giver_name="ไม่ทราบชื่อ",
        description="ตะกร้าของขวัญวางไว้หน้าบ้าน ไม่มีชื่อผู้ส่ง",
        value=Decimal("4500"),
        necessity_reason="ไม่ทราบผู้ส่ง",
    )
    _rule(handed, "chair", "hand_over", "ไม่เหมาะสมที่จะรับไว้เป็นประโยชน์ส่วนตน", "ไม่ทราบตัวผู้ให้ ส่งคืนไม่ได้")
    services.custody_add(
        actor=_user("clerk"),
        filing=handed,
        kind="received",
        on=today,
        by_name="นางสาวมาลี ใจซื่อ",
        location="ห้องพัสดุ สำนักปลัด",
        on_display=False,
    )
    _file(
        "member2",
        5,
        giver_name="นายสมหมาย ดีใจ",
        giver_organization="บริษัท รับเหมาสมุทร จำกัด",
        giver_deals_with_agency=True,
        description="เลี้ยงอาหารและคาราโอเกะ",
        value=Decimal("7200"),
        kind="entertainment",
        necessity_reason="เป็นงานเลี้ยงของชุมชน",
    )
    _file(
        "chair",
        6,
        giver_name="นายอดิศร พงษ์ไทย",
        giver_organization="บริษัท พัฒนาที่ดินบางบ่อ จำกัด",
        description="นาฬิกาข้อมือ",
        value=Decimal("12000"),
        occasion="birthday",
        necessity_reason="ส่งมาพร้อมการ์ดอวยพร",
    )
    back = _file(
        "staff2",
        4,
        giver_name="นางรัตนา สุขใจ",
        giver_organization="ร้านเครื่องเขียนรัตนา",
        description="ส่วนลดค่าเครื่องเขียนส่วนตัว",
        value=Decimal("3200"),
        kind="discount",
        occasion="other",
        occasion_other="เปิดร้านใหม่",
        occasion_customary=True,
        necessity_reason="ร้านให้ส่วนลดพิเศษ",
    )
    nayok = _user("nayok")
    services.filing_send_back(
        actor=nayok,
        official=nayok.membership.official,
        filing=back,
        comment="กรุณาแนบใบเสร็จและระบุว่าร้านนี้เป็นคู่สัญญาของ อบต. หรือไม่",
    )
    _file(
        "deputy",
        2,
        giver_name="นายชัยวัฒน์ มีทรัพย์",
        giver_organization="มูลนิธิพัฒนาชุมชน",
        description="ค่าฝึกอบรมดูงานต่างจังหวัด",
        value=Decimal("15000"),
        kind="training",
        occasion="other",
        occasion_other="เชิญดูงาน",
        occasion_customary=False,
        accepted_out_of_necessity=False,
    )
    user = _user("staff1")
    services.draft_create(
        actor=user,
        filer=user.membership.official,
        facts={
            "received_on": today - dt.timedelta(days=1),
            "giver_name": "นายทองดี ค้าขาย",
            "giver_organization": "",
            "giver_relation": "none",
            "giver_deals_with_agency": False,
            "occasion": "songkran",
            "occasion_other": "",
            "occasion_customary": True,
            "kind": "property",
            "description": "น้ำอบไทยและผ้าขาวม้า",
            "value": Decimal("800"),
            "value_basis": "estimate",
            "to_general_public": False,
            "accepted_out_of_necessity": False,
            "necessity_reason": "",
        },
    )
