"""Keeping a meeting: moves and cancellations with a reason (audited, UID kept, sequence up), attendance,
minutes, photos, agenda, interest declarations checked against the records, and village resolutions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from coi_portal.models import AuditEntry
from declarations.models import Official
from gifts.uploads import check_file
from meetings import services
from meetings.expected import expected_officials, is_expected, meetings_expecting
from meetings.models import Attendee, InterestDeclaration, Meeting, MeetingStatus, Minutes, Photo, Resolution
from meetings.services import MeetingError
from meetings.workflow import ALLOWED, can_transition
from tests.gifts.test_uploads import png_bytes

pytestmark = pytest.mark.django_db
JAN_10 = dt.date(2027, 1, 12)


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def move(admin, meeting, day=dt.date(2027, 1, 8), reason="ผู้ใหญ่บ้านติดราชการ", **changes):
    data = {"date": day, "start_time": dt.time(13), "end_time": dt.time(16), "place": meeting.place}
    return services.meeting_move(actor=admin, meeting=meeting, reason=reason, **{**data, **changes})


@pytest.mark.parametrize(
    ("current", "target", "allowed"),
    [
        ("planned", "moved", True),
        ("planned", "cancelled", True),
        ("planned", "held", True),
        ("moved", "moved", True),
        ("moved", "cancelled", True),
        ("moved", "held", True),
        ("held", "held", True),
        ("held", "moved", False),
        ("held", "cancelled", False),
        ("cancelled", "moved", False),
        ("cancelled", "held", False),
        ("cancelled", "planned", False),
        ("planned", "planned", False),
    ],
)
def test_status_transitions(current, target, allowed):
    assert can_transition(current, target) is allowed
    assert set(ALLOWED) == {s.value for s in MeetingStatus}


def test_moving_keeps_the_uid_bumps_the_sequence_and_is_audited(admin, meeting_of):
    meeting = meeting_of(1, 2)
    uid, old = meeting.uid, meeting.date
    moved = move(admin, meeting)
    assert (moved.uid, moved.sequence, moved.status) == (uid, 1, MeetingStatus.MOVED)
    assert (moved.moved_from, moved.date, moved.move_reason) == (old, dt.date(2027, 1, 8), "ผู้ใหญ่บ้านติดราชการ")
    again = move(admin, moved, day=dt.date(2027, 1, 12))
    assert (again.uid, again.sequence, again.moved_from) == (uid, 2, dt.date(2027, 1, 8))
    entries = AuditEntry.objects.filter(action="meetings.move").order_by("id")
    assert [e.after["date"] for e in entries] == ["2027-01-08", "2027-01-12"]
    assert entries[0].before["date"] == "2027-01-04"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"reason": "  "}, "Give the reason"),
        ({"start_time": dt.time(16), "end_time": dt.time(9)}, "end after it starts"),
        ({"day": dt.date(2026, 12, 31)}, "before the month"),
        (
            {"day": dt.date(2027, 1, 4), "start_time": dt.time(9), "end_time": dt.time(11, 20)},
            "same as before",
        ),
    ],
)
def test_bad_moves_are_refused_and_change_nothing(admin, meeting_of, changes, message):
    meeting = meeting_of(1, 2)
    with pytest.raises(MeetingError, match=message):
        move(admin, meeting, **changes)
    meeting.refresh_from_db()
    assert (meeting.status, meeting.sequence, meeting.date) == (MeetingStatus.PLANNED, 0, dt.date(2027, 1, 4))
    assert not AuditEntry.objects.filter(action="meetings.move").exists()


def test_cancel_needs_a_reason_and_is_final(admin, meeting_of):
    meeting = meeting_of(3, 9)
    with pytest.raises(MeetingError, match="reason"):
        services.meeting_cancel(actor=admin, meeting=meeting, reason="")
    cancelled = services.meeting_cancel(actor=admin, meeting=meeting, reason="น้ำท่วม")
    assert (cancelled.status, cancelled.sequence, cancelled.cancel_reason) == ("cancelled", 1, "น้ำท่วม")
    with pytest.raises(MeetingError, match="no longer be changed"):
        move(admin, cancelled, day=dt.date(2027, 3, 9))
    assert AuditEntry.objects.filter(action="meetings.cancel").count() == 1


def test_expected_officials_of_a_village_meeting_are_the_executives_and_its_council_members(meeting_of):
    names = {o.full_name_th for o in expected_officials(meeting_of(1, 2))}
    assert names == {"นายเกษม แซ่ลี", "นายประเสริฐ ใจดี", "นางสาวพรทิพย์ ศรีสุข", "นายบุญมี มั่นคง"}
    assert "นางสายใจ พูลผล" in {o.full_name_th for o in expected_officials(meeting_of(1, 9))}


def test_every_serving_official_is_expected_at_the_monthly_meeting(org, meeting_of):
    expected = expected_officials(meeting_of(1))
    assert len(expected) == Official.objects.filter(organization=org).count() == 21


def test_meetings_expecting_a_council_member_are_measure_5_and_their_village(user_named, meeting_of):
    member1 = user_named("member1").membership.official
    meetings = meetings_expecting(member1, on=dt.date(2027, 1, 1))
    assert meetings.count() == 24
    assert set(meetings.exclude(measure=5).values_list("village__moo_no", flat=True)) == {2}
    nayok = user_named("nayok").membership.official
    assert meetings_expecting(nayok, on=dt.date(2027, 1, 1)).count() == 144


def test_record_held_with_attendance(admin, meeting_of):
    meeting = meeting_of(1, 2)
    officials = expected_officials(meeting)
    held = services.meeting_record_held(
        actor=admin,
        meeting=meeting,
        officials=officials,
        others=[("นายสมหมาย ใจงาม", "ผู้ใหญ่บ้าน")],
        citizens=37,
        today=JAN_10,
    )
    assert (held.status, held.citizens) == (MeetingStatus.HELD, 37)
    attendees = {a.name: a.office for a in Attendee.objects.filter(meeting=meeting)}
    assert attendees["นายเกษม แซ่ลี"] == "นายกองค์การบริหารส่วนตำบลบางเสาธง"
    assert attendees["นายสมหมาย ใจงาม"] == "ผู้ใหญ่บ้าน"
    assert len(attendees) == 5
    services.meeting_record_held(
        actor=admin, meeting=held, officials=officials[:1], citizens=40, today=JAN_10
    )
    assert Attendee.objects.filter(meeting=meeting).count() == 1
    assert AuditEntry.objects.filter(action="meetings.record_held").count() == 2


@pytest.mark.parametrize(
    ("kwargs", "today", "message"),
    [
        ({"citizens": 3}, dt.date(2027, 1, 3), "from its date on"),
        ({"citizens": None}, JAN_10, "number of citizens"),
        ({"citizens": -1}, JAN_10, "not plausible"),
        ({"citizens": 3, "officials": [], "others": []}, JAN_10, "at least one person"),
    ],
)
def test_bad_attendance_is_refused(admin, meeting_of, kwargs, today, message):
    meeting = meeting_of(1, 2)
    args = {"officials": expected_officials(meeting), **kwargs}
    with pytest.raises(MeetingError, match=message):
        services.meeting_record_held(actor=admin, meeting=meeting, today=today, **args)
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.PLANNED
    assert not Attendee.objects.exists()


def test_officials_of_another_organization_cannot_be_listed(admin, meeting_of, user_named):
    stranger = user_named("outsider").membership.official
    with pytest.raises(MeetingError, match="Only officials"):
        services.meeting_record_held(actor=admin, meeting=meeting_of(1), officials=[stranger], today=JAN_10)


def held(admin, meeting):
    return services.meeting_record_held(
        actor=admin, meeting=meeting, officials=expected_officials(meeting), citizens=20, today=JAN_10
    )


def test_minutes_need_a_held_meeting_and_keep_the_file_hash(admin, meeting_of):
    meeting = meeting_of(1, 2)
    scan = check_file(SimpleUploadedFile("minutes.png", png_bytes(), content_type="image/png"))
    with pytest.raises(MeetingError, match="held"):
        services.minutes_record(actor=admin, meeting=meeting, text="x")
    held(admin, meeting)
    minutes = services.minutes_record(actor=admin, meeting=meeting, text="ชี้แจงแล้ว", file=scan)
    assert (minutes.text, minutes.file_name, minutes.sha256) == ("ชี้แจงแล้ว", "minutes.png", scan.sha256)
    services.minutes_record(actor=admin, meeting=meeting, text="แก้ไขแล้ว")
    assert Minutes.objects.get().text == "แก้ไขแล้ว"
    assert Minutes.objects.get().file_name == "minutes.png"
    with pytest.raises(MeetingError, match="Write the minutes"):
        services.minutes_record(actor=admin, meeting=meeting, text=" ")


def test_photos_are_images_of_a_held_meeting(admin, meeting_of):
    meeting = held(admin, meeting_of(1, 2))
    photo = services.photo_add(
        actor=admin,
        meeting=meeting,
        file=check_file(SimpleUploadedFile("p.png", png_bytes(), content_type="image/png")),
        caption="บรรยากาศ",
    )
    assert Photo.objects.get() == photo
    pdf = check_file(SimpleUploadedFile("x.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf"))
    with pytest.raises(MeetingError, match="JPEG or PNG"):
        services.photo_add(actor=admin, meeting=meeting, file=pdf)


def test_interests_declared_and_checked_against_the_records(admin, meeting_of, user_named):
    meeting = meeting_of(1)
    contract = services.agenda_add(
        actor=admin, meeting=meeting, title="จ้างซ่อมถนน", counterparty="ห้างหุ้นส่วนจำกัด ลำดวน ศรีประเสริฐ"
    )
    training = services.agenda_add(
        actor=admin, meeting=meeting, title="ส่งอบรม", counterparty="น.ส.ศิริพร สุขสวัสดิ์"
    )
    assert (contract.number, training.number) == (1, 2)
    member1 = user_named("member1").membership.official
    palad = user_named("palad").membership.official
    services.interests_declare(
        actor=user_named("member1"),
        official=member1,
        meeting=meeting,
        answers={contract.pk: (False, ""), training.pk: (False, "")},
    )
    services.interests_declare(
        actor=user_named("palad"),
        official=palad,
        meeting=meeting,
        answers={contract.pk: (False, ""), training.pk: (True, "หลานสาว")},
    )
    flagged = [d for d in InterestDeclaration.objects.all() if d.flagged]
    assert [(d.official.full_name_th, d.item.number) for d in flagged] == [("นายบุญมี มั่นคง", 1)]
    assert flagged[0].record_matches == [{"kind": "spouse", "name": "นางลำดวน ศรีประเสริฐ"}]
    palads = InterestDeclaration.objects.get(official=palad, item=training)
    assert palads.record_matches == [{"kind": "relative", "name": "นางสาวศิริพร สุขสวัสดิ์"}]
    assert not palads.flagged
    entry = AuditEntry.objects.filter(action="meetings.declare_interests").order_by("id").last()
    assert entry.after["answers"]["2"] == {"interest": True, "note": "หลานสาว"}


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        (lambda item: {}, "every item"),
        (lambda item: {item.pk: (True, "")}, "what the interest is"),
    ],
)
def test_bad_declarations_are_refused(admin, meeting_of, user_named, answers, message):
    meeting = meeting_of(1)
    item = services.agenda_add(actor=admin, meeting=meeting, title="วาระ")
    with pytest.raises(MeetingError, match=message):
        services.interests_declare(
            actor=user_named("staff1"),
            official=user_named("staff1").membership.official,
            meeting=meeting,
            answers=answers(item),
        )
    assert not InterestDeclaration.objects.exists()


def test_only_expected_officials_declare_and_only_before_measure_5_meetings(admin, meeting_of, user_named):
    village = meeting_of(1, 2)
    services.agenda_add(actor=admin, meeting=village, title="วาระ")
    staff1 = user_named("staff1").membership.official
    assert not is_expected(staff1, village)
    with pytest.raises(MeetingError, match="measure 5"):
        services.interests_declare(actor=user_named("staff1"), official=staff1, meeting=village, answers={})
    monthly = meeting_of(1)
    item = services.agenda_add(actor=admin, meeting=monthly, title="วาระ")
    stranger = user_named("outsider").membership.official
    with pytest.raises(MeetingError, match="expected"):
        services.interests_declare(
            actor=user_named("outsider"), official=stranger, meeting=monthly, answers={item.pk: (False, "")}
        )


def test_agenda_closes_when_the_meeting_is_held(admin, meeting_of):
    meeting = meeting_of(1)
    item = services.agenda_add(actor=admin, meeting=meeting, title="วาระ")
    services.meeting_record_held(
        actor=admin, meeting=meeting, officials=expected_officials(meeting), today=JAN_10
    )
    with pytest.raises(MeetingError, match="closed"):
        services.agenda_add(actor=admin, meeting=meeting, title="อีกวาระ")
    with pytest.raises(MeetingError, match="closed"):
        services.agenda_remove(actor=admin, item=item)


def test_resolutions_and_budget_requests_of_a_village_meeting(admin, meeting_of):
    meeting = held(admin, meeting_of(1, 9))
    resolution = services.resolution_add(
        actor=admin,
        meeting=meeting,
        text="เสนอซ่อมถนน",
        is_budget_request=True,
        project="ซ่อมถนนซอยวัด",
        amount=Decimal("350000"),
        votes_for=40,
        votes_against=2,
    )
    assert (resolution.number, resolution.amount) == (1, Decimal("350000"))
    with pytest.raises(MeetingError, match="project"):
        services.resolution_add(actor=admin, meeting=meeting, text="x", is_budget_request=True)
    with pytest.raises(MeetingError, match="village meetings"):
        services.resolution_add(actor=admin, meeting=meeting_of(1), text="x")
    assert Resolution.objects.count() == 1
    entry = AuditEntry.objects.get(action="meetings.resolution_add")
    assert entry.after["amount"] == "350000"


def test_feed_tokens_rotate_and_revoke(user_named):
    user = user_named("member1")
    official = user.membership.official
    first = services.feed_token_issue(actor=user, official=official)
    second = services.feed_token_issue(actor=user, official=official)
    first.refresh_from_db()
    assert first.revoked_at is not None and second.revoked_at is None
    assert services.current_token(official) == second
    assert services.feed_token_revoke(actor=user, official=official)
    assert services.current_token(official) is None
    assert not services.feed_token_revoke(actor=user, official=official)


def test_meeting_str_names_the_village(meeting_of):
    assert str(meeting_of(1, 2)) == "หมู่ที่ 2 บ้านคลองสี่ 4 ม.ค. 70"
    assert isinstance(Meeting.objects.first(), Meeting)


def test_a_declared_business_interest_named_in_an_item_is_a_match(admin, meeting_of, user_named):
    from django.utils import timezone

    from declarations.models import InterestDeclaration as BusinessDeclaration
    from declarations.models import InterestItem

    user = user_named("member1")
    official = user.membership.official
    declaration = BusinessDeclaration.objects.create(
        organization=official.organization, official=official, submitted_at=timezone.now(), submitted_by=user
    )
    InterestItem.objects.create(
        declaration=declaration,
        holder="spouse",
        activity="partner_or_shareholder",
        company_name="บจก. ก่อสร้างดี",
        held_since=dt.date(2020, 1, 1),
    )
    meeting = meeting_of(1)
    item = services.agenda_add(
        actor=admin, meeting=meeting, title="จ้างเหมา", counterparty="บริษัท ก่อสร้างดี จำกัด"
    )
    [answer] = services.interests_declare(
        actor=user, official=official, meeting=meeting, answers={item.pk: (False, "")}
    )
    assert answer.record_matches == [{"kind": "business", "name": "บจก. ก่อสร้างดี"}]
    assert answer.flagged
