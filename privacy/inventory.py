"""The data inventory: every kind of personal-data record the portal keeps, with its lawful basis, data
subjects, categories, recipients, retention and disposal. The record of processing (s.39), the privacy
notices' defaults and the retention job all read this one table.

Texts are pairs (Thai, English); the Thai is the legal text. Retention periods are defaults an organization
changes on the retention page (``privacy.models.RetentionRule``); ``disposal`` says what the retention job
does when a record's period has run: ``anonymise`` keeps the record with the personal data removed (counts
and statistics stay true), ``delete`` removes it, ``keep`` means the portal never disposes of it by itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from privacy.pdpa import LawfulBasis


class Activity(StrEnum):
    """The activities with a privacy notice of their own (standards.md P-01)."""

    ACCOUNTS = "accounts"
    GIFTS = "gifts"
    INTERESTS = "interests"
    REVIEW = "review"
    REGISTERS = "registers"
    TIPOFFS = "tipoffs"


type Text = tuple[str, str]


@dataclass(frozen=True)
class RecordType:
    key: str
    activity: Activity
    name: Text
    purpose: Text
    basis: LawfulBasis
    law: Text  # the law that makes the task or the duty
    subjects: Text
    categories: Text
    source: Text
    recipients: Text
    retention_years: int
    retention_from: Text
    disposal: str  # anonymise | delete | keep
    security: Text
    published: Text = ("ไม่เปิดเผยต่อสาธารณะ", "not published")


SECURITY_COMMON: Text = (
    "เข้าถึงได้เฉพาะผู้มีหน้าที่ตามบทบาท (need-to-know) ผ่านบัญชีผู้ใช้ส่วนบุคคล การเชื่อมต่อแบบเข้ารหัส "
    "(HTTPS) "
    "บันทึกการเข้าถึงและการแก้ไขทุกครั้ง (audit log) ไฟล์แนบเก็บนอกพื้นที่เว็บและส่งให้เฉพาะผู้มีสิทธิ",
    "role-based need-to-know access through personal accounts, encrypted connections (HTTPS), an audit entry "
    "for every view and change, attachments stored outside the web root and served only to those entitled",
)
NACC_ACT: Text = (
    "พระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. ๒๕๖๑ และประกาศคณะกรรมการ ป.ป.ช.",
    "Organic Act on Anti-Corruption B.E. 2561 and the NACC announcements",
)

RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType(
        key="accounts",
        activity=Activity.ACCOUNTS,
        name=("บัญชีผู้ใช้และบุคลากร", "Accounts and people"),
        purpose=(
            "ยืนยันตัวตนผู้ใช้ กำหนดสิทธิตามตำแหน่ง และส่งรายงานไปยังผู้มีอำนาจตามโครงสร้างของหน่วยงาน",
            "to identify users, grant rights by office, and route reports through the organization's "
            "structure",
        ),
        basis=LawfulBasis.PUBLIC_TASK,
        law=(
            "พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗ และกฎหมายว่าด้วยการบริหารงานบุคคลส่วนท้องถิ่น",
            "Tambon Council and TAO Act B.E. 2537 and the local personnel administration laws",
        ),
        subjects=("ผู้บริหาร สมาชิกสภา พนักงานและลูกจ้าง", "executives, council members, staff and employees"),
        categories=(
            "ชื่อ-สกุล คำนำหน้า ตำแหน่งและวาระ หมู่บ้านที่เป็นผู้แทน อีเมลที่ทำงาน ชื่อผู้ใช้ เวลาเข้าระบบ",
            "names, title, positions and terms, village represented, work e-mail, username, login times",
        ),
        source=("ฝ่ายบุคคลของหน่วยงาน", "the organization's personnel records"),
        recipients=("ผู้ดูแลระบบและผู้ตรวจสอบของหน่วยงาน", "the organization's administrators and auditors"),
        retention_years=10,
        retention_from=("นับแต่วันที่ปิดบัญชีหรือพ้นจากตำแหน่ง", "from the account's closing or leaving office"),
        disposal="anonymise",
        security=SECURITY_COMMON,
        published=("ชื่อและตำแหน่งของผู้ดำรงตำแหน่ง", "office holders' names and positions"),
    ),
    RecordType(
        key="gift_filings",
        activity=Activity.GIFTS,
        name=("รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด", "Gift reports"),
        purpose=(
            "รับรายงานการรับทรัพย์สินหรือประโยชน์อื่นใด ประเมินตามหลักเกณฑ์ ป.ป.ช. และส่งให้ผู้มีอำนาจวินิจฉัย",
            "to receive gift reports, assess them under the NACC rules and route them to the person "
            "who rules",
        ),
        basis=LawfulBasis.LEGAL_OBLIGATION,
        law=NACC_ACT,
        subjects=("เจ้าหน้าที่ของรัฐผู้รายงาน และผู้ให้", "the reporting official and the giver"),
        categories=(
            "ชื่อผู้รายงานและตำแหน่ง ชื่อผู้ให้และหน่วยงานของผู้ให้ ความสัมพันธ์ "
            "รายละเอียดและมูลค่าของที่ได้รับ "
            "โอกาส ภาพถ่ายและใบเสร็จ",
            "the reporter's name and position, the giver's name and organization, their relation, the gift's "
            "description and value, the occasion, photos and receipts",
        ),
        source=("เจ้าหน้าที่ผู้รายงาน", "the reporting official"),
        recipients=(
            "ผู้มีอำนาจวินิจฉัย (นายกฯ ประธานสภา) ผู้ดูแลระบบ ผู้ตรวจสอบ และสำนักงาน ป.ป.ช. เมื่อกฎหมายกำหนด",
            "the person who rules (Chief Executive, Council Chair), administrators, auditors, and the NACC "
            "when the law requires",
        ),
        retention_years=10,
        retention_from=("นับแต่วันที่ปิดเรื่อง", "from the filing's closing"),
        disposal="anonymise",
        security=SECURITY_COMMON,
    ),
    RecordType(
        key="interest_declarations",
        activity=Activity.INTERESTS,
        name=("การแสดงผลประโยชน์ทางธุรกิจและงานอื่น", "Business interest declarations"),
        purpose=(
            "ตรวจสอบการดำเนินกิจการที่ต้องห้ามตามมาตรา ๑๒๖ และมาตรา ๑๒๗ ของผู้ดำรงตำแหน่งและคู่สมรส",
            "to check the activities barred by s.126 and s.127 for office holders and their spouses",
        ),
        basis=LawfulBasis.LEGAL_OBLIGATION,
        law=NACC_ACT,
        subjects=("เจ้าหน้าที่ของรัฐและคู่สมรส", "officials and their spouses"),
        categories=(
            "ชื่อกิจการ เลขทะเบียนนิติบุคคล สัดส่วนการถือหุ้น บทบาท ช่วงเวลา งานอื่นนอกเวลาราชการ ชื่อคู่สมรส",
            "business names, juristic numbers, shareholdings, roles, dates, outside work, the spouse's name",
        ),
        source=(
            "เจ้าหน้าที่ผู้แสดง (ข้อมูลของคู่สมรสได้มาจากเจ้าหน้าที่ จึงต้องแจ้งคู่สมรสตามมาตรา ๒๕)",
            "the declaring official (a spouse's data come from the official, so the spouse is told "
            "under s.25)",
        ),
        recipients=(
            "ผู้ดูแลระบบ ผู้ตรวจสอบ ประธานสภา (สำหรับสมาชิกสภา) และสำนักงาน ป.ป.ช. เมื่อกฎหมายกำหนด",
            "administrators, auditors, the council chair (for council members), and the NACC when the law "
            "requires",
        ),
        retention_years=10,
        retention_from=("นับแต่วันที่พ้นจากตำแหน่ง", "from leaving office"),
        disposal="keep",
        security=SECURITY_COMMON,
    ),
    RecordType(
        key="spouses",
        activity=Activity.INTERESTS,
        name=("ข้อมูลคู่สมรส", "Spouses"),
        purpose=(
            "ใช้ตรวจสอบผลประโยชน์ทับซ้อนของคู่สมรสตามมาตรา ๑๒๖ วรรคสาม และการคัดค้านผู้วินิจฉัยตามมาตรา ๑๓ "
            "แห่งพระราชบัญญัติวิธีปฏิบัติราชการทางปกครอง",
            "to check a spouse's interests under s.126 para 3 and recusal under the Administrative Procedure "
            "Act s.13",
        ),
        basis=LawfulBasis.LEGAL_OBLIGATION,
        law=NACC_ACT,
        subjects=("คู่สมรส (จดทะเบียนหรืออยู่กินฉันสามีภริยา)", "spouses (registered or living together)"),
        categories=("ชื่อ-สกุล ประเภทความสัมพันธ์ วันเริ่มและสิ้นสุด", "names, kind of union, from and to dates"),
        source=("เจ้าหน้าที่ผู้เป็นคู่สมรส (มาตรา ๒๕)", "the official married to them (s.25)"),
        recipients=("ผู้ดูแลระบบและผู้ตรวจสอบ", "administrators and auditors"),
        retention_years=10,
        retention_from=("นับแต่วันที่เจ้าหน้าที่พ้นจากตำแหน่ง", "from the official leaving office"),
        disposal="keep",
        security=SECURITY_COMMON,
    ),
    RecordType(
        key="rulings",
        activity=Activity.REVIEW,
        name=("การพิจารณาและคำวินิจฉัย", "Review and rulings"),
        purpose=(
            "พิจารณาและวินิจฉัยรายงาน บันทึกความเห็น การส่งคืน และการเก็บรักษาทรัพย์สิน",
            "to review and rule on reports, and record comments, returns and custody",
        ),
        basis=LawfulBasis.PUBLIC_TASK,
        law=NACC_ACT,
        subjects=("ผู้รายงาน ผู้วินิจฉัย และผู้ให้", "reporters, reviewers and givers"),
        categories=(
            "ความเห็น เหตุผลคำวินิจฉัย ชื่อและตำแหน่งผู้วินิจฉัย หลักฐานการส่งคืน",
            "comments, reasons, the reviewer's name and title, proof of return",
        ),
        source=("ผู้วินิจฉัยและผู้รายงาน", "reviewers and reporters"),
        recipients=(
            "ผู้รายงาน ผู้วินิจฉัย ผู้ดูแลระบบ ผู้ตรวจสอบ และสำนักงาน ป.ป.ช.",
            "the reporter, the reviewer, administrators, auditors and the NACC",
        ),
        retention_years=10,
        retention_from=("นับแต่วันที่ปิดเรื่อง", "from the filing's closing"),
        disposal="keep",
        security=SECURITY_COMMON,
    ),
    RecordType(
        key="public_registers",
        activity=Activity.REGISTERS,
        name=("ทะเบียนที่เปิดเผยต่อสาธารณะ", "Public registers"),
        purpose=(
            "เปิดเผยการรับของขวัญตามนโยบาย No Gift Policy และหลักฐานการประเมิน ITA",
            "to publish gifts received under the No Gift Policy and the ITA evidence",
        ),
        basis=LawfulBasis.PUBLIC_TASK,
        law=(
            "พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ และการประเมิน ITA ของสำนักงาน ป.ป.ช.",
            "Official Information Act B.E. 2540 and the NACC's ITA assessment",
        ),
        subjects=("ผู้รับที่รายงาน (ตามคอลัมน์ที่หน่วยงานเลือก)", "recipients who reported (as the columns chosen)"),
        categories=(
            "วันที่รับ ตำแหน่ง (ชื่อเมื่อหน่วยงานเลือก) ผู้ให้ที่เป็นนิติบุคคล ประเภท ช่วงมูลค่า "
            "ผลการพิจารณา "
            "ไม่มีเลขประจำตัวประชาชน ที่อยู่ หรือโทรศัพท์",
            "date, position (name if the organization chooses), corporate giver, kind, value band, outcome; "
            "never ID numbers, addresses or telephone numbers",
        ),
        source=("รายงานการรับของขวัญ", "gift reports"),
        recipients=("ประชาชนทั่วไป", "the general public"),
        retention_years=5,
        retention_from=("นับแต่วันที่รับ", "from the day received"),
        disposal="keep",
        security=SECURITY_COMMON,
        published=("ตามคอลัมน์ที่หน่วยงานเลือก", "the columns the organization chooses"),
    ),
    RecordType(
        key="tipoffs",
        activity=Activity.TIPOFFS,
        name=("การแจ้งเบาะแส", "Tip-offs"),
        purpose=(
            "รับและตรวจสอบเบาะแสการขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม (มาตรการที่ ๔)",
            "to receive and look into reports of conflicts of interest (measure 4)",
        ),
        basis=LawfulBasis.PUBLIC_TASK,
        law=NACC_ACT,
        subjects=(
            "ผู้แจ้ง (เว้นแต่ไม่ประสงค์ออกนาม) และบุคคลที่ถูกกล่าวถึง",
            "reporters (unless anonymous) and persons named",
        ),
        categories=(
            "เรื่องที่แจ้ง บุคคลที่ถูกกล่าวถึง วันเวลา หลักฐาน ชื่อและช่องทางติดต่อของผู้แจ้ง (ถ้าให้ไว้)",
            "what is reported, persons named, when, evidence, the reporter's name and contact (if given)",
        ),
        source=("ผู้แจ้ง", "the reporter"),
        recipients=(
            "เจ้าหน้าที่ผู้รับผิดชอบเรื่องร้องเรียน (ไม่ใช่บุคคลที่ถูกกล่าวถึง) และหน่วยงานตรวจสอบเมื่อส่งต่อ",
            "the officer in charge (never a person named) and oversight bodies when referred",
        ),
        retention_years=5,
        retention_from=("นับแต่วันที่ปิดเรื่อง", "from the case's closing"),
        disposal="anonymise",
        security=(
            SECURITY_COMMON[0] + " ไม่บันทึกเนื้อหา รหัสติดตาม หรือตัวตนผู้แจ้งในบันทึกของเครื่องแม่ข่าย",
            SECURITY_COMMON[1]
            + "; server logs never hold the text, the tracking code or the reporter's identity",
        ),
    ),
    RecordType(
        key="awareness",
        activity=Activity.REGISTERS,
        name=("กิจกรรมสร้างความตระหนัก", "Awareness activities"),
        purpose=(
            "บันทึกการฝึกอบรมและกิจกรรมตามมาตรการที่ ๑-๓ เป็นหลักฐาน ITA",
            "to record training and awareness activities (measures 1-3) as ITA evidence",
        ),
        basis=LawfulBasis.PUBLIC_TASK,
        law=NACC_ACT,
        subjects=("ผู้เข้าร่วมกิจกรรม", "attendees"),
        categories=("รายชื่อผู้เข้าร่วม ภาพถ่ายกิจกรรม", "attendee names, photos of the activity"),
        source=("ผู้จัดกิจกรรม", "the organizer"),
        recipients=("ประชาชนทั่วไป (เมื่อเผยแพร่)", "the public (when published)"),
        retention_years=5,
        retention_from=("นับแต่วันจัดกิจกรรม", "from the day of the activity"),
        disposal="anonymise",
        security=SECURITY_COMMON,
        published=("ชื่อกิจกรรม วันที่ จำนวนผู้เข้าร่วม ภาพถ่าย", "title, date, number of attendees, photos"),
    ),
    RecordType(
        key="subject_requests",
        activity=Activity.ACCOUNTS,
        name=("คำขอใช้สิทธิของเจ้าของข้อมูล", "Data-subject requests"),
        purpose=("ดำเนินการตามคำขอใช้สิทธิภายในกำหนดเวลา", "to answer requests within the legal time"),
        basis=LawfulBasis.LEGAL_OBLIGATION,
        law=(
            "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒ มาตรา ๓๐-๓๖",
            "Personal Data Protection Act B.E. 2562, s.30-s.36",
        ),
        subjects=("ผู้ยื่นคำขอ", "requesters"),
        categories=("ชื่อผู้ยื่น ประเภทคำขอ รายละเอียด ผลการดำเนินการ", "name, kind of request, details, outcome"),
        source=("ผู้ยื่นคำขอ", "the requester"),
        recipients=("ผู้ดูแลระบบและผู้ตรวจสอบ", "administrators and auditors"),
        retention_years=3,
        retention_from=("นับแต่วันที่ดำเนินการเสร็จ", "from the request's closing"),
        disposal="delete",
        security=SECURITY_COMMON,
    ),
    RecordType(
        key="breaches",
        activity=Activity.ACCOUNTS,
        name=("เหตุการละเมิดข้อมูลส่วนบุคคล", "Personal-data breaches"),
        purpose=(
            "บันทึกและแจ้งเหตุละเมิดต่อสำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคลภายใน ๗๒ ชั่วโมง",
            "to record breaches and notify the PDPC Office within 72 hours",
        ),
        basis=LawfulBasis.LEGAL_OBLIGATION,
        law=(
            "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. ๒๕๖๒ มาตรา ๓๗ (๔)",
            "Personal Data Protection Act B.E. 2562, s.37(4)",
        ),
        subjects=("เจ้าของข้อมูลที่ได้รับผลกระทบ", "affected data subjects"),
        categories=(
            "ประเภทข้อมูลที่รั่วไหล จำนวนผู้ได้รับผลกระทบ มาตรการแก้ไข",
            "data affected, number of people, measures",
        ),
        source=("ผู้ดูแลระบบ", "administrators"),
        recipients=("สำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล", "the PDPC Office"),
        retention_years=5,
        retention_from=("นับแต่วันที่ปิดเหตุ", "from the breach's closing"),
        disposal="delete",
        security=SECURITY_COMMON,
    ),
    RecordType(
        key="audit_log",
        activity=Activity.ACCOUNTS,
        name=("บันทึกการใช้งาน (audit log)", "Audit log"),
        purpose=(
            "พิสูจน์ว่าใครเข้าถึงหรือเปลี่ยนแปลงข้อมูลใดเมื่อใด ตามมาตรการรักษาความมั่นคงปลอดภัย",
            "to prove who read or changed what and when, as the security measures require",
        ),
        basis=LawfulBasis.LEGAL_OBLIGATION,
        law=(
            "ประกาศคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล เรื่อง มาตรการรักษาความมั่นคงปลอดภัย พ.ศ. ๒๕๖๕ และ "
            "พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ มาตรา ๒๖",
            "PDPC notification on security measures B.E. 2565 and the Computer Crime Act s.26",
        ),
        subjects=("ผู้ใช้ทุกคน", "every user"),
        categories=("ชื่อผู้ใช้ การกระทำ เวลา หมายเลขไอพี", "username, action, time, IP address"),
        source=("ระบบ", "the system"),
        recipients=("ผู้ดูแลระบบและผู้ตรวจสอบ", "administrators and auditors"),
        retention_years=10,
        retention_from=("นับแต่วันที่บันทึก", "from the entry"),
        disposal="keep",
        security=("บันทึกต่อท้ายเท่านั้น แก้ไขหรือลบไม่ได้", "append-only: never edited or deleted"),
    ),
)
BY_KEY = {record.key: record for record in RECORD_TYPES}


def record_type(key: str) -> RecordType:
    """The record type ``key``; raises KeyError for an unknown one."""
    return BY_KEY[key]


def record_types_for(activity: Activity | str) -> tuple[RecordType, ...]:
    return tuple(record for record in RECORD_TYPES if record.activity == activity)


def text(pair: Text, language: str) -> str:
    """The English text of ``pair`` when ``language`` is English, else the Thai one."""
    return pair[1] if language == "en" else pair[0]
