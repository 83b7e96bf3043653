"""Helpers for the gifts tests: file a gift as a demo account through the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from django.utils import timezone

from gifts import services
from gifts.models import GiftFiling


def facts(**changes: Any) -> dict[str, Any]:
    base = {
        "received_on": timezone.localdate() - dt.timedelta(days=2),
        "giver_name": "นายสมพงษ์ ค้าดี",
        "giver_organization": "บริษัท ก่อสร้างดี จำกัด",
        "giver_relation": "none",
        "giver_deals_with_agency": True,
        "occasion": "new_year",
        "occasion_other": "",
        "occasion_customary": True,
        "kind": "property",
        "description": "กระเช้าของขวัญปีใหม่",
        "value": Decimal("5000.00"),
        "value_basis": "market_price",
        "to_general_public": False,
        "accepted_out_of_necessity": True,
        "necessity_reason": "ผู้ให้นำมาวางไว้ที่สำนักงาน ปฏิเสธไม่ได้",
    }
    return {**base, **changes}


@pytest.fixture
def file_gift(user_named: Callable[[str], Any]) -> Callable[..., GiftFiling]:
    """``file_gift("staff1", value=Decimal("5000"))``: a submitted filing (or a draft with submit=False)."""

    def make(username: str, *, submit: bool = True, **changes: Any) -> GiftFiling:
        user = user_named(username)
        filing = services.draft_create(actor=user, filer=user.membership.official, facts=facts(**changes))
        return services.filing_submit(actor=user, filing=filing) if submit else filing

    return make
