"""Gift rules: the scenarios of law.md §11 that the gift functions decide (1-32)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from legal.gifts import (
    GiftFacts,
    Outcome,
    Regime,
    Relation,
    assess_gift,
    is_late,
)
from legal.routing import Office, Recipient, report_recipient
from legal.vocabulary import Instrument
from tests.legal.builders import NACC2543_DAY, gift

PERMIT = Outcome.PERMITTED
REPORT = Outcome.REPORT_REQUIRED
OUT = Outcome.OUT_OF_SCOPE


# (facts, office of the filer, outcome, reason, recipient of the report or None)
SCENARIOS = [
    pytest.param(
        gift("2500"), Office.LOCAL_OFFICIAL, PERMIT, "within_limit", None, id="s01-2500-basket-permitted"
    ),
    pytest.param(
        gift("3000.00"), Office.LOCAL_OFFICIAL, PERMIT, "within_limit", None, id="s02-3000.00-permitted"
    ),
    pytest.param(
        gift("3000.01"),
        Office.LOCAL_OFFICIAL,
        REPORT,
        "over_limit",
        Recipient.SUPERVISOR,
        id="s03-3000.01-report-to-chief-executive",
    ),
    pytest.param(
        gift("1500", earlier_value_same_giver_same_occasion=Decimal(2000)),
        Office.LOCAL_OFFICIAL,
        REPORT,
        "over_limit",
        Recipient.SUPERVISOR,
        id="s04-same-giver-same-occasion-2000+1500-aggregated",
    ),
    pytest.param(
        gift("2000"), Office.LOCAL_OFFICIAL, PERMIT, "within_limit", None, id="s05-two-givers-2000-each"
    ),
    pytest.param(
        gift("2000"), Office.LOCAL_OFFICIAL, PERMIT, "within_limit", None, id="s06-two-occasions-2000-each"
    ),
    pytest.param(
        gift("50000", giver_relation=Relation.ASCENDANT),
        Office.PERMANENT_SECRETARY,
        PERMIT,
        "relative",
        None,
        id="s07-50000-from-father-no-cap",
    ),
    pytest.param(
        gift("10000", received_on=NACC2543_DAY, giver_relation=Relation.COUSIN),
        Office.LOCAL_OFFICIAL,
        REPORT,
        "over_limit",
        Recipient.SUPERVISOR,
        id="s08-cousin-is-not-a-relative-2543",
    ),
    pytest.param(
        gift("20000", giver_relation=Relation.SPOUSE_ASCENDANT),
        Office.LOCAL_OFFICIAL,
        PERMIT,
        "relative",
        None,
        id="s09-spouse-mother-is-a-relative",
    ),
    pytest.param(
        gift("8000", received_on=NACC2543_DAY, giver_relation=Relation.SIBLING_IN_LAW),
        Office.LOCAL_OFFICIAL,
        REPORT,
        "over_limit",
        Recipient.SUPERVISOR,
        id="s10-spouse-sibling-is-not-a-relative-2543",
    ),
    pytest.param(
        gift("10000", to_general_public=True),
        Office.LOCAL_OFFICIAL,
        PERMIT,
        "general_public",
        None,
        id="s11-lucky-draw-open-to-all",
    ),
    pytest.param(
        gift("5000"),
        Office.LOCAL_OFFICIAL,
        REPORT,
        "over_limit",
        Recipient.SUPERVISOR,
        id="s12-5000-discount",
    ),
    pytest.param(
        gift("15000"),
        Office.LOCAL_OFFICIAL,
        REPORT,
        "over_limit",
        Recipient.SUPERVISOR,
        id="s13-15000-supplier-paid-training",
    ),
    pytest.param(
        gift("1200"), Office.LOCAL_OFFICIAL, PERMIT, "within_limit", None, id="s14-1200-contractor-dinner"
    ),
    pytest.param(
        gift("1500", due_by_law=True),
        Office.COUNCIL_MEMBER,
        OUT,
        "lawful_income",
        None,
        id="s15-meeting-allowance-due-by-law",
    ),
    pytest.param(
        gift("4000"),
        Office.CONTRACT_EMPLOYEE,
        REPORT,
        "over_limit",
        Recipient.SUPERVISOR,
        id="s16-contract-employee-to-chief-executive",
    ),
    pytest.param(
        gift("5000"),
        Office.PERMANENT_SECRETARY,
        REPORT,
        "over_limit",
        Recipient.SUPERVISOR,
        id="s17-permanent-secretary-to-chief-executive",
    ),
    pytest.param(
        gift("5000"),
        Office.DEPUTY_CHIEF_EXECUTIVE,
        REPORT,
        "over_limit",
        Recipient.SUPERVISOR,
        id="s18-deputy-to-chief-executive",
    ),
    pytest.param(
        gift("5000"),
        Office.EXECUTIVE_SECRETARY,
        REPORT,
        "over_limit",
        Recipient.SUPERVISOR,
        id="s19-executive-secretary-to-chief-executive",
    ),
    pytest.param(
        gift("5000"),
        Office.CHIEF_EXECUTIVE,
        REPORT,
        "over_limit",
        Recipient.NACC,
        id="s20-chief-executive-to-nacc",
    ),
    pytest.param(
        gift("5000"),
        Office.COUNCIL_MEMBER,
        REPORT,
        "over_limit",
        Recipient.COUNCIL_CHAIR,
        id="s21-council-member-to-chair",
    ),
    pytest.param(
        gift("5000"),
        Office.COUNCIL_VICE_CHAIR,
        REPORT,
        "over_limit",
        Recipient.COUNCIL_CHAIR,
        id="s22-vice-chair-to-chair",
    ),
    pytest.param(
        gift("5000"),
        Office.COUNCIL_CHAIR,
        REPORT,
        "over_limit",
        Recipient.NACC,
        id="s23-chair-to-nacc-not-self",
    ),
    pytest.param(
        gift("5000", received_on=date(2024, 7, 1), left_office_on=date(2023, 1, 1)),
        Office.LOCAL_OFFICIAL,
        REPORT,
        "over_limit",
        Recipient.SUPERVISOR,
        id="s24-retired-18-months-still-covered",
    ),
    pytest.param(
        gift("5000", received_on=date(2024, 2, 1), left_office_on=date(2022, 1, 1)),
        Office.LOCAL_OFFICIAL,
        OUT,
        "not_an_official",
        None,
        id="s25-retired-25-months-out-of-scope",
    ),
    pytest.param(
        gift("5000", received_on=date(2025, 5, 31), left_office_on=date(2023, 6, 1)),
        Office.LOCAL_OFFICIAL,
        REPORT,
        "over_limit",
        Recipient.SUPERVISOR,
        id="s26-left-2023-06-01-received-2025-05-31-covered",
    ),
    pytest.param(
        gift("5000", received_on=date(2025, 6, 1), left_office_on=date(2023, 6, 1)),
        Office.LOCAL_OFFICIAL,
        OUT,
        "not_an_official",
        None,
        id="s27-left-2023-06-01-received-2025-06-01-not-covered",
    ),
]


@pytest.mark.parametrize(("facts", "office", "outcome", "reason", "recipient"), SCENARIOS)
def test_law_md_scenario(
    facts: GiftFacts, office: Office, outcome: Outcome, reason: str, recipient: Recipient | None
) -> None:
    result = assess_gift(facts)
    assert (result.outcome, result.reason) == (outcome, reason)
    if recipient is not None:
        assert report_recipient(office, on=facts.received_on) == recipient


def test_s03_report_is_due_within_30_days() -> None:
    result = assess_gift(gift("3000.01", received_on=date(2024, 7, 1)))
    assert result.report_deadline == date(2024, 7, 31)


@pytest.mark.parametrize(
    ("reported_on", "late"),
    [
        pytest.param(date(2024, 1, 31), False, id="s28-report-on-day-30-on-time"),
        pytest.param(date(2024, 2, 1), True, id="s29-report-on-day-31-late"),
    ],
)
def test_report_deadline_of_a_new_year_gift(reported_on: date, late: bool) -> None:
    result = assess_gift(gift("5000", received_on=date(2024, 1, 1)))
    assert result.report_deadline == date(2024, 1, 31)
    assert result.is_late(reported_on) is late
    assert is_late(date(2024, 1, 1), reported_on) is late


def test_s30_gift_under_2543_has_no_fixed_deadline() -> None:
    result = assess_gift(gift("5000", received_on=date(2020, 1, 10)))
    assert result.regime is Regime.ACT2561_NACC2543
    assert result.outcome is Outcome.REPORT_REQUIRED
    assert result.report_deadline is None
    assert not result.is_late(date(2021, 1, 1))
    assert not is_late(date(2020, 1, 10), date(2021, 1, 1))


def test_s31_gift_under_2563_has_the_30_day_check() -> None:
    result = assess_gift(gift("5000", received_on=date(2020, 3, 20)))
    assert result.regime is Regime.ACT2561_NACC2563
    # Day 30 is Sunday 19 April 2020: the period ends on Monday.
    assert result.report_deadline == date(2020, 4, 20)


def test_s32_gift_before_the_2561_act_cites_the_2542_act_and_its_penalty() -> None:
    result = assess_gift(gift("5000", received_on=date(2018, 7, 1)))
    assert result.regime is Regime.ACT2542_NACC2543
    cited = {(c.instrument, c.section) for c in result.citations}
    assert {(Instrument.ACT2542, "103"), (Instrument.ACT2542, "122"), (Instrument.NACC2543, "6")} <= cited
    assert all(c.instrument is not Instrument.ACT2561 for c in result.citations)
