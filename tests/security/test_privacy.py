"""Privacy: entries leave the public gift register after the retention period, and national ID numbers never
reach the log. (Public pages of every app are checked for ID numbers and addresses in ``test_every_url.py``.)"""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from coi_portal.privacy_rules import public_register_cutoff
from gifts import register
from tests.security.personal import PLANTED_IDS, THIRTEEN_DIGITS

pytestmark = pytest.mark.django_db


def test_the_cutoff_follows_the_setting(settings):
    settings.PUBLIC_REGISTER_RETENTION_DAYS = 365
    assert public_register_cutoff(dt.date(2026, 3, 1)) == dt.date(2025, 3, 1)
    settings.PUBLIC_REGISTER_RETENTION_DAYS = 5 * 365
    assert public_register_cutoff(dt.date(2026, 3, 1)) == dt.date(2021, 3, 2)


def test_old_entries_leave_the_public_register_but_stay_in_the_organizations_own(
    demo_orgs, file_gift, settings, client_as
):
    settings.PUBLIC_REGISTER_RETENTION_DAYS = 3 * 365
    today = timezone.localdate()
    recent = file_gift("staff1", received_on=today - dt.timedelta(days=30), value=Decimal("4000"))
    old = file_gift("staff2", received_on=today - dt.timedelta(days=4 * 365), value=Decimal("4000"))
    org = demo_orgs["bangsaothong"]
    public = register.public_filings(org)
    assert recent in public
    assert old not in public
    page = client_as(None).get(reverse("gift_reports:public_register", args=[org.slug]))
    assert recent in page.context["page"]
    assert old not in page.context["page"]
    settings.PUBLIC_REGISTER_RETENTION_DAYS = 5 * 365
    assert old in register.public_filings(org)
    # The organization's own register keeps every entry.
    page = client_as("clerk").get(reverse("gift_reports:register"))
    assert {row.filing.pk for row in page.context["rows"]} >= {recent.pk, old.pk}


def test_asvs_7_1_1_no_id_number_reaches_the_log_during_login_and_filing(demo_orgs, client_as, caplog):
    caplog.set_level(logging.DEBUG)
    client = client_as(None)
    client.post(reverse("login"), {"username": PLANTED_IDS[0], "password": "wrong-password-x"})
    client.post(reverse("login"), {"username": "staff1", "password": "demo-pass-2562"})
    response = client.post(
        reverse("gifts:new"),
        {
            "received_on": (timezone.localdate() - dt.timedelta(days=2)).isoformat(),
            "giver_name": f"นายหนึ่ง เลขบัตร {PLANTED_IDS[1]}",
            "giver_relation": "none",
            "occasion": "new_year",
            "kind": "property",
            "description": f"บัตรประชาชน {PLANTED_IDS[0]}",
            "value": "4500",
            "value_basis": "market_price",
            "action": "submit",
        },
    )
    assert response.status_code == 302
    session = client.cookies["sessionid"].value
    text = "\n".join(f"{r.name} {r.getMessage()} {r.args}" for r in caplog.records)
    assert caplog.records, "log-ins are logged"
    assert not THIRTEEN_DIGITS.search(text)
    assert "demo-pass-2562" not in text and "wrong-password-x" not in text
    assert session not in text
