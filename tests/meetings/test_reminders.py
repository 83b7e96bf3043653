"""Reminders a week and a day before each meeting, to the officials expected, once each."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from meetings import services
from meetings.models import MeetingReminderLog
from meetings.reminders import kind_of, send_due

pytestmark = pytest.mark.django_db
BANGKOK = ZoneInfo("Asia/Bangkok")


def at(time_machine, day, hour=7):
    time_machine.move_to(dt.datetime(day.year, day.month, day.day, hour, tzinfo=BANGKOK), tick=False)


@pytest.mark.parametrize(
    ("days_left", "kind"), [(0, None), (1, "day"), (2, "week"), (7, "week"), (8, None), (-1, None)]
)
def test_which_reminder_is_due(days_left, kind):
    assert kind_of(days_left) == kind


def test_a_week_before_the_village_meeting_its_people_are_reminded_once(planned, mailoutbox, time_machine):
    # 2 February 2570: the meetings of 4 January are at 09:00 (หมู่ 2, 5, 6), 11 January is measure 5.
    today = dt.date(2026, 12, 28)
    at(time_machine, today)
    run = send_due(today)
    # 4 January (7 days): หมู่ 2, 5 and 6, each with the 3 executives and its council member(s).
    recipients = sorted(address for message in mailoutbox for address in message.to)
    assert run.sent == len(mailoutbox) == len(recipients)
    assert recipients.count("nayok@bangsaothong.example") == 3
    assert "member1@bangsaothong.example" in recipients  # หมู่ 2
    assert "chair@bangsaothong.example" in recipients  # หมู่ 6
    assert "staff1@bangsaothong.example" not in recipients
    subject = next(m.subject for m in mailoutbox if m.to == ["member1@bangsaothong.example"])
    assert "อีก 7 วัน" in subject
    assert "หมู่ที่ 2 บ้านคลองสี่" in subject
    body = next(m.body for m in mailoutbox if m.to == ["member1@bangsaothong.example"])
    assert "4 มกราคม 2570" in body
    assert "/meetings/" in body
    again = send_due(today)
    assert again.sent == 0
    assert len(mailoutbox) == run.sent


def test_the_day_before_and_only_to_those_with_an_address(planned, mailoutbox, time_machine):
    today = dt.date(2027, 1, 3)
    at(time_machine, today)
    run = send_due(today)
    day_before = [m for m in mailoutbox if "พรุ่งนี้" in m.subject]
    assert len(day_before) == 3 * 3 + 2  # 3 executives × 3 meetings; member1 (หมู่ 2) and the chair (หมู่ 6)
    assert run.failed == 0
    # Council members without an account have no address: nothing is logged for them.
    assert MeetingReminderLog.objects.count() == run.sent


def test_a_moved_meeting_is_reminded_again_for_its_new_date(
    planned, admin, meeting_of, mailoutbox, time_machine
):
    today = dt.date(2027, 1, 3)
    at(time_machine, today)
    meeting = meeting_of(1, 2)
    send_due(today)
    sent = len([m for m in mailoutbox if m.to == ["member1@bangsaothong.example"]])
    services.meeting_move(
        actor=admin,
        meeting=meeting,
        date=dt.date(2027, 1, 8),
        start_time=dt.time(9),
        end_time=dt.time(12),
        place=meeting.place,
        reason="ติดงานบุญ",
    )
    send_due(today)
    to_member1 = [m for m in mailoutbox if m.to == ["member1@bangsaothong.example"]]
    assert len(to_member1) == sent + 1
    assert "อีก 5 วัน" in to_member1[-1].subject
    assert "เลื่อนจากวันที่ 4 มกราคม 2570" in to_member1[-1].body


def test_cancelled_and_held_meetings_are_not_reminded(planned, admin, meeting_of, mailoutbox, time_machine):
    today = dt.date(2027, 1, 3)
    at(time_machine, today)
    for moo in (2, 5):
        services.meeting_cancel(actor=admin, meeting=meeting_of(1, moo), reason="น้ำท่วม")
    services.meeting_record_held(
        actor=admin,
        meeting=meeting_of(1, 6),
        officials=[],
        others=[("x", "")],
        citizens=1,
        today=dt.date(2027, 1, 4),
    )
    send_due(today)
    assert mailoutbox
    assert not [m for m in mailoutbox if "4 ม.ค." in m.subject]


def test_a_failed_send_is_retried_on_the_next_run(planned, mailoutbox, time_machine, settings):
    today = dt.date(2027, 1, 3)
    at(time_machine, today)
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": 9},
        }
    }
    run = send_due(today)
    assert run.sent == 0 and run.failed > 0
    assert not MeetingReminderLog.objects.exists()
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    assert send_due(today).sent == run.failed
