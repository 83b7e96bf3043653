"""The dated, editable table of legal facts.

Every threshold, day count, effective date, routing choice and designation that the research notes could not
confirm beyond doubt lives here as data, so that a new NACC announcement or an administrator's confirmation
is a data change rather than a code change. `DEFAULT_RULES` is the built-in table; the portal builds its own
`LegalRules` from what its administrators have confirmed or changed (`DEFAULT_RULES.with_changes(...)`).

Dated rows follow one convention: among the rows that apply to the same thing, the one with the latest
`valid_from` on or before the date in question is in force, so a newer row supersedes an older one from its
date and older filings keep being judged by the older row. `EARLIEST` marks a row that has always applied.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from legal.confidence import DEFAULT_FACTS, FactNote
from legal.vocabulary import Confidence, Instrument, Office, Recipient, Regime, Relation

EARLIEST = date.min


@dataclass(frozen=True, kw_only=True)
class RoutingRow:
    """From `valid_from`, a gift report by a holder of `office` goes to `recipient`."""

    valid_from: date
    office: Office
    recipient: Recipient


@dataclass(frozen=True, kw_only=True)
class DesignationRow:
    """From `valid_from`, `office` is (or, with `designated=False`, is no longer) designated by the NACC."""

    valid_from: date
    office: Office
    designated: bool = True


@dataclass(frozen=True, kw_only=True)
class ShareLimitRow:
    """From `valid_from`, holdings up to `percent` of a company's shares are exempt from s.126(2)/(3).

    `instrument` and `section` name the text that sets the limit, for the citation.
    """

    valid_from: date
    percent: Decimal
    instrument: Instrument
    section: str


@dataclass(frozen=True, kw_only=True)
class AnnouncementClauses:
    """Clause numbers of a NACC gift announcement, as the portal should cite them.

    An empty string means the clause number is not confirmed: the citation then names the announcement
    as a whole rather than print a number that may be wrong.
    """

    definitions: str = ""
    relative: str = ""
    within_limit: str = ""
    general_public: str = ""
    report: str = ""
    former_official: str = ""


NACC_RELATIVES: frozenset[Relation] = frozenset(
    {
        Relation.ASCENDANT,
        Relation.DESCENDANT,
        Relation.SIBLING,
        Relation.UNCLE_AUNT,
        Relation.SPOUSE,
        Relation.SPOUSE_ASCENDANT,
        Relation.SPOUSE_DESCENDANT,
        Relation.ADOPTER,
        Relation.ADOPTED_CHILD,
    }
)

_TO_SUPERVISOR = (
    Office.DEPUTY_CHIEF_EXECUTIVE,
    Office.EXECUTIVE_SECRETARY,
    Office.PERMANENT_SECRETARY,
    Office.DEPUTY_PERMANENT_SECRETARY,
    Office.DIVISION_DIRECTOR,
    Office.LOCAL_OFFICIAL,
    Office.PERMANENT_EMPLOYEE,
    Office.CONTRACT_EMPLOYEE,
)

DEFAULT_ROUTING: tuple[RoutingRow, ...] = (
    *(RoutingRow(valid_from=EARLIEST, office=o, recipient=Recipient.SUPERVISOR) for o in _TO_SUPERVISOR),
    RoutingRow(valid_from=EARLIEST, office=Office.COUNCIL_MEMBER, recipient=Recipient.COUNCIL_CHAIR),
    RoutingRow(valid_from=EARLIEST, office=Office.COUNCIL_VICE_CHAIR, recipient=Recipient.COUNCIL_CHAIR),
    RoutingRow(valid_from=EARLIEST, office=Office.CHIEF_EXECUTIVE, recipient=Recipient.NACC),
    RoutingRow(valid_from=EARLIEST, office=Office.COUNCIL_CHAIR, recipient=Recipient.NACC),
)

TAO_EXECUTIVE_SECTION = "64/2(3)"
TAO_COUNCIL_SECTION = "47 ตรี(6)"

TAO_OFFICES: tuple[tuple[Office, str], ...] = (
    (Office.CHIEF_EXECUTIVE, TAO_EXECUTIVE_SECTION),
    (Office.DEPUTY_CHIEF_EXECUTIVE, TAO_EXECUTIVE_SECTION),
    (Office.EXECUTIVE_SECRETARY, TAO_EXECUTIVE_SECTION),
    (Office.COUNCIL_CHAIR, TAO_COUNCIL_SECTION),
    (Office.COUNCIL_VICE_CHAIR, TAO_COUNCIL_SECTION),
    (Office.COUNCIL_MEMBER, TAO_COUNCIL_SECTION),
)

DEFAULT_S126_DESIGNATIONS: tuple[DesignationRow, ...] = tuple(
    DesignationRow(valid_from=EARLIEST, office=office) for office, _ in TAO_OFFICES
)

DEFAULT_SHARE_LIMITS: tuple[ShareLimitRow, ...] = (
    ShareLimitRow(valid_from=EARLIEST, percent=Decimal(5), instrument=Instrument.ACT2542, section="100"),
    ShareLimitRow(
        valid_from=date(2018, 7, 22), percent=Decimal(5), instrument=Instrument.ACT2561, section="195"
    ),
    ShareLimitRow(
        valid_from=date(2020, 3, 19), percent=Decimal(5), instrument=Instrument.NACC_SHARES2563, section=""
    ),
)

DEFAULT_NACC2543_CLAUSES = AnnouncementClauses(
    definitions="3",
    relative="5(1)",
    within_limit="5(2)",
    general_public="5(3)",
    report="6",
    former_official="8",
)


def _in_force[T](rows: Iterable[T], on: date, *, valid_from: Callable[[T], date]) -> T | None:
    """Return the row in force on `on`: the latest `valid_from` not after it; a later row wins a tie."""
    best: T | None = None
    for row in rows:
        if valid_from(row) <= on and (best is None or valid_from(row) >= valid_from(best)):
            best = row
    return best


@dataclass(frozen=True, kw_only=True)
class LegalRules:
    """Every dated, editable legal fact the rules read. Immutable and hashable."""

    act2561_in_force: date = date(2018, 7, 22)
    nacc2563_effective: date = date(2020, 3, 14)
    gift_limit_nacc2543: Decimal = Decimal("3000.00")
    gift_limit_nacc2563: Decimal = Decimal("3000.00")
    relatives_nacc2543: frozenset[Relation] = NACC_RELATIVES
    relatives_nacc2563: frozenset[Relation] = NACC_RELATIVES
    report_days: int = 30
    former_official_years: int = 2
    cure_days: int = 30
    cure_restarts_at_act2561: bool = False
    cure_deadline_on_working_day: bool = False
    share_limits: tuple[ShareLimitRow, ...] = DEFAULT_SHARE_LIMITS
    old_s101_public_share_limit: Decimal = Decimal(5)
    routing: tuple[RoutingRow, ...] = DEFAULT_ROUTING
    s126_designations: tuple[DesignationRow, ...] = DEFAULT_S126_DESIGNATIONS
    s127_designations: tuple[DesignationRow, ...] = ()
    tao_sections: tuple[tuple[Office, str], ...] = TAO_OFFICES
    nacc2543_clauses: AnnouncementClauses = DEFAULT_NACC2543_CLAUSES
    nacc2563_clauses: AnnouncementClauses = AnnouncementClauses()
    extra_closure_days: frozenset[date] = frozenset()
    recusal_collateral_degrees: int = 3
    recusal_in_law_degrees: int = 2
    facts: tuple[FactNote, ...] = DEFAULT_FACTS

    def __post_init__(self) -> None:
        if self.nacc2563_effective < self.act2561_in_force:
            raise ValueError("the 2563 announcement cannot take effect before the 2561 Act")
        counts = (
            self.report_days,
            self.former_official_years,
            self.cure_days,
            self.recusal_collateral_degrees,
            self.recusal_in_law_degrees,
        )
        if min(counts) < 1:
            raise ValueError("day and year counts must be positive")

    def with_changes(self, **changes: Any) -> LegalRules:
        """Return a copy with the given fields replaced (validated like a new table)."""
        return dataclasses.replace(self, **changes)

    def gift_limit(self, regime: Regime) -> Decimal:
        """The non-relative value limit of the announcement in force under `regime`."""
        if regime is Regime.ACT2561_NACC2563:
            return self.gift_limit_nacc2563
        return self.gift_limit_nacc2543

    def relatives(self, regime: Regime) -> frozenset[Relation]:
        """The relations that count as relatives under the announcement in force under `regime`."""
        if regime is Regime.ACT2561_NACC2563:
            return self.relatives_nacc2563
        return self.relatives_nacc2543

    def clauses(self, regime: Regime) -> AnnouncementClauses:
        """Clause numbers of the announcement in force under `regime`."""
        if regime is Regime.ACT2561_NACC2563:
            return self.nacc2563_clauses
        return self.nacc2543_clauses

    def recipient_on(self, office: Office, on: date) -> Recipient:
        """The recipient of a report by `office` under the routing row in force on `on`.

        Raises LookupError when the table has no row for the office on that date.
        """
        row = _in_force((r for r in self.routing if r.office == office), on, valid_from=_row_date)
        if row is None:
            raise LookupError(f"no routing row for {office} on {on.isoformat()}")
        return row.recipient

    def designated_s126(self, office: Office, on: date) -> bool:
        """Whether `office` is bound by s.126 (old s.100) on `on`."""
        return _designated(self.s126_designations, office, on)

    def designated_s127(self, office: Office, on: date) -> bool:
        """Whether `office` is a designated position under s.127 on `on`."""
        return _designated(self.s127_designations, office, on)

    def share_limit_on(self, on: date) -> ShareLimitRow | None:
        """The share-limit row in force on `on`, or None when no exemption applies."""
        return _in_force(self.share_limits, on, valid_from=_row_date)

    def tao_section(self, office: Office) -> str | None:
        """The TAO Act section that ends the term of `office` for a contract interest, if any."""
        return next((section for o, section in self.tao_sections if o == office), None)

    def fact(self, name: str) -> FactNote:
        """The confidence note for a fact; raises KeyError for an unknown name."""
        for note in self.facts:
            if note.name == name:
                return note
        raise KeyError(name)

    def unconfirmed(self) -> tuple[FactNote, ...]:
        """The facts an administrator still has to confirm (anything not tagged C)."""
        return tuple(n for n in self.facts if n.confidence is not Confidence.CONFIRMED)

    def with_confirmed(self, *names: str, note: str = "Confirmed by an administrator.") -> LegalRules:
        """Return a copy in which the named facts are tagged confirmed; raises KeyError for unknown names."""
        for name in names:
            self.fact(name)
        facts = tuple(
            FactNote(name=n.name, confidence=Confidence.CONFIRMED, note=note) if n.name in names else n
            for n in self.facts
        )
        return self.with_changes(facts=facts)


def _row_date(row: RoutingRow | DesignationRow | ShareLimitRow) -> date:
    return row.valid_from


def _designated(rows: tuple[DesignationRow, ...], office: Office, on: date) -> bool:
    row = _in_force((r for r in rows if r.office == office), on, valid_from=_row_date)
    return row is not None and row.designated


DEFAULT_RULES = LegalRules()


def resolve(rules: LegalRules | None) -> LegalRules:
    """The table to use: the given one, or the built-in table for None."""
    return DEFAULT_RULES if rules is None else rules


def build_rules(**changes: Any) -> LegalRules:
    """A table equal to the built-in one except for `changes`."""
    return DEFAULT_RULES.with_changes(**changes)
