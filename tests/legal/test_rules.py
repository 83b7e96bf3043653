"""The dated rules table: defaults, dated rows, validation and the administrators' confidence notes."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from legal.regimes import act2561_applies, regime_on
from legal.rules import (
    DEFAULT_RULES,
    EARLIEST,
    DesignationRow,
    LegalRules,
    ShareLimitRow,
    build_rules,
    resolve,
)
from legal.vocabulary import Confidence, Instrument, Office, Regime


def test_defaults_match_the_issue() -> None:
    rules = DEFAULT_RULES
    assert rules.act2561_in_force == date(2018, 7, 22)
    assert rules.nacc2563_effective == date(2020, 3, 14)
    assert rules.gift_limit(Regime.ACT2561_NACC2563) == Decimal("3000.00")
    assert rules.gift_limit(Regime.ACT2542_NACC2543) == Decimal("3000.00")
    assert (rules.report_days, rules.former_official_years, rules.cure_days) == (30, 2, 30)
    assert rules.share_limit_on(date(2024, 1, 1)) == ShareLimitRow(
        valid_from=date(2020, 3, 19), percent=Decimal(5), instrument=Instrument.NACC_SHARES2563, section=""
    )
    assert rules.s127_designations == ()
    assert rules.extra_closure_days == frozenset()


def test_the_table_is_frozen_and_hashable() -> None:
    assert hash(DEFAULT_RULES) == hash(LegalRules())
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_RULES.report_days = 10  # type: ignore[misc]


def test_resolve_uses_the_built_in_table_for_none() -> None:
    custom = build_rules(report_days=10)
    assert resolve(None) is DEFAULT_RULES
    assert resolve(custom) is custom


def test_with_changes_keeps_the_rest() -> None:
    changed = DEFAULT_RULES.with_changes(nacc2563_effective=date(2020, 3, 13))
    assert changed.nacc2563_effective == date(2020, 3, 13)
    assert changed.routing == DEFAULT_RULES.routing
    assert regime_on(date(2020, 3, 13), rules=changed) is Regime.ACT2561_NACC2563


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"nacc2563_effective": date(2018, 7, 21)}, id="2563-before-2561"),
        pytest.param({"report_days": 0}, id="zero-report-days"),
        pytest.param({"former_official_years": 0}, id="zero-years"),
        pytest.param({"cure_days": -1}, id="negative-cure-days"),
        pytest.param({"recusal_in_law_degrees": 0}, id="zero-in-law-degrees"),
    ],
)
def test_inconsistent_tables_are_rejected(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"cannot|positive"):
        build_rules(**changes)


def test_a_designation_row_can_withdraw_an_office_from_its_date() -> None:
    rules = build_rules(
        s126_designations=(
            *DEFAULT_RULES.s126_designations,
            DesignationRow(valid_from=date(2026, 1, 1), office=Office.COUNCIL_MEMBER, designated=False),
        )
    )
    assert rules.designated_s126(Office.COUNCIL_MEMBER, date(2025, 12, 31))
    assert not rules.designated_s126(Office.COUNCIL_MEMBER, date(2026, 1, 1))
    assert not rules.designated_s126(Office.LOCAL_OFFICIAL, date(2026, 1, 1))


def test_default_designations_are_the_executive_and_council_offices() -> None:
    designated = {o for o in Office if DEFAULT_RULES.designated_s126(o, date(2024, 1, 1))}
    assert designated == {
        Office.CHIEF_EXECUTIVE,
        Office.DEPUTY_CHIEF_EXECUTIVE,
        Office.EXECUTIVE_SECRETARY,
        Office.COUNCIL_CHAIR,
        Office.COUNCIL_VICE_CHAIR,
        Office.COUNCIL_MEMBER,
    }
    assert not any(DEFAULT_RULES.designated_s127(o, date(2024, 1, 1)) for o in Office)


def test_share_limit_rows_are_dated() -> None:
    assert DEFAULT_RULES.share_limit_on(date(2017, 1, 1)).instrument is Instrument.ACT2542  # type: ignore[union-attr]
    assert DEFAULT_RULES.share_limit_on(date(2019, 1, 1)).section == "195"  # type: ignore[union-attr]
    later = build_rules(
        share_limits=(
            ShareLimitRow(
                valid_from=date(2030, 1, 1),
                percent=Decimal(1),
                instrument=Instrument.NACC_SHARES2563,
                section="",
            ),
        )
    )
    assert later.share_limit_on(date(2029, 12, 31)) is None


def test_tao_sections() -> None:
    assert DEFAULT_RULES.tao_section(Office.CHIEF_EXECUTIVE) == "64/2(3)"
    assert DEFAULT_RULES.tao_section(Office.COUNCIL_MEMBER) == "47 ตรี(6)"
    assert DEFAULT_RULES.tao_section(Office.PERMANENT_SECRETARY) is None


def test_every_editable_fact_has_a_confidence_note() -> None:
    names = {n.name for n in DEFAULT_RULES.facts}
    fields = {f.name for f in dataclasses.fields(LegalRules)} - {"facts", "routing"}
    fields -= {"recusal_collateral_degrees", "recusal_in_law_degrees"}
    assert fields <= names
    assert {"routing.chief_executive", "routing.council_chair", "recusal_degrees"} <= names
    assert DEFAULT_RULES.fact("act2561_in_force").confidence is Confidence.CONFIRMED


def test_unconfirmed_facts_are_listed_for_administrators() -> None:
    unconfirmed = {n.name for n in DEFAULT_RULES.unconfirmed()}
    assert {"nacc2563_effective", "routing.council_chair", "s126_designations"} <= unconfirmed
    assert "act2561_in_force" not in unconfirmed


def test_an_administrator_confirms_a_fact() -> None:
    rules = DEFAULT_RULES.with_confirmed("routing.council_chair", note="Confirmed with the NACC office.")
    assert rules.fact("routing.council_chair").confidence is Confidence.CONFIRMED
    assert rules.fact("routing.council_chair").note == "Confirmed with the NACC office."
    assert "routing.council_chair" not in {n.name for n in rules.unconfirmed()}
    assert DEFAULT_RULES.fact("routing.council_chair").confidence is Confidence.UNKNOWN


def test_unknown_fact_names_are_errors() -> None:
    with pytest.raises(KeyError):
        DEFAULT_RULES.fact("no_such_fact")
    with pytest.raises(KeyError):
        DEFAULT_RULES.with_confirmed("no_such_fact")


@pytest.mark.parametrize(
    ("day", "applies"),
    [
        pytest.param(date(2018, 7, 21), False, id="2018-07-21"),
        pytest.param(date(2018, 7, 22), True, id="2018-07-22"),
        pytest.param(EARLIEST, False, id="earliest"),
    ],
)
def test_act2561_applies(day: date, applies: bool) -> None:
    assert act2561_applies(day) is applies


def test_regime_order_is_chronological() -> None:
    assert list(Regime) == [Regime.ACT2542_NACC2543, Regime.ACT2561_NACC2543, Regime.ACT2561_NACC2563]
