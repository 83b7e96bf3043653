"""Procurement committees: who should step aside, and the member's declaration before acting."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from declarations.committees import concerns_for
from declarations.models import CommitteeMember, ProcurementCommittee, Relationship, Spouse
from declarations.services_register import bidder_add, committee_create
from tests.declarations.conftest import WATER, item

pytestmark = pytest.mark.django_db


@pytest.fixture
def committee(demo_orgs, add_contract, user_named):
    contract = add_contract()
    bidder_add(actor=user_named("clerk"), contract=contract, name="ห้างหุ้นส่วนจำกัด น้ำใส", juristic_number=WATER)
    members = [
        (user_named(u).membership.official, r)
        for u, r in (("palad", "chair"), ("director", "member"), ("staff1", "member"))
    ]
    return committee_create(
        actor=user_named("clerk"),
        contract=contract,
        kind="evaluation",
        appointed_on=dt.date(2024, 1, 20),
        order_ref="คำสั่งที่ 5/2567",
        members=members,
    )


def seat(committee: ProcurementCommittee, username: str) -> CommitteeMember:
    return committee.members.get(official__membership__user__username=username)


def codes(member: CommitteeMember) -> list[str]:
    return [c.code for c in concerns_for(member, on=dt.date(2025, 1, 1))]


def test_nobody_declared_anything(committee):
    assert [codes(s) for s in committee.members.all()] == [[], [], []]


def test_own_and_spouse_interests_in_the_winner_or_a_bidder(committee, declare, user_named):
    declare("staff1", items=[item(), item(holder="self", company_name="น้ำใส", juristic_number="")])
    assert codes(seat(committee, "staff1")) == ["self_interest", "self_interest"]
    Spouse.objects.create(
        official=user_named("director").membership.official,
        first_name_th="สมหญิง",
        last_name_th="มีทรัพย์",
        kind="registered",
        started_on=dt.date(2000, 1, 1),
    )
    declare(
        "director", items=[item(holder="spouse", company_name="บริษัท ทางหลวง จำกัด", juristic_number=WATER)]
    )
    assert codes(seat(committee, "director")) == ["spouse_interest"]


def test_a_relative_within_the_degrees_of_apa_s13(committee, declare):
    """staff2 is the permanent secretary's niece (second degree): her stake bars him."""
    declare("staff2", items=[item()])
    concerns = concerns_for(seat(committee, "palad"), on=dt.date(2025, 1, 1))
    assert [c.code for c in concerns] == ["relative_interest"]
    assert concerns[0].private
    assert [(c.instrument, c.section) for c in concerns[0].citations] == [("apa2539", "13(3)")]


def test_a_distant_relative_does_not_bar(committee, declare):
    Relationship.objects.filter(official__first_name_th="ศิริพร").update(kind="cousin", degree=5)
    declare("staff2", items=[item()])
    assert codes(seat(committee, "palad")) == []


def test_a_bidder_who_is_the_member_spouse_or_relative(committee, user_named):
    contract = committee.contract
    bidder_add(actor=user_named("clerk"), contract=contract, name="นางสาวศิริพร สุขสวัสดิ์", juristic_number="")
    bidder_add(actor=user_named("clerk"), contract=contract, name="ธนากร แก้วมณี", juristic_number="")
    assert codes(seat(committee, "palad")) == ["relative_is_party"]
    assert codes(seat(committee, "staff1")) == ["is_party"]


def test_an_ended_interest_does_not_count(committee, declare):
    declare("staff1", items=[item(held_until=dt.date(2024, 6, 1))])
    assert codes(seat(committee, "staff1")) == []


def test_the_member_declares_and_the_concerns_are_kept(committee, declare, client_as):
    declare("staff2", items=[item()])
    palad = seat(committee, "palad")
    client = client_as("palad")
    page = client.get(reverse("declarations:seat_declare", args=[palad.pk])).content.decode()
    assert "committee-concerns" in page
    assert "ศิริพร" not in page  # another official's declaration stays with those who read the records
    response = client.post(
        reverse("declarations:seat_declare", args=[palad.pk]), {"declaration": "has_interest"}
    )
    assert response.status_code == 302
    palad.refresh_from_db()
    assert palad.declaration == "has_interest"
    assert [c["code"] for c in palad.concerns_at_declaration] == ["relative_interest"]
    again = client.post(reverse("declarations:seat_declare", args=[palad.pk]), {"declaration": "no_interest"})
    assert again.status_code == 400
    palad.refresh_from_db()
    assert palad.declaration == "has_interest"


def test_the_clerk_sees_every_concern_in_full(committee, declare, client_as):
    declare("staff2", items=[item()])
    page = (
        client_as("clerk").get(reverse("declarations:committee_detail", args=[committee.pk])).content.decode()
    )
    assert "seat-step-aside" in page
    assert "นางสาวศิริพร สุขสวัสดิ์" in page


def test_a_member_sees_the_committee_but_only_their_own_concerns(committee, declare, client_as):
    declare("staff2", items=[item()])
    page = (
        client_as("director")
        .get(reverse("declarations:committee_detail", args=[committee.pk]))
        .content.decode()
    )
    assert "ศิริพร" not in page


def test_recording_a_committee_through_the_page(demo_orgs, add_contract, client_as, user_named):
    contract = add_contract()
    palad, staff1 = (user_named(u).membership.official for u in ("palad", "staff1"))
    data = {
        "kind": "tor",
        "appointed_on": "2024-01-05",
        "order_ref": "",
        "chair": palad.pk,
        "members": [palad.pk, staff1.pk],
    }
    response = client_as("clerk").post(reverse("declarations:committee_new", args=[contract.pk]), data)
    committee = ProcurementCommittee.objects.get()
    assert response["Location"] == reverse("declarations:committee_detail", args=[committee.pk])
    assert sorted(committee.members.values_list("role", flat=True)) == ["chair", "member"]
    again = client_as("clerk").post(reverse("declarations:committee_new", args=[contract.pk]), data)
    assert again.status_code == 400
    outsider = client_as("outsider").post(reverse("declarations:committee_new", args=[contract.pk]), data)
    assert outsider.status_code == 404
