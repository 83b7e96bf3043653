"""Whether a procurement committee member should step aside (Public Procurement Act B.E. 2560 s.13).

The portal knows the bidders and the winner of a procurement in the register, what officials declared for
themselves and their spouses, the spouses' names, and the recorded kinship between officials. A member
should step aside when they or their spouse declared an interest in a bidder or the winner, when a bidder
is the member or their spouse, or when a relative close enough to bar them under the Administrative
Procedure Act s.13 (``legal.recusal``) declared such an interest or is a bidder. Concerns are worked out
whenever they are shown, so they follow the latest declarations.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext as _

from coi_portal.rules import rules_for
from declarations.models import CommitteeMember, Contract, InterestItem, Official, OutsideWork, Relationship
from declarations.names import normalised_person_name, same_business
from declarations.presentation import citation_to_json
from declarations.services_crosscheck import latest_declaration
from legal.citations import Citation
from legal.recusal import Relationship as Tie
from legal.recusal import Tie as TieKind
from legal.recusal import assess_recusal


@dataclass(frozen=True)
class Party:
    name: str
    juristic_number: str
    winner: bool


@dataclass(frozen=True)
class Concern:
    """Why a member should step aside. `private` concerns come from another official's declaration or
    family, and are shown in detail only to those who read the organization's records."""

    code: str
    party: str
    text: str
    private: bool
    citations: tuple[Citation, ...] = ()

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "party": self.party,
            "text": self.text,
            "private": self.private,
            "citations": [citation_to_json(c) for c in self.citations],
        }


def parties_of(contract: Contract) -> list[Party]:
    """The winner (the counterparty) and the other recorded bidders."""
    parties = [Party(contract.counterparty_name, contract.counterparty_juristic_number, True)]
    for bidder in contract.bidders.all():
        if not any(
            same_business(p.name, p.juristic_number, bidder.name, bidder.juristic_number) for p in parties
        ):
            parties.append(Party(bidder.name, bidder.juristic_number, False))
    return parties


def _declared_lines(official: Official, on: dt.date) -> list[tuple[str, str, str]]:
    """(holder, business name, juristic number) of the official's latest declaration, held on `on`."""
    declaration = latest_declaration(official)
    if declaration is None:
        return []
    current = Q(held_until__isnull=True) | Q(held_until__gte=on)
    items = InterestItem.objects.filter(current, declaration=declaration, held_since__lte=on)
    work = OutsideWork.objects.filter(
        Q(until__isnull=True) | Q(until__gte=on), declaration=declaration, since__lte=on
    )
    lines = [(i.holder, i.company_name, i.juristic_number) for i in items]
    lines += [("self", w.employer, w.employer_juristic_number) for w in work]
    return lines


def _spouse_names(official: Official, on: dt.date) -> list[str]:
    spouses = official.spouses.filter(Q(ended_on__isnull=True) | Q(ended_on__gte=on), started_on__lte=on)
    return [str(s) for s in spouses]


def _interests(official: Official, party: Party, on: dt.date) -> list[str]:
    return [
        holder
        for holder, name, number in _declared_lines(official, on)
        if same_business(name, number, party.name, party.juristic_number)
    ]


def _is_person(name: str, party: Party) -> bool:
    key = normalised_person_name(name)
    return bool(key) and key == normalised_person_name(party.name)


def _relatives(official: Official) -> list[tuple[Official, Relationship]]:
    rows = Relationship.objects.filter(Q(official=official) | Q(relative=official)).select_related(
        "official", "relative"
    )
    return [(row.relative if row.official_id == official.pk else row.official, row) for row in rows]


def concerns_for(seat: CommitteeMember, *, on: dt.date | None = None) -> list[Concern]:
    """Every reason the seat's holder should step aside from the committee's procurement."""
    committee = seat.committee
    on = on or committee.appointed_on
    member = seat.official
    rules = rules_for(committee.organization)
    concerns: list[Concern] = []
    for party in parties_of(committee.contract):
        role = _("the winner") if party.winner else _("a bidder")
        for holder in _interests(member, party, on):
            text = (
                _("The member's spouse declared an interest in %(party)s (%(role)s).")
                if holder == "spouse"
                else _("The member declared an interest in %(party)s (%(role)s).")
            )
            code = f"{holder}_interest"
            concerns.append(Concern(code, party.name, text % {"party": party.name, "role": role}, False))
        if _is_person(member.full_name_th, party):
            concerns.append(
                Concern("is_party", party.name, _("The member is %(role)s.") % {"role": role}, False)
            )
        for name in _spouse_names(member, on):
            if _is_person(name, party):
                text = _("The member's spouse is %(role)s.") % {"role": role}
                concerns.append(Concern("spouse_is_party", party.name, text, False))
        concerns += _relative_concerns(member, party, role, on, rules)
    return concerns


def _relative_concerns(member: Official, party: Party, role: str, on: dt.date, rules: Any) -> list[Concern]:
    concerns = []
    for relative, row in _relatives(member):
        assessment = assess_recusal(
            relationships=[Tie(kind=TieKind(row.kind), degree=row.degree)], rules=rules
        )
        if not assessment.must_recuse:
            continue
        tie = _("%(a)s is the %(kind)s of %(b)s") % {
            "a": row.official.full_name_th,
            "kind": row.get_kind_display(),
            "b": row.relative.full_name_th,
        }
        names = {"relative": relative.full_name_th, "tie": tie, "party": party.name, "role": role}
        for holder in _interests(relative, party, on):
            text = (
                _("The spouse of %(relative)s (%(tie)s) declared an interest in %(party)s (%(role)s).")
                if holder == "spouse"
                else _("%(relative)s (%(tie)s) declared an interest in %(party)s (%(role)s).")
            )
            concerns.append(
                Concern("relative_interest", party.name, text % names, True, assessment.citations)
            )
        people = [relative.full_name_th, *_spouse_names(relative, on)]
        if any(_is_person(name, party) for name in people):
            text = _("%(party)s (%(role)s) is %(relative)s (%(tie)s) or their spouse.") % names
            concerns.append(Concern("relative_is_party", party.name, text, True, assessment.citations))
    return concerns
