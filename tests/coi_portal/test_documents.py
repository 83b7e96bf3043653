"""Official PDFs: exact Thai text layer, official layout, metadata, embedded fonts, and the font patch.

Everything is real: WeasyPrint renders, poppler's command-line tools read the result back.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import zlib
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from fontTools.ttLib import TTFont
from weasyprint import HTML

from coi_portal import documents, fonts

CM = 72 / 2.54  # PDF points per centimetre

REGRESSION = "ทำการ การ น้ำ ค่ำ จิตสำนึก ประจำปี"
PARAGRAPH = (
    "องค์การบริหารส่วนตำบลกำหนดมาตรการป้องกันการมีผลประโยชน์ทับซ้อนประจำปี ให้เจ้าหน้าที่ทำการรายงาน"
    "การรับทรัพย์สินที่มีมูลค่าเกินกำหนดภายในสามสิบวัน ทั้งน้ำใจที่ได้รับในงานค่ำคืนวันปีใหม่ กระเช้าผลไม้ "
    "และของขวัญที่ญาติกำนันนำมาให้ในวันสำคัญ ให้คำนึงถึงจิตสำนึกที่ดี ความชอบธรรม และความโปร่งใส "
    "ผู้ใดทำผิดซ้ำ ๆ จะถูกดำเนินการทางวินัยอย่างเคร่งครัด ป่ำ ฟ้ำ ป๊ำ ป๋ำ ก๊ำ ก๋ำ ท่ำ"
)


def render(tmp_path: Path, paragraphs: list[str], **context: Any) -> Path:
    pdf = documents.render_pdf(
        "documents/sample.html",
        {
            "organization": "องค์การบริหารส่วนตำบลบ้านตัวอย่าง",
            "subject": "มาตรการป้องกันการมีผลประโยชน์ทับซ้อน",
            "paragraphs": paragraphs,
            "issued_on": dt.date(2019, 1, 11),
            "signer_name": "นายสมชาย ใจดี",
            "signer_position": "นายกองค์การบริหารส่วนตำบลบ้านตัวอย่าง",
            **context,
        },
        title="มาตรการป้องกันการมีผลประโยชน์ทับซ้อน",
        author="องค์การบริหารส่วนตำบลบ้านตัวอย่าง",
        keywords=["ประกาศ", "ผลประโยชน์ทับซ้อน"],
    )
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    return path


def run(*command: str | Path) -> str:
    return subprocess.run([str(part) for part in command], check=True, capture_output=True, text=True).stdout


def text_of(pdf: Path, page: int | None = None) -> str:
    pages = ("-f", str(page), "-l", str(page)) if page else ()
    return run("pdftotext", "-raw", *pages, pdf, "-")


def squeeze(text: str) -> str:
    return " ".join(text.split())


def words_on_page_one(pdf: Path) -> list[tuple[float, float, float, float, str]]:
    xhtml = run("pdftotext", "-bbox", "-f", "1", "-l", "1", pdf, "-")
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(float(a), float(b), float(c), float(d), w) for a, b, c, d, w in re.findall(pattern, xhtml)]


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three pages or more of the sample notice."""
    return render(tmp_path_factory.mktemp("long"), [PARAGRAPH] * 12)


# The text layer (WeasyPrint + HarfBuzz used to turn ำ into า, and drop the tone mark of น้ำ).


@pytest.mark.parametrize(
    "text",
    [REGRESSION, "การ ทำ นา น้ำ", "น้ำ ค่ำ ทำ การ นา"],
    ids=["regression-sentence", "sara-aa-drawn-first", "sara-am-drawn-first"],
)
def test_text_layer_returns_the_exact_thai_source(tmp_path: Path, text: str) -> None:
    assert text in squeeze(text_of(render(tmp_path, [text])))


def test_text_layer_is_exact_across_line_breaks(tmp_path: Path) -> None:
    body = text_of(render(tmp_path, [PARAGRAPH]))
    compact = "".join(PARAGRAPH.split())
    assert compact in "".join(body.split())
    lines_of_paragraph = [
        line for line in body.splitlines() if line.strip() and "".join(line.split()) in compact
    ]
    assert len(lines_of_paragraph) >= 3


