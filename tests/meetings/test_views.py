"""The meetings pages in the browser's terms: posted field names, good input, bad input that stores
nothing (400), the wrong method (405), anonymous visitors (login) and other organizations (404)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from coi_portal.models import AuditEntry
from meetings.models import InterestDeclaration, Meeting, MeetingStatus, Minutes, Photo, Resolution
from tests.gifts.test_uploads import png_bytes

pytestmark = pytest.mark.django_db
BANGKOK_NOON = dt.datetime(2027, 1, 12, 12, 0, tzinfo=dt.UTC)


def test_index_shows_the_year_and_the_plan_button_to_administrators(client_as, planned):
    page = client_as("clerk").get(reverse("meetings:index"), {"year": "2570"}).content.decode()
    assert 'action="/meetings/plan/"' in page
    assert page.count('class="meeting-row"') == 144
    assert "plan-raised" in page
    staff = client_as("staff1").get(reverse("meetings:index"), {"year": "๒๕๗๐"}).content.decode()
    assert staff.count('class="meeting-row"') == 144
    assert 'action="/meetings/plan/"' not in staff


def test_a_bad_year_falls_back_to_the_current_one(client_as, planned):
    response = client_as("clerk").get(reverse("meetings:index"), {"year": "abc"})
    assert response.status_code == 200
    assert response.context["year_be"] == dt.date.today().year + 543


def test_administrator_plans_a_year_with_the_button(client_as, org):
    response = client_as("clerk").post(reverse("meetings:plan"), {"year": "2570", "daily_limit": "2"})
    assert response.status_code == 302
    assert response["Location"] == "/meetings/?year=2570"
    assert Meeting.objects.filter(organization=org).count() == 144


@pytest.mark.parametrize("data", [{"year": "2027", "daily_limit": "2"}, {"year": "2570", "daily_limit": "0"}])
def test_planning_with_bad_input_plans_nothing(client_as, org, data):
    response = client_as("clerk").post(reverse("meetings:plan"), data, follow=True)
    assert response.status_code == 200
    assert not Meeting.objects.exists()
    assert any(m.level_tag == "error" for m in response.context["messages"])


def test_planning_is_for_administrators_only(client_as, org):
    assert (
        client_as("staff1").post(reverse("meetings:plan"), {"year": "2570", "daily_limit": "2"}).status_code
        == 404
    )
    assert (
        client_as("auditor").post(reverse("meetings:plan"), {"year": "2570", "daily_limit": "2"}).status_code
        == 404
    )
    assert client_as("clerk").get(reverse("meetings:plan")).status_code == 405
    assert not Meeting.objects.exists()


def test_move_through_the_form(client_as, meeting_of):
    meeting = meeting_of(1, 5)
    url = reverse("meetings:move", args=[meeting.pk])
    assert client_as("clerk").get(url).status_code == 200
    data = {
        "date": "2027-01-08",
        "start_time": "13:00",
        "end_time": "15:00",
        "place": "วัด",
        "reason": "ติดงานบุญ",
    }
    response = client_as("clerk").post(url, data)
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert (meeting.status, meeting.date, meeting.uid) == (
        MeetingStatus.MOVED,
        dt.date(2027, 1, 8),
        meeting.uid,
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"date": "8/1/2570"},
        {"reason": ""},
        {"end_time": "12:00"},
        {"date": "2026-12-01"},
    ],
    ids=["bad-date", "no-reason", "ends-before-start", "before-the-month"],
)
def test_bad_moves_are_400_and_change_nothing(client_as, meeting_of, changes):
    meeting = meeting_of(1, 5)
    data = {
        "date": "2027-01-08",
        "start_time": "13:00",
        "end_time": "15:00",
        "place": "วัด",
        "reason": "ติดงาน",
    }
    response = client_as("clerk").post(reverse("meetings:move", args=[meeting.pk]), {**data, **changes})
    assert response.status_code == 400
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.PLANNED
    assert not AuditEntry.objects.filter(action="meetings.move").exists()


def test_cancel_through_the_form(client_as, meeting_of):
    meeting = meeting_of(2, 5)
    url = reverse("meetings:cancel", args=[meeting.pk])
    assert client_as("clerk").post(url, {"reason": ""}).status_code == 400
    assert client_as("clerk").post(url, {"reason": "น้ำท่วม"}).status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.CANCELLED
    page = client_as(None).get(reverse("meetings:public_schedule", args=["bangsaothong"]), {"year": 2570})
    assert "น้ำท่วม" in page.content.decode()


def test_attendance_and_minutes_through_the_forms(client_as, meeting_of, time_machine):
    time_machine.move_to(BANGKOK_NOON, tick=False)
    meeting = meeting_of(1, 2)
    url = reverse("meetings:attendance", args=[meeting.pk])
    form = client_as("clerk").get(url).context["form"]
    ticked = form.initial["officials"]
    assert len(ticked) == 4
    data = {"officials": ticked, "others": "นายสมหมาย ใจงาม, ผู้ใหญ่บ้าน\n", "citizens": "๓๒"}
    assert client_as("clerk").post(url, {**data, "citizens": ""}).status_code == 400
    assert client_as("clerk").post(url, data).status_code == 302  # Thai digits are numbers too
    meeting.refresh_from_db()
    assert (meeting.status, meeting.citizens, meeting.attendees.count()) == ("held", 32, 5)
    scan = SimpleUploadedFile("signed.png", png_bytes(), content_type="image/png")
    minutes = reverse("meetings:minutes", args=[meeting.pk])
    assert client_as("clerk").post(minutes, {"text": "ชี้แจงแล้ว", "file": scan}).status_code == 302
    assert Minutes.objects.get(meeting=meeting).file_name == "signed.png"
    response = client_as("staff1").get(reverse("meetings:minutes_file", args=[meeting.pk]))
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    fake = SimpleUploadedFile("virus.png", b"MZ not an image", content_type="image/png")
    assert client_as("clerk").post(minutes, {"text": "x", "file": fake}).status_code == 400
    assert Minutes.objects.get(meeting=meeting).text == "ชี้แจงแล้ว"
    # Closing a file response ends the request (and, on PostgreSQL, the test's connection): do it last.
    response.close()


def test_photos_through_the_form(client_as, meeting_of, admin, time_machine):
    time_machine.move_to(BANGKOK_NOON, tick=False)
    meeting = meeting_of(1, 2)
    url = reverse("meetings:photos", args=[meeting.pk])
    photo = SimpleUploadedFile("p.png", png_bytes(), content_type="image/png")
    assert client_as("clerk").post(url, {"file": photo}).status_code == 404  # not held yet
    client_as("clerk").post(
        reverse("meetings:attendance", args=[meeting.pk]), {"others": "นายก, -", "citizens": 5}
    )
    photo.seek(0)
    assert client_as("clerk").post(url, {"file": photo, "caption": "ภาพ"}).status_code == 302
    item = Photo.objects.get()
    assert client_as("outsider").get(reverse("meetings:photo", args=[meeting.pk, item.pk])).status_code == 404
    response = client_as("member2").get(reverse("meetings:photo", args=[meeting.pk, item.pk]))
    assert response["Content-Type"] == "image/png"
    response.close()


def test_agenda_and_declarations_through_the_forms(client_as, meeting_of, user_named):
    meeting = meeting_of(1)
    agenda = reverse("meetings:agenda", args=[meeting.pk])
    assert client_as("clerk").post(agenda, {"title": ""}).status_code == 400
    client_as("clerk").post(agenda, {"title": "จ้างซ่อมถนน", "counterparty": "นางลำดวน ศรีประเสริฐ"})
    item = meeting.agenda.get()
    url = reverse("meetings:interests", args=[meeting.pk])
    assert client_as("member1").get(url).status_code == 200
    assert client_as("member1").post(url, {f"item-{item.pk}": "yes"}).status_code == 400
    assert client_as("member1").post(url, {f"item-{item.pk}": "no"}).status_code == 302
    declaration = InterestDeclaration.objects.get()
    assert declaration.flagged
    page = client_as("clerk").get(reverse("meetings:detail", args=[meeting.pk])).content.decode()
    assert "declarations-flagged" in page
    remove = reverse("meetings:agenda_remove", args=[meeting.pk, item.pk])
    assert client_as("clerk").post(remove).status_code == 302
    assert not InterestDeclaration.objects.exists()


def test_resolutions_through_the_form(client_as, meeting_of, time_machine):
    time_machine.move_to(BANGKOK_NOON, tick=False)
    meeting = meeting_of(1, 9)
    client_as("clerk").post(
        reverse("meetings:attendance", args=[meeting.pk]), {"others": "x, y", "citizens": 30}
    )
    url = reverse("meetings:resolutions", args=[meeting.pk])
    bad = {"text": "ซ่อมถนน", "is_budget_request": "on", "amount": "๓๕๐,๐๐๐"}
    assert client_as("clerk").post(url, bad).status_code == 400
    assert client_as("clerk").post(url, {**bad, "project": "ถนนซอยวัด"}).status_code == 302
    assert str(Resolution.objects.get().amount) == "350000.00"
    assert client_as("clerk").get(reverse("meetings:resolutions", args=[meeting_of(1).pk])).status_code == 404


def test_my_meetings_and_the_calendar_link(client_as, planned):
    client = client_as("member1")
    page = client.get(reverse("meetings:mine")).content.decode()
    assert "personal-feed-url" not in page
    assert client.post(reverse("meetings:feed_issue")).status_code == 302
    page = client.get(reverse("meetings:mine")).content.decode()
    assert "/meetings/feed/" in page
    assert client.post(reverse("meetings:feed_revoke")).status_code == 302
    assert "personal-feed-url" not in client.get(reverse("meetings:mine")).content.decode()


def test_compliance_page_and_pdf(client_as, planned):
    page = client_as("auditor").get(reverse("meetings:compliance"), {"year": "2570"}).content.decode()
    assert page.count("cell-pending") >= 12 * 12
    response = client_as("auditor").get(reverse("meetings:compliance_pdf"), {"year": "2570"})
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert client_as("staff1").get(reverse("meetings:compliance")).status_code == 404


def test_public_schedule_needs_no_login_and_hides_nothing_it_should_show(client, planned):
    with translation.override("en"):
        response = client.get(reverse("meetings:public_schedule", args=["bangsaothong"]), {"year": "2570"})
    page = response.content.decode()
    assert response.status_code == 200
    assert page.count('class="meeting-row"') == 144
    assert "/meetings/bangsaothong/2570.ics" in page
    assert "/meetings/1/" not in page  # no links to the internal pages
    assert client.get(reverse("meetings:public_schedule", args=["nowhere"])).status_code == 404


@pytest.mark.parametrize(
    "name",
    ["index", "mine", "compliance", "compliance_pdf"],
)
def test_pages_refuse_post(client_as, planned, name):
    assert client_as("clerk").post(reverse(f"meetings:{name}")).status_code == 405


def test_detail_and_record_pages_refuse_the_wrong_method(client_as, meeting_of):
    pk = meeting_of(1, 2).pk
    client = client_as("clerk")
    assert client.post(reverse("meetings:detail", args=[pk])).status_code == 405
    assert client.put(reverse("meetings:move", args=[pk])).status_code == 405
    assert client.get(reverse("meetings:agenda_remove", args=[pk, 1])).status_code == 405
    assert client.get(reverse("meetings:feed_issue")).status_code == 405
    assert client_as(None).post(reverse("meetings:ics", args=["bangsaothong", 2570])).status_code == 405


def test_the_schedule_names_the_days_the_office_is_closed(client, org, planned):
    from declarations.models import ClosureDay

    ClosureDay.objects.create(organization=org, day=dt.date(2027, 3, 3), reason="เลือกตั้งท้องถิ่น")
    page = client.get(
        reverse("meetings:public_schedule", args=["bangsaothong"]), {"year": "2570"}
    ).content.decode()
    assert "1 ม.ค. 70 วันขึ้นปีใหม่" in page
    assert "วันเด็กแห่งชาติ" not in page  # a Saturday holiday closes nothing
    assert "3 มี.ค. 70 เลือกตั้งท้องถิ่น" in page
    assert "ชดเชยวันแรงงานแห่งชาติ" in page  # 3 May 2570, the in-lieu day
    client.cookies["django_language"] = "en"
    english = client.get(reverse("meetings:public_schedule", args=["bangsaothong"]), {"year": "2570"})
    assert "New Year&#x27;s Day" in english.content.decode()
