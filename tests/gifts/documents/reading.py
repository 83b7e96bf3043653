"""Reading a gift document back (poppler), and the names it prints."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

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
