"""The compliance view: held, late, not held or not yet due, month by month and village by village; the
yearly rate; and the PDF that serves as ITA evidence."""

from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from meetings import services
from meetings.compliance import Outcome, build_report, deadline, outcome_of
from meetings.documents import render_compliance_pdf, render_minutes_pdf
from meetings.expected import expected_officials
from meetings.models import Meeting
from meetings.selectors import meeting_with_records, year_meetings

pytestmark = pytest.mark.django_db
JANUARY = dt.date(2027, 1, 1)


def meeting(measure=7, status="planned", day=4):
    return Meeting(measure=measure, status=status, date=dt.date(2027, 1, day), for_month=JANUARY)


@pytest.mark.parametrize(
    ("row", "today", "expected"),
    [
        pytest.param(meeting(status="held", day=4), dt.date(2027, 1, 5), Outcome.HELD, id="held-on-the-4th"),
        pytest.param(meeting(status="held", day=9), dt.date(2027, 2, 1), Outcome.HELD, id="held-on-the-9th"),
        pytest.param(
            meeting(status="held", day=11), dt.date(2027, 2, 1), Outcome.LATE, id="held-on-the-11th"
        ),
        pytest.param(meeting(), dt.date(2027, 1, 2), Outcome.PENDING, id="planned-future"),
        pytest.param(meeting(), dt.date(2027, 1, 8), Outcome.PENDING, id="planned-past-not-recorded-yet"),
        pytest.param(meeting(), dt.date(2027, 1, 10), Outcome.NOT_HELD, id="planned-never-recorded"),
        pytest.param(meeting(status="moved", day=14), dt.date(2027, 1, 12), Outcome.PENDING, id="moved-late"),
        pytest.param(
            meeting(status="moved", day=14), dt.date(2027, 1, 15), Outcome.NOT_HELD, id="moved-not-held"
        ),
        pytest.param(meeting(status="cancelled"), dt.date(2027, 1, 2), Outcome.NOT_HELD, id="cancelled"),
        pytest.param(None, dt.date(2027, 1, 9), Outcome.PENDING, id="none-before-deadline"),
        pytest.param(None, dt.date(2027, 1, 10), Outcome.NOT_HELD, id="none-after-deadline"),
        pytest.param(meeting(5, "held", 28), dt.date(2027, 2, 1), Outcome.HELD, id="measure-5-end-of-month"),
        pytest.param(
            meeting(5, "planned", 11), dt.date(2027, 1, 20), Outcome.PENDING, id="measure-5-in-month"
        ),
        pytest.param(meeting(5, "planned", 11), dt.date(2027, 2, 1), Outcome.NOT_HELD, id="measure-5-missed"),
    ],
)
def test_outcomes(row, today, expected):
    measure = row.measure if row is not None else 7
    assert outcome_of(measure, JANUARY, row, today) is expected


def test_deadlines():
    assert deadline(7, dt.date(2027, 2, 1)) == dt.date(2027, 2, 9)
    assert deadline(5, dt.date(2028, 2, 1)) == dt.date(2028, 2, 29)


@pytest.fixture
def january_kept(admin, meeting_of):
    """January 2570: หมู่ 2 held on time, หมู่ 5 moved to the 12th and held late, หมู่ 6 cancelled, the
    monthly meeting held; the rest never recorded."""
    jan_20 = dt.date(2027, 1, 20)

    def hold(m):
        services.meeting_record_held(
            actor=admin,
            meeting=m,
            officials=expected_officials(m),
            citizens=10 if m.village_id else None,
            today=jan_20,
        )

    hold(meeting_of(1, 2))
    late = services.meeting_move(
        actor=admin,
        meeting=meeting_of(1, 5),
        date=dt.date(2027, 1, 12),
        start_time=dt.time(9),
        end_time=dt.time(12),
        place="วัด",
        reason="ฝนตกหนัก",
    )
    hold(late)
    services.meeting_cancel(actor=admin, meeting=meeting_of(1, 6), reason="น้ำท่วม")
    hold(meeting_of(1))
    return jan_20


