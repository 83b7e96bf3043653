"""Business interests barred to office holders (s.126 / old s.100; s.127 / old s.101; law.md §3, §4, §10.4).

While in office, for an office the NACC designates (`LegalRules.s126_designations`), in this order:

1. a counterparty that has no dealings with the agency: permitted;
2. a spouse's activity begun before the official took office: outside s.126, but review (TAO Act);
3. a shareholding within the NACC limit, for activities (2) and (3): permitted;
4. activity (2) or (3) already held on taking office: must be ended within 30 days of taking office;
5. any other bound activity: prohibited.

The TAO Act binds the executive and council offices whatever the NACC designates: a direct or indirect
interest in a contract of the อบต. ends their term (s.64/2(3), s.47 ตรี(6)). So, for those offices while in
office, an outcome of permitted or not applicable despite dealings with the agency becomes review.

After leaving office the 2561 Act's s.127 binds only activity (4), only designated high positions, for two
years; before 22 July 2018 old s.101 applied all of s.100 for two years, except a small public-company
shareholding. A declaration is judged by the law in force on `as_of`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from legal.calendar import add_days_excluding_first, add_years, next_working_day_on_or_after
from legal.citations import Citation, announcement_clause, statute
from legal.regimes import act2561_applies
from legal.rules import LegalRules, ShareLimitRow, resolve
from legal.vocabulary import Instrument, Office

__all__ = [
    "Activity",
    "Holder",
    "InterestAssessment",
    "InterestFacts",
    "InterestOutcome",
    "InterestReason",
    "assess_interest",
]

_A61 = Instrument.ACT2561
_A42 = Instrument.ACT2542


class Holder(StrEnum):
    """Whose activity is declared."""

    SELF = "self"
    SPOUSE = "spouse"  # includes an unregistered cohabitant (s.126 para 3)


class Activity(StrEnum):
    """The four activities of s.126 (old s.100)."""

    CONTRACT_PARTY = "contract_party"  # (1)
    PARTNER_OR_SHAREHOLDER = "partner_or_shareholder"  # (2)
    CONCESSION = "concession"  # (3)
    EMPLOYEE_OF_SUPERVISED = "employee_of_supervised"  # (4)


class InterestOutcome(StrEnum):
    """What the declaration means for the official."""

    NOT_APPLICABLE = "not_applicable"
    PERMITTED = "permitted"
    MUST_CURE_BY = "must_cure_by"
    PROHIBITED = "prohibited"
    REVIEW = "review"


class InterestReason(StrEnum):
    """Stable code of the s.126/s.127 analysis; the TAO Act's part shows in `tao_section`."""

    NOT_IN_OFFICE = "not_in_office"
    OFFICE_NOT_DESIGNATED = "office_not_designated"
    NO_DEALINGS = "no_dealings"
    SPOUSE_PREEXISTING = "spouse_preexisting"
    WITHIN_SHARE_LIMIT = "within_share_limit"
    CURE_PERIOD_RUNNING = "cure_period_running"
    CURE_PERIOD_EXPIRED = "cure_period_expired"
    PROHIBITED_ACTIVITY = "prohibited_activity"
    WINDOW_ENDED = "former_official_window_ended"
    PUBLIC_COMPANY_EXCEPTION = "public_company_share_exception"
    NOT_A_DESIGNATED_HIGH_POSITION = "s127_not_designated"
    ACTIVITY_NOT_COVERED = "s127_activity_not_covered"
    SPOUSE_NOT_COVERED = "s127_spouse_not_covered"


_ITEM = {
    Activity.CONTRACT_PARTY: 1,
    Activity.PARTNER_OR_SHAREHOLDER: 2,
    Activity.CONCESSION: 3,
    Activity.EMPLOYEE_OF_SUPERVISED: 4,
}
_CURABLE = frozenset({Activity.PARTNER_OR_SHAREHOLDER, Activity.CONCESSION})
_LENIENT = frozenset({InterestOutcome.PERMITTED, InterestOutcome.NOT_APPLICABLE})


@dataclass(frozen=True, kw_only=True)
class InterestFacts:
    """One declared activity of the official or their spouse, as it stood on `as_of`.

    `counterparty_deals_with_agency` means the partnership, company or business contracts with, holds a
    concession from, or is supervised by the official's agency. `share_percent` is set only for shares in
    a limited or public limited company; a partnership interest has no share exemption.
    """

    as_of: date
    office: Office
    holder: Holder
    activity: Activity
    counterparty_deals_with_agency: bool
    share_percent: Decimal | None = None
    public_company: bool = False
    held_since: date
    took_office_on: date
    left_office_on: date | None = None

    def __post_init__(self) -> None:
        if self.left_office_on is not None and self.left_office_on < self.took_office_on:
            raise ValueError("an official cannot leave office before taking it")
        if self.share_percent is not None and not Decimal(0) <= self.share_percent <= Decimal(100):
            raise ValueError("a share percentage lies between 0 and 100")


