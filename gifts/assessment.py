"""What the law says about a gift before anything is stored: for the public self-check and the preview."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from gifts.models import Occasion
from legal.gifts import GiftAssessment, GiftFacts, Relation, assess_gift
from legal.routing import Office, Recipient, recipient_for_offices
from legal.rules import LegalRules


@dataclass(frozen=True)
class Preview:
    assessment: GiftAssessment
    recipient: Recipient | None


def facts_from(data: dict[str, Any], *, left_office_on: dt.date | None = None) -> GiftFacts:
    return GiftFacts(
        received_on=data["received_on"],
        value=data["value"],
        giver_relation=Relation(data.get("giver_relation") or "none"),
        to_general_public=bool(data.get("to_general_public")),
        customary_occasion=data.get("occasion") != Occasion.OTHER or bool(data.get("occasion_customary")),
        accepted_out_of_necessity=bool(data.get("accepted_out_of_necessity")),
        left_office_on=left_office_on,
    )


def preview(facts: GiftFacts, offices: list[Office], *, rules: LegalRules | None = None) -> Preview:
    assessment = assess_gift(facts, rules=rules)
    recipient = None
    if assessment.outcome in ("report_required", "must_not_accept") and offices:
        recipient = recipient_for_offices(offices, on=facts.received_on, rules=rules)
    return Preview(assessment, recipient)
