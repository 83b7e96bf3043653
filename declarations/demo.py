"""Demo business interests for อบต.บางเสาธง: a contract register, declarations that meet it (the law's
scenarios 38 and 39, outside work, a relative's stake), this year's round and a procurement committee with a
member who should step aside. Everything is made through the services, so findings, audit entries and
rounds are real.

Idempotent: each part is looked up by its natural key (contract number, the official's first declaration,
the round's year, the committee's procurement and kind) and only made when missing; a second run changes
nothing. ``member1`` is left without a declaration for the browser journey.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.utils import timezone

from coi_portal.models import Membership
from declarations.models import (
    Contract,
    DeclarationRound,
    InterestDeclaration,
    Official,
    Organization,
    ProcurementCommittee,
)
from declarations.services_interests import declaration_submit
from declarations.services_register import bidder_add, committee_create, contract_create, seat_declare
from declarations.services_rounds import round_open
from declarations.thai_ids import check_digit


def _number(first_twelve: str) -> str:
    return first_twelve + str(check_digit(first_twelve))


ROADS = ("บริษัท ถนนดี ก่อสร้าง จำกัด", _number("010556012345"))
WATER = ("ห้างหุ้นส่วนจำกัด น้ำใส", _number("010555801234"))
KITCHEN = ("บริษัท ครัวบางเสาธง จำกัด", _number("011555912345"))
TRUCKS = ("บริษัท สมุทรปราการพัฒนา จำกัด (มหาชน)", _number("010755400789"))

# number, kind, counterparty, subject, value, signed on, division
CONTRACTS = (
    ("5/2567", "contract", ROADS, "ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 2", "1250000", dt.date(2024, 2, 1), "กองช่าง"),
    ("9/2567", "contract", WATER, "ปรับปรุงระบบประปาหมู่บ้าน หมู่ที่ 9", "480000", dt.date(2024, 5, 15), "กองช่าง"),
    (
        "14/2567",
        "purchase_order",
        ("ร้านวัสดุก่อสร้างขยันดี", ""),
        "จัดซื้อวัสดุก่อสร้าง",
        "85000",
        dt.date(2024, 7, 10),
        "กองช่าง",
    ),
    ("2/2568", "award", TRUCKS, "จัดซื้อรถบรรทุกขยะ 1 คัน", "2300000", dt.date(2025, 1, 20), "สำนักปลัด"),
    ("7/2568", "contract", KITCHEN, "จัดซื้ออาหารกลางวันโรงเรียน", "320000", dt.date(2025, 5, 10), "กองการศึกษา"),
)


def _user(organization: Organization, username: str) -> User | None:
    membership = Membership.objects.filter(organization=organization, user__username=username).first()
    return membership.user if membership is not None else None


def _item(name: tuple[str, str], **facts: Any) -> dict[str, Any]:
    base = {
        "holder": "self",
        "activity": "partner_or_shareholder",
        "company_name": name[0],
        "juristic_number": name[1],
        "business_form": "company",
        "role": "ผู้ถือหุ้น",
        "held_until": None,
        "deals_with_organization": False,
        "notes": "",
    }
    return {**base, **facts}


def seed_interests(organization: Organization) -> None:
    clerk = _user(organization, "clerk")
    if clerk is None:
        return
    _seed_contracts(organization, clerk)
    _seed_round(organization, clerk)
    _seed_declarations(organization)
    _seed_committee(organization, clerk)


def _seed_contracts(organization: Organization, clerk: User) -> None:
    for number, kind, (name, juristic), subject, value, signed_on, division in CONTRACTS:
        if Contract.objects.filter(organization=organization, contract_number=number).exists():
            continue
        data = {
            "kind": kind,
            "contract_number": number,
            "subject": subject,
            "counterparty_name": name,
            "counterparty_juristic_number": juristic,
            "value": Decimal(value),
            "signed_on": signed_on,
            "division": division,
        }
        contract_create(actor=clerk, organization=organization, data=data)


def _seed_round(organization: Organization, clerk: User) -> None:
    today = timezone.localdate()
    if DeclarationRound.objects.filter(organization=organization, year=today.year).exists():
        return
    round_open(
        actor=clerk,
        organization=organization,
        year=today.year,
        title=f"การแสดงการมีส่วนได้เสียทางธุรกิจ ประจำปี {today.year + 543}",
        opened_on=today - dt.timedelta(days=14),
        due_on=today + dt.timedelta(days=16),
        include_all_staff=False,
    )


def _declarations() -> dict[str, dict[str, Any]]:
    return {
        # Scenario 38: the spouse's 10 % predates the Chief Executive's term: review under the TAO Act.
        "nayok": {
            "items": [
                _item(KITCHEN, holder="spouse", share_percent=Decimal(10), held_since=dt.date(2015, 3, 1))
            ]
        },
        # Scenario 39 for a council member: 3 % of a listed contractor, within the NACC limit: TAO review.
        "member2": {
            "items": [
                _item(
                    TRUCKS,
                    business_form="public_company",
                    share_percent=Decimal(3),
                    held_since=dt.date(2022, 4, 1),
                )
            ]
        },
        "palad": {"nothing": True},
        # Outside work for a contractor: not barred for a local official, but the director acknowledges it.
        "staff1": {
            "outside_work": [
                {
                    "employer": WATER[0],
                    "employer_juristic_number": WATER[1],
                    "role": "ที่ปรึกษาด้านบัญชี",
                    "hours_per_week": Decimal(4),
                    "paid": True,
                    "deals_with_organization": True,
                    "since": dt.date(2023, 1, 15),
                    "until": None,
                    "notes": "นอกเวลาราชการ",
                }
            ]
        },
        # The permanent secretary's niece holds shares in the road contractor.
        "staff2": {"items": [_item(ROADS, share_percent=Decimal(20), held_since=dt.date(2022, 8, 1))]},
    }


def _seed_declarations(organization: Organization) -> None:
    for username, lines in _declarations().items():
        user = _user(organization, username)
        official: Official | None = user.membership.official if user is not None else None
        if user is None or official is None or InterestDeclaration.objects.filter(official=official).exists():
            continue
        declaration_submit(
            actor=user,
            official=official,
            items=lines.get("items", []),
            outside_work=lines.get("outside_work", []),
            nothing_to_declare=lines.get("nothing", False),
        )


def _seed_committee(organization: Organization, clerk: User) -> None:
    contract = Contract.objects.filter(organization=organization, contract_number="5/2567").first()
    if contract is None or ProcurementCommittee.objects.filter(contract=contract, kind="inspection").exists():
        return
    if not contract.bidders.exists():
        bidder_add(actor=clerk, contract=contract, name="บริษัท ทางหลวงไทย จำกัด", juristic_number="")
    seats = []
    for username, role in (("palad", "chair"), ("director", "member"), ("staff1", "member")):
        user = _user(organization, username)
        if user is not None and user.membership.official is not None:
            seats.append((user.membership.official, role))
    if not seats:
        return
    committee = committee_create(
        actor=clerk,
        contract=contract,
        kind="inspection",
        appointed_on=timezone.localdate() - dt.timedelta(days=5),
        order_ref="คำสั่ง อบต.บางเสาธง ที่ 112/2567",
        members=seats,
    )
    director = _user(organization, "director")
    seat = committee.members.filter(official__membership__user=director).first()
    if director is not None and seat is not None:
        seat_declare(actor=director, seat=seat, declaration="no_interest", statement="")
