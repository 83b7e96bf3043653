"""The iCalendar feeds parse back to the stored meetings: stable UIDs, Bangkok times, the village in the
summary; a moved meeting keeps its UID with a higher SEQUENCE; a cancelled one says CANCELLED."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from icalendar import Calendar

from meetings import services
from meetings.models import Meeting

pytestmark = pytest.mark.django_db
BANGKOK = ZoneInfo("Asia/Bangkok")


def feed(client, slug="bangsaothong", year=2570):
    response = client.get(reverse("meetings:ics", args=[slug, year]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response.content


def events(data):
    return {str(e.uid): e for e in Calendar.from_ical(data).events}


def test_the_year_feed_parses_back_to_the_stored_meetings(client, org, planned):
    data = feed(client)
    calendar = Calendar.from_ical(data)
    assert [tz.tz_name for tz in calendar.timezones] == ["Asia/Bangkok"]
    parsed = events(data)
    stored = Meeting.objects.filter(organization=org).select_related("village")
    assert set(parsed) == set(stored.values_list("uid", flat=True))
    assert len(parsed) == 144
    for meeting in stored:
        event = parsed[meeting.uid]
        assert event.start == dt.datetime.combine(meeting.date, meeting.start_time, tzinfo=BANGKOK)
        assert event.end == dt.datetime.combine(meeting.date, meeting.end_time, tzinfo=BANGKOK)
        assert str(event.start.tzinfo) == "Asia/Bangkok"
        assert str(event["LOCATION"]) == meeting.place
        assert event.sequence == 0
        assert str(event["STATUS"]) == "CONFIRMED"
        if meeting.village is not None:
            assert f"หมู่ที่ {meeting.village.moo_no} {meeting.village.name}" in str(event["SUMMARY"])
        else:
            assert "ประชุมประจำเดือน" in str(event["SUMMARY"])
    assert b"DTSTART;TZID=Asia/Bangkok:20270104T090000" in data


def test_an_unchanged_schedule_gives_the_same_bytes(client, planned):
    assert feed(client) == feed(client)


def test_moving_keeps_the_uid_and_bumps_the_sequence(client, planned, admin, meeting_of):
    meeting = meeting_of(2, 6)
    before = events(feed(client))[meeting.uid]
    services.meeting_move(
        actor=admin,
        meeting=meeting,
        date=dt.date(2027, 2, 9),
        start_time=dt.time(13, 30),
        end_time=dt.time(15, 30),
        place="วัดหนองจอก",
        reason="ศาลาประชาคมปิดซ่อม",
    )
    after = events(feed(client))
    assert len(after) == 144
    event = after[meeting.uid]
    assert event.sequence == before.sequence + 1 == 1
    assert event.start == dt.datetime(2027, 2, 9, 13, 30, tzinfo=BANGKOK)
    assert str(event["LOCATION"]) == "วัดหนองจอก"
    assert "ศาลาประชาคมปิดซ่อม" in str(event["DESCRIPTION"])
    assert event.stamp >= before.stamp


def test_a_cancelled_meeting_stays_with_status_cancelled(client, planned, admin, meeting_of):
    meeting = services.meeting_cancel(actor=admin, meeting=meeting_of(3, 11), reason="น้ำท่วม")
    event = events(feed(client))[meeting.uid]
    assert str(event["STATUS"]) == "CANCELLED"
    assert event.sequence == 1


def test_a_year_without_meetings_is_an_empty_calendar(client, org, planned):
    assert events(feed(client, year=2571)) == {}
    assert events(feed(client, year=1)) == {}


def test_an_unknown_organization_is_404(client, demo_orgs):
    assert client.get(reverse("meetings:ics", args=["nowhere", 2570])).status_code == 404


def test_other_organizations_meetings_never_appear(client, planned, demo_orgs, admin):
    assert events(feed(client, slug="khlongdan")) == {}


def test_personal_feed_shows_the_officials_meetings_until_revoked(client, planned, user_named):
    user = user_named("member1")
    token = services.feed_token_issue(actor=user, official=user.membership.official)
    url = reverse("meetings:personal_feed", args=[token.token])
    parsed = events(client.get(url).content)
    assert len(parsed) == 24
    villages = {str(e["SUMMARY"]) for e in parsed.values() if "หมู่ที่" in str(e["SUMMARY"])}
    assert villages == {"ประชุมชี้แจงประชาชน หมู่ที่ 2 บ้านคลองสี่: ดูแลรักษาสาธารณประโยชน์"}
    services.feed_token_revoke(actor=user, official=user.membership.official)
    response = client.get(url)
    assert response.status_code == 200
    assert events(response.content) == {}
    assert "ถูกยกเลิก" in str(Calendar.from_ical(response.content)["X-WR-CALNAME"])


def test_an_unknown_token_is_an_empty_calendar(client, demo_orgs):
    response = client.get(reverse("meetings:personal_feed", args=["nothing-here"]))
    assert response.status_code == 200
    assert events(response.content) == {}
