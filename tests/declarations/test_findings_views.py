"""Findings as the official, the clerk, the auditor and the council chair see them; reviews; former officials."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from django.urls import reverse

from coi_portal.models import AuditEntry
from declarations.models import Finding, FindingStatus, Official, Tenure
from tests.declarations.conftest import item

pytestmark = pytest.mark.django_db


@pytest.fixture
def findings(demo_orgs, declare, add_contract):
    add_contract()
    declare("member1", items=[item(holder="spouse")])
    declare("staff1", items=[item(company_name="=HYPERLINK(1)")])
    return {
        f.official.membership.user.username: f
        for f in Finding.objects.select_related("official__membership__user")
    }


def test_the_chair_sees_council_members_findings_not_staff(findings, client_as):
    response = client_as("chair").get(reverse("declarations:chair_dashboard"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "นายบุญมี มั่นคง" in page
    assert "finding-prohibited" in page
    assert "มาตรา ๔๗ ตรี(๖)" in page
    assert "=HYPERLINK" not in page  # staff1's finding is not the chair's business
    assert AuditEntry.objects.filter(action="interest.view_spouse_findings", actor_username="chair").exists()


def test_the_chair_is_whoever_holds_the_office_today(findings, client_as, user_named):
    chair = user_named("chair").membership.official
    Tenure.objects.filter(official=chair, position__office="council_chair").update(
        ended_on=dt.date(2024, 1, 1)
    )
    assert client_as("chair").get(reverse("declarations:chair_dashboard")).status_code == 404
    vice = user_named("vicechair").membership.official
    chair_position = Tenure.objects.get(official=chair, position__office="council_chair").position
    Tenure.objects.create(official=vice, position=chair_position, started_on=dt.date(2024, 1, 2))
    assert client_as("vicechair").get(reverse("declarations:chair_dashboard")).status_code == 200
    finding = findings["member1"]
    assert (
        client_as("vicechair").get(reverse("declarations:finding_detail", args=[finding.pk])).status_code
        == 200
    )
    assert (
        client_as("chair").get(reverse("declarations:finding_detail", args=[finding.pk])).status_code == 404
    )


def test_the_organization_list_filters_and_exports(findings, client_as):
    client = client_as("auditor")
    page = client.get(reverse("declarations:findings"), {"outcome": "prohibited"}).content.decode()
    assert "นายบุญมี มั่นคง" in page and "แก้วมณี" not in page
    response = client.get(reverse("declarations:findings_csv"))
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["official", "holder", "business"]
    assert rows[1][:2] == ["นายบุญมี มั่นคง", "spouse"]
    assert any(row[2] == "'=HYPERLINK(1)" for row in rows)  # no formula reaches a spreadsheet
    assert AuditEntry.objects.filter(
        action="interest.export_spouse_findings", actor_username="auditor"
    ).exists()


def test_the_clerk_records_a_review(findings, client_as):
    finding = findings["member1"]
    client = client_as("clerk")
    url = reverse("declarations:finding_review", args=[finding.pk])
    assert client.post(url, {"note": ""}).status_code == 302
    finding.refresh_from_db()
    assert finding.status == FindingStatus.OPEN
    client.post(url, {"note": "แจ้งนายอำเภอแล้ว ตามหนังสือที่ สป 123/2568"})
    finding.refresh_from_db()
    assert (finding.status, finding.reviewed_by.username) == (FindingStatus.REVIEWED, "clerk")
    assert AuditEntry.objects.filter(action="interest.finding_review").count() == 1
    assert (
        "แจ้งนายอำเภอแล้ว"
        in client.get(reverse("declarations:finding_detail", args=[finding.pk])).content.decode()
    )


def test_recording_leaving_office_ends_tenures_and_shows_the_window(findings, client_as):
    member = Official.objects.get(membership__user__username="member1")
    client = client_as("clerk")
    response = client.post(
        reverse("declarations:record_leaving", args=[member.pk]), {"left_on": "2025-03-01"}
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.left_office_on == dt.date(2025, 3, 1)
    assert set(member.tenures.values_list("ended_on", flat=True)) == {dt.date(2025, 2, 28)}
    page = client.get(reverse("declarations:former_officials")).content.decode()
    assert "นายบุญมี มั่นคง" in page
    assert "1 มีนาคม 2570" in page  # two years after leaving: the gift rules' window
    finding = Finding.objects.get(official=member, status=FindingStatus.OPEN)
    assert finding.reason == "s127_not_designated"


def test_leaving_before_taking_office_is_refused(findings, client_as):
    member = Official.objects.get(membership__user__username="member1")
    response = client_as("clerk").post(
        reverse("declarations:record_leaving", args=[member.pk]), {"left_on": "2020-01-01"}
    )
    assert response.status_code == 400
    member.refresh_from_db()
    assert member.left_office_on is None


def test_wrong_methods(findings, client_as):
    client = client_as("clerk")
    finding = findings["member1"]
    assert client.get(reverse("declarations:finding_review", args=[finding.pk])).status_code == 405
    assert client.post(reverse("declarations:findings")).status_code == 405
    assert client.post(reverse("declarations:chair_dashboard")).status_code == 405
    assert client.post(reverse("declarations:former_officials")).status_code == 405
