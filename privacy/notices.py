"""The default text of each activity's privacy notice, written from the data inventory and the organization's
contact data, and the check that a notice carries every element of s.23.

The defaults are the first version an organization publishes; administrators change them by publishing a new
version. Texts are Thai with an English rendering kept beside them (``PrivacyNotice.english``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from declarations.models import Organization
from privacy import pdpa
from privacy.inventory import Activity, RecordType, record_types_for

ACTIVITY_TITLES: dict[Activity, tuple[str, str]] = {
    Activity.ACCOUNTS: ("การใช้งานระบบและบัญชีผู้ใช้", "Accounts and use of the portal"),
    Activity.GIFTS: ("การรายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", "Gift reports"),
    Activity.INTERESTS: ("การแสดงผลประโยชน์ทางธุรกิจ ของเจ้าหน้าที่และคู่สมรส", "Business interest declarations"),
    Activity.REVIEW: ("การพิจารณาและวินิจฉัยรายงาน", "Review and rulings"),
    Activity.REGISTERS: ("ทะเบียนและหลักฐานที่เปิดเผยต่อสาธารณะ", "Public registers and evidence"),
    Activity.TIPOFFS: ("การแจ้งเบาะแส", "Tip-offs"),
}

REQUIREMENT: dict[Activity, tuple[str, str]] = {
    Activity.ACCOUNTS: (
        "จำเป็นต่อการเข้าใช้ระบบ หากไม่มีข้อมูลนี้ ท่านจะเข้าใช้ระบบไม่ได้ และต้องรายงานเป็นกระดาษแทน",
        "Needed to use the portal; without it you cannot log in and must report on paper instead.",
    ),
    Activity.GIFTS: (
        "เป็นหน้าที่ตามกฎหมาย (มาตรา ๑๒๘) ไม่ได้อาศัยความยินยอม หากไม่รายงานหรือรายงานไม่ครบ อาจมีความผิดตามมาตรา ๑๖๙",
        "A legal duty (s.128), not consent. Not reporting, or reporting incompletely, may be an offence "
        "under s.169.",
    ),
    Activity.INTERESTS: (
        "เป็นหน้าที่ตามกฎหมาย (มาตรา ๑๒๖ และ ๑๒๗) ไม่ได้อาศัยความยินยอม หากไม่แสดง หน่วยงานตรวจสอบ"
        "การขัดกันแห่งผลประโยชน์ไม่ได้ และท่านอาจมีความผิดตามมาตรา ๑๖๘",
        "A legal duty (s.126, s.127), not consent. Without it the organization cannot check conflicts of "
        "interest, and you may commit an offence under s.168.",
    ),
    Activity.REVIEW: (
        "เป็นส่วนหนึ่งของการปฏิบัติหน้าที่ตามกฎหมาย ผู้วินิจฉัยต้องบันทึกเหตุผลของคำวินิจฉัย",
        "Part of a legal duty: the person who rules must record the reasons.",
    ),
    Activity.REGISTERS: (
        "ผู้เข้าชมไม่ต้องให้ข้อมูลส่วนบุคคลใด ทะเบียนสาธารณะเผยแพร่เฉพาะข้อมูลที่จำเป็นต่อความโปร่งใส",
        "Visitors give no personal data; the public registers publish only what transparency needs.",
    ),
    Activity.TIPOFFS: (
        "ท่านไม่ต้องบอกชื่อก็แจ้งได้ ชื่อและช่องทางติดต่อเป็นความสมัครใจ หากไม่ให้ไว้ เจ้าหน้าที่จะติดต่อกลับได้ทางรหัสติดตามเท่านั้น",
        "You may report without giving your name. Name and contact are optional; without them the officer "
        "can reach you only through your tracking code.",
    ),
}

RIGHTS = (
    "ท่านมีสิทธิขอเข้าถึงและขอรับสำเนาข้อมูล (มาตรา ๓๐) ขอรับข้อมูลในรูปแบบที่อ่านได้ด้วยเครื่อง (มาตรา ๓๑) "
    "คัดค้าน (มาตรา ๓๒) ขอให้ลบหรือทำลาย (มาตรา ๓๓) ขอให้ระงับการใช้ (มาตรา ๓๔) และขอให้แก้ไขให้ถูกต้อง "
    "(มาตรา ๓๕ และ ๓๖) หน่วยงานอาจปฏิเสธคำขอได้ตามที่กฎหมายกำหนด เช่น "
    "เมื่อต้องเก็บรักษาไว้เพื่อปฏิบัติตามกฎหมาย "
    "(มาตรา ๒๔ (๖)) โดยจะแจ้งเหตุผลให้ทราบ คำขอเข้าถึงจะตอบภายใน ๓๐ วัน คำขอลบภายใน ๙๐ วัน "
    "เจ้าหน้าที่ของหน่วยงานดาวน์โหลดข้อมูลของตนเองได้ที่เมนู “ข้อมูลของฉัน” และท่านมีสิทธิร้องเรียนต่อ"
    "คณะกรรมการผู้เชี่ยวชาญ สำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล (มาตรา ๗๓)",
    "You may ask to see and receive a copy of your data (s.30), to receive it in a machine-readable form "
    "(s.31), object (s.32), ask for erasure (s.33), restriction (s.34) and correction (s.35, s.36). The "
    "organization may refuse where the law allows, for example where the data must be kept to comply with a "
    "law (s.24(6)), and will tell you why. Access requests are answered within 30 days, erasure requests "
    "within 90 days. Officials download their own data from “My data”. You may complain to the expert "
    "committee of the PDPC Office (s.73).",
)


def controller_text(organization: Organization) -> tuple[str, str]:
    """The controller's name and contact as a notice prints them."""
    parts_th = [organization.name_th]
    parts_en = [organization.name_en or organization.name_th]
    if organization.address:
        parts_th.append(f"ที่อยู่ {organization.address}")
        parts_en.append(f"address: {organization.address}")
    else:
        parts_th.append(f"อำเภอ{organization.district} จังหวัด{organization.province}")
        parts_en.append(f"{organization.district} district, {organization.province}")
    if organization.phone:
        parts_th.append(f"โทรศัพท์ {organization.phone}")
        parts_en.append(f"telephone {organization.phone}")
    if organization.email:
        parts_th.append(f"อีเมล {organization.email}")
        parts_en.append(f"e-mail {organization.email}")
    return " ".join(parts_th), "; ".join(parts_en)


