"""Administrators confirm or change the dated legal facts; the portal applies them."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from coi_portal.models import AuditEntry, RuleSetting
from coi_portal.rules import rules_for
from declarations.models import ClosureDay
from legal.vocabulary import Confidence, Office, Recipient

pytestmark = pytest.mark.django_db


def test_built_in_table_until_someone_changes_it(demo_orgs):
    rules = rules_for(demo_orgs["bangsaothong"])
    assert rules.recipient_on(Office.COUNCIL_CHAIR, dt.date(2026, 1, 1)) is Recipient.NACC
    assert rules.fact("nacc2563_effective").confidence is not Confidence.CONFIRMED


def test_administrator_routes_the_chairs_reports_to_the_vice_chair_from_a_date(demo_orgs, client_as):
    response = client_as("clerk").post(
        reverse("legal_rules"),
        {
            "name": "routing.council_chair",
            "value": "council_vice_chair",
            "valid_from": "2026-10-01",
            "note": "มติที่ประชุม",
        },
    )
    assert response.status_code == 302
    rules = rules_for(demo_orgs["bangsaothong"])
    assert rules.recipient_on(Office.COUNCIL_CHAIR, dt.date(2026, 9, 30)) is Recipient.NACC
    assert rules.recipient_on(Office.COUNCIL_CHAIR, dt.date(2026, 10, 1)) is Recipient.COUNCIL_VICE_CHAIR
    assert AuditEntry.objects.filter(action="rules.change").exists()
    assert (
        rules_for(demo_orgs["khlongdan"]).recipient_on(Office.COUNCIL_CHAIR, dt.date(2026, 10, 1))
        is Recipient.NACC
    )


def test_confirming_a_fact_marks_it_confirmed(demo_orgs, client_as):
    client_as("clerk").post(
        reverse("legal_rules"),
        {"name": "nacc2563_effective", "confirmed": "on", "note": "ราชกิจจานุเบกษา เล่ม 137"},
    )
    assert rules_for(demo_orgs["bangsaothong"]).fact("nacc2563_effective").confidence is Confidence.CONFIRMED


def test_closure_days_move_a_deadline(demo_orgs):
    org = demo_orgs["bangsaothong"]
    from legal.gifts import report_deadline

    received = dt.date(2024, 1, 1)
    assert report_deadline(received, rules=rules_for(org)) == dt.date(2024, 1, 31)
    ClosureDay.objects.create(organization=org, day=dt.date(2024, 1, 31), reason="วันหยุดท้องถิ่น")
    assert report_deadline(received, rules=rules_for(org)) == dt.date(2024, 2, 1)


@pytest.mark.parametrize(
    ("data", "status"),
    [
        pytest.param({"name": "report_days", "value": "-3"}, 400, id="negative-days"),
        pytest.param({"name": "report_days", "value": "thirty"}, 400, id="not-a-number"),
        pytest.param({"name": "gift_limit_nacc2563", "value": "NaN"}, 400, id="nan-limit"),
        pytest.param({"name": "routing.council_chair", "value": "governor"}, 400, id="unknown-recipient"),
        pytest.param({"name": "no_such_fact", "value": "1"}, 400, id="unknown-fact"),
        pytest.param({"name": "relatives_nacc2563", "value": "x"}, 400, id="confirm-only-fact"),
    ],
)
def test_bad_changes_are_refused(demo_orgs, client_as, data, status):
    assert client_as("clerk").post(reverse("legal_rules"), data).status_code == status
    assert not RuleSetting.objects.exists()


@pytest.mark.parametrize(
    ("username", "get", "post"),
    [
        ("clerk", 200, 302),
        ("auditor", 200, 404),
        ("staff1", 404, 404),
        ("outsider", 200, 302),
        (None, 302, 302),
    ],
)
def test_who_may_see_and_change(demo_orgs, client_as, username, get, post):
    client = client_as(username)
    assert client.get(reverse("legal_rules")).status_code == get
    assert client.post(reverse("legal_rules"), {"name": "report_days", "confirmed": "on"}).status_code == post
