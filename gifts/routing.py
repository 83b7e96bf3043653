"""Who rules on a gift report, as a person: the law names an office (``legal.routing``); this module finds who
holds or acts for it on the day, applies recusal (Administrative Procedure Act s.13) at every step of the
fallback, and says why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from declarations.models import ActingAssignment, Office, Official, Position, Relationship, Tenure, current_on
from legal.recusal import Relationship as RecusalTie
from legal.recusal import Tie, assess_recusal
from legal.routing import Office as LegalOffice
from legal.routing import Recipient, recipient_for_offices
from legal.rules import LegalRules

# The office that receives the report, then who acts for it when its holder may not decide.
FALLBACK: dict[Recipient, tuple[Office, ...]] = {
    Recipient.SUPERVISOR: (Office.CHIEF_EXECUTIVE, Office.DEPUTY_CHIEF_EXECUTIVE, Office.PERMANENT_SECRETARY),
    Recipient.COUNCIL_CHAIR: (Office.COUNCIL_CHAIR, Office.COUNCIL_VICE_CHAIR),
    Recipient.COUNCIL_VICE_CHAIR: (Office.COUNCIL_VICE_CHAIR, Office.COUNCIL_CHAIR),
}
INVERSE_TIE = {
    Tie.ASCENDANT: Tie.DESCENDANT,
    Tie.DESCENDANT: Tie.ASCENDANT,
    Tie.UNCLE_AUNT: Tie.NEPHEW_NIECE,
    Tie.NEPHEW_NIECE: Tie.UNCLE_AUNT,
}


class RoutingError(Exception):
    """The filer holds no office from which a report can be routed."""


@dataclass
class RoutingDecision:
    recipient: Recipient
    office: Office | None = None
    reviewer: Official | None = None
    position: Position | None = None
    manual_review: bool = False
    steps: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str:
        return "\n".join(self.steps)


def offices_on(official: Official, day: dt.date) -> list[Position]:
    """The positions held on ``day``; for a former official, the last positions held."""
    held = list(
        Position.objects.filter(tenures__in=Tenure.objects.filter(current_on(day), official=official))
    )
    if held:
        return held
    last = Tenure.objects.filter(official=official, started_on__lte=day).order_by("-ended_on").first()
    return [last.position] if last else []


def ties_between(decider: Official, filer: Official) -> list[RecusalTie]:
    """How ``decider`` stands to ``filer``, from the relationships recorded in either direction."""
    ties = []
    for row in Relationship.objects.filter(official=decider, relative=filer):
        ties.append(RecusalTie(kind=Tie(row.kind), degree=row.degree))
    for row in Relationship.objects.filter(official=filer, relative=decider):
        kind = Tie(row.kind)
        ties.append(RecusalTie(kind=INVERSE_TIE.get(kind, kind), degree=row.degree))
    return ties


def deciders_for(position: Position, day: dt.date) -> tuple[list[Official], bool]:
    """Who decides for ``position`` on ``day``: whoever acts for it by order, else its holders."""
    acting = [a.acting for a in ActingAssignment.objects.filter(current_on(day), position=position)]
    if acting:
        return acting, True
    holders = [t.official for t in Tenure.objects.filter(current_on(day), position=position)]
    return [h for h in holders if h.is_serving_on(day)], False


def route(
    *, filer: Official, received_on: dt.date, submitted_on: dt.date, rules: LegalRules
) -> RoutingDecision:
    positions = offices_on(filer, received_on)
    if not positions:
        raise RoutingError("The filer held no position on the day the gift was received.")
    recipient = recipient_for_offices([LegalOffice(p.office) for p in positions], on=received_on, rules=rules)
    decision = RoutingDecision(recipient=recipient)
    if recipient is Recipient.NACC:
        decision.steps.append("nacc_by_law")
        return decision
    for office in FALLBACK[recipient]:
        position = Position.objects.filter(organization=filer.organization, office=office).first()
        if position is None:
            decision.steps.append(f"no_position:{office}")
            continue
        people, acting = deciders_for(position, submitted_on)
        if not people:
            decision.steps.append(f"vacant:{office}")
        for person in people:
            verdict = assess_recusal(
                decider_is_filer=person.pk == filer.pk, relationships=ties_between(person, filer)
            )
            if verdict.must_recuse:
                decision.steps.append(f"recused:{office}:{person.pk}:{verdict.ground}")
                continue
            decision.office, decision.reviewer, decision.position = office, person, position
            decision.steps.append(f"{'acting' if acting else 'holder'}:{office}:{person.pk}")
            return decision
    decision.recipient = Recipient.NACC
    decision.manual_review = True
    decision.steps.append("nobody_may_decide:nacc")
    return decision