def _join(records: tuple[RecordType, ...], field: str, index: int, separator: str) -> str:
    return separator.join(getattr(record, field)[index] for record in records)


def _retention(records: tuple[RecordType, ...], years: Mapping[str, int], index: int) -> str:
    rows = []
    for record in records:
        kept = years.get(record.key, record.retention_years)
        if index == 0:
            rows.append(f"{record.name[0]}: {kept} ปี {record.retention_from[0]}")
        else:
            rows.append(f"{record.name[1]}: {kept} years {record.retention_from[1]}")
    tail = (
        " เมื่อครบกำหนด ระบบจะลบหรือทำให้ไม่สามารถระบุตัวบุคคลได้ เว้นแต่มีคำสั่งให้ระงับการลบ (legal hold)",
        ". When the period ends the portal deletes or anonymises the data, unless a legal hold applies.",
    )[index]
    return ("; ".join(rows)) + tail


def _basis(records: tuple[RecordType, ...], index: int) -> str:
    labels = pdpa.BASIS_TH if index == 0 else pdpa.BASIS_EN
    seen: list[str] = []
    for record in records:
        line = f"{labels[record.basis]} ({record.law[index]})"
        if line not in seen:
            seen.append(line)
    tail = (
        " หน่วยงานไม่ได้อาศัยความยินยอมเป็นฐานในการประมวลผล จึงไม่มีช่องให้ติ๊กยินยอม",
        ". The organization does not rely on consent, so there is no consent box.",
    )[index]
    return "; ".join(seen) + tail


def default_content(
    organization: Organization, activity: Activity | str, *, years: Mapping[str, int] | None = None
) -> tuple[dict[str, str], dict[str, str]]:
    """The Thai elements and their English rendering of ``activity``'s first notice for ``organization``."""
    activity = Activity(activity)
    records = record_types_for(activity)
    if activity is Activity.REVIEW:
        records = records + record_types_for(Activity.GIFTS)
    years = years or {}
    controller = controller_text(organization)
    thai: dict[str, str] = {}
    english: dict[str, str] = {}
    for index, target in ((0, thai), (1, english)):
        target.update(
            purpose=_join(records, "purpose", index, "; "),
            lawful_basis=_basis(records, index),
            requirement=REQUIREMENT[activity][index],
            data_collected=_join(records, "categories", index, "; "),
            retention=_retention(records, years, index),
            recipients=_join(records, "recipients", index, "; "),
            controller=controller[index],
            rights=RIGHTS[index],
        )
    return thai, english


def missing_elements(content: Mapping[str, Any] | Any) -> list[str]:
    """The s.23 elements that are empty in ``content`` (a mapping or a ``PrivacyNotice``)."""
    from privacy.models import S23_ELEMENTS

    def value(name: str) -> Any:
        return content.get(name) if isinstance(content, Mapping) else getattr(content, name, "")

    return [name for name in S23_ELEMENTS if not str(value(name) or "").strip()]


def title(activity: Activity | str, language: str) -> str:
    pair = ACTIVITY_TITLES[Activity(activity)]
    return pair[1] if language == "en" else pair[0]
