"""Comparable forms of company and person names, for matching declarations, contracts and gift givers.

The same business is written "บริษัท ก่อสร้างดี จำกัด", "บจก. ก่อสร้างดี" or "Kosangdee Co., Ltd." by
different people. A normalised name drops what says which kind of legal person it is (บริษัท, จำกัด,
(มหาชน), ห้างหุ้นส่วน…, Co., Ltd., PLC), case, spacing and punctuation, so "ก่อสร้างดี" remains. Two
different kinds of legal person with the same core name then compare equal; a match by name is therefore
always shown as such, and a match by juristic person number wins whenever both sides have one.
"""

from __future__ import annotations

import re
import unicodedata

from coi_portal.thai import arabic_digits

# Longest first, so that "ห้างหุ้นส่วนจำกัด" goes before "ห้างหุ้นส่วน" and "จำกัด".
_THAI_FORMS = (
    "ห้างหุ้นส่วนจำกัด",
    "ห้างหุ้นส่วนสามัญนิติบุคคล",
    "ห้างหุ้นส่วนสามัญ",
    "ห้างหุ้นส่วน",
    "บริษัทมหาชนจำกัด",
    "บริษัท",
    "(มหาชน)",
    "มหาชน",
    "จำกัด",
    "หจก.",
    "หจก",
    "บจก.",
    "บจก",
    "บมจ.",
    "บมจ",
)
_THAI = re.compile("|".join(re.escape(form) for form in _THAI_FORMS))
# Latin words only as whole words: "co" must not be cut out of "concrete".
_LATIN = re.compile(
    r"\b(?:company|limited|public|co|ltd|plc|inc|corp|corporation|partnership|part|lp)\b\.?", re.IGNORECASE
)
_PERSON_PREFIX = re.compile(r"^(?:นางสาว|น\.ส\.|นาง|นาย|mrs?\.?|ms\.?|miss)\s*", re.IGNORECASE)


def _fold(text: str) -> str:
    return arabic_digits(unicodedata.normalize("NFC", text or "")).casefold()


def _letters(text: str) -> str:
    """Only letters, marks and digits. Thai vowel and tone marks are marks (Mn), which the regular
    expression class \\w does not count as word characters: dropping them would merge different names."""
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LMN")


def normalised_name(name: str) -> str:
    """The core of a business name: no legal-form words, case, spaces or punctuation."""
    return _letters(_LATIN.sub(" ", _THAI.sub(" ", _fold(name))))


def normalised_person_name(name: str) -> str:
    """A person's name without the title (นาย, นาง, นางสาว, Mr, Ms…), spaces or punctuation."""
    return _letters(_PERSON_PREFIX.sub("", _fold(name).strip()))


def same_business(name_a: str, number_a: str, name_b: str, number_b: str) -> str | None:
    """How two named businesses are the same: "juristic_number" when both numbers are equal, "name" when
    their normalised names are equal and they do not carry different numbers; None otherwise."""
    if number_a and number_a == number_b:
        return "juristic_number"
    if number_a and number_b:
        return None
    key = normalised_name(name_a)
    return "name" if key and key == normalised_name(name_b) else None
