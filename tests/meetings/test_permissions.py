"""Every meetings URL against every persona: who gets 200, 302 (to login, or after a POST) or 404."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from gifts.uploads import check_file
from meetings import services
from meetings.expected import expected_officials
from tests.gifts.test_uploads import png_bytes
from tests.urlwalk import walk

pytestmark = pytest.mark.django_db

PERSONAS = ["staff", "council_member", "chief_executive", "auditor", "admin", "anonymous", "outsider"]
USERNAMES = {
    "staff": "staff1",
    "council_member": "member1",
    "chief_executive": "nayok",
    "auditor": "auditor",
    "admin": "clerk",
    "anonymous": None,
    "outsider": "outsider",
}
EVERYONE = [200] * 7
MEMBERS = [200, 200, 200, 200, 200, 302, 200]  # the outsider sees their own organization's page
OWN_ORG = [200, 200, 200, 200, 200, 302, 404]  # a Bang Sao Thong meeting
ADMIN_ONLY = [404, 404, 404, 404, 200, 302, 404]
REDIRECTED = [302] * 7
MATRIX = {
    "meetings:public_schedule": ("GET", EVERYONE),
    "meetings:ics": ("GET", EVERYONE),
    "meetings:personal_feed": ("GET", EVERYONE),
    "meetings:index": ("GET", MEMBERS),
    "meetings:plan": ("POST", [404, 404, 404, 404, 302, 302, 302]),
    "meetings:mine": ("GET", MEMBERS),
    "meetings:feed_issue": ("POST", REDIRECTED),
    "meetings:feed_revoke": ("POST", REDIRECTED),
    "meetings:compliance": ("GET", [404, 404, 404, 200, 200, 302, 200]),
    "meetings:compliance_pdf": ("GET", [404, 404, 404, 200, 200, 302, 200]),
    "meetings:detail": ("GET", OWN_ORG),
    "meetings:move": ("GET", ADMIN_ONLY),
    "meetings:cancel": ("GET", ADMIN_ONLY),
    "meetings:attendance": ("GET", ADMIN_ONLY),
    "meetings:minutes": ("GET", ADMIN_ONLY),
    "meetings:minutes_file": ("GET", OWN_ORG),
    "meetings:minutes_pdf": ("GET", OWN_ORG),
    "meetings:photos": ("GET", ADMIN_ONLY),
    "meetings:photo": ("GET", OWN_ORG),
    "meetings:agenda": ("GET", ADMIN_ONLY),
    "meetings:agenda_remove": ("POST", [404, 404, 404, 404, 302, 302, 404]),
    "meetings:interests": ("GET", OWN_ORG),
    "meetings:resolutions": ("GET", ADMIN_ONLY),
}


def test_every_meetings_route_is_in_the_matrix():
    assert {r.name for r in walk() if r.name.startswith("meetings:")} == set(MATRIX)


@pytest.fixture
def records(meeting_of, admin):
    """The January 2570 monthly meeting with an agenda item, and the January meeting of หมู่ 2 held, with
    signed minutes and a photo."""
    monthly = meeting_of(1)
    item = services.agenda_add(actor=admin, meeting=monthly, title="วาระที่หนึ่ง")
    village = meeting_of(1, 2)
    services.meeting_record_held(
        actor=admin,
        meeting=village,
        officials=expected_officials(village),
        citizens=25,
        today=dt.date(2027, 1, 5),
    )

    def png():
        return check_file(SimpleUploadedFile("a.png", png_bytes(), content_type="image/png"))

    services.minutes_record(actor=admin, meeting=village, text="ชี้แจงแล้ว", file=png())
    photo = services.photo_add(actor=admin, meeting=village, file=png())
    return {"monthly": monthly, "item": item, "village": village, "photo": photo}


def url_for(name, records):
    monthly, village = records["monthly"].pk, records["village"].pk
    args = {
        "meetings:public_schedule": ["bangsaothong"],
        "meetings:ics": ["bangsaothong", 2570],
        "meetings:personal_feed": ["no-such-token"],
        "meetings:detail": [village],
        "meetings:move": [monthly],
        "meetings:cancel": [monthly],
        "meetings:attendance": [monthly],
        "meetings:minutes": [village],
        "meetings:minutes_file": [village],
        "meetings:minutes_pdf": [village],
        "meetings:photos": [village],
        "meetings:photo": [village, records["photo"].pk],
        "meetings:agenda": [monthly],
        "meetings:agenda_remove": [monthly, records["item"].pk],
        "meetings:interests": [monthly],
        "meetings:resolutions": [village],
    }.get(name, [])
    return reverse(name, args=args)


@pytest.mark.parametrize("name", sorted(MATRIX))
@pytest.mark.parametrize("persona", PERSONAS)
def test_permission_matrix(client_as, records, name, persona):
    method, expected = MATRIX[name]
    client = client_as(USERNAMES[persona])
    url = url_for(name, records)
    response = client.post(url, {}) if method == "POST" else client.get(url)
    response.close()
    assert response.status_code == expected[PERSONAS.index(persona)], f"{persona} {method} {url}"
    if persona == "anonymous" and expected[PERSONAS.index(persona)] == 302:
        assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("name", ["meetings:move", "meetings:cancel", "meetings:agenda"])
def test_a_held_meeting_cannot_be_moved_cancelled_or_given_agenda_items(client_as, records, name):
    assert client_as("clerk").get(reverse(name, args=[records["village"].pk])).status_code == 404


@pytest.mark.parametrize("name", ["meetings:minutes", "meetings:photos", "meetings:resolutions"])
def test_records_of_a_meeting_not_held_are_404(client_as, records, meeting_of, name):
    assert client_as("clerk").get(reverse(name, args=[meeting_of(1, 5).pk])).status_code == 404


def test_a_council_member_not_expected_cannot_declare_on_a_village_meeting(client_as, meeting_of, planned):
    assert (
        client_as("member1").get(reverse("meetings:interests", args=[meeting_of(1, 5).pk])).status_code == 404
    )
