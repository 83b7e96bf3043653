"""The registers of data-subject requests (standards.md P-09) and of breaches (P-10): deadlines from the
law, refusals with their legal reason, the 72-hour deadline and the 48-hour alert."""

from __future__ import annotations

import datetime as dt
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import IntegrityError
from django.urls import reverse

from coi_portal.models import AuditEntry
from privacy import services
from privacy.models import Breach, SubjectRequest
from tests.privacy.conftest import BANGKOK, at

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 6, 15)


@pytest.fixture(autouse=True)
def frozen(time_machine):
    at(time_machine, TODAY)


def open_request(org, user, kind="access", received_on=dt.date(2026, 6, 1)):
    return services.request_open(
        actor=user,
        organization=org,
        requester_name="นายสมหมาย ใจกว้าง",
        kind=kind,
        channel="letter",
        received_on=received_on,
    )


@pytest.mark.parametrize(
    ("kind", "due"), [("access", dt.date(2026, 7, 1)), ("erasure", dt.date(2026, 8, 30))]
)
def test_a_request_is_due_30_days_after_receipt_90_for_erasure(org, user_named, kind, due):
    request = open_request(org, user_named("clerk"), kind)
    assert request.due_on == due
    assert not request.is_overdue()
    assert request.is_overdue(due + dt.timedelta(days=1))


def test_a_refusal_needs_its_legal_reason(org, user_named, english):
    request = open_request(org, user_named("clerk"), "erasure")
    with pytest.raises(services.PrivacyError, match="legal reason"):
        services.request_close(actor=user_named("clerk"), request=request, outcome="refused", response="ไม่ได้")
    services.request_close(
        actor=user_named("clerk"),
        request=request,
        outcome="refused",
        refusal_reason="s24_6",
        response="ต้องเก็บตามกฎหมาย",
    )
    request.refresh_from_db()
    assert request.status == "refused" and request.refusal_reason == "s24_6" and request.closed_on == TODAY
    entry = AuditEntry.objects.get(action="privacy.request_close")
    assert entry.after["refusal_reason"] == "s24_6" and entry.after["late"] is False
    with pytest.raises(services.PrivacyError):
        services.request_close(actor=user_named("clerk"), request=request, outcome="completed", response="x")


def test_the_database_refuses_a_refusal_without_reason(org, user_named):
    request = open_request(org, user_named("clerk"))
    with pytest.raises(IntegrityError):
        SubjectRequest.objects.filter(pk=request.pk).update(status="refused", refusal_reason="")


def test_the_register_pages(org, client_as):
    client = client_as("clerk")
    data = {
        "requester_name": "นางสาวทดสอบ",
        "kind": "erasure",
        "channel": "email",
        "received_on": "2026-06-10",
        "details": "ลบ",
    }
    assert client.post(reverse("privacy:requests"), {**data, "received_on": "2026-06-16"}).status_code == 400
    response = client.post(reverse("privacy:requests"), data)
    request = SubjectRequest.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "privacy:request_detail", args=[request.pk]
    )
    assert request.due_on == dt.date(2026, 9, 8)
    detail = reverse("privacy:request_detail", args=[request.pk])
    bad = client.post(detail, {"outcome": "refused", "response": "ไม่ได้", "closed_on": "2026-06-15"})
    assert bad.status_code == 400
    good = client.post(
        detail,
        {"outcome": "refused", "refusal_reason": "s24_4", "response": "ไม่ได้", "closed_on": "2026-06-15"},
    )
    assert good.status_code == 302
    page = client.get(detail).content.decode()
    assert "มาตรา ๒๔ (๔)" in page
    auditor = client_as("auditor")
    assert auditor.get(reverse("privacy:requests")).status_code == 200
    assert auditor.get(detail).status_code == 200
    assert auditor.post(reverse("privacy:requests"), data).status_code == 404
    assert client_as("staff1").get(reverse("privacy:requests")).status_code == 404
    assert client_as("outsider").get(detail).status_code == 404


def breach(org, user, *, aware_at, risk="risk"):
    return services.breach_record(
        actor=user,
        organization=org,
        title="แฟ้มรายงานส่งผิดคน",
        description="ส่งอีเมลแนบไฟล์ผิดผู้รับ",
        aware_at=aware_at,
        risk=risk,
    )


