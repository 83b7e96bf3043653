"""Routing a report to the person who may rule on it, on the day, with recusal at every step."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from declarations.models import ActingAssignment, Office, Position, Relationship, Tenure
from gifts.workflow import Status

pytestmark = pytest.mark.django_db


def official(user_named, username):
    return user_named(username).membership.official


@pytest.mark.parametrize(
    ("filer", "reviewer"),
    [
        pytest.param("staff1", "nayok", id="local-official-to-chief-executive"),
        pytest.param("worker1", "nayok", id="contract-employee-to-chief-executive"),
        pytest.param("palad", "nayok", id="permanent-secretary-to-chief-executive"),
        pytest.param("director", "nayok", id="director-to-chief-executive"),
        pytest.param("deputy", "nayok", id="deputy-to-chief-executive"),
        pytest.param("secretary", "nayok", id="secretary-to-chief-executive"),
        pytest.param("member1", "chair", id="member-to-chair"),
        pytest.param("vicechair", "chair", id="vice-chair-to-chair"),
    ],
)
def test_report_goes_to_the_holder_of_the_recipient_office(demo_orgs, user_named, file_gift, filer, reviewer):
    filing = file_gift(filer)
    assert filing.status == Status.SUBMITTED
    assert filing.reviewer == official(user_named, reviewer)
    assert filing.number.endswith(
        f"/{dt.date.today().year + 543 + (1 if dt.date.today().month >= 10 else 0)}"
    )


@pytest.mark.parametrize("filer", ["nayok", "chair"])
def test_chief_executive_and_chair_report_to_the_nacc(demo_orgs, file_gift, filer):
    filing = file_gift(filer)
    assert filing.status == Status.AWAITING_NACC
    assert filing.reviewer is None
    assert filing.recipient == "nacc"
    assert filing.nacc_report is not None


def test_acting_permanent_secretary_does_not_rule_on_own_filing(demo_orgs, user_named, file_gift):
    org = demo_orgs["bangsaothong"]
    chief = Position.objects.get(organization=org, office=Office.CHIEF_EXECUTIVE)
    ActingAssignment.objects.create(
        organization=org,
        position=chief,
        acting=official(user_named, "palad"),
        started_on=dt.date.today() - dt.timedelta(days=3),
        order_ref="คำสั่ง อบต. ที่ 99/2569",
    )
    own = file_gift("palad")
    assert own.reviewer == official(user_named, "deputy")
    assert "recused:chief_executive" in own.routing_reason
    staff = file_gift("staff1")
    assert staff.reviewer == official(user_named, "palad")
    assert staff.reviewer_title.endswith("รักษาราชการแทนนายกองค์การบริหารส่วนตำบลบางเสาธง")


def test_relative_of_the_reviewer_is_routed_past_them(demo_orgs, user_named, file_gift):
    # staff2 is the permanent secretary's niece: with palad acting for the Chief Executive, her report skips him.
    org = demo_orgs["bangsaothong"]
    chief = Position.objects.get(organization=org, office=Office.CHIEF_EXECUTIVE)
    ActingAssignment.objects.create(
        organization=org,
        position=chief,
        acting=official(user_named, "palad"),
        started_on=dt.date.today() - dt.timedelta(days=1),
        order_ref="x",
    )
    filing = file_gift("staff2")
    assert filing.reviewer == official(user_named, "deputy")
    assert "recused" in filing.routing_reason


def test_nobody_may_decide_goes_to_the_nacc_for_manual_review(demo_orgs, user_named, file_gift):
    org = demo_orgs["bangsaothong"]
    filer = official(user_named, "staff1")
    for username in ("nayok", "deputy", "palad"):
        Relationship.objects.create(
            organization=org,
            official=official(user_named, username),
            relative=filer,
            kind="sibling",
            degree=2,
        )
    filing = file_gift("staff1")
    assert filing.status == Status.AWAITING_NACC
    assert filing.manual_review is True
    assert "nobody_may_decide" in filing.routing_reason


def test_routing_follows_who_held_the_office_on_the_day(demo_orgs, user_named, file_gift):
    """The chair's seat changed hands: the report goes to whoever holds it on the day of submission."""
    org = demo_orgs["bangsaothong"]
    chair_position = Position.objects.get(organization=org, office=Office.COUNCIL_CHAIR)
    old = Tenure.objects.get(position=chair_position)
    old.ended_on = dt.date.today() - dt.timedelta(days=1)
    old.save()
    Tenure.objects.create(
        official=official(user_named, "member2"), position=chair_position, started_on=dt.date.today()
    )
    filing = file_gift("member1")
    assert filing.reviewer == official(user_named, "member2")


def test_permitted_gift_is_recorded_without_a_reviewer(demo_orgs, file_gift):
    filing = file_gift("staff2", value=Decimal("2000"), description="กระเช้าปีใหม่")
    assert filing.status == Status.RECORDED
    assert filing.reviewer is None
    assert filing.versions.get().outcome == "permitted"