@dataclass(frozen=True, kw_only=True)
class InterestAssessment:
    """The decision on a declared activity, with the deciding clause first in `citations`.

    `cure_deadline` is the last day to end an activity (2) or (3) held on taking office (also given once
    it has passed). `binding_until` is, for a former official bound after leaving, the first day the rules
    no longer bind them. `tao_section` names the TAO Act section engaged, if any.
    """

    outcome: InterestOutcome
    reason: InterestReason
    citations: tuple[Citation, ...]
    governing_act: Instrument
    cure_deadline: date | None = None
    binding_until: date | None = None
    tao_section: str | None = None


def assess_interest(facts: InterestFacts, *, rules: LegalRules | None = None) -> InterestAssessment:
    """Decide a declared activity by the law in force on `facts.as_of`."""
    table = resolve(rules)
    new_act = act2561_applies(facts.as_of, rules=table)
    if facts.as_of < facts.took_office_on:
        return _result(InterestOutcome.NOT_APPLICABLE, InterestReason.NOT_IN_OFFICE, (_chapeau(new_act),))
    left = facts.left_office_on
    if left is not None and facts.as_of >= left:
        if new_act:
            return _former_s127(facts, table, left)
        return _former_s101(facts, table, left)
    return _with_tao(_serving(facts, table, new_act, curable=True), facts, table)


def _serving(facts: InterestFacts, table: LegalRules, new_act: bool, *, curable: bool) -> InterestAssessment:
    """The s.126 (old s.100) analysis, designation first; `curable` is False after leaving office."""
    item = _item(facts.activity, new_act)
    if not table.designated_s126(facts.office, facts.as_of):
        return _result(
            InterestOutcome.NOT_APPLICABLE, InterestReason.OFFICE_NOT_DESIGNATED, (_chapeau(new_act),)
        )
    if not facts.counterparty_deals_with_agency:
        return _result(InterestOutcome.PERMITTED, InterestReason.NO_DEALINGS, (item,))
    if facts.holder == Holder.SPOUSE and facts.held_since < facts.took_office_on:
        return _result(InterestOutcome.REVIEW, InterestReason.SPOUSE_PREEXISTING, (_spouse(new_act), item))
    limit = table.share_limit_on(facts.as_of)
    share = facts.share_percent
    if facts.activity in _CURABLE and limit is not None and share is not None and share <= limit.percent:
        return _result(InterestOutcome.PERMITTED, InterestReason.WITHIN_SHARE_LIMIT, (item, _share(limit)))
    if curable and facts.activity in _CURABLE and facts.held_since <= facts.took_office_on:
        deadline, basis = _cure_deadline(facts, table, new_act)
        if facts.as_of <= deadline:
            running = (_cure(new_act), item, *basis)
            return _result(
                InterestOutcome.MUST_CURE_BY, InterestReason.CURE_PERIOD_RUNNING, running, deadline
            )
        expired = (item, _cure(new_act), *basis, _penalty(new_act))
        return _result(InterestOutcome.PROHIBITED, InterestReason.CURE_PERIOD_EXPIRED, expired, deadline)
    return _result(InterestOutcome.PROHIBITED, InterestReason.PROHIBITED_ACTIVITY, (item, _penalty(new_act)))


def _with_tao(draft: InterestAssessment, facts: InterestFacts, table: LegalRules) -> InterestAssessment:
    """Add the TAO Act's contract-interest rule for executive and council offices while in office."""
    section = table.tao_section(facts.office)
    if section is None or not facts.counterparty_deals_with_agency:
        return draft
    tao = statute(Instrument.TAO2537, section)
    if draft.outcome in _LENIENT:
        return replace(
            draft, outcome=InterestOutcome.REVIEW, citations=(tao, *draft.citations), tao_section=section
        )
    first, *rest = draft.citations
    return replace(draft, citations=(first, tao, *rest), tao_section=section)


