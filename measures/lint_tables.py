"""The data the notice lint reads: organization kinds and their titles, the 2542 -> 2561 section map,
penalties that changed, and the curated misspellings. Tables, so that a correction is a data change.

Dates of effect that the portal's legal table already holds (the 2561 Act, the NACC 2563 announcement)
are read from ``legal.rules`` by the lint itself; the one date here that ``legal.rules`` does not hold yet
is the Criminal Code amendment of 2560 (law.md §5, tagged confirmed).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# Organization kinds (values of ``declarations.models.OrganizationKind``) and how their names begin.
ORG_PREFIXES: dict[str, tuple[str, ...]] = {
    "sao": ("องค์การบริหารส่วนตำบล", "อบต."),
    "municipality": ("เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "ทต.", "ทม.", "ทน."),
    "pao": ("องค์การบริหารส่วนจังหวัด", "อบจ."),
}

# The same office under each kind of organization (law.md §6); using another kind's title is a copy error.
ROLE_TITLES: dict[str, dict[str, str]] = {
    "staff": {"sao": "พนักงานส่วนตำบล", "municipality": "พนักงานเทศบาล", "pao": "พนักงานส่วนจังหวัด"},
    "council_member": {
        "sao": "สมาชิกสภาองค์การบริหารส่วนตำบล",
        "municipality": "สมาชิกสภาเทศบาล",
        "pao": "สมาชิกสภาองค์การบริหารส่วนจังหวัด",
    },
    "chief_executive": {
        "sao": "นายกองค์การบริหารส่วนตำบล",
        "municipality": "นายกเทศมนตรี",
        "pao": "นายกองค์การบริหารส่วนจังหวัด",
    },
    "permanent_secretary": {
        "sao": "ปลัดองค์การบริหารส่วนตำบล",
        "municipality": "ปลัดเทศบาล",
        "pao": "ปลัดองค์การบริหารส่วนจังหวัด",
    },
}


@dataclass(frozen=True)
class SectionMove:
    """Section ``old`` of the repealed 2542 Act continues as ``new`` of the 2561 Act (law.md §3).

    ``new`` lists (section, paragraph) pairs for ``legal.citations.statute``; empty when the 2561 Act has
    no equivalent. ``note`` says which new section covers what when there are several.
    """

    old: str
    new: tuple[tuple[str, int | None], ...]
    note: str = ""


SECTION_MOVES: dict[str, SectionMove] = {
    move.old: move
    for move in (
        SectionMove("100", (("126", 1),)),
        SectionMove("101", (("127", None),)),
        SectionMove("102", ()),
        SectionMove("103", (("128", None),)),
        SectionMove("103/1", (("129", None),)),
        SectionMove(
            "122",
            (("168", None), ("169", None), ("170", None)),
            "มาตรา ๑๖๘ (ฝ่าฝืนมาตรา ๑๒๖) มาตรา ๑๖๙ (ฝ่าฝืนมาตรา ๑๒๘) มาตรา ๑๗๐ (ฝ่าฝืนมาตรา ๑๒๗)",
        ),
        SectionMove("123/1", (("172", None),)),
    )
}


@dataclass(frozen=True)
class PenaltyChange:
    """From ``valid_from`` the penalty of ``section`` of the Criminal Code reads ``current``; notices that
    still quote one of ``stale`` (whitespace removed) quote a penalty that no longer holds."""

    section: str
    valid_from: dt.date
    stale: tuple[str, ...]
    current: str
    source: str


PENALTY_CHANGES: tuple[PenaltyChange, ...] = (
    PenaltyChange(
        section="152",
        valid_from=dt.date(2017, 3, 21),
        stale=("สองพันบาทถึงสองหมื่นบาท", "2,000บาทถึง20,000บาท", "๒,๐๐๐บาทถึง๒๐,๐๐๐บาท"),
        current="ต้องระวางโทษจำคุกตั้งแต่หนึ่งปีถึงสิบปี และปรับตั้งแต่สองหมื่นบาทถึงสองแสนบาท",
        source="พระราชบัญญัติแก้ไขเพิ่มเติมประมวลกฎหมายอาญา (ฉบับที่ ๒๖) พ.ศ. ๒๕๖๐",
    ),
)

# Misspellings seen in official Thai, with their correct form. Each wrong form is chosen so that it never
# occurs inside a correctly spelled word.
MISSPELLINGS: dict[str, str] = {
    "อาญ่": "อาญา",
    "เจ้าของพนักงาน": "เจ้าพนักงาน",
    "กฏหมาย": "กฎหมาย",
    "กฏเกณฑ์": "กฎเกณฑ์",
    "ปฎิบัติ": "ปฏิบัติ",
    "อนุญาติ": "อนุญาต",
    "โอกาศ": "โอกาส",
    "สังเกตุ": "สังเกต",
    "ศรีษะ": "ศีรษะ",
    "เจตนารมย์": "เจตนารมณ์",
    "เจตณารมณ์": "เจตนารมณ์",
    "ประสิทธิ์ภาพ": "ประสิทธิภาพ",
    "บันทัดฐาน": "บรรทัดฐาน",
    "ลายเซ็นต์": "ลายเซ็น",
}
