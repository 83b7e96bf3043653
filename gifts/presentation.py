"""Words for what the law decided: plain Thai first (English when chosen), the clause after."""

from __future__ import annotations

import dataclasses
from typing import Any

from django.utils.translation import gettext_lazy as _

from declarations.models import Office
from legal.citations import Citation
from legal.vocabulary import Instrument

OUTCOME_TEXT = {
    "permitted": _("You may keep it. No report is needed."),
    "out_of_scope": _("This is not covered by the gift rules. No report is needed."),
    "report_required": _("You must report it."),
    "must_not_accept": _(
        "This should not have been accepted: report it so the reviewer decides what happens."
    ),
}
REASON_TEXT = {
    "lawful_income": _("It is income due by law (salary, allowance, meeting fee)."),
    "not_an_official": _("You left office two years or more before receiving it."),
    "relative": _("It comes from a relative as defined by the NACC, given by custom."),
    "general_public": _("It was given to the general public, not to you as an official."),
    "within_limit": _("Its value from this giver on this occasion is within the legal limit."),
    "over_limit": _("Its value from this giver on this occasion is over the legal limit."),
    "not_customary": _("It was not given on a customary occasion."),
}
RECIPIENT_TEXT = {
    "supervisor": _("the Chief Executive (head of the organization)"),
    "council_chair": _("the Council Chair"),
    "council_vice_chair": _("the Council Vice-Chair"),
    "nacc": _("the NACC (National Anti-Corruption Commission)"),
}


CITATION_FIELDS = frozenset(f.name for f in dataclasses.fields(Citation))


def citations_of(rows: list[dict[str, Any]] | None) -> list[Citation]:
    """Rebuild the citations stored with a version (JSON dicts of ``legal.citations.Citation``); keys that
    are not fields are ignored, so an older or newer row still prints."""
    citations = []
    for row in rows or []:
        fields = {key: value for key, value in row.items() if key in CITATION_FIELDS}
        citations.append(Citation(**{**fields, "instrument": Instrument(fields["instrument"])}))
    return citations


def routing_steps(reason: str) -> list[str]:
    """The stored routing steps as sentences."""
    sentences = []
    for step in filter(None, reason.split("\n")):
        code, *rest = step.split(":")
        office = (
            str(Office(rest[0]).label) if rest and rest[0] in Office.values else (rest[0] if rest else "")
        )
        sentences.append(
            {
                "nacc_by_law": _(
                    "By law this office reports to the NACC (no superior with power to dismiss)."
                ),
                "holder": _("Routed to the holder of the office (%(office)s).") % {"office": office},
                "acting": _("Routed to the person acting for the office (%(office)s).") % {"office": office},
                "recused": _(
                    "A person who may not decide (Administrative Procedure Act s.13) was skipped "
                    "(%(office)s)."
                )
                % {"office": office},
                "vacant": _("The office is vacant (%(office)s).") % {"office": office},
                "no_position": _("The organization has no such office (%(office)s).") % {"office": office},
                "nobody_may_decide": _(
                    "Nobody in the organization may decide: sent to the NACC for manual review."
                ),
            }.get(code, step)
        )
    return [str(s) for s in sentences]
