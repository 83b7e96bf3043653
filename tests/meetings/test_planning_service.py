"""Planning stores the plan: one row per meeting with a stable UID, the month notes, an audit entry; and
re-planning keeps what was held or moved by hand, and the UIDs of what it moves."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import translation

from coi_portal.models import AuditEntry
from declarations.models import ClosureDay, Village
from meetings import services
from meetings.models import Measure, Meeting, MeetingPlanNote, MeetingStatus
from meetings.services import MeetingError

pytestmark = pytest.mark.django_db


def test_plan_2570_stores_eleven_village_meetings_and_one_monthly_meeting_a_month(org, planned):
    assert planned.created == 12 * 12
    meetings = Meeting.objects.filter(organization=org)
    for month in range(1, 13):
        here = meetings.filter(for_month=dt.date(2027, month, 1))
        assert here.filter(measure=Measure.VILLAGE).count() == 11
        assert here.filter(measure=Measure.STAFF).count() == 1
    assert meetings.filter(measure=Measure.VILLAGE, date__day__gte=10).count() == 0
    assert len(set(meetings.values_list("uid", flat=True))) == 144
    village = meetings.get(for_month=dt.date(2027, 1, 1), village__moo_no=2)
    assert village.place == "ศาลาประชาคม หมู่ที่ 2 บ้านคลองสี่"
    assert village.planned_by.username == "clerk"


def test_plan_notes_say_which_months_raised_their_limit(org, planned):
    notes = {n.month.month: n for n in MeetingPlanNote.objects.filter(organization=org)}
    assert len(notes) == 12
    assert (notes[1].daily_limit, notes[1].raised) == (3, True)
    assert (notes[5].daily_limit, notes[5].raised) == (4, True)
    assert not notes[2].raised
    assert all(not n.unplanned_villages and not n.staff_unplanned for n in notes.values())


def test_plan_writes_one_audit_entry(org, planned):
    entry = AuditEntry.objects.get(action="meetings.plan")
    assert entry.actor_username == "clerk"
    assert entry.after["created"] == 144
    assert entry.after["raised"] == {"1": 3, "5": 4}


def test_replanning_with_nothing_changed_changes_nothing(org, planned, admin):
    before = dict(Meeting.objects.values_list("uid", "date"))
    again = services.plan_year(organization=org, year_be=2570, actor=admin, today=dt.date(2026, 11, 2))
    assert (again.created, again.updated, again.removed) == (0, 0, 0)
    assert dict(Meeting.objects.values_list("uid", "date")) == before


def test_replanning_keeps_moved_and_held_meetings_and_the_uids_of_the_others(org, planned, admin, meeting_of):
    moved = services.meeting_move(
        actor=admin,
        meeting=meeting_of(2, 2),
        date=dt.date(2027, 2, 9),
        start_time=dt.time(9),
        end_time=dt.time(12),
        place="วัดเสาธงกลาง",
        reason="ศาลาประชาคมซ่อมหลังคา",
    )
    shifted = meeting_of(2, 5)
    ClosureDay.objects.create(organization=org, day=dt.date(2027, 2, 1), reason="วันหยุดท้องถิ่น")
    result = services.plan_year(organization=org, year_be=2570, actor=admin, today=dt.date(2026, 12, 1))
    moved.refresh_from_db()
    assert (moved.date, moved.status, moved.place) == (
        dt.date(2027, 2, 9),
        MeetingStatus.MOVED,
        "วัดเสาธงกลาง",
    )
    again = meeting_of(2, 5)
    assert again.uid == shifted.uid
    assert again.date != dt.date(2027, 2, 1)
    assert again.sequence == shifted.sequence + 1
    assert result.kept == 1
    assert result.created == 0
    february = Meeting.objects.filter(for_month=dt.date(2027, 2, 1), measure=Measure.VILLAGE)
    assert february.count() == 11
    assert not february.filter(date=dt.date(2027, 2, 1)).exists()


def test_replanning_places_nothing_in_the_past(org, planned, admin, meeting_of):
    """A year under way: planned meetings already past are kept; new ones start today."""
    Village.objects.create(organization=org, moo_no=15, name="บ้านใหม่พัฒนา")
    services.plan_year(organization=org, year_be=2570, actor=admin, today=dt.date(2027, 3, 5))
    new = Meeting.objects.filter(village__moo_no=15).order_by("date")
    assert new.first().date >= dt.date(2027, 3, 5)
    assert not new.filter(for_month__lt=dt.date(2027, 3, 1)).exists()
    notes = MeetingPlanNote.objects.get(organization=org, month=dt.date(2027, 2, 1))
    assert notes.unplanned_villages == [15]
    assert meeting_of(1, 2).date == dt.date(2027, 1, 4)


def test_a_cancelled_meeting_is_kept_and_not_planned_again(org, planned, admin, meeting_of):
    cancelled = services.meeting_cancel(actor=admin, meeting=meeting_of(1, 14), reason="น้ำท่วม")
    result = services.plan_year(organization=org, year_be=2570, actor=admin, today=dt.date(2026, 12, 1))
    assert (result.created, result.kept) == (0, 1)
    january = Meeting.objects.filter(for_month=dt.date(2027, 1, 1), village__moo_no=14)
    assert list(january) == [cancelled]
    assert january.get().status == MeetingStatus.CANCELLED


@pytest.mark.parametrize(
    ("year", "limit", "message"),
    [
        (2027, 2, "Buddhist era"),
        (3000, 2, "Buddhist era"),
        (2570, 0, "from 1 to 20"),
        (2570, 21, "from 1 to 20"),
    ],
)
def test_bad_input_is_refused_and_stores_nothing(org, admin, year, limit, message):
    with translation.override("en"), pytest.raises(MeetingError, match=message):
        services.plan_year(organization=org, year_be=year, actor=admin, daily_limit=limit)
    assert not Meeting.objects.exists()
    assert not AuditEntry.objects.filter(action="meetings.plan").exists()


def test_first_plan_of_a_past_year_is_complete(org, admin):
    result = services.plan_year(organization=org, year_be=2568, actor=admin, today=dt.date(2026, 11, 25))
    assert result.created == 144
    assert all(not m.unplanned for m in result.plan.months)
