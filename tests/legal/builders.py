"""Fact builders for the legal tests: a typical case, changed only where a test says so."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from legal.gifts import GiftFacts
from legal.interests import Activity, Holder, InterestFacts
from legal.vocabulary import Office

NACC2563_DAY = date(2024, 3, 1)  # a receipt under the 2563 announcement
NACC2543_DAY = date(2019, 6, 3)  # a receipt under the 2561 Act with the 2543 announcement


def gift(value: str, **changes: object) -> GiftFacts:
    """A gift of `value` baht from a non-relative on a customary occasion, received in March 2024."""
    facts: dict[str, object] = {"received_on": NACC2563_DAY, "value": Decimal(value)}
    facts.update(changes)
    return GiftFacts(**facts)  # type: ignore[arg-type]


def interest(**changes: object) -> InterestFacts:
    """The นายก's own stake, held since before taking office (Dec 2021), in a firm dealing with the อบต."""
    facts: dict[str, object] = {
        "as_of": date(2024, 6, 1),
        "office": Office.CHIEF_EXECUTIVE,
        "holder": Holder.SELF,
        "activity": Activity.PARTNER_OR_SHAREHOLDER,
        "counterparty_deals_with_agency": True,
        "held_since": date(2019, 1, 1),
        "took_office_on": date(2021, 12, 1),
    }
    facts.update(changes)
    return InterestFacts(**facts)  # type: ignore[arg-type]


def former(**changes: object) -> InterestFacts:
    """A former official who served 2012-2016, under the old Act unless `as_of` says otherwise."""
    return interest(**{"took_office_on": date(2012, 1, 1), "held_since": date(2010, 1, 1), **changes})
