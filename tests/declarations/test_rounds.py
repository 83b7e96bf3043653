"""Yearly rounds: who must declare, who has not, late filings, and the reminders."""

from __future__ import annotations

import datetime as dt
import smtplib

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from declarations.models import DeclarationRound, Finding, InterestReminderLog, RoundMember, Tenure
from declarations.reminders import send_due
from declarations.services_rounds import round_open
from tests.declarations.conftest import item

pytestmark = pytest.mark.django_db

DESIGNATED = {"nayok", "deputy", "secretary", "chair", "vicechair", "member1", "member2"}


def open_round(demo_orgs, user_named, *, due_in: int = 30, opened_ago: int = 0, all_staff: bool = False):
    today = timezone.localdate()
    return round_open(
        actor=user_named("clerk"),
        organization=demo_orgs["bangsaothong"],
        year=today.year,
        title="การแสดงการมีส่วนได้เสียทางธุรกิจ ประจำปี",
        opened_on=today - dt.timedelta(days=opened_ago),
        due_on=today + dt.timedelta(days=due_in),
        include_all_staff=all_staff,
    )


def usernames(round_: DeclarationRound) -> set[str]:
    return {
        m.official.membership.user.username
        for m in round_.members.select_related("official__membership__user")
        if hasattr(m.official, "membership")
    }


def test_the_designated_offices_must_declare(demo_orgs, user_named):
    round_ = open_round(demo_orgs, user_named)
    assert usernames(round_) == DESIGNATED
    assert round_.members.count() == 14  # with the seven council members who have no account
    offices = dict(round_.members.values_list("official__first_name_th", "office"))
    assert offices["สมบัติ"] == "council_chair"  # the chair's designated office that ranks first


def test_all_staff_when_chosen_but_not_those_who_left(demo_orgs, user_named):
    staff2 = user_named("staff2").membership.official
    staff2.left_office_on = dt.date(2024, 1, 1)
    staff2.save()
    round_ = open_round(demo_orgs, user_named, all_staff=True)
    assert usernames(round_) == DESIGNATED | {"palad", "director", "staff1", "worker1", "auditor", "clerk"}


def test_a_second_round_the_same_year_is_refused(demo_orgs, client_as, user_named):
    open_round(demo_orgs, user_named)
    client = client_as("clerk")
    today = timezone.localdate()
    data = {"year_be": today.year + 543, "opened_on": today.isoformat(), "due_on": today.isoformat()}
    response = client.post(reverse("declarations:round_new"), data)
    assert response.status_code == 400
    assert DeclarationRound.objects.count() == 1


def test_opening_through_the_page(demo_orgs, client_as):
    today = timezone.localdate()
    data = {
        "year_be": today.year + 543,
        "opened_on": today.isoformat(),
        "due_on": (today + dt.timedelta(days=30)).isoformat(),
    }
    response = client_as("clerk").post(reverse("declarations:round_new"), data)
    round_ = DeclarationRound.objects.get()
    assert response["Location"] == reverse("declarations:round_detail", args=[round_.pk])
    assert round_.title == f"การแสดงการมีส่วนได้เสียทางธุรกิจ ประจำปี {today.year + 543}"
    bad = {**data, "due_on": (today - dt.timedelta(days=1)).isoformat()}
    assert client_as("clerk").post(reverse("declarations:round_new"), bad).status_code == 400


def test_filing_counts_for_the_round_and_late_filings_are_flagged(
    demo_orgs, user_named, declare, client_as, time_machine
):
    round_ = open_round(demo_orgs, user_named, due_in=3)
    on_time = declare("member1", nothing=True)
    time_machine.move_to(timezone.now() + dt.timedelta(days=5))
    late = declare("member2", items=[item()])
    assert (on_time.round, on_time.late) == (round_, False)
    assert (late.round, late.late) == (round_, True)
    page = client_as("clerk").get(reverse("declarations:round_detail", args=[round_.pk])).content.decode()
    assert '<span class="round-filed-count">2</span>' in page
    assert '<span class="round-waiting-count">12</span>' in page
    assert "overdue" in page or "เลยกำหนด" in page or "badge text-bg-danger" in page
    declare("member2", nothing=True)  # an amendment does not change the round's record
    assert RoundMember.objects.get(round=round_, official=late.official).declaration == late


def test_a_declaration_from_before_the_round_does_not_count(demo_orgs, user_named, declare, time_machine):
    time_machine.move_to(timezone.now() - dt.timedelta(days=10))
    declare("member1", nothing=True)
    time_machine.move_to(timezone.now() + dt.timedelta(days=5))
    declare("member2", nothing=True)
    time_machine.move_to(timezone.now() + dt.timedelta(days=5))
    round_ = open_round(demo_orgs, user_named, opened_ago=7)
    filed = {m.official.first_name_th for m in round_.members.filter(declaration__isnull=False)}
    assert filed == {"สายใจ"}  # member2 declared after the opening day; member1 before it


def test_reminders_before_the_due_date_are_sent_once(demo_orgs, user_named, declare):
    open_round(demo_orgs, user_named, due_in=5)
    declare("nayok", nothing=True)
    today = timezone.localdate()
    result = send_due(today)
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert result.sent == 6 == len(recipients)  # the designated accounts but the nayok, who has filed
    assert "nayok@bangsaothong.example" not in recipients
    assert "แจ้งเตือน" in mail.outbox[0].subject
    assert send_due(today).sent == 0  # deduplicated
    assert InterestReminderLog.objects.count() == 6


def test_no_reminder_while_the_due_date_is_far(demo_orgs, user_named):
    open_round(demo_orgs, user_named, due_in=20)
    assert send_due(timezone.localdate()).sent == 0


def test_overdue_reminders_are_weekly(demo_orgs, user_named):
    open_round(demo_orgs, user_named, due_in=0, opened_ago=10)
    today = timezone.localdate()
    after = today + dt.timedelta(days=7 - today.weekday())  # the next Monday, after the due date
    assert send_due(after).sent == 7
    assert "เลยกำหนด" in mail.outbox[0].subject
    assert send_due(after + dt.timedelta(days=3)).sent == 0  # the same week
    mail.outbox.clear()
    assert send_due(after + dt.timedelta(days=7)).sent == 7


def test_a_cure_deadline_within_a_week_is_reminded_once(demo_orgs, user_named, declare, add_contract):
    member = user_named("member1").membership.official
    member.took_office_on = timezone.localdate() - dt.timedelta(days=25)
    member.save()
    Tenure.objects.filter(official=member).update(started_on=member.took_office_on)
    add_contract(signed_on=dt.date(2020, 1, 1))
    declare("member1", items=[item(held_since=dt.date(2019, 1, 1))])
    finding = Finding.objects.get()
    assert finding.outcome == "must_cure_by"
    assert send_due(timezone.localdate()).sent == 1
    assert "ใกล้ครบกำหนด" in mail.outbox[0].subject
    assert send_due(timezone.localdate()).sent == 0


def test_a_failed_mail_is_retried(demo_orgs, user_named, monkeypatch):
    open_round(demo_orgs, user_named, due_in=5)

    def broken(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("mail server away")

    monkeypatch.setattr("declarations.emails.EmailMultiAlternatives.send", broken)
    result = send_due(timezone.localdate())
    assert (result.sent, result.failed) == (0, 7)
    assert not InterestReminderLog.objects.exists()
    monkeypatch.undo()
    assert send_due(timezone.localdate()).sent == 7
