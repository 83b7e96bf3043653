"""Thirteen-digit Thai identification numbers: the national ID and the juristic person number.

A juristic person's registration number (เลขทะเบียนนิติบุคคล, also its tax ID) uses the same check digit as
the national ID: the first twelve digits are weighted 13 down to 2, and the check digit is
(11 - sum mod 11) mod 10. Input may carry spaces or dashes ("0-1055-61234-56-0") and Thai digits.

The check catches most typing errors, not all: the third digit weighs 11, which is 0 modulo 11, so a wrong
third digit passes; and remainders 0 and 10 share the check digit 1.
"""

from __future__ import annotations

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from coi_portal.thai import arabic_digits

LENGTH = 13
_WEIGHTS = range(13, 1, -1)
_SEPARATORS = re.compile(r"[\s\-–.]+")


def check_digit(first_twelve: str) -> int:
    """The check digit of the twelve digits `first_twelve`; raises ValueError for anything else."""
    if len(first_twelve) != LENGTH - 1 or not first_twelve.isascii() or not first_twelve.isdigit():
        raise ValueError("twelve digits expected")
    total = sum(int(digit) * weight for digit, weight in zip(first_twelve, _WEIGHTS, strict=True))
    return (11 - total % 11) % 10


def normalise(text: str) -> str:
    """`text` without separators, with Thai digits made Arabic; not validated."""
    return _SEPARATORS.sub("", arabic_digits(text or "").strip())


def is_valid(number: str) -> bool:
    """Whether `number` (already normalised) is thirteen digits with a correct check digit."""
    if len(number) != LENGTH or not number.isascii() or not number.isdigit():
        return False
    return check_digit(number[:-1]) == int(number[-1])


def clean_juristic_number(text: str) -> str:
    """The normalised number, or "" for empty input; raises ValidationError with a message for the user."""
    number = normalise(text)
    if not number:
        return ""
    if len(number) != LENGTH or not number.isascii() or not number.isdigit():
        raise ValidationError(
            _("A juristic person number has 13 digits, e.g. 0105561234560."), code="juristic_length"
        )
    if not is_valid(number):
        raise ValidationError(
            _("This juristic person number is not valid (its check digit does not match): check it."),
            code="juristic_checksum",
        )
    return number


def validate_juristic_number(value: str) -> None:
    """Model-field validator: an empty value passes, anything else must be a valid stored number."""
    if value and clean_juristic_number(value) != value:
        raise ValidationError(_("Store the number as 13 digits without separators."), code="juristic_format")
