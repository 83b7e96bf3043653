"""Who may not decide a filing: Administrative Procedure Act B.E. 2539 s.13.

A person may not rule on a filing when they (1) are the filer; (2) are the filer's spouse or fiancé(e);
(3) are the filer's ascendant or descendant of any degree, sibling or cousin within three degrees, or
in-law within two degrees; (4) are or were the filer's representative, guardian or agent; (5) are the
filer's creditor, debtor or employer.

This list is wider than the NACC's list of relatives for gifts (`legal.rules.NACC_RELATIVES`) and must stay
apart from it. The portal records a relationship between two people as a kind and, for kin, a degree
(`Relationship`); how degrees are counted is explained in docs/legal.md. An unknown degree counts as within
the limit, so that doubt leads to recusal rather than to a tainted ruling.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from legal.citations import Citation, statute
from legal.rules import LegalRules, resolve
from legal.vocabulary import Instrument

__all__ = [
    "Kinship",
    "RecusalAssessment",
    "RecusalGround",
    "Relationship",
    "Tie",
    "assess_recusal",
    "must_recuse",
]


class Tie(StrEnum):
    """How the decider stands to the filer: the decider is the filer's <tie>."""

    SPOUSE = "spouse"
    FIANCE = "fiance"
    ASCENDANT = "ascendant"
    DESCENDANT = "descendant"
    SIBLING = "sibling"
    COUSIN = "cousin"
    UNCLE_AUNT = "uncle_aunt"
    NEPHEW_NIECE = "nephew_niece"
    IN_LAW = "in_law"
    REPRESENTATIVE = (
        "representative"  # statutory representative, guardian, representative or agent, now or before
    )
    CREDITOR = "creditor"
    DEBTOR = "debtor"
    EMPLOYER = "employer"


# The name the declarations app uses for the kin kinds it records; the values are the same.
Kinship = Tie


class RecusalGround(StrEnum):
    """The item of APA s.13 that bars the decider, in the order of the section."""

    IS_FILER = "is_filer"  # (1)
    SPOUSE_OR_FIANCE = "spouse_or_fiance"  # (2)
    RELATIVE = "relative"  # (3)
    REPRESENTATIVE = "representative"  # (4)
    CREDITOR_DEBTOR_EMPLOYER = "creditor_debtor_employer"  # (5)


_ITEM = {
    RecusalGround.IS_FILER: "13(1)",
    RecusalGround.SPOUSE_OR_FIANCE: "13(2)",
    RecusalGround.RELATIVE: "13(3)",
    RecusalGround.REPRESENTATIVE: "13(4)",
    RecusalGround.CREDITOR_DEBTOR_EMPLOYER: "13(5)",
}

_LINEAL = frozenset({Tie.ASCENDANT, Tie.DESCENDANT})
_COLLATERAL = frozenset({Tie.SIBLING, Tie.COUSIN, Tie.UNCLE_AUNT, Tie.NEPHEW_NIECE})
_DIRECT_GROUNDS = {
    Tie.SPOUSE: RecusalGround.SPOUSE_OR_FIANCE,
    Tie.FIANCE: RecusalGround.SPOUSE_OR_FIANCE,
    Tie.REPRESENTATIVE: RecusalGround.REPRESENTATIVE,
    Tie.CREDITOR: RecusalGround.CREDITOR_DEBTOR_EMPLOYER,
    Tie.DEBTOR: RecusalGround.CREDITOR_DEBTOR_EMPLOYER,
    Tie.EMPLOYER: RecusalGround.CREDITOR_DEBTOR_EMPLOYER,
}


@dataclass(frozen=True, kw_only=True)
class Relationship:
    """A recorded tie between the decider and the filer; `degree` counts ชั้น for kin (None: unknown)."""

    kind: Tie
    degree: int | None = None

    def __post_init__(self) -> None:
        if self.degree is not None and self.degree < 1:
            raise ValueError("a degree of kinship starts at 1")


@dataclass(frozen=True, kw_only=True)
class RecusalAssessment:
    """Whether the decider must step aside, every ground that applies (first: the lowest item), and why."""

    must_recuse: bool
    ground: RecusalGround | None
    grounds: tuple[RecusalGround, ...]
    citations: tuple[Citation, ...]


def assess_recusal(
    *,
    decider_is_filer: bool = False,
    relationships: Iterable[Relationship] = (),
    rules: LegalRules | None = None,
) -> RecusalAssessment:
    """Decide whether the decider may not rule on the filing under APA s.13."""
    table = resolve(rules)
    found = {RecusalGround.IS_FILER} if decider_is_filer else set()
    found |= {g for r in relationships if (g := _ground(r, table)) is not None}
    grounds = tuple(g for g in RecusalGround if g in found)
    return RecusalAssessment(
        must_recuse=bool(grounds),
        ground=grounds[0] if grounds else None,
        grounds=grounds,
        citations=tuple(statute(Instrument.APA2539, _ITEM[g]) for g in grounds),
    )


def must_recuse(
    *,
    decider_is_filer: bool = False,
    relationships: Iterable[Relationship] = (),
    rules: LegalRules | None = None,
) -> bool:
    """Whether the decider may not rule on the filing (see `assess_recusal`)."""
    return assess_recusal(
        decider_is_filer=decider_is_filer, relationships=relationships, rules=rules
    ).must_recuse


def _ground(relationship: Relationship, rules: LegalRules) -> RecusalGround | None:
    kind, degree = Tie(relationship.kind), relationship.degree
    if kind in _DIRECT_GROUNDS:
        return _DIRECT_GROUNDS[kind]
    if kind in _LINEAL:
        return RecusalGround.RELATIVE
    limit = rules.recusal_collateral_degrees if kind in _COLLATERAL else rules.recusal_in_law_degrees
    if degree is None or degree <= limit:
        return RecusalGround.RELATIVE
    return None
