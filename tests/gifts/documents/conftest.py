"""The organization, its people, a filing and its ruling that the document tests read back."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.contrib.auth import get_user_model

from declarations.models import Office, Official, Organization
from gifts.models import (
    GiftFiling,
    GiftPolicy,
    NaccReport,
    Ruling,
)
from gifts.workflow import Status
from tests.gifts.documents.reading import NAYOK, ORG
from tests.gifts.documents.rows import make_filing, make_ruling, official


@pytest.fixture
def org() -> Organization:
    organization = Organization.objects.create(
        name_th=ORG,
        slug="bangsaothong-docs",
        district="บางเสาธง",
        province="สมุทรปราการ",
        address="เลขที่ 101 หมู่ที่ 7 ตำบลบางเสาธง อำเภอบางเสาธง จังหวัดสมุทรปราการ 10570",
        phone="02-707-1671",
    )
    GiftPolicy.objects.create(organization=organization, letter_prefix="สป")
    return organization


@pytest.fixture
def nayok(org: Organization) -> Official:
    return official(org, "นาย", "สมชาย", "ใจดี", NAYOK, Office.CHIEF_EXECUTIVE)


@pytest.fixture
def accountant(org: Organization) -> Official:
    return official(org, "นางสาว", "มาลี", "รักงาน", "นักวิชาการเงินและบัญชี", Office.LOCAL_OFFICIAL, "กองคลัง")


@pytest.fixture
def clerk() -> Any:
    return get_user_model().objects.create_user("docs-clerk", password="a-long-test-password")


@pytest.fixture
def ruling(accountant: Official, nayok: Official, clerk: Any) -> Ruling:
    filing = make_filing(accountant, clerk, status=Status.RULED, reviewer=nayok, reviewer_title=NAYOK)
    return make_ruling(filing, nayok)


@pytest.fixture
def nacc_filing(nayok: Official, clerk: Any) -> GiftFiling:
    filing = make_filing(
        nayok, clerk, status=Status.AWAITING_NACC, recipient="nacc", routing_reason="nacc_by_law"
    )
    NaccReport.objects.create(filing=filing, sent_on=dt.date(2026, 1, 12), sent_ref="123")
    return filing
