"""How sure the research is of each fact in the rules table, for the administrators' review screen.

Tags follow law.md: C confirmed in a primary text, S supported by a secondary source, M from memory or
widely quoted practice, ? unknown or conflicting. Anything not tagged C is a question for an administrator
(`LegalRules.unconfirmed()`); confirming it is a data change (`LegalRules.with_confirmed(...)`).
"""

from __future__ import annotations

from dataclasses import dataclass

from legal.vocabulary import Confidence


@dataclass(frozen=True, kw_only=True)
class FactNote:
    """How sure the research is of one fact in the table, and what an administrator should check."""

    name: str
    confidence: Confidence
    note: str


DEFAULT_FACTS: tuple[FactNote, ...] = (
    FactNote(
        name="act2561_in_force",
        confidence=Confidence.CONFIRMED,
        note="Organic Act 2561 s.2: in force the day after the Gazette of 21 Jul 2018.",
    ),
    FactNote(
        name="nacc2563_effective",
        confidence=Confidence.UNKNOWN,
        note="Gazette 13 Mar 2020 [S]; 'day after publication' assumed, the clause was not seen.",
    ),
    FactNote(
        name="gift_limit_nacc2543",
        confidence=Confidence.SUPPORTED,
        note="3,000 baht per giver per occasion; the 'each person, each occasion' wording is [M].",
    ),
    FactNote(name="gift_limit_nacc2563", confidence=Confidence.SUPPORTED, note="3,000 baht, unchanged."),
    FactNote(
        name="relatives_nacc2543",
        confidence=Confidence.CONFIRMED,
        note="Definition of ญาติ in clause 3 of the 2543 announcement (NACC English text).",
    ),
    FactNote(
        name="relatives_nacc2563",
        confidence=Confidence.UNKNOWN,
        note="Not known whether the 2563 announcement redefines ญาติ; the 2543 list is assumed.",
    ),
    FactNote(name="report_days", confidence=Confidence.SUPPORTED, note="30 days from receipt (2563)."),
    FactNote(name="former_official_years", confidence=Confidence.CONFIRMED, note="s.128 para 3."),
    FactNote(name="cure_days", confidence=Confidence.CONFIRMED, note="s.126 last paragraph."),
    FactNote(
        name="cure_restarts_at_act2561",
        confidence=Confidence.UNKNOWN,
        note="s.195 para 2 counts the 30 days from 22 Jul 2018 for officials already in office then [C]; "
        "whether that reopens the period for offices already bound by old s.100 is not settled. Off.",
    ),
    FactNote(
        name="cure_deadline_on_working_day",
        confidence=Confidence.UNKNOWN,
        note="Whether CCC s.193/8 moves the s.126 cure deadline off a holiday. Off: the raw day 30.",
    ),
    FactNote(
        name="share_limits",
        confidence=Confidence.SUPPORTED,
        note="5 % (2563 share notification, reported). Its effective date (19 Mar 2020) and the old "
        "s.100 limit before 22 Jul 2018 are [?].",
    ),
    FactNote(
        name="old_s101_public_share_limit",
        confidence=Confidence.MEMORY,
        note="Old s.101: former officials may hold up to 5 % of a public company.",
    ),
    FactNote(
        name="routing.staff",
        confidence=Confidence.SUPPORTED,
        note="Staff, the ปลัด, deputies and the executive secretary report to the นายก (TAO Act s.59, s.60).",
    ),
    FactNote(
        name="routing.council",
        confidence=Confidence.SUPPORTED,
        note="Council members and the vice-chair report to the council chair (2543 list item (5)).",
    ),
    FactNote(
        name="routing.chief_executive",
        confidence=Confidence.UNKNOWN,
        note="NACC (no superior with power to dismiss); the provincial governor is the alternative.",
    ),
    FactNote(
        name="routing.council_chair",
        confidence=Confidence.UNKNOWN,
        note="NACC by item (4); the vice-chair is the alternative. Needs human confirmation.",
    ),
    FactNote(
        name="s126_designations",
        confidence=Confidence.MEMORY,
        note="Executives and deputies [S]; executive secretary and council offices from memory. Confirm "
        "against the current NACC designation notification.",
    ),
    FactNote(
        name="s127_designations",
        confidence=Confidence.UNKNOWN,
        note="No อบต. office is assumed to be a designated high position under s.127.",
    ),
    FactNote(name="tao_sections", confidence=Confidence.CONFIRMED, note="TAO Act s.64/2(3), s.47 ตรี(6)."),
    FactNote(
        name="nacc2543_clauses",
        confidence=Confidence.MEMORY,
        note="Clause 5(1) is confirmed; 5(2), 5(3), 6 and 8 are reconstructed.",
    ),
    FactNote(
        name="nacc2563_clauses",
        confidence=Confidence.UNKNOWN,
        note="Clause numbering of the 2563 announcement not retrieved; the announcement is cited whole.",
    ),
    FactNote(
        name="extra_closure_days",
        confidence=Confidence.SUPPORTED,
        note="Closure days the holidays library misses (late cabinet days, regional and local closures).",
    ),
    FactNote(
        name="recusal_degrees",
        confidence=Confidence.MEMORY,
        note="APA s.13(3): siblings or cousins within 3 ชั้น, in-laws within 2. How ชั้น are counted is a "
        "reading (docs/legal.md); the caller supplies the degree it recorded.",
    ),
)
