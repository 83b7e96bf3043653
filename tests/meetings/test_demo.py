"""``seed_meetings``: the current year planned, the past recorded, and running it again changes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from coi_portal.models import AuditEntry
from meetings.compliance import build_report
from meetings.demo import seed_meetings
from meetings.models import InterestDeclaration, Measure, Meeting, MeetingStatus, Minutes, Resolution
from meetings.selectors import year_meetings

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 6, 15)


def state():
    return (
        sorted(Meeting.objects.values_list("uid", "date", "status", "sequence")),
        Minutes.objects.count(),
        InterestDeclaration.objects.count(),
        Resolution.objects.count(),
        AuditEntry.objects.count(),
    )


def test_seed_meetings_records_the_past_and_is_idempotent(org):
    seed_meetings(org, today=TODAY)
    meetings = Meeting.objects.filter(organization=org)
    assert meetings.count() == 144
    past = meetings.filter(date__lt=TODAY)
    assert not past.filter(status=MeetingStatus.PLANNED).exists()
    assert past.filter(status=MeetingStatus.CANCELLED).count() == 1
    late = past.get(moved_from__isnull=False)
    assert (late.status, late.village.moo_no, late.date.day >= 12) == (MeetingStatus.HELD, 7, True)
    assert not meetings.filter(date__gte=TODAY).exclude(status=MeetingStatus.PLANNED).exists()
    held = past.filter(status=MeetingStatus.HELD)
    assert Minutes.objects.filter(meeting__in=held).count() == held.count()
    assert all(m.attendees.exists() for m in held)
    assert [d.official.full_name_th for d in InterestDeclaration.objects.all() if d.flagged] == [
        "นายวิชัย สุขสวัสดิ์"
    ]
    assert Resolution.objects.get().is_budget_request
    coming = meetings.filter(measure=Measure.STAFF, date__gte=TODAY).order_by("date").first()
    assert coming.agenda.count() == 4
    before = state()
    seed_meetings(org, today=TODAY)
    assert state() == before


def test_the_demo_compliance_report_has_something_to_explain(org):
    seed_meetings(org, today=TODAY)
    report = build_report(
        organization=org,
        year_be=2569,
        villages=org.villages.all(),
        meetings=year_meetings(org, 2026),
        today=TODAY,
    )
    assert (report.villages.late, report.villages.not_held) == (1, 1)
    assert report.staff.rate == 100.0
    assert len(report.exceptions) == 2
