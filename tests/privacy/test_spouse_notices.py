"""The spouse notice (PDPA s.25; standards.md P-03): the PDF to hand over, the record of when it was given,
and the flag after 30 days; every view or export of a spouse's data is audited (ASVS 8.3.5)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from coi_portal.models import AuditEntry
from declarations.models import Spouse
from privacy import services
from privacy.models import SpouseNotice
from privacy.selectors import overdue_spouse_notices
from tests.privacy.conftest import at, pdf_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def nayok_spouse(org):
    return Spouse.objects.get(official__organization=org, first_name_th="สมศรี")


def test_the_notice_record_starts_the_30_days_once(nayok_spouse, time_machine):
    at(time_machine, dt.date(2026, 3, 1))
    notice = services.spouse_notice_needed(spouse=nayok_spouse, reason="declared")
    at(time_machine, dt.date(2026, 3, 20))
    again = services.spouse_notice_needed(spouse=nayok_spouse)
    assert again.pk == notice.pk
    assert again.needed_since == dt.date(2026, 3, 1)
    assert again.due_on == dt.date(2026, 3, 31)
    assert AuditEntry.objects.filter(action="privacy.spouse_notice_needed").count() == 1


@pytest.mark.parametrize(
    ("today", "overdue"),
    [
        pytest.param(dt.date(2026, 3, 31), False, id="day-30-still-in-time"),
        pytest.param(dt.date(2026, 4, 1), True, id="day-31-flagged"),
    ],
)
def test_a_notice_not_given_is_flagged_after_30_days(org, nayok_spouse, time_machine, today, overdue):
    at(time_machine, dt.date(2026, 3, 1))
    notice = services.spouse_notice_needed(spouse=nayok_spouse)
    at(time_machine, today)
    assert notice.is_overdue() is overdue
    assert list(overdue_spouse_notices(org)) == ([notice] if overdue else [])


def test_recording_that_it_was_given_clears_the_flag(org, nayok_spouse, user_named, time_machine, english):
    at(time_machine, dt.date(2026, 3, 1))
    notice = services.spouse_notice_needed(spouse=nayok_spouse)
    at(time_machine, dt.date(2026, 4, 10))
    assert notice.is_overdue()
    with pytest.raises(services.PrivacyError, match="future"):
        services.spouse_notice_record_given(
            actor=user_named("nayok"), notice=notice, given_on=dt.date(2026, 4, 11), how="in_person"
        )
    services.spouse_notice_record_given(
        actor=user_named("nayok"), notice=notice, given_on=dt.date(2026, 4, 9), how="in_person"
    )
    notice.refresh_from_db()
    assert not notice.is_overdue()
    assert not overdue_spouse_notices(org).exists()
    assert AuditEntry.objects.filter(action="privacy.spouse_notice_given", target_id=str(notice.pk)).exists()


def test_the_pdf_is_the_s25_notice_and_printing_it_is_audited(nayok_spouse, client_as):
    notice = services.spouse_notice_needed(spouse=nayok_spouse)
    response = client_as("nayok").get(reverse("privacy:spouse_notice_pdf", args=[notice.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "มาตรา ๒๕" in text
    assert "นางสมศรี แซ่ลี" in text
    assert "นายเกษม แซ่ลี" in text
    assert "ใบรับทราบ" in text
    entry = AuditEntry.objects.get(action="privacy.spouse_data_export")
    assert entry.actor_username == "nayok"
    assert entry.target_id == str(nayok_spouse.pk)


def test_an_official_sees_only_their_own_spouses(org, client_as):
    nayok_page = client_as("nayok").get(reverse("privacy:spouse_notices"))
    assert [row.spouse.first_name_th for row in nayok_page.context["rows"]] == ["สมศรี"]
    staff = client_as("staff1").get(reverse("privacy:spouse_notices"))
    assert staff.context["rows"] == []
    clerk = client_as("clerk").get(reverse("privacy:spouse_notices"))
    assert sorted(row.spouse.first_name_th for row in clerk.context["rows"]) == ["ลำดวน", "สมศรี"]


def test_another_officials_spouse_notice_is_404(org, client_as):
    services.sync_spouse_notices(org)
    member_notice = SpouseNotice.objects.get(spouse__first_name_th="ลำดวน")
    for username in ("nayok", "staff1", "auditor", "outsider"):
        assert (
            client_as(username).get(reverse("privacy:spouse_notice_pdf", args=[member_notice.pk])).status_code
            == 404
        )
        given = client_as(username).post(
            reverse("privacy:spouse_notice_given", args=[member_notice.pk]),
            {"given_on": "2026-01-01", "how": "post"},
        )
        assert given.status_code == 404
    assert (
        client_as("member1").get(reverse("privacy:spouse_notice_pdf", args=[member_notice.pk])).status_code
        == 200
    )


def test_recording_through_the_form(org, client_as, time_machine):
    at(time_machine, dt.date(2026, 5, 1))
    services.sync_spouse_notices(org)
    notice = SpouseNotice.objects.get(spouse__first_name_th="ลำดวน")
    url = reverse("privacy:spouse_notice_given", args=[notice.pk])
    assert client_as("member1").post(url, {"given_on": "2026-05-02", "how": "post"}).status_code == 400
    assert client_as("member1").post(url, {"given_on": "", "how": "post"}).status_code == 400
    response = client_as("member1").post(
        url, {"given_on": "2026-04-30", "how": "post", "note": "ไปรษณีย์ลงทะเบียน"}
    )
    assert response.status_code == 302
    notice.refresh_from_db()
    assert notice.given_on == dt.date(2026, 4, 30) and notice.given_how == "post"
    assert client_as("member1").get(url).status_code == 200
    assert client_as("member1").put(url).status_code == 405


def test_record_spouse_access_is_the_hook_for_other_apps(org, nayok_spouse, user_named):
    count = services.record_spouse_access(
        actor=user_named("auditor"), spouses=[nayok_spouse], purpose="view", where="interest_declaration"
    )
    assert count == 1
    entry = AuditEntry.objects.get(action="privacy.spouse_data_view")
    assert entry.after == {"official_id": nayok_spouse.official_id, "where": "interest_declaration"}
    with pytest.raises(ValueError, match="purpose"):
        services.record_spouse_access(actor=None, spouses=nayok_spouse, purpose="peek")