def _former_s101(facts: InterestFacts, table: LegalRules, left: date) -> InterestAssessment:
    """Old s.101: s.100 kept binding for two years after leaving, bar a small public-company holding."""
    until = add_years(left, table.former_official_years)
    s101 = statute(_A42, "101")
    if facts.as_of >= until:
        return _result(
            InterestOutcome.NOT_APPLICABLE, InterestReason.WINDOW_ENDED, (s101,), binding_until=until
        )
    if (
        table.designated_s126(facts.office, facts.as_of)
        and facts.public_company
        and facts.activity in _CURABLE
        and facts.share_percent is not None
        and facts.share_percent <= table.old_s101_public_share_limit
    ):
        reason = InterestReason.PUBLIC_COMPANY_EXCEPTION
        return _result(InterestOutcome.PERMITTED, reason, (s101,), binding_until=until)
    draft = _serving(facts, table, False, curable=False)
    return replace(draft, citations=(s101, *draft.citations), binding_until=until)


def _former_s127(facts: InterestFacts, table: LegalRules, left: date) -> InterestAssessment:
    """s.127: only designated high positions, only activity (4), only the official, for two years."""
    s127 = statute(_A61, "127", old_section="101")
    if not table.designated_s127(facts.office, facts.as_of):
        return _result(InterestOutcome.NOT_APPLICABLE, InterestReason.NOT_A_DESIGNATED_HIGH_POSITION, (s127,))
    until = add_years(left, table.former_official_years)
    if facts.as_of >= until:
        return _result(
            InterestOutcome.NOT_APPLICABLE, InterestReason.WINDOW_ENDED, (s127,), binding_until=until
        )
    if facts.activity != Activity.EMPLOYEE_OF_SUPERVISED:
        reason = InterestReason.ACTIVITY_NOT_COVERED
        return _result(InterestOutcome.NOT_APPLICABLE, reason, (s127,), binding_until=until)
    if facts.holder == Holder.SPOUSE:
        reason = InterestReason.SPOUSE_NOT_COVERED
        return _result(InterestOutcome.NOT_APPLICABLE, reason, (s127,), binding_until=until)
    item = _item(facts.activity, True)
    if not facts.counterparty_deals_with_agency:
        return _result(
            InterestOutcome.PERMITTED, InterestReason.NO_DEALINGS, (s127, item), binding_until=until
        )
    penalty = statute(_A61, "170", old_section="122")
    reason = InterestReason.PROHIBITED_ACTIVITY
    return _result(InterestOutcome.PROHIBITED, reason, (s127, item, penalty), binding_until=until)


def _cure_deadline(
    facts: InterestFacts, table: LegalRules, new_act: bool
) -> tuple[date, tuple[Citation, ...]]:
    """The last day of the cure period and any transitional basis for where it starts.

    With `cure_restarts_at_act2561`, an official already in office on 21 July 2018 counts the period
    from the day the 2561 Act came into force (s.195 para 2).
    """
    start = facts.took_office_on
    basis: tuple[Citation, ...] = ()
    restart = table.act2561_in_force
    if table.cure_restarts_at_act2561 and new_act and start < restart:
        start, basis = restart, (statute(_A61, "195", paragraph=2),)
    deadline = add_days_excluding_first(start, table.cure_days)
    if table.cure_deadline_on_working_day:
        deadline = next_working_day_on_or_after(deadline, rules=table)
    return deadline, basis


def _result(
    outcome: InterestOutcome,
    reason: InterestReason,
    citations: tuple[Citation, ...],
    cure_deadline: date | None = None,
    *,
    binding_until: date | None = None,
) -> InterestAssessment:
    return InterestAssessment(
        outcome=outcome,
        reason=reason,
        citations=citations,
        governing_act=next(c.instrument for c in citations if c.instrument in (_A61, _A42)),
        cure_deadline=cure_deadline,
        binding_until=binding_until,
    )


def _item(activity: Activity, new_act: bool) -> Citation:
    n = _ITEM[activity]
    if new_act:
        return statute(_A61, f"126({n})", old_section=f"100({n})")
    return statute(_A42, f"100({n})")


def _chapeau(new_act: bool) -> Citation:
    return statute(_A61, "126", paragraph=1, old_section="100") if new_act else statute(_A42, "100")


def _spouse(new_act: bool) -> Citation:
    return statute(_A61, "126", paragraph=2, old_section="100") if new_act else statute(_A42, "100")


def _cure(new_act: bool) -> Citation:
    return statute(_A61, "126", paragraph=4, old_section="100") if new_act else statute(_A42, "100")


def _penalty(new_act: bool) -> Citation:
    return statute(_A61, "168", old_section="122") if new_act else statute(_A42, "122")


def _share(limit: ShareLimitRow) -> Citation:
    if limit.instrument in (_A61, _A42):
        return statute(limit.instrument, limit.section)
    return announcement_clause(limit.instrument, "share_limit", limit.section)
