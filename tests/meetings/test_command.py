"""``plan_meetings``: the command line of the planner, for the demo organization and any year."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from meetings.models import Measure, Meeting, MeetingPlanNote

pytestmark = pytest.mark.django_db


def run(*args):
    out = io.StringIO()
    call_command("plan_meetings", *args, stdout=out)
    return out.getvalue()


def test_plan_2570_prints_the_plan_and_stores_it(org):
    out = run("--org", "bangsaothong", "--year", "2570")
    assert "2570-01  limit raised to 3 village meetings a day" in out
    assert "2570-05  limit raised to 4 village meetings a day" in out
    assert "  2027-01-04 09:00-11:20  หมู่ที่ 2 บ้านคลองสี่  [planned]" in out
    assert "  2027-01-11 10:00-12:00  measure 5  [planned]" in out
    assert "bangsaothong 2570: 144 created, 0 changed, 0 removed, 0 kept" in out
    assert Meeting.objects.filter(organization=org).count() == 144


@pytest.mark.parametrize("year", ["2568", "2569", "2571", "2575", "๒๕๗๒"])
def test_any_year_follows_the_rules(org, year):
    run("--org", "bangsaothong", "--year", year)
    meetings = Meeting.objects.filter(organization=org)
    assert meetings.count() == 144
    assert not meetings.filter(measure=Measure.VILLAGE, date__day__gte=10).exists()
    assert not meetings.filter(measure=Measure.STAFF, date__day__lt=10).exists()
    for note in MeetingPlanNote.objects.filter(organization=org):
        village_days = meetings.filter(for_month=note.month, measure=Measure.VILLAGE).values_list(
            "date", flat=True
        )
        assert max(list(village_days).count(d) for d in set(village_days)) <= note.daily_limit


def test_running_twice_changes_nothing(org):
    run("--org", "bangsaothong", "--year", "2570")
    assert "0 created, 0 changed, 0 removed, 0 kept" in run("--org", "bangsaothong", "--year", "2570")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--org", "nowhere", "--year", "2570"], "No organization"),
        (["--org", "bangsaothong", "--year", "2027"], "Common Era"),
        (["--org", "bangsaothong", "--year", "next"], "Buddhist-era year"),
        (["--org", "bangsaothong", "--year", "2570", "--daily-limit", "0"], "from 1 to 20"),
    ],
)
def test_bad_arguments(org, args, message):
    with translation.override("en"), pytest.raises(CommandError, match=message):
        run(*args)
    assert not Meeting.objects.exists()


def test_a_maximum_leaves_villages_unplanned_and_says_so(org):
    out = run("--org", "bangsaothong", "--year", "2570", "--max-daily-limit", "3")
    assert "2570-05  limit raised to 3 village meetings a day  unplanned: หมู่ที่ 13, หมู่ที่ 14" in out
    assert MeetingPlanNote.objects.get(month__month=5).unplanned_villages == [13, 14]
