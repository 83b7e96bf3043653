"""The 13-digit check digit of Thai national IDs and juristic person numbers."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given
from hypothesis import strategies as st

from declarations.thai_ids import check_digit, clean_juristic_number, is_valid, normalise

twelve_digits = st.text(alphabet="0123456789", min_size=12, max_size=12)


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        pytest.param("0105536000315", False, id="one-digit-off"),
        pytest.param("0105561123459", False, id="wrong-check-digit"),
        pytest.param("1101700230708", True, id="a-national-id-shape"),
        pytest.param("0105560123454", True, id="juristic-number"),
        pytest.param("010556012345", False, id="twelve-digits"),
        pytest.param("01055601234545", False, id="fourteen-digits"),
        pytest.param("010556012345x", False, id="a-letter"),
        pytest.param("๐๑๐๕๕๖๐๑๒๓๔๕๔", False, id="thai-digits-are-not-normalised-by-is-valid"),
    ],
)
def test_is_valid(number, valid):
    assert is_valid(number) is valid


def test_check_digit_by_hand():
    # 0*13 + 1*12 + 0*11 + 5*10 + 5*9 + 6*8 + 0*7 + 1*6 + 2*5 + 3*4 + 4*3 + 5*2 = 205 = 11*18 + 7,
    # and (11 - 7) mod 10 = 4.
    assert check_digit("010556012345") == 4
    # Remainder 0 gives 1 and remainder 1 gives 0 ("mod 10"): 1000000000010 weighs 13 + 2*... = 13 + 4 = 17.
    assert check_digit("100000000000") == (11 - 13 % 11) % 10 == 9


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("0-1055-60123-45-4", "0105560123454", id="dashes"),
        pytest.param(" 0105 5601 2345 4 ", "0105560123454", id="spaces"),
        pytest.param("๐๑๐๕๕๖๐๑๒๓๔๕๔", "0105560123454", id="thai-digits"),
        pytest.param("", "", id="empty"),
    ],
)
def test_clean_accepts_separators_and_thai_digits(text, expected):
    assert clean_juristic_number(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        pytest.param("0105560123455", "juristic_checksum", id="bad-check-digit"),
        pytest.param("12345", "juristic_length", id="too-short"),
        pytest.param("abcdefghijklm", "juristic_length", id="letters"),
        pytest.param("¹²³⁴⁵⁶⁷⁸⁹⁰¹²³", "juristic_length", id="unicode-digits-that-are-not-ascii"),
    ],
)
def test_clean_refuses_with_a_message(text, code):
    with pytest.raises(ValidationError) as info:
        clean_juristic_number(text)
    assert info.value.code == code


def test_check_digit_refuses_anything_but_twelve_digits():
    with pytest.raises(ValueError, match="twelve"):
        check_digit("12345")


@given(twelve_digits)
def test_appending_the_check_digit_makes_a_valid_number(first):
    assert is_valid(first + str(check_digit(first)))


@given(twelve_digits, st.integers(min_value=0, max_value=9))
def test_exactly_one_last_digit_is_valid(first, last):
    assert is_valid(f"{first}{last}") is (last == check_digit(first))


@given(twelve_digits, st.integers(min_value=0, max_value=11), st.integers(min_value=1, max_value=9))
def test_changing_one_digit_is_caught_unless_the_remainders_alias(first, position, delta):
    """A single wrong digit is caught unless it is the third (weight 11, which is 0 mod 11) or the two
    weighted sums leave remainders 0 and 10, which share the check digit 1 ("mod 10")."""
    number = first + str(check_digit(first))
    wrong = (int(number[position]) + delta) % 10
    typo = number[:position] + str(wrong) + number[position + 1 :]

    def remainder(twelve: str) -> int:
        return sum(int(d) * w for d, w in zip(twelve, range(13, 1, -1), strict=True)) % 11

    aliased = position == 2 or {remainder(first), remainder(typo[:12])} == {0, 10}
    assert is_valid(typo) is aliased


@given(twelve_digits)
def test_normalise_undoes_thai_digits_and_separators(first):
    number = first + str(check_digit(first))
    thai = number.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    grouped = f"{thai[0]}-{thai[1:5]}-{thai[5:10]}-{thai[10:12]}-{thai[12]}"
    assert normalise(grouped) == number
    assert clean_juristic_number(grouped) == number