def test_the_deadline_is_72_hours_after_awareness(org, user_named):
    aware = dt.datetime(2026, 6, 14, 9, 0, tzinfo=BANGKOK)
    item = breach(org, user_named("clerk"), aware_at=aware)
    assert item.pdpc_deadline == dt.datetime(2026, 6, 17, 9, 0, tzinfo=BANGKOK)
    assert not item.is_overdue()
    assert item.is_overdue(dt.datetime(2026, 6, 17, 9, 1, tzinfo=BANGKOK))


def test_the_alert_fires_once_at_48_hours_to_administrators_and_integrity_officers(
    org, user_named, time_machine
):
    aware = dt.datetime(2026, 6, 15, 9, 0, tzinfo=BANGKOK)
    time_machine.move_to(aware + dt.timedelta(hours=1), tick=False)
    breach(org, user_named("clerk"), aware_at=aware)
    breach(org, user_named("clerk"), aware_at=aware, risk="none")
    time_machine.move_to(aware + dt.timedelta(hours=47, minutes=59), tick=False)
    assert services.send_breach_alerts() == 0
    time_machine.move_to(aware + dt.timedelta(hours=48), tick=False)
    assert services.send_breach_alerts() == 1
    assert services.send_breach_alerts() == 0
    [message] = mail.outbox
    assert message.to == ["clerk@bangsaothong.example"]
    assert "แฟ้มรายงานส่งผิดคน" in message.body and "๗๒ ชั่วโมง" in message.body
    assert AuditEntry.objects.filter(action="privacy.breach_alert").count() == 1


def test_a_notified_breach_gets_no_alert_and_the_command_runs(org, user_named, time_machine):
    aware = dt.datetime(2026, 6, 10, 9, 0, tzinfo=BANGKOK)
    item = breach(org, user_named("clerk"), aware_at=aware)
    services.breach_notified(
        actor=user_named("clerk"), breach=item, pdpc_notified_at=aware + dt.timedelta(hours=20)
    )
    out = StringIO()
    call_command("breach_alerts", stdout=out)
    assert "breach alerts sent: 0" in out.getvalue()
    assert mail.outbox == []


def test_closing_follows_the_law(org, user_named, english):
    keeper = user_named("clerk")
    aware = dt.datetime(2026, 6, 14, 9, 0, tzinfo=BANGKOK)
    high = breach(org, keeper, aware_at=aware, risk="high")
    with pytest.raises(services.PrivacyError, match="PDPC Office"):
        services.breach_close(actor=keeper, breach=high)
    services.breach_notified(actor=keeper, breach=high, pdpc_notified_at=aware + dt.timedelta(hours=20))
    with pytest.raises(services.PrivacyError, match="people affected"):
        services.breach_close(actor=keeper, breach=high)
    services.breach_notified(actor=keeper, breach=high, subjects_notified_at=aware + dt.timedelta(hours=24))
    services.breach_close(actor=keeper, breach=high)
    none = breach(org, keeper, aware_at=aware, risk="none")
    with pytest.raises(services.PrivacyError, match="no risk"):
        services.breach_close(actor=keeper, breach=none)
    with pytest.raises(services.PrivacyError, match="future"):
        breach(org, keeper, aware_at=dt.datetime(2026, 6, 16, 9, 0, tzinfo=BANGKOK))


def test_the_breach_pages(org, client_as):
    client = client_as("clerk")
    data = {
        "title": "โน้ตบุ๊กหาย",
        "description": "โน้ตบุ๊กของกองคลังหาย",
        "aware_at": "2026-06-15T08:00",
        "risk": "high",
    }
    assert client.post(reverse("privacy:breaches"), {**data, "risk": "nonsense"}).status_code == 400
    assert client.post(reverse("privacy:breaches"), data).status_code == 302
    item = Breach.objects.get()
    url = reverse("privacy:breach_detail", args=[item.pk])
    page = client.get(url).content.decode()
    assert "18 มิถุนายน 2569" in page
    assert client.post(url, {"action": "close"}).status_code == 400
    notify = {
        "action": "notify",
        "pdpc_notified_at": "2026-06-15T09:00",
        "subjects_notified_at": "2026-06-15T09:30",
    }
    assert client.post(url, notify).status_code == 302
    assert client.post(url, {"action": "close"}).status_code == 302
    item.refresh_from_db()
    assert item.closed_at is not None
    assert client_as("auditor").get(url).status_code == 200
    assert client_as("auditor").post(url, {"action": "close"}).status_code == 404
    assert client_as("nayok").get(url).status_code == 404
    assert client_as("outsider").get(url).status_code == 404
