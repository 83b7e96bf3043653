"""The plain-text shape of a notice: the seed parses into its parts and back, numbered items, Thai dates."""

from __future__ import annotations

import datetime as dt

import pytest

from measures.textformat import (
    NoticeTextError,
    body_of,
    numbered,
    paragraphs_of,
    parse_notice_text,
    parse_thai_date,
)
from tests.measures.conftest import JANUARY_11_2562, SEED_TEXT, compact

SEED_HEADINGS = [
    "ความเป็นมา",
    "รูปแบบของการกระทำที่เป็นการขัดกันระหว่างประโยชน์ส่วนบุคคลกับประโยชน์ส่วนรวม",
    "กฎหมายที่เกี่ยวข้อง",
    "การวิเคราะห์ความเสี่ยง",
    "มาตรการป้องกัน",
]


def test_seed_parses_into_title_sections_and_signature_block():
    parsed = parse_notice_text(SEED_TEXT)
    assert parsed.title_lines == (
        "มาตรการในการสร้างจิตสำนึกและความตระหนักในการรักษาประโยชน์สาธารณะ ประจำปี ๒๕๖๒",
        "ขององค์การบริหารส่วนตำบลบางเสาธง อำเภอบางเสาธง จังหวัดสมุทรปราการ",
    )
    assert [section.heading for section in parsed.sections] == SEED_HEADINGS
    assert parsed.signer_name == "นายเกษม แซ่ลี"
    assert parsed.signer_position == "นายกองค์การบริหารส่วนตำบลบางเสาธง"
    assert parsed.signed_on == JANUARY_11_2562


def test_seed_parts_put_together_are_the_seed_text():
    parsed = parse_notice_text(SEED_TEXT)
    parts = [*parsed.title_lines]
    for section in parsed.sections:
        parts += [section.heading, *section.paragraphs]
    parts += [f"({parsed.signer_name})", parsed.signer_position, "๑๑ มกราคม ๒๕๖๒"]
    assert compact("\n".join(parts)) == compact(SEED_TEXT)
    # Not only whitespace aside: every paragraph is one line of the file, character for character.
    lines = {line for line in SEED_TEXT.splitlines() if line}
    assert all(paragraph in lines for section in parsed.sections for paragraph in section.paragraphs)


def test_body_keeps_one_paragraph_per_line():
    assert paragraphs_of(body_of(["๑. หนึ่ง", "  ๒. สอง  "])) == ["๑. หนึ่ง", "๒. สอง"]
    assert paragraphs_of("a\n\n\n b \n") == ["a", "b"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("๑. การนำทรัพย์สิน", ("dot", 1)),
        ("12. Arabic", ("dot", 12)),
        ("(๔) เข้าไปมีส่วนได้เสีย", ("paren", 4)),
        ("- (๓) การรับบริการ", ("dash", 3)),
        ("มาตรา ๑๐๐ ห้ามมิให้", None),
        ("๒๕๖๒ เป็นปี", None),
    ],
    ids=["thai-dot", "arabic-dot", "parenthesis", "dash-parenthesis", "section-citation", "year-not-item"],
)
def test_numbered_items(paragraph, expected):
    assert numbered(paragraph) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("๑๑ มกราคม ๒๕๖๒", JANUARY_11_2562),
        ("11 มกราคม 2562", JANUARY_11_2562),
        ("๑ ตุลาคม พ.ศ. ๒๕๖๙", dt.date(2026, 10, 1)),
    ],
)
def test_thai_dates(text, expected):
    assert parse_thai_date(text) == expected


@pytest.mark.parametrize("text", ["๑๑ Jan ๒๕๖๒", "๓๑ กุมภาพันธ์ ๒๕๖๒", "มกราคม ๒๕๖๒"])
def test_bad_thai_dates_are_refused(text):
    with pytest.raises(NoticeTextError):
        parse_thai_date(text)


@pytest.mark.parametrize(
    "text",
    ["", "title only", "title\n\nbody\n\nนายเกษม แซ่ลี\nนายก\n๑๑ มกราคม ๒๕๖๒"],
    ids=["empty", "no-body", "name-without-parentheses"],
)
def test_text_without_the_shape_of_a_notice_is_refused(text):
    with pytest.raises(NoticeTextError):
        parse_notice_text(text)
