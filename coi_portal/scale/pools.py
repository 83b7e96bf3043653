"""Word pools and gift templates that generated rows are drawn from. Each gift template is assessed once
by the real rules (``legal.gifts``), so generated versions carry outcomes the law would give them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from coi_portal.scale.bulk import RawJson
from legal.gifts import GiftFacts, assess_gift
from legal.rules import DEFAULT_RULES
from legal.vocabulary import Relation

PROVINCES = (
    "เชียงใหม่",
    "เชียงราย",
    "ลำปาง",
    "พิษณุโลก",
    "นครสวรรค์",
    "ขอนแก่น",
    "อุดรธานี",
    "นครราชสีมา",
    "อุบลราชธานี",
    "บุรีรัมย์",
    "สุรินทร์",
    "ร้อยเอ็ด",
    "ชลบุรี",
    "ระยอง",
    "สมุทรปราการ",
    "นครปฐม",
    "ราชบุรี",
    "เพชรบุรี",
    "สุราษฎร์ธานี",
    "นครศรีธรรมราช",
    "สงขลา",
    "ภูเก็ต",
    "ตรัง",
    "ยะลา",
)
PLACE_WORDS = (
    "บาง",
    "หนอง",
    "โคก",
    "ดอน",
    "ท่า",
    "บ้าน",
    "นา",
    "ห้วย",
    "คลอง",
    "วัง",
    "ทุ่ง",
    "เขา",
    "โพธิ์",
    "ไผ่",
    "สระ",
    "บึง",
    "ป่า",
    "ศรี",
    "ชัย",
    "น้ำ",
)
PLACE_ENDINGS = (
    "ใหญ่",
    "น้อย",
    "ทอง",
    "เงิน",
    "งาม",
    "สวรรค์",
    "พัฒนา",
    "เจริญ",
    "สำราญ",
    "ดี",
    "แก้ว",
    "ขาม",
    "กลาง",
    "ยาว",
    "แดง",
    "เหนือ",
    "ใต้",
    "ตะวันออก",
    "สามัคคี",
    "ประชา",
)
FIRST_NAMES = (
    "สมชาย",
    "สมศักดิ์",
    "สมพร",
    "วิชัย",
    "ประยุทธ",
    "สุรเชษฐ์",
    "อนุชา",
    "ธนากร",
    "กิตติ",
    "ชัยวัฒน์",
    "สมใจ",
    "วิไล",
    "มาลี",
    "สุภาพร",
    "กัญญา",
    "ปราณี",
    "รัตนา",
    "จันทร์เพ็ญ",
    "นงลักษณ์",
    "พรทิพย์",
    "อรุณี",
    "ศิริพร",
    "บุญมี",
    "ทองดี",
    "สุนทร",
    "ประเสริฐ",
    "วีระ",
    "ณัฐพล",
    "ปิยะ",
    "อำนาจ",
)
LAST_NAMES = (
    "ใจดี",
    "รักไทย",
    "ศรีสุข",
    "วงศ์ใหญ่",
    "มั่งมี",
    "ทองคำ",
    "แก้วมณี",
    "บุญมา",
    "สุขสวัสดิ์",
    "ชัยมงคล",
    "พึ่งบุญ",
    "ศรีทอง",
    "จันทร์แก้ว",
    "ประเสริฐสุข",
    "ขยันดี",
    "นาคสวัสดิ์",
    "เพชรรัตน์",
    "สายทอง",
    "อินทร์แก้ว",
    "ทองประเสริฐ",
    "เรืองศรี",
    "มณีวงศ์",
    "สมบูรณ์",
    "พูลสวัสดิ์",
)
COMPANIES = (
    "บริษัท ทางดี จำกัด",
    "หจก. รุ่งเรืองการโยธา",
    "ร้านวัสดุก่อสร้างขยันดี",
    "บริษัท ที่ปรึกษาเมืองดี จำกัด",
    "หจก. ศรีสุขพาณิชย์",
    "บริษัท น้ำใสเทคโนโลยี จำกัด",
    "ร้านเครื่องเขียนบุญมา",
    "บริษัท ไฟฟ้าชัยมงคล จำกัด",
    "หจก. แก้วมณีก่อสร้าง",
    "บริษัท อาหารดี จำกัด",
    "สหกรณ์การเกษตรบ้านนา",
    "บริษัท ทองคำขนส่ง จำกัด",
)
CONTRACT_SUBJECTS = (
    "ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ {moo}",
    "จัดซื้อวัสดุสำนักงาน",
    "จ้างเหมาซ่อมแซมรางระบายน้ำ",
    "จัดซื้ออาหารเสริม (นม) โรงเรียน",
    "จ้างเหมาเก็บขยะมูลฝอย",
    "ขุดลอกคลองสาธารณะ หมู่ที่ {moo}",
    "ติดตั้งไฟฟ้าส่องสว่างสาธารณะ",
    "จัดซื้อครุภัณฑ์คอมพิวเตอร์",
)


@dataclass(frozen=True)
class GiftTemplate:
    description: str
    giver_organization: str
    value: Decimal
    kind: str
    occasion: str
    relation: str = "none"
    deals: bool = False
    to_general_public: bool = False
    necessity: bool = True


GIFTS = (
    GiftTemplate("กระเช้าผลไม้ปีใหม่", "", Decimal("1500"), "property", "new_year"),
    GiftTemplate("ปฏิทินและเสื้อยืด", "ร้านวัสดุก่อสร้างขยันดี", Decimal("450"), "property", "new_year"),
    GiftTemplate("สร้อยคอทองคำ", "", Decimal("25000"), "property", "birthday", relation="sibling"),
    GiftTemplate(
        "รางวัลจับฉลากงานเลี้ยงปีใหม่", "สมาคมผู้ค้า", Decimal("8000"), "property", "new_year", to_general_public=True
    ),
    GiftTemplate("ชุดเครื่องเขียนที่ระลึกงานสัมมนา", "บริษัท ที่ปรึกษาเมืองดี จำกัด", Decimal("3500"), "property", "thanks"),
    GiftTemplate("บัตรกำนัลห้างสรรพสินค้า", "หจก. รุ่งเรืองการโยธา", Decimal("5000"), "other", "thanks", deals=True),
    GiftTemplate("กระเช้าไวน์และของขวัญ", "บริษัท ทางดี จำกัด", Decimal("6500"), "property", "new_year", deals=True),
    GiftTemplate("เลี้ยงอาหารเย็น", "บริษัท อาหารดี จำกัด", Decimal("2800"), "entertainment", "welcome"),
    GiftTemplate(
        "ทุนศึกษาดูงานต่างประเทศ", "บริษัท น้ำใสเทคโนโลยี จำกัด", Decimal("45000"), "training", "other", deals=True
    ),
    GiftTemplate("ซองช่วยงานบวช", "", Decimal("1000"), "other", "ordination"),
    GiftTemplate("พระเครื่องที่ระลึก", "", Decimal("3000"), "property", "retirement"),
    GiftTemplate("ส่วนลดค่าซ่อมรถยนต์", "ร้านเครื่องเขียนบุญมา", Decimal("4200"), "discount", "songkran"),
    GiftTemplate("นาฬิกาข้อมือ", "หจก. แก้วมณีก่อสร้าง", Decimal("12000"), "property", "birthday", deals=True),
    GiftTemplate("ของขวัญแต่งงาน", "", Decimal("2000"), "property", "wedding", relation="uncle_aunt"),
)
ASSESSED_ON = dt.date(2025, 6, 2)


@cache
def assessment(template: GiftTemplate) -> dict[str, Any]:
    """The stored assessment of ``template`` as ``filing_submit`` would store it."""
    result = assess_gift(
        GiftFacts(
            received_on=ASSESSED_ON,
            value=template.value,
            giver_relation=Relation(template.relation),
            to_general_public=template.to_general_public,
            customary_occasion=template.occasion != "other",
            accepted_out_of_necessity=template.necessity,
        ),
        rules=DEFAULT_RULES,
    )
    citations = [
        {
            k: (str(v) if v is not None else None) if k == "instrument" else v
            for k, v in dataclasses.asdict(c).items()
        }
        for c in result.citations
    ]
    deadline_days = (result.report_deadline - ASSESSED_ON).days if result.report_deadline else None
    return {
        "outcome": str(result.outcome),
        "reason": str(result.reason),
        "regime": str(result.regime),
        "citations": RawJson(json.dumps(citations, ensure_ascii=False)),
        "deadline_days": deadline_days,
        "total": result.total_value,
    }
