"""The meetings as an iCalendar feed (RFC 5545, through the ``icalendar`` library).

Each meeting is one VEVENT whose UID is the meeting's stored ``uid``, so a calendar app that refreshes the
feed updates the event in place: a moved meeting keeps its UID with a higher SEQUENCE, a cancelled one
stays with STATUS:CANCELLED. Times are local times in Asia/Bangkok with a VTIMEZONE. DTSTAMP is the
meeting's last change, so an unchanged schedule gives the same bytes. Like mail and official documents,
the feed is always in Thai: it is read in calendar apps that know nothing of the portal's language switch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from icalendar import Calendar, Event
from icalendar.enums import STATUS

from coi_portal.thai import date_long
from meetings.models import Measure, Meeting, MeetingStatus

BANGKOK = ZoneInfo("Asia/Bangkok")
PRODID = "-//COI Portal//Meetings of measures 5 and 7//TH"
REFRESH = dt.timedelta(hours=12)
CONTENT_TYPE = "text/calendar; charset=utf-8"


STAFF_TITLE = "ประชุมประจำเดือน ผู้บริหาร สมาชิกสภา และพนักงาน: แยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวม"
VILLAGE_TITLE = "ประชุมชี้แจงประชาชน {village}: ดูแลรักษาสาธารณประโยชน์"
MEASURE_TEXT = {
    Measure.STAFF: "มาตรการป้องกัน ข้อ ๕: จัดประชุมประจำเดือนระหว่างผู้บริหาร สมาชิกสภาท้องถิ่น และพนักงาน",
    Measure.VILLAGE: "มาตรการป้องกัน ข้อ ๗: ประชุมชี้แจงประชาชนในแต่ละหมู่บ้าน ก่อนวันที่ ๑๐ ของทุกเดือน",
}


def summary(meeting: Meeting) -> str:
    """The event's title, naming the village of a village meeting ("หมู่ที่ 5 บ้านคลองบางพลี")."""
    if meeting.measure == Measure.VILLAGE:
        return VILLAGE_TITLE.format(village=meeting.village)
    return STAFF_TITLE


def description(meeting: Meeting) -> str:
    lines = [MEASURE_TEXT[Measure(meeting.measure)], meeting.organization.name_th]
    if meeting.moved_from is not None:
        lines.append(f"เลื่อนจากวันที่ {date_long(meeting.moved_from)} เนื่องจาก {meeting.move_reason}")
    if meeting.status == MeetingStatus.CANCELLED:
        lines.append(f"ยกเลิก เนื่องจาก {meeting.cancel_reason}")
    return "\n".join(lines)


def _event(meeting: Meeting) -> Event:
    page = settings.SITE_URL + reverse("meetings:public_schedule", args=[meeting.organization.slug])
    return Event.new(
        uid=meeting.uid,
        sequence=meeting.sequence,
        stamp=meeting.updated_at.astimezone(dt.UTC),
        created=meeting.created_at.astimezone(dt.UTC),
        last_modified=meeting.updated_at.astimezone(dt.UTC),
        start=dt.datetime.combine(meeting.date, meeting.start_time, tzinfo=BANGKOK),
        end=dt.datetime.combine(meeting.date, meeting.end_time, tzinfo=BANGKOK),
        summary=summary(meeting),
        description=description(meeting),
        location=meeting.place,
        status=STATUS.CANCELLED if meeting.status == MeetingStatus.CANCELLED else STATUS.CONFIRMED,
        url=f"{page}?year={meeting.for_month.year + 543}",
    )


def calendar_bytes(meetings: Sequence[Meeting], *, name: str, uid: str) -> bytes:
    """The feed of ``meetings`` (any order; events come out by date)."""
    calendar = Calendar.new(name=name, prodid=PRODID, method="PUBLISH", uid=uid, refresh_interval=REFRESH)
    calendar.add("X-PUBLISHED-TTL", REFRESH)
    ordered = sorted(meetings, key=lambda m: (m.date, m.start_time, m.uid))
    for meeting in ordered:
        calendar.add_component(_event(meeting))
    if ordered:
        calendar.add_missing_timezones(
            first_date=ordered[0].date - dt.timedelta(days=1),
            last_date=ordered[-1].date + dt.timedelta(days=1),
        )
    return bytes(calendar.to_ical())
