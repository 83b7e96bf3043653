"""Demo meetings for อบต.บางเสาธง: the current Buddhist-era year planned, the meetings already past recorded
as held with attendance and minutes, one moved (and so late) and one cancelled so the compliance view has
something to explain, the last monthly meeting's agenda with the interest declarations of every official
with an account, the next one's agenda still open, and a village budget request (measure 6).

Made through the services, so audit entries, UIDs and sequences are real. Idempotent: planning happens only
for a year without meetings, and only meetings still ``planned`` in the past are recorded.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.contrib.auth.models import User
from django.db.models import QuerySet
from django.utils import timezone

from coi_portal.models import Membership
from coi_portal.rules import rules_for
from coi_portal.thai import be_year
from declarations.models import Official, Organization
from legal.calendar import next_working_day_on_or_after
from meetings import services
from meetings.expected import expected_officials
from meetings.models import Measure, Meeting, MeetingStatus

MOVED_VILLAGE, CANCELLED_VILLAGE, BUDGET_VILLAGE = 7, 12, 9
STAFF_AGENDA = (
    ("รับรองรายงานการประชุมครั้งที่แล้ว", ""),
    ("การจัดซื้อวัสดุก่อสร้างซ่อมแซมถนนสายคลองสี่", "ห้างหุ้นส่วนจำกัด ศรีประเสริฐการช่าง"),
    ("การแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวม: กรณีศึกษาการใช้รถยนต์ส่วนกลาง", ""),
    ("การส่งนักพัฒนาชุมชนเข้ารับการฝึกอบรมหลักสูตรการจัดทำแผนชุมชน", "นางสาวศิริพร สุขสวัสดิ์"),
)
# Interests declared in the demo; everyone else declares none. The permanent secretary declares none on
# item 4, which concerns his niece: the portal flags that answer.
DECLARED = {
    ("member1", 2): "คู่สมรสเป็นหุ้นส่วนผู้จัดการของห้างฯ ผู้เสนอราคา",
    ("staff2", 4): "เป็นผู้ได้รับการเสนอชื่อเข้ารับการฝึกอบรม",
}


def _administrator(organization: Organization) -> User | None:
    membership = Membership.objects.filter(organization=organization, is_administrator=True).first()
    return membership.user if membership is not None else None


def seed_meetings(organization: Organization, *, today: dt.date | None = None) -> None:
    today = today or timezone.localdate()
    actor = _administrator(organization)
    if actor is None:
        return
    year = Meeting.objects.filter(organization=organization, for_month__year=today.year)
    if not year.exists():
        services.plan_year(organization=organization, year_be=be_year(today), actor=actor, today=today)
    past = list(year.filter(status=MeetingStatus.PLANNED, date__lt=today).select_related("village"))
    _examples(actor, past, today)
    staff = [m for m in past if m.measure == Measure.STAFF]
    if staff:
        _agenda(actor, staff[-1], declare=True)
    for meeting in past:
        meeting.refresh_from_db()
        if meeting.status in (MeetingStatus.PLANNED, MeetingStatus.MOVED) and meeting.date < today:
            _hold(actor, meeting, today)
    _budget_request(actor, year, today)
    _next_staff_agenda(actor, year, today)


def _examples(actor: User, past: list[Meeting], today: dt.date) -> None:
    """Move one past village meeting past the 9th (a late one) and cancel another."""
    villages = [m for m in past if m.measure == Measure.VILLAGE and m.for_month.month >= 2]
    moved = next((m for m in villages if m.village and m.village.moo_no == MOVED_VILLAGE), None)
    late_day = moved and next_working_day_on_or_after(
        moved.for_month.replace(day=12), rules=rules_for(moved.organization)
    )
    if moved is not None and isinstance(late_day, dt.date) and late_day < today:
        services.meeting_move(
            actor=actor,
            meeting=moved,
            date=late_day,
            start_time=dt.time(13, 0),
            end_time=dt.time(16, 0),
            place=moved.place,
            reason="ผู้ใหญ่บ้านติดภารกิจงานศพในหมู่บ้าน",
        )
    cancelled = next((m for m in villages if m.village and m.village.moo_no == CANCELLED_VILLAGE), None)
    if cancelled is not None:
        services.meeting_cancel(actor=actor, meeting=cancelled, reason="น้ำท่วมศาลาประชาคม เข้าพื้นที่ไม่ได้")


def _agenda(actor: User, meeting: Meeting, *, declare: bool) -> None:
    if meeting.agenda.exists():
        return
    for title, counterparty in STAFF_AGENDA:
        services.agenda_add(actor=actor, meeting=meeting, title=title, counterparty=counterparty)
    if declare:
        _declare(meeting, expected_officials(meeting))


def _hold(actor: User, meeting: Meeting, today: dt.date) -> None:
    officials = expected_officials(meeting)
    village = meeting.village
    others = [("นายสมหมาย ใจงาม", f"ผู้ใหญ่บ้าน{village}")] if village else []
    citizens = 15 + (village.moo_no * 7 + meeting.for_month.month * 3) % 30 if village else None
    services.meeting_record_held(
        actor=actor, meeting=meeting, officials=officials, others=others, citizens=citizens, today=today
    )
    if village is not None:
        text = (
            f"ผู้บริหารชี้แจงประชาชน{village} เรื่องการดูแลรักษาสาธารณประโยชน์และสาธารณูปโภคของชุมชน\n"
            "ประชาชนแจ้งจุดที่ไฟฟ้าส่องสว่างชำรุดและท่อระบายน้ำอุดตัน กองช่างรับไปดำเนินการ"
        )
    else:
        text = (
            "ประธานชี้แจงแนวทางการแยกแยะประโยชน์ส่วนตนและประโยชน์ส่วนรวม\n"
            "ผู้มีส่วนได้เสียในวาระใดออกจากห้องประชุมระหว่างการพิจารณาวาระนั้น"
        )
    services.minutes_record(actor=actor, meeting=meeting, text=text)


def _declare(meeting: Meeting, officials: list[Official]) -> None:
    """The officials with an account declare on every item (see ``DECLARED``)."""
    items = list(meeting.agenda.all())
    for official in officials:
        membership = getattr(official, "membership", None)
        if membership is None:
            continue
        username = membership.user.username
        answers = {item.pk: (bool(note := DECLARED.get((username, item.number), "")), note) for item in items}
        services.interests_declare(actor=membership.user, official=official, meeting=meeting, answers=answers)


def _budget_request(actor: User, year: QuerySet[Meeting], today: dt.date) -> None:
    held = (
        year.filter(measure=Measure.VILLAGE, village__moo_no=BUDGET_VILLAGE, status=MeetingStatus.HELD)
        .order_by("-date")
        .first()
    )
    if held is None or held.resolutions.exists():
        return
    services.resolution_add(
        actor=actor,
        meeting=held,
        text="ที่ประชุมประชาคมมีมติเสนอโครงการซ่อมแซมถนนลูกรังซอยวัดเสาธงกลาง เพื่อบรรจุในแผนพัฒนาท้องถิ่น",
        is_budget_request=True,
        project="ซ่อมแซมถนนลูกรังซอยวัดเสาธงกลาง หมู่ที่ 9",
        amount=Decimal("350000.00"),
        votes_for=42,
        votes_against=3,
    )


def _next_staff_agenda(actor: User, year: QuerySet[Meeting], today: dt.date) -> None:
    """The next monthly meeting gets its agenda, so officials can declare their interests in the demo."""
    coming = (
        year.filter(measure=Measure.STAFF, status=MeetingStatus.PLANNED, date__gte=today)
        .order_by("date")
        .first()
    )
    if coming is not None:
        _agenda(actor, coming, declare=False)
