"""Business interests after leaving office (s.127, old s.101), transitional options and bad facts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from legal.calendar import add_years
from legal.interests import (
    Activity,
    Holder,
    InterestAssessment,
    InterestFacts,
    InterestOutcome,
    InterestReason,
    assess_interest,
)
from legal.rules import DesignationRow, build_rules
from legal.vocabulary import Instrument, Office
from tests.legal.builders import former, interest

A61, A42 = Instrument.ACT2561, Instrument.ACT2542
EXECUTIVE = "64/2(3)"

NA = InterestOutcome.NOT_APPLICABLE
PERMIT = InterestOutcome.PERMITTED
CURE = InterestOutcome.MUST_CURE_BY
BAN = InterestOutcome.PROHIBITED


def first(result: InterestAssessment) -> tuple[Instrument, str]:
    return result.citations[0].instrument, result.citations[0].section


FORMER_OLD_ACT = [
    pytest.param(
        former(left_office_on=date(2016, 1, 1), as_of=date(2017, 12, 31)),
        BAN,
        "prohibited_activity",
        id="s101-last-day-of-the-window",
    ),
    pytest.param(
        former(left_office_on=date(2016, 1, 1), as_of=date(2018, 1, 1)),
        NA,
        "former_official_window_ended",
        id="s101-second-anniversary-window-ended",
    ),
    pytest.param(
        former(left_office_on=date(2016, 2, 29), as_of=date(2018, 2, 28)),
        BAN,
        "prohibited_activity",
        id="s101-left-on-29-february-bound-on-28-february",
    ),
    pytest.param(
        former(left_office_on=date(2016, 2, 29), as_of=date(2018, 3, 1)),
        NA,
        "former_official_window_ended",
        id="s101-left-on-29-february-free-on-1-march",
    ),
    pytest.param(
        former(
            left_office_on=date(2016, 1, 1),
            as_of=date(2017, 1, 1),
            share_percent=Decimal(4),
            public_company=True,
        ),
        PERMIT,
        "public_company_share_exception",
        id="s101-up-to-5pct-of-a-public-company",
    ),
    pytest.param(
        former(
            left_office_on=date(2016, 1, 1),
            as_of=date(2017, 1, 1),
            share_percent=Decimal(4),
            public_company=True,
            activity=Activity.CONTRACT_PARTY,
        ),
        BAN,
        "prohibited_activity",
        id="s101-public-company-exception-is-for-shares-only",
    ),
    pytest.param(
        former(left_office_on=date(2016, 1, 1), as_of=date(2017, 1, 1), counterparty_deals_with_agency=False),
        PERMIT,
        "no_dealings",
        id="s101-no-dealings",
    ),
]


@pytest.mark.parametrize(("facts", "outcome", "reason"), FORMER_OLD_ACT)
def test_former_official_under_old_s101(facts: InterestFacts, outcome: InterestOutcome, reason: str) -> None:
    result = assess_interest(facts)
    assert (result.outcome, result.reason, result.tao_section) == (outcome, reason, None)
    assert facts.left_office_on is not None
    assert result.binding_until == add_years(facts.left_office_on, 2)
    assert first(result) == (A42, "101")
    assert result.governing_act is A42


S127_RULES = build_rules(
    s127_designations=(DesignationRow(valid_from=date(2018, 7, 22), office=Office.CHIEF_EXECUTIVE),)
)

FORMER_NEW_ACT = [
    pytest.param(
        interest(
            activity=Activity.EMPLOYEE_OF_SUPERVISED, left_office_on=date(2022, 1, 1), as_of=date(2023, 1, 1)
        ),
        BAN,
        "prohibited_activity",
        id="s127-designated-adviser-within-two-years",
    ),
    pytest.param(
        interest(
            activity=Activity.EMPLOYEE_OF_SUPERVISED,
            left_office_on=date(2022, 1, 1),
            as_of=date(2023, 1, 1),
            counterparty_deals_with_agency=False,
        ),
        PERMIT,
        "no_dealings",
        id="s127-business-not-supervised-by-the-agency",
    ),
    pytest.param(
        interest(
            activity=Activity.EMPLOYEE_OF_SUPERVISED, left_office_on=date(2022, 1, 1), as_of=date(2024, 1, 1)
        ),
        NA,
        "former_official_window_ended",
        id="s127-two-years-passed",
    ),
    pytest.param(
        interest(left_office_on=date(2022, 1, 1), as_of=date(2023, 1, 1)),
        NA,
        "s127_activity_not_covered",
        id="s127-shares-no-longer-covered",
    ),
    pytest.param(
        interest(
            activity=Activity.EMPLOYEE_OF_SUPERVISED,
            holder=Holder.SPOUSE,
            left_office_on=date(2022, 1, 1),
            as_of=date(2023, 1, 1),
        ),
        NA,
        "s127_spouse_not_covered",
        id="s127-spouse-not-covered",
    ),
]


@pytest.mark.parametrize(("facts", "outcome", "reason"), FORMER_NEW_ACT)
def test_former_official_under_s127(facts: InterestFacts, outcome: InterestOutcome, reason: str) -> None:
    result = assess_interest(facts, rules=S127_RULES)
    assert (result.outcome, result.reason, result.tao_section) == (outcome, reason, None)
    assert result.binding_until == date(2024, 1, 1)
    assert first(result) == (A61, "127")


def test_s127_breach_cites_the_penalty_s170() -> None:
    facts = interest(
        activity=Activity.EMPLOYEE_OF_SUPERVISED, left_office_on=date(2022, 1, 1), as_of=date(2023, 1, 1)
    )
    result = assess_interest(facts, rules=S127_RULES)
    assert [(c.instrument, c.section, c.old_section) for c in result.citations] == [
        (A61, "127", "101"),
        (A61, "126(4)", "100(4)"),
        (A61, "170", "122"),
    ]


def test_undesignated_former_official_has_no_binding_window() -> None:
    facts = interest(
        activity=Activity.EMPLOYEE_OF_SUPERVISED, left_office_on=date(2022, 1, 1), as_of=date(2022, 6, 1)
    )
    assert assess_interest(facts).binding_until is None


def test_left_office_later_than_as_of_is_still_serving() -> None:
    result = assess_interest(interest(left_office_on=date(2030, 1, 1)))
    assert (result.outcome, result.tao_section) == (BAN, EXECUTIVE)


def test_cure_period_restarts_at_the_2561_act_when_the_administrator_says_so() -> None:
    facts = interest(took_office_on=date(2016, 1, 1), held_since=date(2015, 1, 1), as_of=date(2018, 8, 10))
    assert assess_interest(facts).outcome is BAN
    result = assess_interest(facts, rules=build_rules(cure_restarts_at_act2561=True))
    assert (result.outcome, result.cure_deadline) == (CURE, date(2018, 8, 21))
    assert (A61, "195") in [(c.instrument, c.section) for c in result.citations]


def test_cure_deadline_moves_off_a_weekend_when_the_administrator_says_so() -> None:
    facts = interest(took_office_on=date(2022, 1, 6), as_of=date(2022, 2, 7))
    assert assess_interest(facts).cure_deadline == date(2022, 2, 5)
    moved = assess_interest(facts, rules=build_rules(cure_deadline_on_working_day=True))
    assert (moved.outcome, moved.cure_deadline) == (CURE, date(2022, 2, 7))


def test_cure_days_are_data() -> None:
    facts = interest(took_office_on=date(2022, 1, 1), as_of=date(2022, 2, 15))
    result = assess_interest(facts, rules=build_rules(cure_days=60))
    assert (result.outcome, result.cure_deadline) == (CURE, date(2022, 3, 2))


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"left_office_on": date(2021, 1, 1)}, id="left-before-taking-office"),
        pytest.param({"share_percent": Decimal("100.01")}, id="over-100pct"),
        pytest.param({"share_percent": Decimal(-1)}, id="negative-pct"),
    ],
)
def test_impossible_facts_are_rejected(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"office|percentage"):
        interest(**changes)


def test_enum_members_are_the_upper_case_of_their_values() -> None:
    for enum in (Holder, Activity, InterestOutcome):
        assert all(member.name == member.value.upper() for member in enum)
    assert InterestReason.WITHIN_SHARE_LIMIT == "within_share_limit"


def test_s127_activity_given_as_its_string_value() -> None:
    facts = interest(
        activity="employee_of_supervised", left_office_on=date(2022, 1, 1), as_of=date(2023, 1, 1)
    )
    assert assess_interest(facts, rules=S127_RULES).outcome is BAN


@pytest.mark.parametrize(
    ("as_of", "outcome"),
    [
        pytest.param(date(2018, 7, 21), BAN, id="2018-07-21-old-s101-binds-a-former-partner"),
        pytest.param(date(2018, 7, 22), NA, id="2018-07-22-s127-does-not"),
    ],
)
def test_former_official_across_the_change_of_law(as_of: date, outcome: InterestOutcome) -> None:
    assert assess_interest(former(left_office_on=date(2017, 1, 1), as_of=as_of)).outcome is outcome
