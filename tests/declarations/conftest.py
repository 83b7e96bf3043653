"""Helpers for the business-interest tests: declare through the services, enter contracts, valid numbers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from django.contrib.auth.models import User

from declarations.models import Contract, InterestDeclaration, Organization
from declarations.services_interests import declaration_submit
from declarations.services_register import contract_create
from declarations.thai_ids import check_digit

# The demo council's term began on 1 December 2021 (coi_portal.demo.COUNCIL_TERM).
TERM = dt.date(2021, 12, 1)


def juristic(first_twelve: str) -> str:
    """A valid 13-digit juristic person number starting with `first_twelve`."""
    return first_twelve + str(check_digit(first_twelve))


ROADS = juristic("010556012345")  # บริษัท ถนนดี ก่อสร้าง จำกัด
WATER = juristic("010555801234")  # ห้างหุ้นส่วนจำกัด น้ำใส
SHOP = juristic("010353700456")


def item(**changes: Any) -> dict[str, Any]:
    """A declared shareholding of the official, since 2023, in the road contractor."""
    base = {
        "holder": "self",
        "activity": "partner_or_shareholder",
        "company_name": "บริษัท ถนนดี ก่อสร้าง จำกัด",
        "juristic_number": ROADS,
        "business_form": "company",
        "share_percent": Decimal("10"),
        "role": "ผู้ถือหุ้น",
        "held_since": dt.date(2023, 3, 1),
        "held_until": None,
        "deals_with_organization": False,
        "notes": "",
    }
    return {**base, **changes}


def work(**changes: Any) -> dict[str, Any]:
    base = {
        "employer": "ห้างหุ้นส่วนจำกัด น้ำใส",
        "employer_juristic_number": WATER,
        "role": "ที่ปรึกษาบัญชี",
        "hours_per_week": Decimal("4"),
        "paid": True,
        "deals_with_organization": False,
        "since": dt.date(2022, 6, 1),
        "until": None,
        "notes": "",
    }
    return {**base, **changes}


def contract_data(**changes: Any) -> dict[str, Any]:
    base = {
        "kind": "contract",
        "contract_number": "12/2567",
        "subject": "ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 2",
        "counterparty_name": "บริษัท ถนนดี ก่อสร้าง จำกัด",
        "counterparty_juristic_number": ROADS,
        "value": Decimal("1250000.00"),
        "signed_on": dt.date(2024, 2, 1),
        "division": "กองช่าง",
    }
    return {**base, **changes}


@pytest.fixture
def declare(user_named: Callable[[str], User]) -> Callable[..., InterestDeclaration]:
    """``declare("member1", items=[item(holder="spouse")])``: a filed declaration of a demo account."""

    def make(username: str, *, items: list[dict[str, Any]] = (), outside_work=(), nothing: bool = False):  # type: ignore[assignment]
        user = user_named(username)
        official = user.membership.official
        assert official is not None
        return declaration_submit(
            actor=user,
            official=official,
            items=list(items),
            outside_work=list(outside_work),
            nothing_to_declare=nothing,
        )

    return make


@pytest.fixture
def add_contract(user_named: Callable[[str], User]) -> Callable[..., Contract]:
    """``add_contract(contract_number="13/2567")``: a contract entered by the clerk."""

    def make(**changes: Any) -> Contract:
        clerk = user_named("clerk")
        organization: Organization = clerk.membership.organization
        return contract_create(actor=clerk, organization=organization, data=contract_data(**changes))

    return make
