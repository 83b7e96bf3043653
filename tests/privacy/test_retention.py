"""Retention (standards.md P-08, ASVS 8.3.8): each record type has a period and a legal hold; the job
anonymises or deletes what has expired, tested with frozen time."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

from coi_portal.models import AuditEntry
from gifts.models import Attachment, GiftFiling
from participation import services as participation
from participation.models import TipOff, TipOffEvidence
from privacy import services
from privacy.models import Breach, LegalHold, SubjectRequest
from privacy.retention import ERASED, apply_retention
from tests.gifts.test_uploads import png_bytes
from tests.privacy.conftest import at

pytestmark = pytest.mark.django_db

CLOSED_ON = dt.date(2026, 1, 15)


@pytest.fixture
def closed_tipoff(org, user_named, time_machine):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from gifts.uploads import check_file

    at(time_machine, CLOSED_ON)
    photo = check_file(SimpleUploadedFile("photo.png", png_bytes()))
    submitted = participation.tipoff_submit(
        organization=org,
        subject="gift",
        what="นายช่างรับซองจากผู้รับเหมา",
        anonymous=False,
        reporter_name="นางสาวผู้แจ้ง ทดสอบ",
        reporter_contact="081-234-5678",
        files=[photo],
        named=[user_named("director").membership.official],
    )
    return participation.tipoff_close(
        actor=user_named("clerk"), tipoff=submitted.tipoff, outcome="referred", note="ส่ง ป.ป.ช."
    )


def test_a_closed_tipoff_is_anonymised_after_five_years_not_before(closed_tipoff, time_machine, settings):
    evidence_file = TipOffEvidence.objects.get(tipoff=closed_tipoff).file.path
    at(time_machine, dt.date(2031, 1, 15))
    apply_retention()
    closed_tipoff.refresh_from_db()
    assert closed_tipoff.anonymised_at is None
    at(time_machine, dt.date(2031, 1, 16))
    apply_retention()
    closed_tipoff.refresh_from_db()
    assert closed_tipoff.anonymised_at is not None
    assert closed_tipoff.what == ERASED
    assert closed_tipoff.reporter_name == "" and closed_tipoff.reporter_contact == ""
    assert not closed_tipoff.named_officials.exists() and not closed_tipoff.evidence.exists()
    assert closed_tipoff.outcome == "referred" and closed_tipoff.number
    import os

    assert not os.path.exists(evidence_file)
    entry = AuditEntry.objects.get(action="privacy.retention_applied")
    assert entry.after["record_type"] == "tipoffs" and entry.after["ids"] == [str(closed_tipoff.pk)]
    assert "ผู้แจ้ง" not in str(entry.after) and "081" not in str(entry.after)


def test_a_legal_hold_on_the_record_or_the_type_stops_the_job(org, closed_tipoff, user_named, time_machine):
    hold = services.hold_place(
        actor=user_named("clerk"),
        organization=org,
        record_type="tipoffs",
        object_id=str(closed_tipoff.pk),
        reason="คดีที่ ๑/๒๕๖๙",
    )
    at(time_machine, dt.date(2032, 1, 1))
    [outcome] = [o for o in apply_retention(organization=org) if o.record_type == "tipoffs"]
    assert outcome.held == [str(closed_tipoff.pk)] and outcome.disposed == []
    services.hold_release(actor=user_named("clerk"), hold=hold)
    services.hold_place(
        actor=user_named("clerk"), organization=org, record_type="tipoffs", object_id="", reason="สอบสวน"
    )
    [outcome] = [o for o in apply_retention(organization=org) if o.record_type == "tipoffs"]
    assert outcome.note == "hold" and outcome.disposed == []
    LegalHold.objects.update(released_at=dt.datetime(2032, 1, 1, tzinfo=dt.UTC))
    apply_retention(organization=org)
    closed_tipoff.refresh_from_db()
    assert closed_tipoff.anonymised_at is not None


def test_a_shorter_retention_period_applies_sooner(org, closed_tipoff, user_named, time_machine):
    services.retention_set(actor=user_named("clerk"), organization=org, record_type="tipoffs", years=1)
    at(time_machine, dt.date(2027, 1, 20))
    apply_retention(organization=org)
    closed_tipoff.refresh_from_db()
    assert closed_tipoff.anonymised_at is not None


def test_requests_and_breaches_are_deleted_after_their_periods(org, user_named, time_machine):
    keeper = user_named("clerk")
    at(time_machine, CLOSED_ON)
    request = services.request_open(
        actor=keeper,
        organization=org,
        requester_name="นายก ข",
        kind="access",
        channel="letter",
        received_on=CLOSED_ON,
    )
    services.request_close(actor=keeper, request=request, outcome="completed", response="ส่งสำเนาแล้ว")
    still_open = services.request_open(
        actor=keeper,
        organization=org,
        requester_name="นาย ค",
        kind="access",
        channel="letter",
        received_on=CLOSED_ON,
    )
    breach = services.breach_record(
        actor=keeper,
        organization=org,
        title="x",
        description="y",
        aware_at=dt.datetime(2026, 1, 14, 9, tzinfo=dt.UTC),
        risk="none",
    )
    services.breach_close(actor=keeper, breach=breach, no_notification_reason="ไม่มีความเสี่ยง")
    at(time_machine, dt.date(2029, 1, 16))
    apply_retention(organization=org)
    assert list(SubjectRequest.objects.all()) == [still_open]
    assert Breach.objects.exists()
    at(time_machine, dt.date(2031, 1, 16))
    apply_retention(organization=org)
    assert not Breach.objects.exists()


def test_a_gift_filing_is_anonymised_ten_years_after_closing(org, user_named, time_machine):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from gifts import services as gifts
    from gifts.uploads import check_file
    from tests.gifts.conftest import facts

    at(time_machine, CLOSED_ON)
    user = user_named("staff1")
    photo = check_file(SimpleUploadedFile("basket.png", png_bytes()))
    filing = gifts.draft_create(
        actor=user,
        filer=user.membership.official,
        facts=facts(value=2000, giver_name="นายสมพงษ์ ค้าดี"),
        files=[photo],
    )
    filing = gifts.filing_submit(actor=user, filing=filing)
    GiftFiling.objects.filter(pk=filing.pk).update(closed_at=dt.datetime(2026, 1, 15, 10, tzinfo=dt.UTC))
    at(time_machine, dt.date(2036, 1, 14))
    apply_retention(organization=org)
    assert filing.versions.get().giver_name == "นายสมพงษ์ ค้าดี"
    at(time_machine, dt.date(2036, 1, 16))
    apply_retention(organization=org)
    version = filing.versions.get()
    assert version.giver_name == ERASED and version.description == ERASED
    assert version.value == 2000 and version.outcome
    assert not Attachment.objects.filter(version__filing=filing).exists()


def test_the_command_reports_and_the_dry_run_changes_nothing(closed_tipoff, time_machine):
    at(time_machine, dt.date(2032, 1, 1))
    out = StringIO()
    call_command("apply_retention", "--dry-run", "--organization", "bangsaothong", stdout=out)
    assert "bangsaothong tipoffs: would dispose of 1" in out.getvalue()
    assert TipOff.objects.get().anonymised_at is None
    call_command("apply_retention", stdout=out)
    assert "bangsaothong tipoffs: disposed of 1" in out.getvalue()
    assert TipOff.objects.get().anonymised_at is not None


def test_the_retention_page_changes_periods_and_holds(org, client_as, english):
    client = client_as("clerk")
    assert client.get(reverse("privacy:retention")).status_code == 200
    assert (
        client.post(reverse("privacy:retention"), {"record_type": "tipoffs", "years": "0"}).status_code == 400
    )
    assert (
        client.post(reverse("privacy:retention"), {"record_type": "tipoffs", "years": "7"}).status_code == 302
    )
    assert services.retention_years(org)["tipoffs"] == 7
    response = client.post(
        reverse("privacy:hold_add"), {"record_type": "tipoffs", "object_id": "", "reason": "คดี"}
    )
    assert response.status_code == 302
    hold = LegalHold.objects.get()
    assert (
        client.post(reverse("privacy:hold_add"), {"record_type": "tipoffs", "reason": ""}).status_code == 400
    )
    assert client.post(reverse("privacy:hold_release", args=[hold.pk])).status_code == 302
    hold.refresh_from_db()
    assert not hold.active
    auditor = client_as("auditor")
    assert auditor.get(reverse("privacy:retention")).status_code == 200
    assert (
        auditor.post(reverse("privacy:retention"), {"record_type": "tipoffs", "years": "9"}).status_code
        == 404
    )
    assert client_as("outsider").post(reverse("privacy:hold_release", args=[hold.pk])).status_code == 404
