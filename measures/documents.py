"""The notice as an official PDF: one function, ``render_measure_pdf``, on ``coi_portal.documents``.

The printed text is the notice's own text and nothing else, so the PDF's text layer gives it back exactly
(``pdftotext -raw``, whitespace aside). Three things are added around it and are not part of the text: the
page numbers "- ๒ -" from page 2, the verification box on the last page (a QR code of the verification
address, the address and the identifier), and, once signed, the signature stamp.

Numbers and dates print in Thai digits; ``numerals="arabic"`` prints Arabic digits instead, page numbers
included. The HTML preview of the editor (``measures/preview.html``) renders the same body template.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import segno
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from weasyprint import Document

from coi_portal.documents import render_document
from coi_portal.thai import arabic_digits, date_long, thai_digits
from measures.models import Notice, NoticeKind
from measures.textformat import numbered

TEMPLATE = "measures/documents/notice.html"
SIGNATURE_ANCHOR = "signature-space"
NUMERALS = ("thai", "arabic")


def render_measure_pdf(notice: Notice, *, identifier: str | None = None, numerals: str = "thai") -> bytes:
    """The unsigned PDF of ``notice``, its QR code pointing at the verification page of ``identifier``
    (the notice's own identifier by default)."""
    pdf: bytes = render_measure_document(notice, identifier=identifier, numerals=numerals).write_pdf()
    return pdf


def render_measure_document(
    notice: Notice, *, identifier: str | None = None, numerals: str = "thai"
) -> Document:
    """The laid-out WeasyPrint document, for callers that need the signature block's position."""
    if numerals not in NUMERALS:
        raise ValueError(f"numerals must be one of {NUMERALS}")
    with translation.override("th"):
        return render_document(
            TEMPLATE,
            notice_context(notice, identifier=identifier, numerals=numerals, qr=True),
            title=notice.title,
            author=notice.organization.name_th,
            keywords=[KIND_KEYWORD[NoticeKind(notice.kind)], notice.organization.name_th],
        )


KIND_KEYWORD = {NoticeKind.MEASURES: "มาตรการ", NoticeKind.NO_GIFT: "ประกาศเจตนารมณ์ No Gift Policy"}


def verify_url(identifier: str) -> str:
    """The public verification address of a notice version, as printed and encoded in its QR code."""
    return settings.SITE_URL + reverse("measures:verify_notice", args=[identifier])


def notice_date(notice: Notice) -> dt.date:
    """The date printed on the notice: its own, or today while it has none (it is set when signed)."""
    return notice.signed_on or timezone.localdate()


def notice_context(
    notice: Notice, *, identifier: str | None = None, numerals: str = "thai", qr: bool = False
) -> dict[str, Any]:
    """What ``measures/includes/notice_body.html`` (and the PDF around it) sees."""
    digits: Callable[[object], str] = thai_digits if numerals == "thai" else _arabic
    identifier = identifier or notice.identifier
    url = verify_url(identifier)
    is_measures = notice.kind == NoticeKind.MEASURES
    lines = (
        [notice.title, notice.issuing_body] if is_measures else [notice.issuing_body, f"เรื่อง {notice.title}"]
    )
    sections = [
        {
            "heading": digits(section.heading),
            "paragraphs": [
                {"text": digits(text), "item": numbered(text) is not None} for text in section.paragraphs
            ],
        }
        for section in notice.sections.all()
    ]
    return {
        "notice": notice,
        "title_lines": [digits(line) for line in lines if line],
        "sections": sections,
        "is_measures": is_measures,
        "signer_name": digits(notice.signer_name),
        "signer_position": digits(notice.signer_position),
        "date_text": date_long(notice_date(notice), digits=numerals),
        "numerals": numerals,
        "identifier": identifier,
        "verify_url": url,
        "qr": segno.make(url, error="m").svg_data_uri(border=0) if qr else "",
        "signature_anchor": SIGNATURE_ANCHOR,
    }


def _arabic(value: object) -> str:
    return arabic_digits(str(value))
