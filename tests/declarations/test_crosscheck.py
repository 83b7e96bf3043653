"""The cross-check on crafted cases: the register decides whether a business deals with the organization,
``legal.interests`` decides what that means, and the findings follow every change."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command

from coi_portal.models import AuditEntry
from declarations.models import Finding, FindingStatus, Official, Tenure
from declarations.services_crosscheck import crosscheck_official, crosscheck_organization
from declarations.services_interests import finding_review, official_record_leaving
from declarations.services_register import contract_delete
from tests.declarations.conftest import ROADS, WATER, item, work

pytestmark = pytest.mark.django_db

TODAY = dt.date(2025, 6, 2)


def official(user_named, username: str) -> Official:
    return user_named(username).membership.official


def finding_of(official: Official) -> Finding:
    return Finding.objects.get(official=official, status=FindingStatus.OPEN)


def sections(finding: Finding) -> list[tuple[str, str]]:
    return [(c["instrument"], c["section"]) for c in finding.citations]


def test_spouse_buys_10_percent_of_a_contractor_after_taking_office(
    demo_orgs, declare, add_contract, user_named
):
    add_contract()
    declare("member1", items=[item(holder="spouse", held_since=dt.date(2023, 3, 1))])
    finding = finding_of(official(user_named, "member1"))
    assert (finding.outcome, finding.reason) == ("prohibited", "prohibited_activity")
    assert sections(finding) == [("act2561", "126(2)"), ("tao2537", "47 ตรี(6)"), ("act2561", "168")]
    assert finding.tao_section == "47 ตรี(6)"
    assert finding.holder == "spouse"
    assert finding.match_basis == "juristic_number"
    assert finding.contract.contract_number == "12/2567"


def test_spouse_stake_from_before_taking_office_needs_review(demo_orgs, declare, add_contract, user_named):
    """Scenario 38 for a council member: s.126 para 2 excepts it, the TAO Act still asks."""
    add_contract()
    declare("member1", items=[item(holder="spouse", held_since=dt.date(2015, 1, 1))])
    finding = finding_of(official(user_named, "member1"))
    assert (finding.outcome, finding.reason) == ("review", "spouse_preexisting")
    assert sections(finding) == [("act2561", "126"), ("tao2537", "47 ตรี(6)"), ("act2561", "126(2)")]
    assert finding.citations[0]["paragraph"] == 2


@pytest.mark.parametrize(
    ("business_form", "share", "outcome", "reason"),
    [
        pytest.param(
            "company", "3", "review", "within_share_limit", id="3pct-company-within-limit-tao-review"
        ),
        pytest.param("public_company", "5", "review", "within_share_limit", id="5pct-exactly-the-limit"),
        pytest.param("company", "5.01", "prohibited", "prohibited_activity", id="over-the-limit"),
        pytest.param(
            "partnership", None, "prohibited", "prohibited_activity", id="partnership-has-no-exemption"
        ),
    ],
)
def test_share_limits(demo_orgs, declare, add_contract, user_named, business_form, share, outcome, reason):
    add_contract()
    percent = Decimal(share) if share else None
    declare("member2", items=[item(business_form=business_form, share_percent=percent)])
    finding = finding_of(official(user_named, "member2"))
    assert (finding.outcome, finding.reason) == (outcome, reason)


@pytest.fixture
def member1_took_office_2024(user_named):
    member = official(user_named, "member1")
    member.took_office_on = dt.date(2024, 1, 1)
    member.save()
    Tenure.objects.filter(official=member).update(started_on=dt.date(2024, 1, 1))
    return member


def test_the_30_day_cure_period_runs_then_expires(demo_orgs, declare, add_contract, member1_took_office_2024):
    add_contract(signed_on=dt.date(2023, 12, 1))
    declare("member1", items=[item(held_since=dt.date(2023, 6, 1))])
    crosscheck_official(official=member1_took_office_2024, today=dt.date(2024, 1, 20))
    running = finding_of(member1_took_office_2024)
    assert (running.outcome, running.cure_deadline) == ("must_cure_by", dt.date(2024, 1, 31))
    assert sections(running)[0] == ("act2561", "126")  # para 4, the cure period
    crosscheck_official(official=member1_took_office_2024, today=dt.date(2024, 1, 31))
    assert finding_of(member1_took_office_2024).outcome == "must_cure_by"
    crosscheck_official(official=member1_took_office_2024, today=dt.date(2024, 2, 1))
    expired = finding_of(member1_took_office_2024)
    assert (expired.outcome, expired.reason) == ("prohibited", "cure_period_expired")
    assert expired.cure_deadline == dt.date(2024, 1, 31)
    assert Finding.objects.filter(official=member1_took_office_2024).count() == 1


def test_an_interest_ended_within_the_cure_period_leaves_no_finding(
    demo_orgs, declare, add_contract, member1_took_office_2024
):
    add_contract(signed_on=dt.date(2023, 12, 1))
    declare("member1", items=[item(held_since=dt.date(2023, 6, 1), held_until=dt.date(2024, 1, 25))])
    crosscheck_official(official=member1_took_office_2024, today=TODAY)
    assert not Finding.objects.exists()


def test_an_interest_ended_after_the_cure_period_is_a_past_prohibition(
    demo_orgs, declare, add_contract, member1_took_office_2024
):
    add_contract(signed_on=dt.date(2023, 12, 1))
    declare("member1", items=[item(held_since=dt.date(2023, 6, 1), held_until=dt.date(2024, 2, 10))])
    crosscheck_official(official=member1_took_office_2024, today=TODAY)
    finding = finding_of(member1_took_office_2024)
    assert (finding.outcome, finding.as_of) == ("prohibited", dt.date(2024, 2, 10))


def test_an_interest_ended_before_taking_office_is_not_assessed(
    demo_orgs, declare, add_contract, member1_took_office_2024
):
    add_contract(signed_on=dt.date(2023, 1, 1))
    declare("member1", items=[item(held_since=dt.date(2022, 6, 1), held_until=dt.date(2023, 12, 31))])
    assert not Finding.objects.exists()


def test_staff_are_not_designated_so_the_dealing_is_only_noted(demo_orgs, declare, add_contract, user_named):
    add_contract()
    declare("staff1", items=[item()])
    finding = finding_of(official(user_named, "staff1"))
    assert (finding.outcome, finding.reason, finding.tao_section) == (
        "not_applicable",
        "office_not_designated",
        "",
    )
    assert not finding.needs_action


def test_no_dealings_no_finding(demo_orgs, declare, add_contract):
    add_contract(counterparty_name="บริษัท อื่น จำกัด", counterparty_juristic_number=WATER)
    declare("member1", items=[item()])
    assert not Finding.objects.exists()


def test_declared_dealings_without_a_contract_in_the_register(demo_orgs, declare, user_named):
    declare("member1", items=[item(deals_with_organization=True)])
    finding = finding_of(official(user_named, "member1"))
    assert (finding.outcome, finding.match_basis, finding.contract) == ("prohibited", "declared", None)


def test_matching_by_name_when_either_side_has_no_number(demo_orgs, declare, add_contract, user_named):
    add_contract(counterparty_name="บจก. ถนนดีก่อสร้าง", counterparty_juristic_number="")
    declare("member1", items=[item(company_name="บริษัท ถนนดี ก่อสร้าง จำกัด")])
    assert finding_of(official(user_named, "member1")).match_basis == "name"


def test_the_same_name_with_different_numbers_is_another_business(demo_orgs, declare, add_contract):
    add_contract(counterparty_juristic_number=WATER)
    declare("member1", items=[item(juristic_number=ROADS)])
    assert not Finding.objects.exists()


def test_a_contract_signed_after_the_interest_ended_does_not_count(demo_orgs, declare, add_contract):
    add_contract(signed_on=dt.date(2024, 6, 1))
    declare("member1", items=[item(held_until=dt.date(2024, 3, 1))])
    assert not Finding.objects.exists()


def test_outside_work_for_a_contractor_of_a_council_member(demo_orgs, declare, add_contract, user_named):
    add_contract(counterparty_name="ห้างหุ้นส่วนจำกัด น้ำใส", counterparty_juristic_number=WATER)
    declare("member1", outside_work=[work()])
    finding = finding_of(official(user_named, "member1"))
    assert (finding.source, finding.activity, finding.outcome) == (
        "outside_work",
        "employee_of_supervised",
        "prohibited",
    )
    assert sections(finding)[0] == ("act2561", "126(4)")


def test_after_leaving_office_s127_does_not_reach_an_undesignated_office(
    demo_orgs, declare, add_contract, user_named
):
    add_contract()
    declare("member1", items=[item()])
    member = official(user_named, "member1")
    official_record_leaving(actor=user_named("clerk"), official=member, left_on=dt.date(2025, 1, 1))
    finding = finding_of(member)
    assert (finding.outcome, finding.reason) == ("not_applicable", "s127_not_designated")
    assert finding.office == "council_member"  # judged by the office held on the last day


def test_running_again_changes_nothing(demo_orgs, declare, add_contract, user_named):
    add_contract()
    declare("member1", items=[item(), item(holder="spouse", company_name="x", juristic_number="")])
    before = (list(Finding.objects.values()), AuditEntry.objects.count())
    result = crosscheck_organization(organization=demo_orgs["bangsaothong"])
    assert (result.added, result.removed, result.kept) == (0, 0, 1)
    assert (list(Finding.objects.values()), AuditEntry.objects.count()) == before


def test_a_new_contract_raises_a_finding_and_removing_it_clears_it(
    demo_orgs, declare, add_contract, user_named
):
    declare("member1", items=[item()])
    assert not Finding.objects.exists()
    contract = add_contract()
    assert finding_of(official(user_named, "member1")).contract == contract
    contract_delete(actor=user_named("clerk"), contract=contract)
    assert not Finding.objects.exists()
    assert AuditEntry.objects.filter(action="interest.crosscheck").count() == 2


def test_an_amendment_that_ends_the_interest_replaces_the_finding(
    demo_orgs, declare, add_contract, user_named
):
    add_contract()
    declare("member1", items=[item(held_since=dt.date(2015, 1, 1), holder="spouse")])
    first = finding_of(official(user_named, "member1"))
    declare("member1", items=[item(held_since=dt.date(2015, 1, 1), holder="spouse")])
    kept = finding_of(official(user_named, "member1"))
    assert (
        kept.pk == first.pk and kept.declaration.version == 2
    )  # same facts: the finding follows the version
    declare("member1", nothing=True)
    assert not Finding.objects.filter(status=FindingStatus.OPEN).exists()


def test_a_reviewed_finding_is_not_raised_again(demo_orgs, declare, add_contract, user_named):
    add_contract()
    declare("member1", items=[item(holder="spouse", held_since=dt.date(2015, 1, 1))])
    finding = finding_of(official(user_named, "member1"))
    finding_review(actor=user_named("clerk"), finding=finding, note="ตรวจแล้ว คู่สมรสถือหุ้นก่อนเข้ารับตำแหน่ง")
    crosscheck_organization(organization=demo_orgs["bangsaothong"])
    assert Finding.objects.get().status == FindingStatus.REVIEWED


def test_the_chair_is_judged_by_each_office_held(demo_orgs, declare, add_contract, user_named):
    add_contract()
    declare("chair", items=[item()])
    finding = finding_of(official(user_named, "chair"))
    assert finding.outcome == "prohibited"
    assert finding.office in {"council_chair", "council_member"}


def test_nightly_command(demo_orgs, declare, add_contract, user_named):
    add_contract()
    declare("member1", items=[item()])
    Finding.objects.all().delete()
    call_command("check_interests", "--org", "bangsaothong")
    assert finding_of(official(user_named, "member1")).outcome == "prohibited"
    with pytest.raises(CommandError, match="nowhere"):
        call_command("check_interests", "--org", "nowhere")
