"""The public handbook (measure 3): each rule in plain words, its citation and text from ``legal/``, and
worked examples whose outcomes ``legal/`` computes (never typed by hand), so the handbook changes when the
law's tables do.

Texts are (Thai, English) pairs; ``build_handbook`` picks the language. Examples are dated ``today`` so they
show the law in force now.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from legal.calendar import add_years
from legal.citations import Citation, statute
from legal.gifts import GiftFacts, assess_gift
from legal.interests import Activity, Holder, InterestFacts, assess_interest
from legal.recusal import Relationship, Tie, assess_recusal
from legal.routing import report_recipient
from legal.vocabulary import Instrument, Office, Relation

type Pair = tuple[str, str]

GIFT_OUTCOMES: dict[str, Pair] = {
    "permitted": ("รับได้ ไม่ต้องรายงาน", "may be kept; no report needed"),
    "out_of_scope": ("ไม่อยู่ในบังคับของหลักเกณฑ์ ไม่ต้องรายงาน", "outside the gift rules; no report needed"),
    "report_required": ("ต้องรายงานผู้บังคับบัญชาภายใน ๓๐ วัน", "must be reported within 30 days"),
    "must_not_accept": ("ไม่ควรรับ ต้องรายงานเพื่อให้ผู้บังคับบัญชาสั่งการ", "should not be accepted; report it"),
}
INTEREST_OUTCOMES: dict[str, Pair] = {
    "prohibited": ("ต้องห้าม", "prohibited"),
    "must_cure_by": ("ต้องแก้ไขให้พ้นลักษณะต้องห้ามภายในกำหนด", "must be ended by a deadline"),
    "review": ("ต้องให้ตรวจสอบเป็นรายกรณี", "needs a case-by-case review"),
    "permitted": ("ทำได้", "permitted"),
    "not_applicable": ("ตำแหน่งนี้ไม่อยู่ในบังคับของมาตรา ๑๒๖", "this office is not bound by s.126"),
}
RECIPIENTS: dict[str, Pair] = {
    "supervisor": ("นายกองค์การบริหารส่วนตำบล", "the Chief Executive"),
    "council_chair": ("ประธานสภาองค์การบริหารส่วนตำบล", "the Council Chair"),
    "council_vice_chair": ("รองประธานสภาองค์การบริหารส่วนตำบล", "the Council Vice-Chair"),
    "nacc": ("คณะกรรมการ ป.ป.ช.", "the NACC"),
}


@dataclass(frozen=True)
class Example:
    facts: str
    outcome: str
    code: str
    citation: str
    deadline: dt.date | None = None


@dataclass(frozen=True)
class Rule:
    key: str
    title: str
    plain: str
    citations: list[tuple[str, str]]
    examples: list[Example] = field(default_factory=list)


def _pick(pair: Pair, language: str) -> str:
    return pair[1] if language == "en" else pair[0]


def _label(citation: Citation, language: str) -> str:
    return citation.label_en() if language == "en" else citation.label_th()


def _cite(citation: Citation, language: str) -> tuple[str, str]:
    return _label(citation, language), (citation.text_en if language == "en" else citation.text_th)


def _gift_examples(today: dt.date, language: str) -> list[Example]:
    cases: list[tuple[Pair, GiftFacts]] = [
        (
            ("ผู้รับเหมาให้กระเช้าปีใหม่ราคา ๒,๕๐๐ บาท", "A contractor gives a New Year basket worth 2,500 baht"),
            GiftFacts(received_on=today, value=Decimal(2500)),
        ),
        (
            (
                "ผู้ประกอบการนำกระเช้าราคา ๕,๐๐๐ บาทมาวางไว้ ปฏิเสธไม่ได้",
                "A business leaves a 5,000-baht basket that cannot be refused",
            ),
            GiftFacts(received_on=today, value=Decimal(5000)),
        ),
        (
            (
                "มีผู้ให้เงิน ๑,๐๐๐ บาทเพื่อให้เร่งออกใบอนุญาต ไม่ใช่เทศกาลหรือโอกาสตามประเพณี",
                "Someone offers 1,000 baht to speed up a permit; no festival or custom",
            ),
            GiftFacts(
                received_on=today,
                value=Decimal(1000),
                customary_occasion=False,
                accepted_out_of_necessity=False,
            ),
        ),
        (
            (
                "พี่สาวให้สร้อยทองราคา ๒๐,๐๐๐ บาทในวันเกิด",
                "An elder sister gives a 20,000-baht gold chain on a birthday",
            ),
            GiftFacts(received_on=today, value=Decimal(20000), giver_relation=Relation.SIBLING),
        ),
        (
            (
                "ได้รางวัล ๕,๐๐๐ บาทจากการจับสลากที่เปิดให้ประชาชนทั่วไป",
                "Wins 5,000 baht in a lucky draw open to the general public",
            ),
            GiftFacts(received_on=today, value=Decimal(5000), to_general_public=True),
        ),
        (
            (
                "พ้นจากตำแหน่งมาแล้ว ๓ ปี ได้รับกระเช้า ๕,๐๐๐ บาท",
                "Left office three years ago and receives a 5,000-baht basket",
            ),
            GiftFacts(received_on=today, value=Decimal(5000), left_office_on=add_years(today, -3)),
        ),
    ]
    examples = []
    for facts_text, facts in cases:
        assessment = assess_gift(facts)
        examples.append(
            Example(
                facts=_pick(facts_text, language),
                outcome=_pick(GIFT_OUTCOMES[assessment.outcome.value], language),
                code=assessment.outcome.value,
                citation=_label(assessment.citations[0], language),
                deadline=assessment.report_deadline,
            )
        )
    return examples


def _interest_examples(today: dt.date, language: str) -> list[Example]:
    took_office = add_years(today, -4)
    cases: list[tuple[Pair, InterestFacts]] = [
        (
            (
                "คู่สมรสของสมาชิกสภาซื้อหุ้นร้อยละ ๑๐ ของบริษัทที่เป็นคู่สัญญากับ อบต. หลังเข้ารับตำแหน่ง",
                "A council member's spouse buys 10 % of a company that contracts with the organization, "
                "after the "
                "member took office",
            ),
            InterestFacts(
                as_of=today,
                office=Office.COUNCIL_MEMBER,
                holder=Holder.SPOUSE,
                activity=Activity.PARTNER_OR_SHAREHOLDER,
                counterparty_deals_with_agency=True,
                share_percent=Decimal(10),
                held_since=add_years(today, -1),
                took_office_on=took_office,
            ),
        ),
        (
            (
                "นายกฯ ถือหุ้นร้อยละ ๓ ในบริษัทมหาชนที่ไม่มีธุรกรรมกับ อบต.",
                "The Chief Executive holds 3 % of a public company with no dealings with the organization",
            ),
            InterestFacts(
                as_of=today,
                office=Office.CHIEF_EXECUTIVE,
                holder=Holder.SELF,
                activity=Activity.PARTNER_OR_SHAREHOLDER,
                counterparty_deals_with_agency=False,
                share_percent=Decimal(3),
                public_company=True,
                held_since=add_years(today, -2),
                took_office_on=took_office,
            ),
        ),
    ]
    examples = []
    for facts_text, facts in cases:
        assessment = assess_interest(facts)
        examples.append(
            Example(
                facts=_pick(facts_text, language),
                outcome=_pick(INTEREST_OUTCOMES[assessment.outcome.value], language),
                code=assessment.outcome.value,
                citation="; ".join(_label(c, language) for c in assessment.citations[:2]),
            )
        )
    return examples


def _recusal_examples(language: str) -> list[Example]:
    cases: list[tuple[Pair, list[Relationship]]] = [
        (
            ("ประธานสภาพิจารณารายงานของภริยาตนเอง", "The council chair rules on his wife's report"),
            [Relationship(kind=Tie.SPOUSE)],
        ),
        (
            ("ปลัดพิจารณารายงานของหลานสาว (ญาติชั้นที่ ๒)", "The permanent secretary rules on his niece's report"),
            [Relationship(kind=Tie.NEPHEW_NIECE, degree=2)],
        ),
        (
            ("ผู้วินิจฉัยเป็นลูกพี่ลูกน้องชั้นที่ ๔ ของผู้รายงาน", "The reviewer is the reporter's cousin of the 4th degree"),
            [Relationship(kind=Tie.COUSIN, degree=4)],
        ),
    ]
    examples = []
    for facts_text, ties in cases:
        verdict = assess_recusal(relationships=ties)
        outcome = (
            ("ต้องงดเว้นการพิจารณา", "must step aside") if verdict.must_recuse else ("พิจารณาได้", "may rule")
        )
        citation = _label(verdict.citations[0], language) if verdict.citations else ""
        examples.append(
            Example(
                facts=_pick(facts_text, language),
                outcome=_pick(outcome, language),
                code="recuse" if verdict.must_recuse else "may_rule",
                citation=citation,
            )
        )
    return examples


def _routing_examples(today: dt.date, language: str) -> list[Example]:
    offices: list[tuple[Pair, Office]] = [
        (("พนักงานส่วนตำบล", "A local official"), Office.LOCAL_OFFICIAL),
        (("ปลัด อบต.", "The permanent secretary"), Office.PERMANENT_SECRETARY),
        (("สมาชิกสภา อบต.", "A council member"), Office.COUNCIL_MEMBER),
        (("นายก อบต.", "The Chief Executive"), Office.CHIEF_EXECUTIVE),
    ]
    examples = []
    for facts_text, office in offices:
        recipient = report_recipient(office, on=today)
        examples.append(
            Example(
                facts=_pick(facts_text, language),
                outcome=_pick(RECIPIENTS[recipient.value], language),
                code=recipient.value,
                citation="",
            )
        )
    return examples


TEXTS: dict[str, tuple[Pair, Pair]] = {
    "gifts": (
        ("การรับของขวัญและประโยชน์อื่นใด", "Gifts and other benefits"),
        (
            "เจ้าหน้าที่รับของขวัญจากคนที่ไม่ใช่ญาติได้ไม่เกิน ๓,๐๐๐ บาท ต่อคน ต่อโอกาส "
            "และต้องเป็นเทศกาลหรือโอกาส"
            "ตามประเพณี ถ้าเกินและจำเป็นต้องรับไว้ ต้องรายงานผู้บังคับบัญชาภายใน ๓๐ วัน "
            "ของจากญาติหรือที่ให้แก่"
            "ประชาชนทั่วไปรับได้ ควร: ปฏิเสธอย่างสุภาพ บอกผู้ให้ว่าหน่วยงานมีนโยบาย No Gift; ไม่ควร: "
            "รับเงินสด "
            "รับของจากผู้ที่กำลังรอผลการพิจารณาจากท่าน แม้มูลค่าไม่เกินกำหนด",
            "An official may accept gifts from non-relatives worth up to 3,000 baht per giver per "
            "occasion, on a "
            "festival or customary occasion. Above that, if it had to be accepted, report it to the superior "
            "within 30 days. Gifts from relatives or given to the general public may be kept. Do: refuse "
            "politely and mention the No Gift policy. Don't: take cash, or anything from someone awaiting "
            "your "
            "decision, even below the limit.",
        ),
    ),
    "former": (
        ("ผู้พ้นจากตำแหน่งยังไม่ถึงสองปี", "Officials who left less than two years ago"),
        (
            "หลักเกณฑ์การรับของขวัญยังใช้กับผู้ที่พ้นจากตำแหน่งมาแล้วยังไม่ถึงสองปี",
            "The gift rules still apply to a person who left office less than two years before.",
        ),
    ),
    "routing": (
        ("รายงานต่อใคร", "Who receives the report"),
        (
            "พนักงานและลูกจ้างรายงานต่อนายกฯ สมาชิกสภารายงานต่อประธานสภา นายกฯ รายงานต่อคณะกรรมการ ป.ป.ช. "
            "ระบบเลือกผู้รับรายงานให้โดยอัตโนมัติตามตำแหน่งในวันที่ได้รับ",
            "Staff report to the Chief Executive, council members to the Council Chair, and the Chief "
            "Executive "
            "to the NACC. The portal picks the recipient from the office held on the day of receipt.",
        ),
    ),
    "interests": (
        ("ผลประโยชน์ทางธุรกิจของตนเองและคู่สมรส", "Business interests of officials and spouses"),
        (
            "ผู้ดำรงตำแหน่งที่ ป.ป.ช. กำหนด และคู่สมรส ห้ามเป็นคู่สัญญา ถือหุ้น "
            "หรือทำงานให้ธุรกิจที่มีธุรกรรมกับ "
            "อบต. นายกฯ และสมาชิกสภาต้องไม่มีส่วนได้เสียในสัญญาของ อบต. มิฉะนั้นอาจพ้นจากตำแหน่ง",
            "Office holders the NACC designates, and their spouses, may not be party to, hold shares in, "
            "or work "
            "for a business that deals with the organization. The Chief Executive and council members must "
            "have "
            "no interest in the organization's contracts, or they may lose office.",
        ),
    ),
    "recusal": (
        ("เมื่อผู้พิจารณาเป็นญาติหรือคู่สมรส", "When the reviewer is family"),
        (
            "ผู้ที่เป็นคู่สมรส ญาติใกล้ชิด เจ้าหนี้ ลูกหนี้ หรือนายจ้างของผู้รายงาน ต้องไม่พิจารณาเรื่องนั้น ระบบจะส่งต่อให้ผู้ที่พิจารณาได้",
            "A spouse, close relative, creditor, debtor or employer of the reporter may not decide the "
            "matter; "
            "the portal passes it to someone who may.",
        ),
    ),
    "penalties": (
        ("โทษ", "Penalties"),
        (
            "การรับของขวัญเกินหลักเกณฑ์โดยไม่รายงาน และการดำเนินกิจการต้องห้าม มีโทษจำคุกไม่เกินสามปี "
            "หรือปรับไม่เกินหกหมื่นบาท หรือทั้งจำทั้งปรับ",
            "Keeping a gift beyond the rules without reporting it, and carrying on a barred activity, are "
            "punishable by up to three years' imprisonment or a fine of up to 60,000 baht, or both.",
        ),
    ),
}


def build_handbook(language: str = "th", today: dt.date | None = None) -> list[Rule]:
    """The handbook's rules in ``language`` (``th`` or ``en``), with examples as the law stands on
    ``today``."""
    day = today or dt.date.today()
    a61 = Instrument.ACT2561
    citations = {
        "gifts": [statute(a61, "128", old_section="103")],
        "former": [statute(a61, "128", paragraph=3, old_section="103", old_paragraph=2)],
        "routing": [],
        "interests": [
            statute(a61, "126", paragraph=1, old_section="100"),
            statute(a61, "126", paragraph=2, old_section="100"),
            statute(Instrument.TAO2537, "64/2(3)"),
            statute(Instrument.TAO2537, "47 ตรี(6)"),
        ],
        "recusal": [statute(Instrument.APA2539, "13(2)"), statute(Instrument.APA2539, "13(3)")],
        "penalties": [statute(a61, "169", old_section="122"), statute(a61, "168", old_section="122")],
    }
    gift_examples = _gift_examples(day, language)
    examples = {
        "gifts": gift_examples[:5],
        "former": gift_examples[5:],
        "routing": _routing_examples(day, language),
        "interests": _interest_examples(day, language),
        "recusal": _recusal_examples(language),
        "penalties": [],
    }
    return [
        Rule(
            key=key,
            title=_pick(title, language),
            plain=_pick(plain, language),
            citations=[_cite(c, language) for c in citations[key]],
            examples=examples[key],
        )
        for key, (title, plain) in TEXTS.items()
    ]
