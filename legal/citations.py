"""Citations of the clause that decided an outcome, printable in Thai and in English.

A `Citation` names a clause as numbered in the instrument in force on the date of the facts. Under the
Organic Act B.E. 2561 it also carries the number of the corresponding section of the repealed 2542 Act, so
the portal can print "มาตรา ๑๒๘ (เดิมมาตรา ๑๐๓)". Texts are looked up in `legal.texts`.
"""

from __future__ import annotations

from dataclasses import dataclass

from legal.texts import ANNOUNCEMENT_TEXTS, STATUTE_TEXTS
from legal.vocabulary import Instrument

__all__ = ["Citation", "Instrument", "announcement_clause", "statute", "to_thai_digits"]

_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")

_THAI_PARAGRAPHS = {1: "หนึ่ง", 2: "สอง", 3: "สาม", 4: "สี่", 5: "ห้า", 6: "หก"}

# Latin suffixes used in English citations of Thai inserted sections (s.47 ter).
_ENGLISH_SUFFIXES = (("จัตวา", "quater"), ("ตรี", "ter"), ("ทวิ", "bis"))

# A clause an administrator added to the table may have no stored text; it is still cited by number.
_NO_TEXT = ("", "")

_ANNOUNCEMENTS = frozenset({Instrument.NACC2543, Instrument.NACC2563, Instrument.NACC_SHARES2563})

TITLES_TH: dict[Instrument, str] = {
    Instrument.ACT2561: "พระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. ๒๕๖๑",
    Instrument.ACT2542: "พระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. ๒๕๔๒",
    Instrument.NACC2563: "ประกาศคณะกรรมการ ป.ป.ช. เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา"
    "ของเจ้าพนักงานของรัฐ พ.ศ. ๒๕๖๓",
    Instrument.NACC2543: "ประกาศคณะกรรมการ ป.ป.ช. เรื่อง หลักเกณฑ์การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา"
    "ของเจ้าหน้าที่ของรัฐ พ.ศ. ๒๕๔๓",
    Instrument.NACC_SHARES2563: "ประกาศคณะกรรมการ ป.ป.ช. เรื่อง กำหนดจำนวนหุ้นในบริษัทจำกัดหรือบริษัทมหาชนจำกัด"
    "ที่กรรมการ ผู้ดำรงตำแหน่งในองค์กรอิสระ และเจ้าพนักงานของรัฐที่คณะกรรมการ ป.ป.ช. ประกาศกำหนด"
    " ถือหุ้นได้ตามมาตรา ๑๒๖ (๓) พ.ศ. ๒๕๖๓",
    Instrument.TAO2537: "พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗",
    Instrument.APA2539: "พระราชบัญญัติวิธีปฏิบัติราชการทางปกครอง พ.ศ. ๒๕๓๙",
    Instrument.CRIMINAL_CODE: "ประมวลกฎหมายอาญา",
}

TITLES_EN: dict[Instrument, str] = {
    Instrument.ACT2561: "Organic Act on Anti-Corruption B.E. 2561",
    Instrument.ACT2542: "Organic Act on Counter Corruption B.E. 2542",
    Instrument.NACC2563: "NACC Announcement on the Criteria for State Officers' Ethical Acceptance of "
    "Property or Other Benefits B.E. 2563",
    Instrument.NACC2543: "NACC Announcement on the Criteria for State Officials' Ethical Acceptance of "
    "Property or Other Benefits B.E. 2543",
    Instrument.NACC_SHARES2563: "NACC Announcement on the Number of Shares that Designated State Officers "
    "may Hold under Section 126 (3) B.E. 2563",
    Instrument.TAO2537: "Tambon Council and Tambon Administrative Organization Act B.E. 2537",
    Instrument.APA2539: "Administrative Procedure Act B.E. 2539",
    Instrument.CRIMINAL_CODE: "Criminal Code",
}


def to_thai_digits(text: str) -> str:
    """`text` with Arabic digits replaced by Thai digits."""
    return text.translate(_THAI_DIGITS)


@dataclass(frozen=True)
class Citation:
    """One clause of one instrument, with its former number and its text in Thai and English.

    `section` is written as Thai law numbers it ("128", "126(2)", "64/2(3)", "47 ตรี(6)", clause "5(1)");
    an empty `section` cites an instrument as a whole. `paragraph` and `old_paragraph` number the วรรค.
    `old_section` is the section of the repealed 2542 Act that a 2561 section replaced.
    """

    instrument: Instrument
    section: str
    old_section: str | None
    text_th: str
    text_en: str
    paragraph: int | None = None
    old_paragraph: int | None = None

    def label_th(self) -> str:
        """The citation as printed on a Thai document, Thai digits throughout.

        E.g. "มาตรา ๑๒๘ (เดิมมาตรา ๑๐๓) แห่งพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปราม
        การทุจริต พ.ศ. ๒๕๖๑".
        """
        title = TITLES_TH[self.instrument]
        if not self.section:
            return title
        unit = "ข้อ" if self.instrument in _ANNOUNCEMENTS else "มาตรา"
        head = f"{unit} {_number_th(self.section, self.paragraph)}"
        if self.old_section:
            head += f" (เดิมมาตรา {_number_th(self.old_section, self.old_paragraph)})"
        return f"{head} แห่ง{title}"

    def label_en(self) -> str:
        """The citation in English.

        E.g. "Organic Act on Anti-Corruption B.E. 2561, s.128 (formerly s.103)".
        """
        title = TITLES_EN[self.instrument]
        if not self.section:
            return title
        unit = "cl." if self.instrument in _ANNOUNCEMENTS else "s."
        head = f"{unit}{_number_en(self.section, self.paragraph)}"
        if self.old_section:
            head += f" (formerly s.{_number_en(self.old_section, self.old_paragraph)})"
        return f"{title}, {head}"

    def __str__(self) -> str:
        return self.label_en()


def _number_th(section: str, paragraph: int | None) -> str:
    number = to_thai_digits(section)
    if paragraph is not None:
        number += f" วรรค{_THAI_PARAGRAPHS[paragraph]}"
    return number


def _number_en(section: str, paragraph: int | None) -> str:
    for thai, latin in _ENGLISH_SUFFIXES:
        section = section.replace(thai, latin)
    if paragraph is not None:
        section += f" para {paragraph}"
    return section


def statute(
    instrument: Instrument,
    section: str,
    *,
    paragraph: int | None = None,
    old_section: str | None = None,
    old_paragraph: int | None = None,
) -> Citation:
    """The citation of a statute section, with its stored text (empty texts when none is stored)."""
    text_th, text_en = STATUTE_TEXTS.get((instrument, section, paragraph), _NO_TEXT)
    return Citation(
        instrument,
        section,
        old_section,
        text_th,
        text_en,
        paragraph=paragraph,
        old_paragraph=old_paragraph,
    )


def announcement_clause(instrument: Instrument, kind: str, number: str) -> Citation:
    """The citation of the clause of an announcement that does `kind` (e.g. "within_limit").

    `number` comes from the rules table, because several clause numbers are unconfirmed; an empty number
    cites the announcement as a whole.
    """
    text_th, text_en = ANNOUNCEMENT_TEXTS.get((instrument, kind), _NO_TEXT)
    return Citation(instrument, number, None, text_th, text_en)
