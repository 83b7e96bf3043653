"""Which statute and NACC gift announcement govern a date (law.md §10.1)."""

from __future__ import annotations

from datetime import date

from legal.rules import LegalRules, resolve
from legal.vocabulary import Regime

__all__ = ["Regime", "act2561_applies", "regime_on"]


def regime_on(d: date, *, rules: LegalRules | None = None) -> Regime:
    """The regime in force on `d`.

    Before the 2561 Act took effect the 2542 Act and the 2543 announcement applied; from then the 2543
    announcement stayed in force under s.194 until the 2563 announcement took effect.
    """
    table = resolve(rules)
    if d < table.act2561_in_force:
        return Regime.ACT2542_NACC2543
    if d < table.nacc2563_effective:
        return Regime.ACT2561_NACC2543
    return Regime.ACT2561_NACC2563


def act2561_applies(d: date, *, rules: LegalRules | None = None) -> bool:
    """Whether the Organic Act B.E. 2561 (rather than the repealed 2542 Act) governs `d`."""
    return d >= resolve(rules).act2561_in_force
