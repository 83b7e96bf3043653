"""Gift rules beyond the listed scenarios: decision order (§10.2), boundaries, and the data they read."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from legal.gifts import (
    GiftFacts,
    GiftReason,
    Outcome,
    Regime,
    Relation,
    assess_gift,
    covered_until,
    report_deadline,
)
from legal.rules import NACC_RELATIVES, build_rules
from tests.legal.builders import NACC2543_DAY, NACC2563_DAY, gift

PERMIT = Outcome.PERMITTED
REPORT = Outcome.REPORT_REQUIRED
OUT = Outcome.OUT_OF_SCOPE
REFUSE = Outcome.MUST_NOT_ACCEPT


DECISION_ORDER = [
    pytest.param(
        gift("99999", due_by_law=True, giver_relation=Relation.NONE, left_office_on=date(2000, 1, 1)),
        OUT,
        "lawful_income",
        id="due-by-law-wins-over-everything",
    ),
    pytest.param(
        gift("5000", giver_relation=Relation.ASCENDANT, left_office_on=date(2020, 1, 1)),
        OUT,
        "not_an_official",
        id="two-years-gone-wins-over-relative",
    ),
    pytest.param(
        gift("5000", giver_relation=Relation.SIBLING, to_general_public=True),
        PERMIT,
        "relative",
        id="relative-wins-over-general-public",
    ),
    pytest.param(
        gift("90000", giver_relation=Relation.UNCLE_AUNT, customary_occasion=False),
        PERMIT,
        "relative",
        id="relative-has-no-value-limit-or-occasion-test",
    ),
    pytest.param(
        gift("90000", to_general_public=True, customary_occasion=False),
        PERMIT,
        "general_public",
        id="general-public-has-no-value-limit",
    ),
    pytest.param(
        gift("100", customary_occasion=False),
        REPORT,
        "not_customary",
        id="small-gift-off-occasion-must-be-reported",
    ),
    pytest.param(
        gift("100", customary_occasion=False, accepted_out_of_necessity=False),
        REFUSE,
        "not_customary",
        id="small-gift-off-occasion-without-necessity-must-not-be-accepted",
    ),
    pytest.param(
        gift("3000.01", accepted_out_of_necessity=False),
        REFUSE,
        "over_limit",
        id="over-limit-without-necessity-must-not-be-accepted",
    ),
    pytest.param(
        gift("3000.00", accepted_out_of_necessity=False),
        PERMIT,
        "within_limit",
        id="within-limit-needs-no-necessity",
    ),
    pytest.param(
        gift("0.01", earlier_value_same_giver_same_occasion=Decimal("3000.00")),
        REPORT,
        "over_limit",
        id="one-satang-over-the-aggregate",
    ),
    pytest.param(
        gift("0", earlier_value_same_giver_same_occasion=Decimal("3000.00")),
        PERMIT,
        "within_limit",
        id="aggregate-exactly-at-the-limit",
    ),
]


@pytest.mark.parametrize(("facts", "outcome", "reason"), DECISION_ORDER)
def test_decision_order(facts: GiftFacts, outcome: Outcome, reason: str) -> None:
    result = assess_gift(facts)
    assert (result.outcome, result.reason) == (outcome, reason)


@pytest.mark.parametrize("relation", sorted(Relation), ids=str)
def test_every_relation_is_classified_as_the_nacc_defines_relatives(relation: Relation) -> None:
    result = assess_gift(gift("10000", giver_relation=relation))
    expected = Outcome.PERMITTED if relation in NACC_RELATIVES else Outcome.REPORT_REQUIRED
    assert result.outcome is expected


def test_nacc_relatives_are_exactly_the_issue_list() -> None:
    assert {r.value for r in NACC_RELATIVES} == {
        "ascendant",
        "descendant",
        "sibling",
        "uncle_aunt",
        "spouse",
        "spouse_ascendant",
        "spouse_descendant",
        "adopter",
        "adopted_child",
    }


@pytest.mark.parametrize(
    ("left_office_on", "received_on", "outcome"),
    [
        pytest.param(date(2022, 3, 10), date(2024, 3, 9), REPORT, id="day-before-second-anniversary-covered"),
        pytest.param(date(2022, 3, 10), date(2024, 3, 10), OUT, id="second-anniversary-not-covered"),
        pytest.param(date(2024, 2, 29), date(2026, 2, 28), REPORT, id="leap-day-left-covered-on-28-february"),
        pytest.param(date(2024, 2, 29), date(2026, 3, 1), OUT, id="leap-day-left-free-on-1-march"),
        pytest.param(date(2024, 3, 1), date(2024, 2, 20), REPORT, id="received-while-still-in-office"),
        pytest.param(date(2024, 3, 1), date(2024, 3, 1), REPORT, id="received-on-the-day-of-leaving"),
    ],
)
def test_two_year_rule_for_former_officials(
    left_office_on: date, received_on: date, outcome: Outcome
) -> None:
    result = assess_gift(gift("5000", received_on=received_on, left_office_on=left_office_on))
    assert result.outcome is outcome
    assert result.covered_until == covered_until(left_office_on)


def test_covered_until_moves_29_february_to_1_march() -> None:
    assert covered_until(date(2024, 2, 29)) == date(2026, 3, 1)
    assert covered_until(date(2020, 2, 29), rules=build_rules(former_official_years=4)) == date(2024, 2, 29)


def test_serving_official_has_no_coverage_end() -> None:
    assert assess_gift(gift("5000")).covered_until is None


@pytest.mark.parametrize(
    ("received_on", "regime"),
    [
        pytest.param(date(2018, 7, 21), Regime.ACT2542_NACC2543, id="2018-07-21-old-act"),
        pytest.param(date(2018, 7, 22), Regime.ACT2561_NACC2543, id="2018-07-22-new-act-old-announcement"),
        pytest.param(date(2020, 3, 13), Regime.ACT2561_NACC2543, id="2020-03-13-gazette-day-still-2543"),
        pytest.param(date(2020, 3, 14), Regime.ACT2561_NACC2563, id="2020-03-14-2563-announcement"),
    ],
)
def test_regime_boundaries(received_on: date, regime: Regime) -> None:
    assert assess_gift(gift("5000", received_on=received_on)).regime is regime


def test_deadline_exists_only_when_a_report_is_required() -> None:
    assert assess_gift(gift("2000")).report_deadline is None
    assert assess_gift(gift("5000", accepted_out_of_necessity=False)).report_deadline is None
    assert report_deadline(date(2019, 1, 1)) is None
    assert report_deadline(date(2024, 1, 1)) == date(2024, 1, 31)


def test_total_value_and_limit_are_reported() -> None:
    result = assess_gift(gift("1000.50", earlier_value_same_giver_same_occasion=Decimal("500.25")))
    assert result.total_value == Decimal("1500.75")
    assert result.limit == Decimal("3000.00")


def test_limit_of_each_announcement_is_data() -> None:
    rules = build_rules(gift_limit_nacc2563=Decimal("5000.00"))
    assert assess_gift(gift("4000"), rules=rules).outcome is Outcome.PERMITTED
    assert assess_gift(gift("4000", received_on=NACC2543_DAY), rules=rules).outcome is Outcome.REPORT_REQUIRED


def test_relatives_of_the_2563_announcement_are_data() -> None:
    rules = build_rules(relatives_nacc2563=NACC_RELATIVES | {Relation.SIBLING_IN_LAW})
    in_law = gift("8000", giver_relation=Relation.SIBLING_IN_LAW)
    assert assess_gift(in_law, rules=rules).reason is GiftReason.RELATIVE
    assert assess_gift(in_law).reason is GiftReason.OVER_LIMIT


def test_report_days_are_data() -> None:
    rules = build_rules(report_days=15)
    assert assess_gift(gift("5000", received_on=date(2024, 7, 1)), rules=rules).report_deadline == date(
        2024, 7, 16
    )


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"value": Decimal("-1")}, id="negative-value"),
        pytest.param(
            {"earlier_value_same_giver_same_occasion": Decimal("-0.01")}, id="negative-earlier-value"
        ),
    ],
)
def test_negative_values_are_rejected(changes: dict[str, Decimal]) -> None:
    facts: dict[str, object] = {"received_on": NACC2563_DAY, "value": Decimal(1), **changes}
    with pytest.raises(ValueError, match="negative"):
        GiftFacts(**facts)  # type: ignore[arg-type]


def test_enum_members_are_the_upper_case_of_their_values() -> None:
    for enum in (Outcome, Relation, Regime, GiftReason):
        assert all(member.name == member.value.upper() for member in enum)
    assert Outcome.REPORT_REQUIRED == "report_required"
