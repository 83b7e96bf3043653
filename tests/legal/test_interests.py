"""Business interests: s.126 (old s.100), s.127 (old s.101) and the TAO Act's contract-interest rules."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from legal.interests import (
    Activity,
    Holder,
    InterestAssessment,
    InterestFacts,
    InterestOutcome,
    assess_interest,
)
from legal.rules import DEFAULT_RULES, DesignationRow, build_rules
from legal.vocabulary import Instrument, Office
from tests.legal.builders import interest

A61, A42, TAO = Instrument.ACT2561, Instrument.ACT2542, Instrument.TAO2537
EXECUTIVE, COUNCIL = "64/2(3)", "47 ตรี(6)"

NA = InterestOutcome.NOT_APPLICABLE
PERMIT = InterestOutcome.PERMITTED
CURE = InterestOutcome.MUST_CURE_BY
BAN = InterestOutcome.PROHIBITED
REVIEW = InterestOutcome.REVIEW


def first(result: InterestAssessment) -> tuple[Instrument, str]:
    return result.citations[0].instrument, result.citations[0].section


# (facts, outcome, reason, TAO section engaged, deciding citation)
SCENARIOS = [
    pytest.param(
        interest(office=Office.COUNCIL_MEMBER, share_percent=Decimal(10)),
        BAN,
        "cure_period_expired",
        COUNCIL,
        (A61, "126(2)"),
        id="s37-council-member-10pct-in-road-contractor-prohibited",
    ),
    pytest.param(
        interest(office=Office.COUNCIL_MEMBER, share_percent=Decimal(3)),
        REVIEW,
        "within_share_limit",
        COUNCIL,
        (TAO, COUNCIL),
        id="s37-council-member-3pct-within-nacc-limit-tao-review",
    ),
    pytest.param(
        interest(holder=Holder.SPOUSE, share_percent=Decimal(10), held_since=date(2015, 1, 1)),
        REVIEW,
        "spouse_preexisting",
        EXECUTIVE,
        (A61, "126"),
        id="s38-chief-executive-spouse-10pct-since-before-office-review",
    ),
    pytest.param(
        interest(share_percent=Decimal(3), public_company=True),
        REVIEW,
        "within_share_limit",
        EXECUTIVE,
        (TAO, EXECUTIVE),
        id="s39-chief-executive-3pct-listed-company-tao-review",
    ),
    pytest.param(
        interest(took_office_on=date(2022, 1, 1), as_of=date(2022, 2, 15)),
        BAN,
        "cure_period_expired",
        EXECUTIVE,
        (A61, "126(2)"),
        id="s40-partner-still-on-2022-02-15-prohibited",
    ),
    pytest.param(
        interest(took_office_on=date(2022, 1, 1), as_of=date(2022, 1, 20)),
        CURE,
        "cure_period_running",
        EXECUTIVE,
        (A61, "126"),
        id="s40-partner-on-2022-01-20-must-cure-by-01-31",
    ),
    pytest.param(
        interest(
            activity=Activity.EMPLOYEE_OF_SUPERVISED,
            took_office_on=date(2018, 1, 1),
            left_office_on=date(2022, 1, 1),
            held_since=date(2023, 1, 1),
            as_of=date(2023, 1, 1),
        ),
        NA,
        "s127_not_designated",
        None,
        (A61, "127"),
        id="s41-former-chief-executive-adviser-2561-not-designated",
    ),
    pytest.param(
        interest(
            activity=Activity.EMPLOYEE_OF_SUPERVISED,
            took_office_on=date(2012, 1, 1),
            left_office_on=date(2016, 1, 1),
            held_since=date(2017, 1, 1),
            as_of=date(2017, 1, 1),
        ),
        BAN,
        "prohibited_activity",
        None,
        (A42, "101"),
        id="s41-former-chief-executive-adviser-old-s101-prohibited",
    ),
]


@pytest.mark.parametrize(("facts", "outcome", "reason", "tao", "deciding"), SCENARIOS)
def test_law_md_scenario(
    facts: InterestFacts,
    outcome: InterestOutcome,
    reason: str,
    tao: str | None,
    deciding: tuple[Instrument, str],
) -> None:
    result = assess_interest(facts)
    assert (result.outcome, result.reason, result.tao_section) == (outcome, reason, tao)
    assert first(result) == deciding
    assert all(c.text_th and c.text_en for c in result.citations)


@pytest.mark.parametrize(
    ("as_of", "outcome", "deadline"),
    [
        pytest.param(date(2022, 1, 20), CURE, date(2022, 1, 31), id="s40-within-the-cure-period"),
        pytest.param(date(2022, 1, 31), CURE, date(2022, 1, 31), id="day-30-still-curable"),
        pytest.param(date(2022, 2, 1), BAN, date(2022, 1, 31), id="day-31-prohibited"),
        pytest.param(date(2022, 2, 15), BAN, date(2022, 1, 31), id="s40-2022-02-15-prohibited"),
    ],
)
def test_cure_period_of_30_days_from_taking_office(
    as_of: date, outcome: InterestOutcome, deadline: date
) -> None:
    result = assess_interest(interest(took_office_on=date(2022, 1, 1), as_of=as_of))
    assert (result.outcome, result.cure_deadline) == (outcome, deadline)


def test_s40_prohibited_cites_the_penalty_s168() -> None:
    result = assess_interest(interest(took_office_on=date(2022, 1, 1), as_of=date(2022, 2, 15)))
    cited = [(c.instrument, c.section, c.paragraph) for c in result.citations]
    assert cited == [(A61, "126(2)", None), (TAO, EXECUTIVE, None), (A61, "126", 4), (A61, "168", None)]
    assert result.citations[0].old_section == "100(2)"
    assert result.governing_act is A61


OTHER_CASES = [
    pytest.param(
        interest(counterparty_deals_with_agency=False), PERMIT, "no_dealings", id="no-dealings-permitted"
    ),
    pytest.param(
        interest(office=Office.PERMANENT_SECRETARY),
        NA,
        "office_not_designated",
        id="undesignated-staff-office",
    ),
    pytest.param(
        interest(as_of=date(2021, 11, 30)), NA, "not_in_office", id="before-taking-office-not-applicable"
    ),
    pytest.param(
        interest(activity=Activity.CONTRACT_PARTY, share_percent=Decimal(1), held_since=date(2023, 1, 1)),
        BAN,
        "prohibited_activity",
        id="contract-party-has-no-share-exception",
    ),
    pytest.param(
        interest(activity=Activity.CONTRACT_PARTY),
        BAN,
        "prohibited_activity",
        id="contract-party-held-on-taking-office-has-no-cure-period",
    ),
    pytest.param(
        interest(activity=Activity.EMPLOYEE_OF_SUPERVISED, as_of=date(2021, 12, 5)),
        BAN,
        "prohibited_activity",
        id="employee-of-supervised-business-has-no-cure-period",
    ),
    pytest.param(
        interest(activity=Activity.CONCESSION, as_of=date(2021, 12, 5)),
        CURE,
        "cure_period_running",
        id="concession-held-on-taking-office-is-curable",
    ),
    pytest.param(
        interest(share_percent=Decimal("5.00")), REVIEW, "within_share_limit", id="exactly-5pct-within-limit"
    ),
    pytest.param(
        interest(share_percent=Decimal("5.01")), BAN, "cure_period_expired", id="5.01pct-above-the-limit"
    ),
    pytest.param(
        interest(held_since=date(2023, 1, 1), share_percent=Decimal(30)),
        BAN,
        "prohibited_activity",
        id="shares-bought-while-in-office",
    ),
    pytest.param(
        interest(holder=Holder.SPOUSE, held_since=date(2021, 12, 1), as_of=date(2021, 12, 20)),
        CURE,
        "cure_period_running",
        id="spouse-began-on-the-day-of-taking-office-deemed-the-officials",
    ),
    pytest.param(
        interest(holder=Holder.SPOUSE, held_since=date(2022, 6, 1)),
        BAN,
        "prohibited_activity",
        id="spouse-began-after-taking-office-prohibited",
    ),
    pytest.param(
        interest(holder=Holder.SPOUSE, held_since=date(2015, 1, 1), counterparty_deals_with_agency=False),
        PERMIT,
        "no_dealings",
        id="spouse-business-without-dealings-permitted",
    ),
]


@pytest.mark.parametrize(("facts", "outcome", "reason"), OTHER_CASES)
def test_serving_official(facts: InterestFacts, outcome: InterestOutcome, reason: str) -> None:
    result = assess_interest(facts)
    assert (result.outcome, result.reason) == (outcome, reason)
    assert result.binding_until is None


def test_tao_act_is_not_engaged_without_dealings_or_for_staff() -> None:
    assert assess_interest(interest(counterparty_deals_with_agency=False)).tao_section is None
    staff = assess_interest(interest(office=Office.DIVISION_DIRECTOR))
    assert (staff.outcome, staff.tao_section) == (NA, None)


def test_tao_act_binds_a_council_member_the_nacc_no_longer_designates() -> None:
    rules = build_rules(
        s126_designations=(
            *DEFAULT_RULES.s126_designations,
            DesignationRow(valid_from=date(2024, 1, 1), office=Office.COUNCIL_MEMBER, designated=False),
        )
    )
    result = assess_interest(interest(office=Office.COUNCIL_MEMBER), rules=rules)
    assert (result.outcome, result.reason, result.tao_section) == (REVIEW, "office_not_designated", COUNCIL)
    assert first(result) == (TAO, COUNCIL)


def test_a_designated_non_tao_office_within_the_share_limit_is_permitted() -> None:
    rules = build_rules(
        s126_designations=(
            *DEFAULT_RULES.s126_designations,
            DesignationRow(valid_from=date(2000, 1, 1), office=Office.PERMANENT_SECRETARY),
        )
    )
    result = assess_interest(
        interest(office=Office.PERMANENT_SECRETARY, share_percent=Decimal(2)), rules=rules
    )
    assert (result.outcome, result.reason, result.tao_section) == (PERMIT, "within_share_limit", None)
    assert [(c.instrument, c.section) for c in result.citations] == [
        (A61, "126(2)"),
        (Instrument.NACC_SHARES2563, ""),
    ]


@pytest.mark.parametrize(
    ("as_of", "act", "section", "penalty"),
    [
        pytest.param(date(2018, 7, 21), A42, "100(2)", "122", id="2018-07-21-old-s100"),
        pytest.param(date(2018, 7, 22), A61, "126(2)", "168", id="2018-07-22-new-s126"),
    ],
)
def test_regime_boundary_for_interests(as_of: date, act: Instrument, section: str, penalty: str) -> None:
    result = assess_interest(
        interest(as_of=as_of, took_office_on=date(2016, 1, 1), held_since=date(2017, 1, 1))
    )
    assert (result.outcome, result.governing_act) == (BAN, act)
    assert [(c.instrument, c.section) for c in result.citations] == [
        (act, section),
        (TAO, EXECUTIVE),
        (act, penalty),
    ]


def test_share_limit_before_2018_cites_the_old_act() -> None:
    facts = interest(as_of=date(2017, 6, 1), took_office_on=date(2016, 1, 1), share_percent=Decimal(4))
    result = assess_interest(facts)
    assert result.outcome is REVIEW
    assert [(c.instrument, c.section) for c in result.citations] == [
        (TAO, EXECUTIVE),
        (A42, "100(2)"),
        (A42, "100"),
    ]


def test_enum_fields_given_as_their_string_values() -> None:
    result = assess_interest(
        interest(holder="spouse", activity="partner_or_shareholder", held_since=date(2015, 1, 1))
    )
    assert (result.outcome, result.reason) == (REVIEW, "spouse_preexisting")
