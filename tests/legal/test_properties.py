"""Properties that must hold for every combination of facts, not only for the listed cases."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from legal.calendar import is_working_day
from legal.gifts import GiftFacts, Outcome, Regime, Relation, assess_gift, regime_on
from legal.interests import Activity, Holder, InterestFacts, InterestOutcome, assess_interest
from legal.recusal import Relationship, Tie, must_recuse
from legal.rules import NACC_RELATIVES, build_rules
from legal.vocabulary import Office

# Deterministic and local to this module: no example database, no effect on other apps' profiles.
LEGAL = settings(derandomize=True, database=None, deadline=None, max_examples=200)

DATES = st.dates(min_value=date(2012, 1, 1), max_value=date(2035, 12, 31))
MONEY = st.decimals(min_value=0, max_value=1_000_000, places=2, allow_nan=False, allow_infinity=False)
NON_RELATIVES = st.sampled_from(sorted(set(Relation) - NACC_RELATIVES))
RELATIVES = st.sampled_from(sorted(NACC_RELATIVES))


@st.composite
def gifts(draw: st.DrawFn, relations: st.SearchStrategy[Relation]) -> GiftFacts:
    received_on = draw(DATES)
    left = draw(st.none() | st.dates(min_value=received_on - timedelta(days=1500), max_value=received_on))
    return GiftFacts(
        received_on=received_on,
        value=draw(MONEY),
        giver_relation=draw(relations),
        to_general_public=draw(st.booleans()),
        due_by_law=draw(st.booleans()),
        customary_occasion=draw(st.booleans()),
        accepted_out_of_necessity=draw(st.booleans()),
        earlier_value_same_giver_same_occasion=draw(MONEY),
        left_office_on=left,
    )


@LEGAL
@given(facts=gifts(NON_RELATIVES), raise_by=MONEY)
def test_raising_the_value_never_turns_a_report_into_a_permission(
    facts: GiftFacts, raise_by: Decimal
) -> None:
    before = assess_gift(facts)
    after = assess_gift(dataclasses.replace(facts, value=facts.value + raise_by))
    if before.outcome is Outcome.REPORT_REQUIRED:
        assert after.outcome is not Outcome.PERMITTED
    if before.outcome is not Outcome.PERMITTED:
        assert after.outcome is before.outcome


@LEGAL
@given(facts=gifts(RELATIVES))
def test_a_relatives_gift_is_never_to_be_reported(facts: GiftFacts) -> None:
    assert assess_gift(facts).outcome in (Outcome.PERMITTED, Outcome.OUT_OF_SCOPE)


@LEGAL
@given(first=DATES, second=DATES, gap=st.integers(min_value=0, max_value=2000), start=DATES)
def test_the_regime_is_monotonic_in_the_date(first: date, second: date, gap: int, start: date) -> None:
    order = list(Regime)
    early, late = sorted((first, second))
    assert order.index(regime_on(early)) <= order.index(regime_on(late))
    rules = build_rules(act2561_in_force=start, nacc2563_effective=start + timedelta(days=gap))
    assert order.index(regime_on(early, rules=rules)) <= order.index(regime_on(late, rules=rules))


@LEGAL
@given(facts=gifts(NON_RELATIVES))
def test_a_deadline_is_a_working_day_at_least_30_days_on_and_only_under_2563(facts: GiftFacts) -> None:
    result = assess_gift(facts)
    has_day_count = result.outcome is Outcome.REPORT_REQUIRED and result.regime is Regime.ACT2561_NACC2563
    assert (result.report_deadline is not None) is has_day_count
    if result.report_deadline is not None:
        earliest = facts.received_on + timedelta(days=30)
        assert earliest <= result.report_deadline < earliest + timedelta(days=15)
        assert is_working_day(result.report_deadline)
        assert not result.is_late(result.report_deadline)
        assert result.is_late(result.report_deadline + timedelta(days=1))


@LEGAL
@given(facts=gifts(st.sampled_from(list(Relation))))
def test_every_outcome_cites_the_gift_section_and_prints_thai_digits(facts: GiftFacts) -> None:
    result = assess_gift(facts)
    assert any(c.section in ("128", "103") for c in result.citations)
    for citation in result.citations:
        assert not any(ch.isascii() and ch.isdigit() for ch in citation.label_th())


TAO_OFFICES = st.sampled_from(
    [
        Office.CHIEF_EXECUTIVE,
        Office.DEPUTY_CHIEF_EXECUTIVE,
        Office.EXECUTIVE_SECRETARY,
        Office.COUNCIL_CHAIR,
        Office.COUNCIL_VICE_CHAIR,
        Office.COUNCIL_MEMBER,
    ]
)


@st.composite
def serving_interests(draw: st.DrawFn) -> InterestFacts:
    took_office_on = draw(DATES)
    return InterestFacts(
        as_of=draw(st.dates(min_value=took_office_on, max_value=date(2036, 12, 31))),
        office=draw(TAO_OFFICES),
        holder=draw(st.sampled_from(list(Holder))),
        activity=draw(st.sampled_from(list(Activity))),
        counterparty_deals_with_agency=True,
        held_since=draw(DATES),
        took_office_on=took_office_on,
        share_percent=draw(st.none() | st.decimals(min_value=0, max_value=100, places=2)),
        public_company=draw(st.booleans()),
    )


@LEGAL
@given(facts=serving_interests())
def test_an_elected_or_appointed_office_with_dealings_is_never_simply_permitted(facts: InterestFacts) -> None:
    result = assess_interest(facts)
    assert result.outcome not in (InterestOutcome.PERMITTED, InterestOutcome.NOT_APPLICABLE)
    assert result.tao_section is not None


@LEGAL
@given(
    kind=st.sampled_from([Tie.SIBLING, Tie.COUSIN, Tie.UNCLE_AUNT, Tie.NEPHEW_NIECE, Tie.IN_LAW]),
    degree=st.integers(min_value=2, max_value=10),
)
def test_a_closer_relative_is_barred_whenever_a_farther_one_is(kind: Tie, degree: int) -> None:
    if must_recuse(relationships=[Relationship(kind=kind, degree=degree)]):
        assert must_recuse(relationships=[Relationship(kind=kind, degree=degree - 1)])
