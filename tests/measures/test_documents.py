"""The notice as an official PDF: exact text layer, official layout, metadata, fonts, QR and numerals.

Everything is real: WeasyPrint renders, poppler's command-line tools read the result back.
"""

from __future__ import annotations

import re

import pytest
import segno
from django.conf import settings

from coi_portal.documents import find_anchor
from coi_portal.thai import thai_digits
from measures.documents import SIGNATURE_ANCHOR, notice_context, render_measure_document, render_measure_pdf
from tests.coi_portal.test_documents import decompressed
from tests.measures.conftest import SEED_TEXT, compact, notice_text_of, page_count, pdf_text, run_tool

pytestmark = pytest.mark.django_db

CM = 72 / 2.54
A4_WIDTH = 595.28


@pytest.fixture
def seed_pdf(historical):
    return render_measure_pdf(historical)


def words(data: bytes, page: int) -> list[tuple[float, float, float, float, str]]:
    xhtml = run_tool("pdftotext", data, "-bbox", "-f", str(page), "-l", str(page), after=("-",))
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(pattern, xhtml)]


def test_text_layer_is_the_seed_text_whitespace_aside(seed_pdf):
    assert compact(notice_text_of(seed_pdf)) == compact(SEED_TEXT)


def test_sara_am_survives_in_the_text_layer(seed_pdf):
    text = pdf_text(seed_pdf, page=1)
    assert "จิตสำนึก" in text
    assert "ตำบล" in text


def test_page_numbers_from_page_two_in_thai_digits(seed_pdf):
    pages = page_count(seed_pdf)
    assert pages >= 6
    first = pdf_text(seed_pdf, page=1).splitlines()
    assert not any(re.fullmatch(r"- \S+ -", line) for line in first)
    for page in range(2, pages + 1):
        assert f"- {thai_digits(page)} -" in pdf_text(seed_pdf, page=page).splitlines()


def test_signature_block_and_verification_box_are_on_the_last_page(historical, seed_pdf):
    last = pdf_text(seed_pdf, page=page_count(seed_pdf))
    lines = last.splitlines()
    assert lines.index("(นายเกษม แซ่ลี)") + 1 == lines.index("นายกองค์การบริหารส่วนตำบลบางเสาธง")
    assert "๑๑ มกราคม ๒๕๖๒" in lines
    assert historical.identifier in compact(last)
    assert f"{settings.SITE_URL}/verify/{historical.identifier}/" in compact(last)


def test_qr_code_encodes_the_verification_address(historical):
    context = notice_context(historical, qr=True)
    expected = segno.make(context["verify_url"], error="m").svg_data_uri(border=0)
    assert context["qr"] == expected
    assert context["verify_url"].endswith(f"/verify/{historical.identifier}/")


def test_an_identifier_given_is_the_one_printed(historical):
    pdf = render_measure_pdf(historical, identifier="GivenIdentifier1")
    assert "GivenIdentifier1" in compact(pdf_text(pdf))
    assert historical.identifier not in compact(pdf_text(pdf))


def test_fonts_are_sarabun_and_embedded(seed_pdf):
    rows = run_tool("pdffonts", seed_pdf).splitlines()[2:]
    assert rows
    for row in rows:
        name, *_, emb, _sub, uni, _object, _generation = row.split()
        assert "Sarabun" in name
        assert (emb, uni) == ("yes", "yes")


def test_metadata(seed_pdf):
    info = run_tool("pdfinfo", seed_pdf)
    assert re.search(
        r"^Title:\s+มาตรการในการสร้างจิตสำนึกและความตระหนักในการรักษาประโยชน์สาธารณะ ประจำปี ๒๕๖๒$", info, re.M
    )
    assert re.search(r"^Author:\s+องค์การบริหารส่วนตำบลบางเสาธง$", info, re.M)
    assert re.search(r"^Page size:\s+595.2\d* x 841.8\d* pts \(A4\)$", info, re.M)
    assert b"/Lang (th)" in decompressed(seed_pdf)


def test_title_is_centred_and_paragraphs_indented_within_the_margins(seed_pdf):
    page = words(seed_pdf, 1)
    assert min(x for x, *_ in page) >= 3 * CM - 1
    assert max(x2 for _, _, x2, *_ in page) <= A4_WIDTH - 2 * CM + 1
    assert min(y for _, y, *_ in page) == pytest.approx(2.5 * CM, abs=3)
    title_line = [w for w in page if w[1] == min(y for _, y, *_ in page)]
    left, right = min(w[0] for w in title_line), max(w[2] for w in title_line)
    centre = (3 * CM + A4_WIDTH - 2 * CM) / 2
    assert (left + right) / 2 == pytest.approx(centre, abs=3)
    first_paragraph = next(w for w in page if w[4].startswith("การขัดกันระหว่าง"))
    assert first_paragraph[0] == pytest.approx(3 * CM + 2.5 * CM, abs=2)


def test_signing_space_is_inside_the_signature_block_of_the_last_page(historical):
    document = render_measure_document(historical)
    space, block = find_anchor(document, SIGNATURE_ANCHOR), find_anchor(document, "signature")
    assert space.page_index == block.page_index == len(document.pages) - 1
    assert block.x1 <= space.x1 < space.x2 <= block.x2
    assert block.y1 <= space.y1 < space.y2 <= block.y2
    assert space.y2 - space.y1 > 70  # room for the five lines of the stamp


def test_arabic_numerals_on_request(historical):
    pdf = render_measure_pdf(historical, numerals="arabic")
    text = pdf_text(pdf)
    assert not re.search("[๐-๙]", text)
    assert "11 มกราคม 2562" in text
    assert "- 2 -" in text.splitlines()
    assert "มาตรา 100" in text


def test_unknown_numerals_are_refused(historical):
    with pytest.raises(ValueError, match="numerals"):
        render_measure_pdf(historical, numerals="roman")


def test_no_gift_announcement_prints_issuer_subject_and_date_line(draft):
    draft.signed_on = None
    text = pdf_text(render_measure_pdf(draft))
    lines = text.splitlines()
    assert lines[0] == "ประกาศองค์การบริหารส่วนตำบลบางเสาธง"
    assert compact(lines[1] + lines[2]).startswith(compact("เรื่อง ประกาศเจตนารมณ์"))
    assert "ประกาศ ณ วันที่" in text
    assert "(นายเกษม แซ่ลี)" in lines
