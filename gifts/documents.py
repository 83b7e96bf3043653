"""The official PDFs of a gift filing: the ruling memo (บันทึกข้อความ) and the report letter to the NACC.

Each document is one function returning the PDF's bytes; views only wrap them. The words of the documents
are Thai whatever language the viewer chose, and every number prints in Thai digits (templates format
with ``thai_digits``, ``be_date:"thai"`` and ``baht:"thai"``). The functions only read: a missing gift
policy falls back to its defaults rather than being created.

The ``*_context`` functions return what the templates see, so a view can show the same text as HTML.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils import timezone, translation

from coi_portal.documents import render_pdf
from coi_portal.thai import thai_digits
from declarations.models import Official, Organization, Position, Tenure, current_on
from gifts.models import (
    Decision,
    GiftFiling,
    GiftKind,
    GiftPolicy,
    GiftVersion,
    NaccReport,
    Occasion,
    Relation,
    Ruling,
    ValueBasis,
)
from gifts.presentation import citations_of
from legal.citations import TITLES_TH, statute
from legal.vocabulary import Instrument, Regime

RULING_TEMPLATE = "gifts/documents/ruling_memo.html"
NACC_LETTER_TEMPLATE = "gifts/documents/nacc_letter.html"

SUBJECT = "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา"
NACC_ADDRESSEE = "เลขาธิการคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ"

# The three outcomes as the decision block of the report form words them (forms.md §1.1 item 12).
DECISION_WORDING: tuple[tuple[str, str], ...] = (
    (Decision.KEEP, "เห็นสมควรให้รับไว้เป็นสิทธิของผู้รับ"),
    (Decision.RETURN, "ไม่เห็นสมควร – ให้ส่งคืนผู้ให้โดยทันที"),
    (Decision.HAND_OVER, "ไม่เห็นสมควร และไม่สามารถส่งคืนได้ – ให้ส่งมอบเป็นสิทธิของหน่วยงานโดยไม่ชักช้า"),
)

# Official wording of the model's choices; the model's labels are for screens and may be English.
KIND_TH = {
    GiftKind.PROPERTY: "ทรัพย์สิน",
    GiftKind.DISCOUNT: "ส่วนลด",
    GiftKind.ENTERTAINMENT: "การเลี้ยงรับรองหรือความบันเทิง",
    GiftKind.SERVICE: "การให้บริการ",
    GiftKind.TRAINING: "การฝึกอบรมหรือการศึกษาดูงาน",
    GiftKind.OTHER: "ประโยชน์อื่นใด",
}
OCCASION_TH = {
    Occasion.NEW_YEAR: "เทศกาลปีใหม่",
    Occasion.SONGKRAN: "เทศกาลสงกรานต์",
    Occasion.BIRTHDAY: "วันคล้ายวันเกิด",
    Occasion.WEDDING: "การแสดงความยินดีในงานมงคลสมรส",
    Occasion.ORDINATION: "การแสดงความยินดีในงานอุปสมบท",
    Occasion.FUNERAL: "การแสดงความเสียใจ",
    Occasion.RETIREMENT: "การเกษียณอายุราชการ",
    Occasion.THANKS: "การแสดงความขอบคุณ",
    Occasion.WELCOME: "การต้อนรับ",
    Occasion.OTHER: "อื่น ๆ",
}
RELATION_TH = {
    Relation.NONE: "ไม่ใช่ญาติ",
    Relation.OTHER: "ไม่ใช่ญาติตามประกาศคณะกรรมการ ป.ป.ช.",
    Relation.ASCENDANT: "ญาติ: บุพการี",
    Relation.DESCENDANT: "ญาติ: ผู้สืบสันดาน",
    Relation.SIBLING: "ญาติ: พี่น้อง",
    Relation.UNCLE_AUNT: "ญาติ: ลุง ป้า น้า อา",
    Relation.SPOUSE: "ญาติ: คู่สมรส",
    Relation.SPOUSE_ASCENDANT: "ญาติ: บุพการีของคู่สมรส",
    Relation.SPOUSE_DESCENDANT: "ญาติ: ผู้สืบสันดานของคู่สมรส",
    Relation.ADOPTER: "ญาติ: ผู้รับบุตรบุญธรรม",
    Relation.ADOPTED_CHILD: "ญาติ: บุตรบุญธรรม",
    Relation.COUSIN: "ลูกพี่ลูกน้อง",
    Relation.SIBLING_IN_LAW: "พี่น้องของคู่สมรสหรือคู่สมรสของพี่น้อง",
    Relation.NEPHEW_NIECE: "หลาน",
}
VALUE_BASIS_TH = {
    ValueBasis.RECEIPT: "ตามใบเสร็จรับเงิน",
    ValueBasis.MARKET_PRICE: "ตามราคาท้องตลาด",
    ValueBasis.ESTIMATE: "โดยประมาณการ",
}

_ANNOUNCEMENTS = frozenset({Instrument.NACC2563, Instrument.NACC2543})


def citation_labels(version: GiftVersion) -> list[str]:
    """The Thai labels of the citations stored with ``version``, deciding clause first, Thai digits.

    Each stored dict holds the fields of ``legal.citations.Citation`` with the instrument as its value;
    keys that are not fields are ignored, so an older or newer row still prints.
    """
    return [citation.label_th() for citation in citations_of(version.citations)]


def render_ruling_pdf(ruling: Ruling, *, recorded_by: str = "") -> bytes:
    """The บันทึกข้อความ that records ``ruling``: the facts, the law, the decision and who signs it.

    A ruling of the NACC records the NACC's answer and has no signature space; ``recorded_by`` (the name of
    whoever entered the answer) is printed under it when given.
    """
    filing = ruling.filing
    with translation.override("th"):
        return render_pdf(
            RULING_TEMPLATE,
            ruling_context(ruling, recorded_by=recorded_by),
            title=f"บันทึกคำวินิจฉัย {thai_digits(filing.number)}".strip(),
            author=filing.organization.name_th,
            keywords=["บันทึกข้อความ", "คำวินิจฉัย", SUBJECT],
        )


def render_nacc_letter_pdf(filing: GiftFiling) -> bytes:
    """The filer's letter reporting the gift to the NACC's Secretary-General, with the report form as
    its enclosure on the following page."""
    with translation.override("th"):
        return render_pdf(
            NACC_LETTER_TEMPLATE,
            nacc_letter_context(filing),
            title=f"{SUBJECT} {thai_digits(filing.number)}".strip(),
            author=filing.filer.full_name_th,
            keywords=["หนังสือรายงาน", "คณะกรรมการ ป.ป.ช.", SUBJECT],
        )


def ruling_context(ruling: Ruling, *, recorded_by: str = "") -> dict[str, Any]:
    """What ``gifts/documents/ruling_memo.html`` sees."""
    filing = ruling.filing
    policy = _policy(filing.organization)
    context = filing_context(filing)
    by_nacc = ruling.source == Ruling.Source.NACC
    context.update(
        ruling=ruling,
        by_nacc=by_nacc,
        reference=_joined(policy.letter_prefix, filing.number),
        # The NACC's answer is recorded for the filer, who must carry it out.
        addressee=context["filer_title"] if by_nacc else ruling.decider_title,
        decisions=[(code == ruling.decision, words) for code, words in DECISION_WORDING],
        return_due_days=policy.return_due_days,
        recorded_by=recorded_by,
    )
    return context


def nacc_letter_context(filing: GiftFiling) -> dict[str, Any]:
    """What ``gifts/documents/nacc_letter.html`` sees."""
    context = filing_context(filing)
    report: NaccReport | None = context["nacc"]
    prefix = _policy(filing.organization).letter_prefix
    version: GiftVersion = context["version"]
    attachments = list(version.attachments.all())
    photos = sum(1 for item in attachments if item.content_type.startswith("image/"))
    context.update(
        prefix=prefix,
        reference=_letter_reference(prefix, report.sent_ref if report else ""),
        letter_date=_letter_date(filing, report),
        addressee=NACC_ADDRESSEE,
        photos=photos,
        other_attachments=len(attachments) - photos,
        why_nacc=_why_nacc(filing, announcement=context["announcement_again"]),
    )
    return context


def filing_context(filing: GiftFiling) -> dict[str, Any]:
    """The facts shared by both documents, from the latest submitted version of ``filing``."""
    organization = filing.organization
    version = latest_submitted_version(filing)
    position = position_on(filing.filer, version.received_on)
    division = position.division if position else ""
    occasion = OCCASION_TH.get(Occasion(version.occasion), version.occasion)
    if version.occasion == Occasion.OTHER and version.occasion_other:
        occasion = version.occasion_other
    return {
        "organization": organization,
        "filing": filing,
        "version": version,
        "nacc": NaccReport.objects.filter(filing=filing).first(),
        "subject": SUBJECT,
        "unit": _joined(division, organization.name_th),
        "contact_unit": division or organization.name_th,
        "filer_name": filing.filer.full_name_th,
        "filer_title": position.title_th if position else "",
        "kind": KIND_TH.get(GiftKind(version.kind), version.kind),
        "occasion": occasion,
        "relation": RELATION_TH.get(Relation(version.giver_relation), version.giver_relation),
        "value_basis": VALUE_BASIS_TH.get(ValueBasis(version.value_basis), version.value_basis),
        "giver": _joined(
            version.giver_name, f"({version.giver_organization})" if version.giver_organization else ""
        ),
        "citations": citation_labels(version),
        "announcement": _announcement_title(version),
        "announcement_again": _announcement_again(version),
        "reported_on": version.submitted_at or filing.submitted_at,
    }


def latest_submitted_version(filing: GiftFiling) -> GiftVersion:
    """The version the reviewer saw: the latest submitted one (the latest draft if none was submitted)."""
    versions = filing.versions.order_by("-number")
    version = versions.filter(submitted_at__isnull=False).first() or versions.first()
    if version is None:
        raise GiftVersion.DoesNotExist(f"filing {filing.pk} has no version")
    return version


def position_on(official: Official, day: dt.date) -> Position | None:
    """The position ``official`` held on ``day``; else a current one; else the last one held."""
    tenures = Tenure.objects.filter(official=official).select_related("position")
    tenure = (
        tenures.filter(current_on(day)).first()
        or tenures.filter(ended_on__isnull=True).first()
        or tenures.order_by("-started_on").first()
    )
    return tenure.position if tenure else None


def _why_nacc(filing: GiftFiling, *, announcement: str) -> str:
    """Why the report goes to the NACC, from the routing steps stored on submission."""
    organization = filing.organization.name_th
    steps = filing.routing_reason.split("\n")
    if any(step.startswith("nobody_may_decide") for step in steps):
        if any(step.startswith("recused") for step in steps):
            apa = statute(Instrument.APA2539, "13").label_th()
            return (
                f"และเนื่องจากผู้บังคับบัญชาและผู้ปฏิบัติหน้าที่แทนใน{organization}มีเหตุต้องห้ามมิให้พิจารณาเรื่องนี้"
                f"ตาม{apa} จึงไม่มีผู้ใดใน{organization}ที่จะพิจารณาวินิจฉัยได้"
            )
        return f"และเนื่องจากไม่มีผู้ดำรงตำแหน่งหรือผู้ปฏิบัติหน้าที่แทนใน{organization}ที่จะพิจารณาวินิจฉัยได้"
    return f"และเนื่องจากตำแหน่งของข้าพเจ้าไม่มีผู้บังคับบัญชาซึ่งมีอำนาจแต่งตั้งถอดถอน ตาม (4) ของ{announcement}"


def _announcement_title(version: GiftVersion) -> str:
    """The NACC gift announcement in force on the day of receipt (2563, or 2543 before it)."""
    if version.regime and version.regime != Regime.ACT2561_NACC2563:
        return TITLES_TH[Instrument.NACC2543]
    return TITLES_TH[Instrument.NACC2563]


def _announcement_again(version: GiftVersion) -> str:
    """The announcement named a second time: "the said announcement" when the citations name it."""
    if any(row.get("instrument") in _ANNOUNCEMENTS for row in version.citations or []):
        return "ประกาศคณะกรรมการ ป.ป.ช. ดังกล่าว"
    return _announcement_title(version)


def _letter_reference(prefix: str, sent_ref: str) -> str:
    """ "สป/123"; a number typed in full ("สป 73501/123") is kept as typed; empty while unnumbered."""
    if not sent_ref or (prefix and sent_ref.startswith(prefix)):
        return sent_ref
    return f"{prefix}/{sent_ref}" if prefix else sent_ref


def _letter_date(filing: GiftFiling, report: NaccReport | None) -> dt.date:
    if report is not None and report.sent_on is not None:
        return report.sent_on
    if filing.submitted_at is not None:
        return timezone.localdate(filing.submitted_at)
    return timezone.localdate()


def _policy(organization: Organization) -> GiftPolicy:
    return GiftPolicy.objects.filter(organization=organization).first() or GiftPolicy(
        organization=organization
    )


def _joined(*parts: str) -> str:
    return " ".join(part for part in parts if part)