def test_report_counts_and_rate(org, january_kept):
    report = build_report(
        organization=org,
        year_be=2570,
        villages=org.villages.all(),
        meetings=year_meetings(org, 2027),
        today=january_kept,
    )
    january = [row.cells[0].outcome for row in report.village_rows]
    assert january[:3] == [Outcome.HELD, Outcome.LATE, Outcome.NOT_HELD]
    assert january[3:] == [Outcome.NOT_HELD] * 8
    assert (report.villages.held, report.villages.late, report.villages.not_held) == (1, 1, 9)
    assert report.villages.pending == 11 * 11
    assert report.villages.rate == round(100 / 11, 1)
    assert (report.staff.held, report.staff.due, report.staff.rate) == (1, 1, 100.0)
    assert report.overall.due == 12
    assert [c.meeting.village.moo_no for _r, c in report.exceptions[:3]] == [5, 6, 7]


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_compliance_pdf_is_the_ita_evidence(org, january_kept, tmp_path):
    report = build_report(
        organization=org,
        year_be=2570,
        villages=org.villages.all(),
        meetings=year_meetings(org, 2027),
        today=january_kept,
    )
    text = pdf_text(render_compliance_pdf(report), tmp_path)
    assert "รายงานผลการดำเนินการตามมาตรการป้องกัน ข้อ ๕ และข้อ ๗ ประจำปี พ.ศ. ๒๕๗๐" in text
    assert "หมู่ที่ ๒ บ้านคลองสี่ (ข้อ ๗)" in text
    assert "ล่าช้า" in text
    assert "เนื่องจากน้ำท่วม" in text
    assert "(นายวิชัย สุขสวัสดิ์)" in text
    assert "(นายเกษม แซ่ลี)" in text
    assert "๙.๑" in text  # the rate of the village meetings, 1 of 11


def test_the_minutes_pdf_carries_the_declarations_and_resolutions(admin, meeting_of, user_named, tmp_path):
    monthly = meeting_of(1)
    item = services.agenda_add(
        actor=admin, meeting=monthly, title="จ้างซ่อมถนน", counterparty="นางลำดวน ศรีประเสริฐ"
    )
    member1 = user_named("member1")
    services.interests_declare(
        actor=member1,
        official=member1.membership.official,
        meeting=monthly,
        answers={item.pk: (True, "คู่สมรส")},
    )
    services.meeting_record_held(
        actor=admin, meeting=monthly, officials=expected_officials(monthly), today=dt.date(2027, 1, 12)
    )
    services.minutes_record(actor=admin, meeting=monthly, text="ที่ประชุมรับทราบ\nนายบุญมีออกจากห้องประชุมในวาระที่ ๑")
    text = pdf_text(render_minutes_pdf(meeting_with_records(monthly)), tmp_path)
    assert "รายงานการประชุม" in text
    assert "วาระที่ ๑ จ้างซ่อมถนน" in text
    assert "นายบุญมี มั่นคง มีส่วนได้เสีย คู่สมรส" in text
    assert "ที่ประชุมรับทราบ" in text
    village = meeting_of(1, 9)
    services.meeting_record_held(
        actor=admin,
        meeting=village,
        officials=expected_officials(village),
        citizens=45,
        today=dt.date(2027, 1, 12),
    )
    services.resolution_add(
        actor=admin,
        meeting=village,
        text="เสนอซ่อมถนน",
        is_budget_request=True,
        project="ถนนซอยวัด",
        amount=350000,
    )
    text = pdf_text(render_minutes_pdf(meeting_with_records(village)), tmp_path)
    assert "ประชาชนเข้าร่วมประชุม จำนวน ๔๕ คน" in text
    assert "ถนนซอยวัด จำนวน ๓๕๐,๐๐๐.๐๐ บาท" in text
