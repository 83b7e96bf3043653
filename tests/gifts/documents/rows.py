"""Rows of a gift filing and its ruling, built with the ORM as the services would leave them; the citations
are those the law module gives for the facts, stored as the services store them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import Any

from django.utils import timezone

from declarations.models import Official, Organization, Position, Tenure
from gifts.models import (
    Decision,
    GiftFiling,
    GiftVersion,
    Ruling,
)
from legal.gifts import GiftFacts, assess_gift
from tests.gifts.documents.reading import DECIDED_ON, NAYOK, RECEIVED_ON

# The organization, its people, a filing and its ruling.


def official(
    org: Organization, prefix: str, first: str, last: str, title: str, office: str, division: str = ""
) -> Official:
    person = Official.objects.create(
        organization=org,
        prefix_th=prefix,
        first_name_th=first,
        last_name_th=last,
        took_office_on=dt.date(2021, 12, 1),
    )
    position = Position.objects.create(organization=org, title_th=title, office=office, division=division)
    Tenure.objects.create(official=person, position=position, started_on=dt.date(2021, 12, 1))
    return person


def stored_citations(received_on: dt.date = RECEIVED_ON) -> list[dict[str, Any]]:
    assessment = assess_gift(GiftFacts(received_on=received_on, value=Decimal("5000.00")))
    return [dataclasses.asdict(citation) for citation in assessment.citations]


def make_filing(filer: Official, clerk: Any, *, status: str, **changes: Any) -> GiftFiling:
    submitted = timezone.make_aware(dt.datetime(2026, 1, 9, 10, 0))
    filing = GiftFiling.objects.create(
        organization=filer.organization,
        filer=filer,
        status=status,
        number="3/2569",
        submitted_at=submitted,
        **changes,
    )
    GiftVersion.objects.create(
        filing=filing,
        created_by=clerk,
        submitted_at=submitted,
        received_on=RECEIVED_ON,
        giver_name="นายสมพงษ์ ค้าดี",
        giver_organization="บริษัท ก่อสร้างดี จำกัด",
        giver_relation="none",
        occasion="new_year",
        kind="property",
        description="กระเช้าของขวัญปีใหม่ 1 ใบ",
        value=Decimal("5000.00"),
        value_basis="market_price",
        accepted_out_of_necessity=True,
        necessity_reason="ผู้ให้นำมาวางไว้ที่สำนักงานในวันปีใหม่ ปฏิเสธไม่ได้",
        outcome="report_required",
        reason="over_limit",
        regime="act2561_nacc2563",
        citations=stored_citations(),
    )
    return filing


def make_ruling(filing: GiftFiling, decider: Official | None, **changes: Any) -> Ruling:
    fields: dict[str, Any] = {
        "decision": Decision.RETURN,
        "reason": "ผู้ให้เป็นคู่สัญญากับองค์การบริหารส่วนตำบล การรับไว้อาจทำให้เกิดข้อสงสัย",
        "decided_by": decider,
        "decider_name": decider.full_name_th if decider else "คณะกรรมการ ป.ป.ช.",
        "decider_title": NAYOK if decider else "คณะกรรมการ ป.ป.ช.",
        "decided_on": DECIDED_ON,
        **changes,
    }
    return Ruling.objects.create(filing=filing, **fields)
