"""Matching businesses by name: legal-form words, case and punctuation do not count; numbers win."""

from __future__ import annotations

import pytest

from declarations.names import normalised_name, normalised_person_name, same_business
from tests.declarations.conftest import ROADS, WATER


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param("บริษัท ถนนดี ก่อสร้าง จำกัด", "บจก. ถนนดีก่อสร้าง", id="thai-company-forms"),
        pytest.param("ห้างหุ้นส่วนจำกัด น้ำใส", "หจก.น้ำใส", id="thai-partnership"),
        pytest.param("บริษัท สมุทรปราการพัฒนา จำกัด (มหาชน)", "บมจ. สมุทรปราการพัฒนา", id="public-company"),
        pytest.param(
            "Thanondee Construction Co., Ltd.", "THANONDEE CONSTRUCTION COMPANY LIMITED", id="english"
        ),
        pytest.param("ถนนดี ๒๕๖๗", "ถนนดี 2567", id="thai-digits"),
    ],
)
def test_same_core_name(a, b):
    assert normalised_name(a) == normalised_name(b) != ""


def test_latin_words_are_cut_only_whole():
    assert normalised_name("Concrete Co., Ltd.") == "concrete"
    assert normalised_name("Ltd Coconut Company") == "coconut"


def test_different_names_stay_different():
    assert normalised_name("บริษัท ถนนดี จำกัด") != normalised_name("บริษัท ถนนงาม จำกัด")


def test_person_titles_are_dropped():
    assert normalised_person_name("นางลำดวน ศรีประเสริฐ") == normalised_person_name("ลำดวน  ศรีประเสริฐ")
    assert normalised_person_name("นางสาวพรทิพย์ ศรีสุข") == "พรทิพย์ศรีสุข"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        pytest.param(("อะไรก็ได้", ROADS), ("ชื่ออื่น", ROADS), "juristic_number", id="same-number-any-name"),
        pytest.param(("บจก. ถนนดีก่อสร้าง", ""), ("บริษัท ถนนดี ก่อสร้าง จำกัด", ROADS), "name", id="one-number"),
        pytest.param(("บจก. ถนนดีก่อสร้าง", WATER), ("บริษัท ถนนดี ก่อสร้าง จำกัด", ROADS), None, id="two-numbers"),
        pytest.param(("บจก. ถนนดี", ""), ("บริษัท น้ำใส จำกัด", ""), None, id="different-names"),
        pytest.param(("บริษัท จำกัด", ""), ("บริษัท จำกัด", ""), None, id="nothing-left-to-compare"),
    ],
)
def test_same_business(a, b, expected):
    assert same_business(a[0], a[1], b[0], b[1]) == expected
