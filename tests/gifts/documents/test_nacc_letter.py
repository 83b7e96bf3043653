"""The report letter to the NACC with its report form, rendered for real and read back with poppler."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from declarations.models import Official
from gifts.documents import render_nacc_letter_pdf
from gifts.models import (
    Attachment,
    GiftFiling,
    NaccReport,
)
from gifts.workflow import Status
from tests.gifts.documents.reading import (
    NAYOK,
    ORG,
    SUBJECT,
    assert_contains,
    pdf_pages,
    pdf_text,
)
from tests.gifts.documents.rows import make_filing

pytestmark = pytest.mark.django_db


# The letter to the NACC.


def test_nacc_letter_reports_to_the_secretary_general(tmp_path: Path, nacc_filing: GiftFiling) -> None:
    *letter_pages, _form = pdf_pages(tmp_path, render_nacc_letter_pdf(nacc_filing))
    letter = "".join(letter_pages)

    assert_contains(
        letter,
        "ที่ สป/๑๒๓",
        ORG,
        "๑๒ มกราคม ๒๕๖๙",
        f"เรื่อง {SUBJECT}",
        "เรียน เลขาธิการคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ",
        "สิ่งที่ส่งมาด้วย แบบรายงานการรับทรัพย์สินหรือประโยชน์อื่นใด จำนวน ๑ ชุด",
        f"ด้วยข้าพเจ้า นายสมชาย ใจดี ตำแหน่ง{NAYOK} ได้รับทรัพย์สิน ได้แก่ กระเช้าของขวัญปีใหม่ ๑ ใบ เมื่อวันที่ ๕ มกราคม ๒๕๖๙",
        "ไม่มีผู้บังคับบัญชาซึ่งมีอำนาจแต่งตั้งถอดถอน",
        "ไม่มีผู้บังคับบัญชาซึ่งมีอำนาจแต่งตั้งถอดถอน ตาม (๔) ของประกาศคณะกรรมการ ป.ป.ช. ดังกล่าว จึงขอรายงานต่อคณะกรรมการ ป.ป.ช.",
        "มูลค่า ๕,๐๐๐.๐๐ บาท",
        "มาตรา ๑๒๘ (เดิมมาตรา ๑๐๓)",
        "จึงเรียนมาเพื่อโปรดพิจารณา",
        "ขอแสดงความนับถือ",
        "(นายสมชาย ใจดี)",
        "โทร. ๐๒-๗๐๗-๑๖๗๑",
    )


def test_nacc_letter_encloses_the_report_form_on_a_page_of_its_own(
    tmp_path: Path, nacc_filing: GiftFiling
) -> None:
    """The letter with its full citations takes two pages; the form follows on the next page."""
    pages = pdf_pages(tmp_path, render_nacc_letter_pdf(nacc_filing))
    *letter, form = pages

    assert len(pages) == 3
    assert "ขอแสดงความนับถือ" in letter[-1]
    assert "- ๒ -" in letter[1]
    assert form.startswith("แบบรายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา")
    assert_contains(
        form,
        "แบบรายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา",
        "(ตามประกาศคณะกรรมการ ป.ป.ช. เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยาของเจ้าพนักงานของรัฐ พ.ศ. ๒๕๖๓)",
        "วันที่ได้รับ ๕ มกราคม ๒๕๖๙",
        "ผู้ให้ นายสมพงษ์ ค้าดี (บริษัท ก่อสร้างดี จำกัด)",
        "ความสัมพันธ์กับผู้ให้ ไม่ใช่ญาติ",
        "โอกาสในการให้ เทศกาลปีใหม่",
        "มูลค่าโดยประมาณ ๕,๐๐๐.๐๐ บาท (ตามราคาท้องตลาด)",
        "เหตุผลความจำเป็นในการรับ ผู้ให้นำมาวางไว้ที่สำนักงานในวันปีใหม่ ปฏิเสธไม่ได้",
        "ขอรับรองว่าข้อความข้างต้นเป็นความจริง",
        "(นายสมชาย ใจดี)",
    )
    assert "- ๓ -" not in form


def test_nacc_letter_prints_only_thai_digits(tmp_path: Path, nacc_filing: GiftFiling) -> None:
    assert re.findall(r"[0-9]", pdf_text(tmp_path, render_nacc_letter_pdf(nacc_filing))) == []


def test_unsent_letter_leaves_the_number_blank_and_counts_the_photos(
    tmp_path: Path, nacc_filing: GiftFiling
) -> None:
    NaccReport.objects.filter(filing=nacc_filing).update(sent_ref="", sent_on=None)
    version = nacc_filing.versions.get()
    for name in ("front.jpg", "back.jpg"):
        Attachment.objects.create(
            version=version, original_name=name, content_type="image/jpeg", size=1, sha256="0" * 64
        )
    nacc_filing.refresh_from_db()

    text = pdf_text(tmp_path, render_nacc_letter_pdf(nacc_filing), page=1)

    assert_contains(
        text,
        "ที่ สป/……………",
        "๙ มกราคม ๒๕๖๙",  # not sent yet: the day the report was submitted
        "๒. ภาพถ่ายทรัพย์สินหรือประโยชน์อื่นใด จำนวน ๒ ภาพ",
    )


def test_letter_says_why_when_nobody_in_the_organization_may_decide(
    tmp_path: Path, accountant: Official, clerk: Any
) -> None:
    filing = make_filing(
        accountant,
        clerk,
        status=Status.AWAITING_NACC,
        recipient="nacc",
        routing_reason="recused:chief_executive:1:relative\nrecused:deputy_chief_executive:2:relative\nnobody_may_decide:nacc",
    )

    *letter, _form = pdf_pages(tmp_path, render_nacc_letter_pdf(filing))

    assert_contains(
        "".join(letter),
        "มีเหตุต้องห้ามมิให้พิจารณาเรื่องนี้ตามมาตรา ๑๓ แห่งพระราชบัญญัติวิธีปฏิบัติราชการทางปกครอง พ.ศ. ๒๕๓๙",
        f"จึงไม่มีผู้ใดใน{ORG}ที่จะพิจารณาวินิจฉัยได้",
        "ที่ สป/……………",
        "กองคลัง โทร. ๐๒-๗๐๗-๑๖๗๑",
    )