# Layout.


def test_page_numbers_start_on_page_two_in_thai_digits(long_pdf: Path) -> None:
    pages = [squeeze(text_of(long_pdf, page)) for page in (1, 2, 3)]
    assert "- ๑ -" not in pages[0]
    assert "- ๒ -" in pages[1]
    assert "- ๓ -" in pages[2]


def test_page_is_a4(long_pdf: Path) -> None:
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", run("pdfinfo", long_pdf))
    assert size is not None
    assert float(size[1]) == pytest.approx(595.28, abs=0.5)
    assert float(size[2]) == pytest.approx(841.89, abs=0.5)


def test_text_sits_inside_the_official_margins(long_pdf: Path) -> None:
    words = words_on_page_one(long_pdf)
    assert min(x_min for x_min, *_ in words) == pytest.approx(3 * CM, abs=2)
    assert min(y_min for _, y_min, *_ in words) == pytest.approx(2.5 * CM, abs=2)
    assert max(x_max for _, _, x_max, *_ in words) <= 595.28 - 2 * CM + 1


def test_paragraphs_are_indented_two_and_a_half_centimetres(long_pdf: Path) -> None:
    first_word_of_body = PARAGRAPH.split()[0][:10]
    starts = [
        x_min for x_min, _, _, _, word in words_on_page_one(long_pdf) if word.startswith(first_word_of_body)
    ]
    assert starts
    assert starts[0] == pytest.approx(3 * CM + 2.5 * CM, abs=2)


def test_signature_block_is_found_in_the_right_half_of_the_last_page(tmp_path: Path) -> None:
    document = documents.render_document(
        "documents/sample.html",
        {"paragraphs": [PARAGRAPH] * 12, "signer_name": "นายสมชาย ใจดี"},
        title="t",
        author="a",
    )
    box = documents.find_anchor(document, "signature")
    assert box.page_index == len(document.pages) - 1
    assert box.x1 == pytest.approx(3 * CM + (595.28 - 5 * CM) / 2, abs=1)
    assert box.x2 == pytest.approx(595.28 - 2 * CM, abs=1)
    assert 2 * CM < box.y1 < box.y2 < 841.89 - 2.5 * CM


def test_unknown_anchor_is_an_error() -> None:
    document = documents.render_document("documents/sample.html", {}, title="t", author="a")
    with pytest.raises(documents.DocumentError):
        documents.find_anchor(document, "no-such-id")


# The file itself.


def test_every_font_is_sarabun_and_embedded(long_pdf: Path) -> None:
    rows = run("pdffonts", long_pdf).splitlines()[2:]
    assert rows
    for row in rows:
        name, *_, emb, _sub, uni, _object, _generation = row.split()
        assert "Sarabun" in name
        assert (emb, uni) == ("yes", "yes")


def test_metadata_names_title_author_creator_and_thai_language(long_pdf: Path) -> None:
    info = run("pdfinfo", long_pdf)
    assert re.search(r"^Title:\s+มาตรการป้องกันการมีผลประโยชน์ทับซ้อน$", info, re.M)
    assert re.search(r"^Author:\s+องค์การบริหารส่วนตำบลบ้านตัวอย่าง$", info, re.M)
    assert re.search(r"^Creator:\s+COI Portal$", info, re.M)
    assert re.search(r"^Keywords:\s+ประกาศ, ผลประโยชน์ทับซ้อน$", info, re.M)
    assert b"/Lang (th)" in decompressed(long_pdf.read_bytes())


def test_same_input_gives_the_same_bytes() -> None:
    def once() -> bytes:
        return documents.render_pdf(
            "documents/sample.html", {"paragraphs": [REGRESSION]}, title="t", author="a"
        )

    assert once() == once()


@pytest.mark.parametrize(
    "emblem",
    [
        "file:///etc/hostname",
        "../../../../../../../../etc/hostname",
        "https://example.com/garuda.png",
        "img/missing.png",
    ],
    ids=["file-outside-static", "relative-escape", "network", "missing-static-file"],
)
def test_only_existing_static_files_are_fetched(tmp_path: Path, emblem: str) -> None:
    with pytest.raises(documents.DocumentError):
        render(tmp_path, [REGRESSION], emblem=emblem)


