"""Whether a gift may be kept, must be reported or must not be accepted (s.128, old s.103; law.md §10.2).

The rules are evaluated in the order of law.md §10.2 and the first that applies decides:

1. due by law (salary, allowances, meeting fees): out of scope, lawful income;
2. a former official on or after the second anniversary of leaving office: out of scope;
3. a relative under the NACC definition: permitted, whatever the value;
4. a gift to the general public: permitted;
5. a non-relative on a customary occasion, total from that giver on that occasion within the limit: permitted;
6. otherwise the gift must be reported if it was accepted out of necessity, else it must not be accepted.

A gift is judged by the law in force on the day it was received (`legal.regimes.regime_on`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from legal.calendar import add_years, period_end
from legal.citations import Citation, announcement_clause, statute
from legal.regimes import regime_on
from legal.rules import LegalRules, resolve
from legal.vocabulary import Instrument, Regime, Relation

__all__ = [
    "GiftAssessment",
    "GiftFacts",
    "GiftReason",
    "Outcome",
    "Regime",
    "Relation",
    "assess_gift",
    "covered_until",
    "is_late",
    "regime_on",
    "report_deadline",
]


class Outcome(StrEnum):
    """What the official must do with a gift."""

    OUT_OF_SCOPE = "out_of_scope"
    PERMITTED = "permitted"
    REPORT_REQUIRED = "report_required"
    MUST_NOT_ACCEPT = "must_not_accept"


class GiftReason(StrEnum):
    """Stable code of the rule that decided the outcome."""

    LAWFUL_INCOME = "lawful_income"
    NOT_AN_OFFICIAL = "not_an_official"
    RELATIVE = "relative"
    GENERAL_PUBLIC = "general_public"
    WITHIN_LIMIT = "within_limit"
    OVER_LIMIT = "over_limit"
    NOT_CUSTOMARY = "not_customary"


@dataclass(frozen=True, kw_only=True)
class GiftFacts:
    """The facts of one receipt, as the filer states them.

    `value` is the market value in baht of what was received this time (a discount, a meal, a ticket or a
    training fee counts at its money value). `earlier_value_same_giver_same_occasion` is what the same
    giver already gave on the same occasion; the limit applies to the sum. `left_office_on` is set only
    for a person who no longer holds office.
    """

    received_on: date
    value: Decimal
    giver_relation: Relation = Relation.NONE
    to_general_public: bool = False
    due_by_law: bool = False
    customary_occasion: bool = True
    accepted_out_of_necessity: bool = True
    earlier_value_same_giver_same_occasion: Decimal = Decimal(0)
    left_office_on: date | None = None

    def __post_init__(self) -> None:
        if self.value < 0 or self.earlier_value_same_giver_same_occasion < 0:
            raise ValueError("gift values cannot be negative")


@dataclass(frozen=True, kw_only=True)
class GiftAssessment:
    """The decision on a gift, with the deciding clause first in `citations`.

    `report_deadline` is set only when a report is required under the 2563 announcement; the 2543
    announcement asks for a report "as soon as practicable", with no fixed day. `covered_until` is, for a
    former official, the first day on which the gift rules no longer reach them.
    """

    outcome: Outcome
    reason: GiftReason
    regime: Regime
    total_value: Decimal
    limit: Decimal
    report_deadline: date | None
    citations: tuple[Citation, ...]
    covered_until: date | None = None

    def is_late(self, reported_on: date) -> bool:
        """Whether a report filed on `reported_on` misses the fixed deadline (never, without one)."""
        return self.report_deadline is not None and reported_on > self.report_deadline


def covered_until(left_office_on: date, *, rules: LegalRules | None = None) -> date:
    """The first day a former official is no longer covered: the same month and day two years on.

    The gift rules reach a receipt strictly before this day ("ยังไม่ถึงสองปี"); 29 February moves to 1 March.
    """
    return add_years(left_office_on, resolve(rules).former_official_years)


def report_deadline(received_on: date, *, rules: LegalRules | None = None) -> date | None:
    """The last day to report a gift received on `received_on`, or None where no day count applies.

    Under the 2563 announcement: 30 days, the day of receipt not counted, moved to the next working day
    when the last day falls on a Saturday, Sunday, holiday or closure day (CCC s.193/3, s.193/8).
    """
    table = resolve(rules)
    if regime_on(received_on, rules=table) is not Regime.ACT2561_NACC2563:
        return None
    return period_end(received_on, table.report_days, rules=table)


def is_late(received_on: date, reported_on: date, *, rules: LegalRules | None = None) -> bool:
    """Whether a report of a gift received on `received_on` and filed on `reported_on` is late."""
    deadline = report_deadline(received_on, rules=rules)
    return deadline is not None and reported_on > deadline


def assess_gift(facts: GiftFacts, *, rules: LegalRules | None = None) -> GiftAssessment:
    """Decide a gift by the law in force on the day it was received (law.md §10.2)."""
    table = resolve(rules)
    regime = regime_on(facts.received_on, rules=table)
    total = facts.value + facts.earlier_value_same_giver_same_occasion
    limit = table.gift_limit(regime)
    until = None if facts.left_office_on is None else covered_until(facts.left_office_on, rules=table)
    outcome, reason = _decide(facts, total=total, limit=limit, until=until, regime=regime, rules=table)
    deadline = None
    if outcome is Outcome.REPORT_REQUIRED:
        deadline = report_deadline(facts.received_on, rules=table)
    return GiftAssessment(
        outcome=outcome,
        reason=reason,
        regime=regime,
        total_value=total,
        limit=limit,
        report_deadline=deadline,
        citations=_citations(reason, outcome, regime, table),
        covered_until=until,
    )


def _decide(
    facts: GiftFacts,
    *,
    total: Decimal,
    limit: Decimal,
    until: date | None,
    regime: Regime,
    rules: LegalRules,
) -> tuple[Outcome, GiftReason]:
    if facts.due_by_law:
        return Outcome.OUT_OF_SCOPE, GiftReason.LAWFUL_INCOME
    if until is not None and facts.received_on >= until:
        return Outcome.OUT_OF_SCOPE, GiftReason.NOT_AN_OFFICIAL
    if facts.giver_relation in rules.relatives(regime):
        return Outcome.PERMITTED, GiftReason.RELATIVE
    if facts.to_general_public:
        return Outcome.PERMITTED, GiftReason.GENERAL_PUBLIC
    if facts.customary_occasion and total <= limit:
        return Outcome.PERMITTED, GiftReason.WITHIN_LIMIT
    reason = GiftReason.OVER_LIMIT if facts.customary_occasion else GiftReason.NOT_CUSTOMARY
    if facts.accepted_out_of_necessity:
        return Outcome.REPORT_REQUIRED, reason
    return Outcome.MUST_NOT_ACCEPT, reason


# Paragraphs of s.128 mapped to the paragraph of old s.103 they continue; paragraph 2 (relatives) is new.
_OLD_103_PARAGRAPH: dict[int | None, int] = {3: 2}


def _gift_section(regime: Regime, paragraph: int | None = None) -> Citation:
    """s.128 (with its old number) under the 2561 Act, or s.103 of the 2542 Act before it."""
    if regime is Regime.ACT2542_NACC2543:
        return statute(Instrument.ACT2542, "103", paragraph=_OLD_103_PARAGRAPH.get(paragraph))
    return statute(
        Instrument.ACT2561,
        "128",
        paragraph=paragraph,
        old_section="103",
        old_paragraph=_OLD_103_PARAGRAPH.get(paragraph),
    )


def _penalty(regime: Regime) -> Citation:
    if regime is Regime.ACT2542_NACC2543:
        return statute(Instrument.ACT2542, "122")
    return statute(Instrument.ACT2561, "169", old_section="122")


def _clause(regime: Regime, kind: str, rules: LegalRules) -> Citation:
    instrument = Instrument.NACC2563 if regime is Regime.ACT2561_NACC2563 else Instrument.NACC2543
    return announcement_clause(instrument, kind, getattr(rules.clauses(regime), kind))


def _citations(
    reason: GiftReason, outcome: Outcome, regime: Regime, rules: LegalRules
) -> tuple[Citation, ...]:
    old_announcement = regime is not Regime.ACT2561_NACC2563
    if reason is GiftReason.LAWFUL_INCOME:
        return (_gift_section(regime),)
    if reason is GiftReason.NOT_AN_OFFICIAL:
        former = (_clause(regime, "former_official", rules),) if old_announcement else ()
        return (_gift_section(regime, 3), *former)
    if reason is GiftReason.RELATIVE:
        return _relative_citations(regime, rules)
    if reason in (GiftReason.GENERAL_PUBLIC, GiftReason.WITHIN_LIMIT):
        return (_clause(regime, reason.value, rules), _gift_section(regime))
    if outcome is Outcome.MUST_NOT_ACCEPT:
        return (_gift_section(regime), _penalty(regime))
    occasion = (_clause(regime, "definitions", rules),) if reason is GiftReason.NOT_CUSTOMARY else ()
    # The penalty closes the list: keeping a gift that should have been reported is the s.169 offence.
    return (_clause(regime, "report", rules), *occasion, _gift_section(regime), _penalty(regime))


def _relative_citations(regime: Regime, rules: LegalRules) -> tuple[Citation, ...]:
    # Before 22 Jul 2018 the relatives' exception lived only in the announcement; the 2561 Act wrote it
    # into s.128 itself, while the 2543 list of relatives stayed in force until 2020.
    if regime is Regime.ACT2542_NACC2543:
        return (_clause(regime, "relative", rules), _gift_section(regime))
    if regime is Regime.ACT2561_NACC2543:
        return (_gift_section(regime, 2), _clause(regime, "relative", rules))
    return (_gift_section(regime, 2),)
