"""``send_reminders``: overdue rulings, unconfirmed returns and near report deadlines, once per filing and day."""

from __future__ import annotations

import datetime as dt
import io
import smtplib
from zoneinfo import ZoneInfo

import pytest
from django.core.management import CommandError, call_command

from gifts import services
from gifts.models import ReminderLog
from legal.gifts import report_deadline

pytestmark = pytest.mark.django_db

BANGKOK = ZoneInfo("Asia/Bangkok")
START = dt.date(2026, 6, 1)


def at(time_machine, day, hour=8):
    time_machine.move_to(dt.datetime(day.year, day.month, day.day, hour, 0, tzinfo=BANGKOK), tick=False)


def run():
    out = io.StringIO()
    call_command("send_reminders", stdout=out, stderr=io.StringIO())
    return out.getvalue().strip()


def rule(user_named, filing, decision):
    nayok = user_named("nayok")
    return services.filing_rule(
        actor=nayok, official=nayok.membership.official, filing=filing, decision=decision, reason="พิจารณาแล้ว"
    )


@pytest.fixture
def submitted(demo_orgs, file_gift, time_machine):
    at(time_machine, START, hour=10)
    return file_gift("staff1", received_on=START - dt.timedelta(days=2))


def test_nothing_due_sends_nothing(submitted, mailoutbox, time_machine):
    at(time_machine, START + dt.timedelta(days=30))
    assert run() == "sent 0 reminders"
    assert mailoutbox == []
    assert not ReminderLog.objects.exists()


def test_overdue_ruling_reminds_the_reviewer_once_a_day(submitted, mailoutbox, time_machine):
    at(time_machine, START + dt.timedelta(days=31))
    assert run() == "sent 1 reminders"
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["nayok@bangsaothong.example"]
    assert submitted.number in mailoutbox[0].subject
    assert "รอการพิจารณาเกินกำหนด" in mailoutbox[0].subject
    at(time_machine, START + dt.timedelta(days=31), hour=14)
    assert run() == "sent 0 reminders"
    assert len(mailoutbox) == 1
    at(time_machine, START + dt.timedelta(days=32))
    assert run() == "sent 1 reminders"
    assert len(mailoutbox) == 2
    assert ReminderLog.objects.count() == 2


def test_ruled_filing_needs_no_ruling_reminder(submitted, user_named, mailoutbox, time_machine):
    rule(user_named, submitted, "keep")
    at(time_machine, START + dt.timedelta(days=60))
    assert run() == "sent 0 reminders"


def test_unconfirmed_return_reminds_the_filer(submitted, user_named, mailoutbox, time_machine):
    rule(user_named, submitted, "return")
    at(time_machine, START + dt.timedelta(days=15))
    assert run() == "sent 0 reminders"
    at(time_machine, START + dt.timedelta(days=16))
    assert run() == "sent 1 reminders"
    assert mailoutbox[0].to == ["staff1@bangsaothong.example"]
    assert "ส่งคืน" in mailoutbox[0].subject
    assert run() == "sent 0 reminders"


def test_recorded_return_stops_the_reminder(submitted, user_named, mailoutbox, time_machine):
    rule(user_named, submitted, "return")
    services.return_record(
        actor=user_named("staff1"), filing=submitted, returned_on=START, method="in_person"
    )
    at(time_machine, START + dt.timedelta(days=20))
    assert run() == "sent 0 reminders"


def test_draft_near_its_deadline_reminds_the_filer(demo_orgs, file_gift, mailoutbox, time_machine):
    received = dt.date(2026, 6, 3)
    at(time_machine, received)
    draft = file_gift("staff2", submit=False, received_on=received)
    deadline = report_deadline(received)
    at(time_machine, deadline - dt.timedelta(days=4))
    assert run() == "sent 0 reminders"
    at(time_machine, deadline - dt.timedelta(days=3))
    assert run() == "sent 1 reminders"
    message = mailoutbox[0]
    assert message.to == ["staff2@bangsaothong.example"]
    assert "ใกล้ครบกำหนด" in message.subject
    assert "อีก 3 วัน" in message.body
    assert f"/gifts/{draft.pk}/" in message.body
    assert message.alternatives[0].mimetype == "text/html"
    assert run() == "sent 0 reminders"
    at(time_machine, deadline)
    assert run() == "sent 1 reminders"
    assert "(วันนี้)" in mailoutbox[-1].body
    at(time_machine, deadline + dt.timedelta(days=1))
    assert run() == "sent 0 reminders"
    assert ReminderLog.objects.filter(key__startswith=f"deadline:{draft.pk}:").count() == 2


def test_filing_sent_back_is_reminded_by_its_submitted_deadline(
    submitted, user_named, mailoutbox, time_machine
):
    nayok = user_named("nayok")
    services.filing_send_back(
        actor=nayok, official=nayok.membership.official, filing=submitted, comment="ขอภาพถ่าย"
    )
    deadline = submitted.versions.get().report_deadline
    at(time_machine, deadline - dt.timedelta(days=1))
    assert run() == "sent 1 reminders"
    assert mailoutbox[0].to == ["staff1@bangsaothong.example"]
    assert "ขอข้อมูลเพิ่มเติม" in mailoutbox[0].body


def test_recipient_without_an_address_is_skipped_and_not_logged(
    submitted, user_named, mailoutbox, time_machine
):
    nayok = user_named("nayok")
    nayok.email = ""
    nayok.save()
    official = nayok.membership.official
    official.email = ""
    official.save()
    at(time_machine, START + dt.timedelta(days=31))
    assert run() == "sent 0 reminders"
    assert mailoutbox == []
    assert not ReminderLog.objects.exists()


def test_failed_mail_is_retried_on_the_next_run(submitted, mailoutbox, time_machine, monkeypatch):
    def broken(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("mail server away")

    at(time_machine, START + dt.timedelta(days=31))
    monkeypatch.setattr("gifts.emails.send", broken)
    with pytest.raises(CommandError, match="1 reminders could not be sent"):
        run()
    assert not ReminderLog.objects.exists()
    monkeypatch.undo()
    assert run() == "sent 1 reminders"
    assert len(mailoutbox) == 1


def test_other_organizations_are_reminded_separately(submitted, mailoutbox, time_machine):
    at(time_machine, START + dt.timedelta(days=31))
    run()
    assert all(address.endswith("@bangsaothong.example") for m in mailoutbox for address in m.to)