def decompressed(pdf: bytes) -> bytes:
    """The PDF with every Flate stream inflated, so objects inside object streams can be searched."""
    parts = [pdf]
    for match in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            parts.append(zlib.decompress(match[1]))
        except zlib.error:
            continue
    return b"\n".join(parts)


# The patched fonts.


def test_committed_fonts_are_what_the_build_produces() -> None:
    """If this fails after a fontTools upgrade, run `python manage.py build_fonts` and commit the result."""
    out = io.StringIO()
    call_command("build_fonts", "--check", stdout=out)
    assert "are what the build produces" in out.getvalue()


@pytest.mark.parametrize("name", fonts.FONT_FILES)
def test_committed_fonts_carry_the_sara_am_copies(name: str) -> None:
    font = TTFont(fonts.FONTS_DIR / name)
    glyf, hmtx = font["glyf"], font["hmtx"]
    sara_aa = glyf[fonts.SARA_AA]
    for copy in fonts.SARA_AM_COPIES:
        assert glyf[copy].getCoordinates(glyf) == sara_aa.getCoordinates(glyf)
        assert hmtx[copy] == hmtx[fonts.SARA_AA]
        assert copy not in font.getBestCmap().values()
    gsub = font["GSUB"].table
    after_sara_aa = {
        target: set(rule.BacktrackCoverage[0].glyphs)
        for record in gsub.FeatureList.FeatureRecord
        if record.FeatureTag == "ccmp"
        for index in record.Feature.LookupListIndex
        for rule in gsub.LookupList.Lookup[index].SubTable
        if getattr(rule, "InputCoverage", None) and rule.InputCoverage[0].glyphs == [fonts.SARA_AA]
        for subst in rule.SubstLookupRecord
        for single in gsub.LookupList.Lookup[subst.LookupListIndex].SubTable
        for target in single.mapping.values()
    }
    assert after_sara_aa == {copy: set(before) for copy, (_, before) in fonts.SARA_AM_COPIES.items()}


def test_patch_refuses_a_font_it_was_not_written_for() -> None:
    patched = (fonts.FONTS_DIR / "Sarabun-Regular.ttf").read_bytes()
    with pytest.raises(fonts.FontBuildError):
        fonts.patch_sarabun(patched)


def test_patched_fonts_draw_exactly_like_upstream(tmp_path: Path) -> None:
    text = f"{REGRESSION} ป่ำ ฟ้ำ ป๊ำ ป๋ำ ก๊ำ ก๋ำ ท่ำ นา Office 2562 ๒๕๖๒"
    rasters = [rasterize(tmp_path, directory, text) for directory in (fonts.UPSTREAM_DIR, fonts.FONTS_DIR)]
    assert rasters[0] == rasters[1]


def rasterize(tmp_path: Path, font_dir: Path, text: str) -> bytes:
    faces = "".join(
        f'@font-face {{ font-family: T; src: url("{(font_dir / name).as_uri()}"); {descriptors} }}'
        for name, descriptors in [
            ("Sarabun-Regular.ttf", ""),
            ("Sarabun-Bold.ttf", "font-weight: bold;"),
            ("Sarabun-Italic.ttf", "font-style: italic;"),
            ("Sarabun-BoldItalic.ttf", "font-weight: bold; font-style: italic;"),
        ]
    )
    html = (
        f"<html lang=th><style>@page {{ size: A5 landscape }} {faces} body {{ font: 16pt T }}</style>"
        f"<p>{text}<p><b>{text}</b><p><i>{text}</i><p><b><i>{text}</i></b>"
    )
    pdf = tmp_path / f"{font_dir.name}.pdf"
    HTML(string=html).write_pdf(pdf)
    return subprocess.run(
        ["pdftoppm", "-r", "200", "-gray", "-singlefile", str(pdf)], check=True, capture_output=True
    ).stdout
