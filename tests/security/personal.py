"""Personal data planted in tests to prove it never shows where it must not: two valid national ID numbers,
a home address, and a pattern for any 13-digit number standing alone."""

from __future__ import annotations

import re
from decimal import Decimal

from django.contrib.auth import get_user_model

from declarations.thai_ids import check_digit


def national_id(first_twelve: str) -> str:
    return first_twelve + str(check_digit(first_twelve))


# Personal data planted where people type free text; none of it may reach a public page or the log.
PLANTED_IDS = (national_id("310120045678"), national_id("110370012345"))
PLANTED_ADDRESS = "บ้านเลขที่ 88/12 หมู่ที่ 5 ซอยสุขใจ"
# Thirteen digits (Arabic or Thai, with or without separators) standing alone: not inside a hex id or a word.
THIRTEEN_DIGITS = re.compile(r"(?<![0-9A-Za-z๐-๙])[0-9๐-๙](?:[ -]?[0-9๐-๙]){12}(?![0-9A-Za-z๐-๙])")


def plant_personal_data() -> None:
    """A reported gift whose giver and description carry national ID numbers and a home address."""
    from gifts import services
    from tests.gifts.conftest import facts

    user = get_user_model().objects.get(username="staff1")
    spaced = f"{PLANTED_IDS[1][0]}-{PLANTED_IDS[1][1:5]}-{PLANTED_IDS[1][5:10]}-{PLANTED_IDS[1][10:12]}-{PLANTED_IDS[1][12]}"
    details = facts(
        giver_name=f"นายสมชาย ใจดี เลขประจำตัวประชาชน {PLANTED_IDS[0]}",
        giver_organization="",
        description=f"ตะกร้าผลไม้ ส่งมาที่ {PLANTED_ADDRESS} โทร 081-234-5678 บัตร {spaced}",
        value=Decimal("4500"),
    )
    filer = user.membership.official
    assert filer is not None
    filing = services.draft_create(actor=user, filer=filer, facts=details)
    services.filing_submit(actor=user, filing=filing)
