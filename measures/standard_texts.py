"""Starting texts for a new notice: the headings of a measure notice, and the No Gift Policy announcement
(forms.md §2) worded for the organization. The administrator edits them like any other text.

Amounts and day counts come from the legal table (``legal.rules``), so a new NACC announcement changes
them in one place.
"""

from __future__ import annotations

from dataclasses import dataclass

from coi_portal.thai import baht, thai_digits
from declarations.models import Organization
from legal.citations import TITLES_TH
from legal.rules import LegalRules
from legal.vocabulary import Instrument
from measures.lint_tables import ROLE_TITLES
from measures.textformat import body_of

MEASURE_HEADINGS = (
    "ความเป็นมา",
    "รูปแบบของการกระทำที่เป็นการขัดกันระหว่างประโยชน์ส่วนบุคคลกับประโยชน์ส่วนรวม",
    "กฎหมายที่เกี่ยวข้อง",
    "การวิเคราะห์ความเสี่ยง",
    "มาตรการป้องกัน",
)


@dataclass(frozen=True)
class StandardText:
    title: str
    issuing_body: str
    sections: tuple[tuple[str, str], ...]


def measure_notice(organization: Organization, year_be: int) -> StandardText:
    """The title and the usual headings of a measure notice; the sections are left for the clerk."""
    return StandardText(
        title="มาตรการในการสร้างจิตสำนึกและความตระหนักในการรักษาประโยชน์สาธารณะ ประจำปี " + thai_digits(year_be),
        issuing_body=f"ของ{organization.name_th} อำเภอ{organization.district} จังหวัด{organization.province}",
        sections=tuple((heading, "") for heading in MEASURE_HEADINGS),
    )


def no_gift_announcement(organization: Organization, year_be: int, rules: LegalRules) -> StandardText:
    """The ประกาศเจตนารมณ์ No Gift Policy of ``organization`` for fiscal year ``year_be``."""
    name = organization.name_th
    kind = organization.kind
    staff = ROLE_TITLES["staff"].get(kind, "พนักงาน")
    members = ROLE_TITLES["council_member"].get(kind, "สมาชิกสภาท้องถิ่น")
    chief = _chief_executive_of(organization)
    people = f"ผู้บริหาร {members} {staff} ลูกจ้างประจำ และพนักงานจ้าง"
    limit = baht(rules.gift_limit_nacc2563, digits="thai").removesuffix(".๐๐")
    days = thai_digits(rules.report_days)
    preamble = (
        "ตามที่รัฐบาลได้กำหนดให้การป้องกันและปราบปรามการทุจริตและประพฤติมิชอบเป็นวาระแห่งชาติ "
        "และสำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติได้ประเมินคุณธรรมและความโปร่งใส"
        "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ทุกปี ประกอบกับมาตรา ๑๒๘ แห่ง"
        f"{TITLES_TH[Instrument.ACT2561]} และ{TITLES_TH[Instrument.NACC2563]} "
        "กำหนดหลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐไว้ "
        f"{name}จึงประกาศเจตนารมณ์ให้{people}ทุกคนถือปฏิบัติ ดังนี้"
    )
    items = (
        f"(๑) {people}ของ{name} จะไม่รับของขวัญ ของกำนัล หรือประโยชน์อื่นใดทุกชนิดจากผู้ใด"
        "ที่เกี่ยวข้องกับการปฏิบัติหน้าที่ ทั้งก่อน ระหว่าง และหลังการปฏิบัติหน้าที่",
        "(๒) จะไม่ให้ของขวัญหรือของกำนัลแก่ผู้บังคับบัญชาหรือผู้ใดในทุกเทศกาลและโอกาส "
        "โดยแสดงความปรารถนาดีด้วยบัตรอวยพร การลงนามในสมุดอวยพร หรือการอวยพรทางสื่อออนไลน์แทน",
        "(๓) กรณีที่ไม่อาจปฏิเสธได้ ให้รับได้เฉพาะที่มีราคาหรือมูลค่าจากแต่ละบุคคลในแต่ละโอกาสไม่เกิน "
        f"{limit} บาท หากเกินกว่านั้นต้องรายงานตามแบบต่อ{chief}ภายใน {days} วันนับแต่วันที่ได้รับ "
        f"({members} รายงานต่อประธานสภา) และปฏิบัติตามคำวินิจฉัยให้ส่งคืนหรือส่งมอบเป็นสิทธิของหน่วยงาน",
        "(๔) ขอความร่วมมือประชาชน ผู้รับจ้าง ผู้ประกอบการ และผู้มาติดต่อราชการ "
        f"งดให้ของขวัญหรือของกำนัลแก่ผู้บริหารและบุคลากรของ{name}",
        "(๕) ให้ผู้บริหารปฏิบัติตนเป็นแบบอย่าง ให้ผู้บังคับบัญชาทุกระดับกำกับดูแลให้เป็นไปตามประกาศนี้ "
        "หากพบการฝ่าฝืนให้ดำเนินการทางวินัยหรือตามประมวลจริยธรรมแล้วแต่กรณี",
        f"(๖) ให้เผยแพร่ประกาศนี้ให้ทราบโดยทั่วกัน และเผยแพร่บนเว็บไซต์ของ{name}",
    )
    return StandardText(
        title="ประกาศเจตนารมณ์ “งดรับ งดให้” ของขวัญและของกำนัลทุกชนิดจากการปฏิบัติหน้าที่ (No Gift Policy) "
        f"ประจำปีงบประมาณ พ.ศ. {thai_digits(year_be)}",
        issuing_body=f"ประกาศ{name}",
        sections=(("", body_of([preamble])), ("", body_of(items)), ("", "จึงประกาศให้ทราบโดยทั่วกัน")),
    )


def _chief_executive_of(organization: Organization) -> str:
    """ "นายกองค์การบริหารส่วนตำบลบางเสาธง", "นายกเทศมนตรีตำบล…": the title joined to the name."""
    if organization.kind == "municipality":
        return "นายกเทศมนตรี" + organization.name_th.removeprefix("เทศบาล")
    return "นายก" + organization.name_th
