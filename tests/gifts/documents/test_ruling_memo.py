"""The ruling memo (บันทึกข้อความ), rendered for real and read back with poppler."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils import translation

from gifts.documents import citation_labels, render_ruling_pdf
from gifts.models import (
    Decision,
    GiftFiling,
    Ruling,
)
from legal.gifts import GiftFacts, assess_gift
from tests.gifts.documents.reading import (
    NAYOK,
    ORG,
    RECEIVED_ON,
    SUBJECT,
    assert_contains,
    compact,
    pdf_info,
    pdf_text,
)
from tests.gifts.documents.rows import make_ruling

pytestmark = pytest.mark.django_db


# citation_labels


def test_citation_labels_rebuild_the_stored_citations_in_thai_deciding_clause_first(ruling: Ruling) -> None:
    version = ruling.filing.versions.get()
    expected = [
        c.label_th() for c in assess_gift(GiftFacts(received_on=RECEIVED_ON, value=Decimal(5000))).citations
    ]

    labels = citation_labels(version)

    assert labels == expected
    assert labels[0].startswith("ประกาศคณะกรรมการ ป.ป.ช.")
    assert any(label.startswith("มาตรา ๑๒๘ (เดิมมาตรา ๑๐๓)") for label in labels)


def test_citation_labels_read_rows_as_json_stores_them(ruling: Ruling) -> None:
    version = ruling.filing.versions.get()
    version.refresh_from_db()
    assert isinstance(version.citations[0]["instrument"], str)
    version.citations = [{**row, "stored_by": "a later release"} for row in version.citations]

    assert citation_labels(version) == citation_labels(ruling.filing.versions.get())


# The ruling memo.


def test_ruling_memo_is_an_official_memo_with_facts_law_and_decision(tmp_path: Path, ruling: Ruling) -> None:
    text = pdf_text(tmp_path, render_ruling_pdf(ruling))

    assert_contains(
        text,
        "บันทึกข้อความ",
        f"ส่วนราชการ กองคลัง {ORG} โทร. ๐๒-๗๐๗-๑๖๗๑",
        "ที่ สป ๓/๒๕๖๙",
        "วันที่ ๒๐ มกราคม ๒๕๖๙",
        f"เรื่อง {SUBJECT}",
        f"เรียน {NAYOK}",
        "นางสาวมาลี รักงาน ตำแหน่งนักวิชาการเงินและบัญชี",
        "เมื่อวันที่ ๕ มกราคม ๒๕๖๙",
        "กระเช้าของขวัญปีใหม่ ๑ ใบ",
        "นายสมพงษ์ ค้าดี (บริษัท ก่อสร้างดี จำกัด)",
        "มูลค่า ๕,๐๐๐.๐๐ บาท",
        "เทศกาลปีใหม่",
        "ปฏิเสธไม่ได้",
        "มาตรา ๑๒๘ (เดิมมาตรา ๑๐๓)",
        "ให้ถือว่าผู้รับไม่เคยได้รับทรัพย์สินหรือประโยชน์นั้นเลย",
        "☐ เห็นสมควรให้รับไว้เป็นสิทธิของผู้รับ",
        "☑ ไม่เห็นสมควร – ให้ส่งคืนผู้ให้โดยทันที",
        "☐ ไม่เห็นสมควร และไม่สามารถส่งคืนได้ – ให้ส่งมอบเป็นสิทธิของหน่วยงานโดยไม่ชักช้า",
        "เหตุผล ผู้ให้เป็นคู่สัญญากับองค์การบริหารส่วนตำบล",
        "(นายสมชาย ใจดี)",
    )
    assert compact("☑ เห็นสมควร") not in compact(text)
    assert "เหตุที่ไม่สามารถส่งคืนได้" not in text


def test_ruling_memo_prints_only_thai_digits(tmp_path: Path, ruling: Ruling) -> None:
    text = pdf_text(tmp_path, render_ruling_pdf(ruling))

    assert re.findall(r"[0-9]", text) == []


def test_hand_over_ruling_prints_why_the_gift_cannot_be_returned(tmp_path: Path, ruling: Ruling) -> None:
    ruling.decision = Decision.HAND_OVER
    ruling.return_impossible_reason = "ผู้ให้ย้ายไปต่างประเทศ ติดต่อไม่ได้"
    ruling.save()

    text = pdf_text(tmp_path, render_ruling_pdf(ruling))

    assert_contains(
        text,
        "☑ ไม่เห็นสมควร และไม่สามารถส่งคืนได้ – ให้ส่งมอบเป็นสิทธิของหน่วยงานโดยไม่ชักช้า",
        "☐ ไม่เห็นสมควร – ให้ส่งคืนผู้ให้โดยทันที",
        "เหตุที่ไม่สามารถส่งคืนได้ ผู้ให้ย้ายไปต่างประเทศ ติดต่อไม่ได้",
        f"ให้เป็นสิทธิของ{ORG}โดยไม่ชักช้า",
    )


def test_ruling_memo_is_thai_when_the_viewer_reads_english(tmp_path: Path, ruling: Ruling) -> None:
    with translation.override("en"):
        text = pdf_text(tmp_path, render_ruling_pdf(ruling))

    assert_contains(text, "วันที่ ๒๐ มกราคม ๒๕๖๙", "เทศกาลปีใหม่", "ความสัมพันธ์กับผู้รับ: ไม่ใช่ญาติ")
    assert "January" not in text


def test_ruling_memo_carries_its_title_and_author(tmp_path: Path, ruling: Ruling) -> None:
    info = pdf_info(tmp_path, render_ruling_pdf(ruling))

    assert re.search(r"^Title:\s+บันทึกคำวินิจฉัย ๓/๒๕๖๙$", info, re.MULTILINE)
    assert re.search(rf"^Author:\s+{ORG}$", info, re.MULTILINE)
    assert re.search(r"^Pages:\s+[12]$", info, re.MULTILINE)


def test_nacc_ruling_records_the_nacc_answer_and_no_one_signs(
    tmp_path: Path, nacc_filing: GiftFiling
) -> None:
    report = nacc_filing.nacc_report
    report.answer_ref, report.answer_received_on = "ปช 0019/1234", dt.date(2026, 3, 2)
    report.save()
    ruling = make_ruling(
        nacc_filing, None, source=Ruling.Source.NACC, decision=Decision.KEEP, reason="มูลค่าเหมาะสมตามฐานานุรูป"
    )

    text = pdf_text(tmp_path, render_ruling_pdf(ruling, recorded_by="นางสาวสุดา บันทึกดี"))

    assert_contains(
        text,
        "ตามหนังสือสำนักงาน ป.ป.ช. ที่ ปช ๐๐๑๙/๑๒๓๔",
        "ได้รับเมื่อวันที่ ๒ มีนาคม ๒๕๖๙",
        "ตามหนังสือที่ ๑๒๓",
        "☑ เห็นสมควรให้รับไว้เป็นสิทธิของผู้รับ",
        "บันทึกโดย นางสาวสุดา บันทึกดี",
        f"เรียน {NAYOK}",
    )
    assert "(คณะกรรมการ ป.ป.ช.)" not in text
