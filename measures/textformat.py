"""The plain-text shape of a notice: parsing a typed notice into its parts, and numbered items.

A notice as typed in a word processor (the seed notice ``measures/seed/bangsaothong-2562.txt`` is one):
the title lines first, as one block; then paragraphs separated by blank lines, where a paragraph without
any space that is not a numbered item is a section heading; and at the end three lines, the signer's name
in parentheses, the position and the date. Each paragraph is one line: Thai word processors wrap lines
themselves, so a line break typed inside a paragraph is not expected.

Pure Python: no ORM, no request, no settings.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from coi_portal.thai import BE_OFFSET, MONTHS_LONG, arabic_digits

HEADING_MAX_LENGTH = 120
FISCAL_YEAR_FIRST_MONTH = 10
SIGNATURE_LINES = 3

_DIGITS = r"[0-9๐-๙]+"
# Numbered items by style: "๑. ...", "(๑) ...", "- (๑) ..." (a quoted sub-list).
_NUMBERED = (
    ("dot", re.compile(rf"^({_DIGITS})\.\s")),
    ("paren", re.compile(rf"^\(({_DIGITS})\)")),
    ("dash", re.compile(rf"^[-–]\s*\(({_DIGITS})\)")),
)
_DATE = re.compile(rf"^({_DIGITS})\s+(\S+)\s+(?:พ\.ศ\.\s*)?({_DIGITS})$")


class NoticeTextError(ValueError):
    """The text does not have the shape of a notice."""


@dataclass(frozen=True)
class ParsedSection:
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class ParsedNotice:
    title_lines: tuple[str, ...]
    sections: tuple[ParsedSection, ...]
    signer_name: str
    signer_position: str
    signed_on: dt.date


def paragraphs_of(body: str) -> list[str]:
    """The paragraphs of a section body: its non-empty lines, stripped."""
    return [line.strip() for line in body.splitlines() if line.strip()]


def body_of(paragraphs: list[str] | tuple[str, ...]) -> str:
    """A section body from its paragraphs, one per line with a blank line between (as typed)."""
    return "\n\n".join(paragraphs)


def numbered(paragraph: str) -> tuple[str, int] | None:
    """The numbering style and number of a numbered item ("๓. ..." -> ("dot", 3)), else None."""
    for style, pattern in _NUMBERED:
        if match := pattern.match(paragraph):
            return style, int(arabic_digits(match.group(1)))
    return None


def is_heading(paragraph: str) -> bool:
    """A short paragraph without a space that is not a numbered item: "ความเป็นมา", "มาตรการป้องกัน"."""
    text = paragraph.strip()
    return (
        bool(text)
        and not any(ch.isspace() for ch in text)
        and len(text) <= HEADING_MAX_LENGTH
        and numbered(text) is None
    )


def fiscal_year_be(day: dt.date) -> int:
    """The Thai fiscal year (B.E.) of ``day``: it starts on 1 October."""
    return day.year + BE_OFFSET + (1 if day.month >= FISCAL_YEAR_FIRST_MONTH else 0)


def parse_thai_date(text: str) -> dt.date:
    """ "๑๑ มกราคม ๒๕๖๒" (or with Arabic digits, or "พ.ศ.") -> date(2019, 1, 11)."""
    match = _DATE.match(text.strip())
    if match is None or match.group(2) not in MONTHS_LONG:
        raise NoticeTextError(f"not a Thai date: {text!r}")
    day, month, year = (
        int(arabic_digits(match.group(1))),
        MONTHS_LONG.index(match.group(2)) + 1,
        match.group(3),
    )
    try:
        return dt.date(int(arabic_digits(year)) - BE_OFFSET, month, day)
    except ValueError as error:
        raise NoticeTextError(f"not a calendar date: {text!r}") from error


def parse_notice_text(text: str) -> ParsedNotice:
    """Split a typed notice into title lines, sections and the signature block (see the module doc)."""
    blocks = [block for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    lines = [line.strip() for block in blocks[1:] for line in block.splitlines() if line.strip()]
    if not blocks or len(lines) < SIGNATURE_LINES:
        raise NoticeTextError("a notice needs a title, a body and three signature lines")
    name_line, position, date_line = lines[-SIGNATURE_LINES:]
    if not (name_line.startswith("(") and name_line.endswith(")")):
        raise NoticeTextError(f"the signer's name is not in parentheses: {name_line!r}")
    sections: list[ParsedSection] = []
    heading, paragraphs = "", list[str]()
    for line in lines[:-SIGNATURE_LINES]:
        if is_heading(line):
            if heading or paragraphs:
                sections.append(ParsedSection(heading, tuple(paragraphs)))
            heading, paragraphs = line, []
        else:
            paragraphs.append(line)
    if heading or paragraphs:
        sections.append(ParsedSection(heading, tuple(paragraphs)))
    title_lines = tuple(line.strip() for line in blocks[0].splitlines() if line.strip())
    return ParsedNotice(
        title_lines, tuple(sections), name_line[1:-1].strip(), position, parse_thai_date(date_line)
    )
