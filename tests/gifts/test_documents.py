"""The gift documents, rendered for real and read back with poppler: the ruling memo (บันทึกข้อความ) and
the report letter to the NACC with its report form.

The rows are built with the ORM as the services would leave them; the citations are those the law module
gives for the facts, stored as the services store them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone, translation

from declarations.models import Office, Official, Organization, Position, Tenure
from gifts.documents import citation_labels, render_nacc_letter_pdf, render_ruling_pdf
from gifts.models import (
    Attachment,
    Decision,
    GiftFiling,
    GiftPolicy,
    GiftVersion,
    NaccReport,
    Ruling,
)
from gifts.workflow import Status
from legal.gifts import GiftFacts, assess_gift

pytestmark = pytest.mark.django_db

ORG = "องค์การบริหารส่วนตำบลบางเสาธง"
NAYOK = f"นายก{ORG}"
SUBJECT = "รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา"
RECEIVED_ON = dt.date(2026, 1, 5)
DECIDED_ON = dt.date(2026, 1, 20)


# Reading a PDF back.


def pdf_text(tmp_path: Path, pdf: bytes, page: int | None = None) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    pages = ("-f", str(page), "-l", str(page)) if page else ()
    command = ["pdftotext", "-raw", *pages, str(path), "-"]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def pdf_pages(tmp_path: Path, pdf: bytes) -> list[str]:
    """The text of each page (pdftotext ends every page with a form feed)."""
    return pdf_text(tmp_path, pdf).split("\f")[:-1]


def pdf_info(tmp_path: Path, pdf: bytes) -> str:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout


def compact(text: str) -> str:
    """Without whitespace: a Thai phrase may be broken over two lines anywhere."""
    return "".join(text.split())


def assert_contains(text: str, *phrases: str) -> None:
    for phrase in phrases:
        assert compact(phrase) in compact(text), phrase


# The organization, its people, a filing and its ruling.


@pytest.fixture
def org() -> Organization:
    organization = Organization.objects.create(
        name_th=ORG,
        slug="bangsaothong-docs",
        district="บางเสาธง",
        province="สมุทรปราการ",
        address="เลขที่ 101 หมู่ที่ 7 ตำบลบางเสาธง อำเภอบางเสาธง จังหวัดสมุทรปราการ 10570",
        phone="02-707-1671",
    )
    GiftPolicy.objects.create(organization=organization, letter_prefix="สป")
    return organization


def official(
    org: Organization, prefix: str, first: str, last: str, title: str, office: str, division: str = ""
) -> Official:
    person = Official.objects.create(
        organization=org,
        prefix_th=prefix,
        first_name_th=first,
        last_name_th=last,
        took_office_on=dt.date(2021, 12, 1),
    )
    position = Position.objects.create(organization=org, title_th=title, office=office, division=division)
    Tenure.objects.create(official=person, position=position, started_on=dt.date(2021, 12, 1))
    return person


@pytest.fixture
def nayok(org: Organization) -> Official:
    return official(org, "นาย", "สมชาย", "ใจดี", NAYOK, Office.CHIEF_EXECUTIVE)


@pytest.fixture
def accountant(org: Organization) -> Official:
    return official(org, "นางสาว", "มาลี", "รักงาน", "นักวิชาการเงินและบัญชี", Office.LOCAL_OFFICIAL, "กองคลัง")


@pytest.fixture
def clerk() -> Any:
    return get_user_model().objects.create_user("docs-clerk", password="a-long-test-password")


def stored_citations(received_on: dt.date = RECEIVED_ON) -> list[dict[str, Any]]:
    assessment = assess_gift(GiftFacts(received_on=received_on, value=Decimal("5000.00")))
    return [dataclasses.asdict(citation) for citation in assessment.citations]


def make_filing(filer: Official, clerk: Any, *, status: str, **changes: Any) -> GiftFiling:
    submitted = timezone.make_aware(dt.datetime(2026, 1, 9, 10, 0))
    filing = GiftFiling.objects.create(
        organization=filer.organization,
        filer=filer,
        status=status,
        number="3/2569",
        submitted_at=submitted,
        **changes,
    )
    GiftVersion.objects.create(
        filing=filing,
        created_by=clerk,
        submitted_at=submitted,
        received_on=RECEIVED_ON,
        giver_name="นายสมพงษ์ ค้าดี",
        giver_organization="บริษัท ก่อสร้างดี จำกัด",
        giver_relation="none",
        occasion="new_year",
        kind="property",
        description="กระเช้าของขวัญปีใหม่ 1 ใบ",
        value=Decimal("5000.00"),
        value_basis="market_price",
        accepted_out_of_necessity=True,
        necessity_reason="ผู้ให้นำมาวางไว้ที่สำนักงานในวันปีใหม่ ปฏิเสธไม่ได้",
        outcome="report_required",
        reason="over_limit",
        regime="act2561_nacc2563",
        citations=stored_citations(),
    )
    return filing


def make_ruling(filing: GiftFiling, decider: Official | None, **changes: Any) -> Ruling:
    fields: dict[str, Any] = {
        "decision": Decision.RETURN,
        "reason": "ผู้ให้เป็นคู่สัญญากับองค์การบริหารส่วนตำบล การรับไว้อาจทำให้เกิดข้อสงสัย",
        "decided_by": decider,
        "decider_name": decider.full_name_th if decider else "คณะกรรมการ ป.ป.ช.",
        "decider_title": NAYOK if decider else "คณะกรรมการ ป.ป.ช.",
        "decided_on": DECIDED_ON,
        **changes,
    }
    return Ruling.objects.create(filing=filing, **fields)


@pytest.fixture
def ruling(accountant: Official, nayok: Official, clerk: Any) -> Ruling:
    filing = make_filing(accountant, clerk, status=Status.RULED, reviewer=nayok, reviewer_title=NAYOK)
    return make_ruling(filing, nayok)


@pytest.fixture
def nacc_filing(nayok: Official, clerk: Any) -> GiftFiling:
    filing = make_filing(
        nayok, clerk, status=Status.AWAITING_NACC, recipient="nacc", routing_reason="nacc_by_law"
    )
    NaccReport.objects.create(filing=filing, sent_on=dt.date(2026, 1, 12), sent_ref="123")
    return filing


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
