"""Words for what the law decided about a business interest: the plain answer first, the clauses after.

Citations are stored as JSON objects with the fields of ``legal.citations.Citation`` (as gift versions store
theirs) and rebuilt here for printing in Thai or English.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from django.utils.translation import gettext_lazy as _

from legal.citations import Citation
from legal.vocabulary import Instrument

OUTCOME_TEXT = {
    "prohibited": _("Not allowed: the law bars this interest."),
    "must_cure_by": _("Allowed only for a short time: end this interest by the date shown."),
    "review": _("Needs review: this may be an interest in a contract of the organization."),
    "permitted": _("Permitted by s.126, but the business deals with the organization: noted."),
    "not_applicable": _("Not barred for this position, but the business deals with the organization: noted."),
}

REASON_TEXT = {
    "not_in_office": _("The official was not in office on that day."),
    "office_not_designated": _("The NACC has not designated this position under s.126."),
    "no_dealings": _("The business does not deal with the organization."),
    "spouse_preexisting": _(
        "The spouse already had this interest before the official took office: s.126 does not reach it, "
        "but the TAO Act may."
    ),
    "within_share_limit": _("The shareholding is within the limit the NACC sets."),
    "cure_period_running": _(
        "The interest was already held on taking office: it must be ended within the period the law gives."
    ),
    "cure_period_expired": _("The interest was held on taking office and was not ended in time."),
    "prohibited_activity": _("The interest in a business that deals with the organization arose in office."),
    "former_official_window_ended": _("The two years after leaving office have passed."),
    "public_company_share_exception": _("A small holding in a public company is exempt (old s.101)."),
    "s127_not_designated": _("After leaving office, s.127 binds only positions the NACC designates."),
    "s127_activity_not_covered": _(
        "After leaving office, s.127 covers only work for a supervised business (activity 4)."
    ),
    "s127_spouse_not_covered": _("After leaving office, s.127 does not reach the spouse."),
}

TAO_TEXT = {
    "64/2(3)": _(
        "TAO Act s.64/2(3): an executive with an interest in a contract of the organization loses office."
    ),
    "47 ตรี(6)": _(
        "TAO Act s.47 ter(6): a council member with an interest in a contract of the organization loses "
        "membership."
    ),
}

_FIELDS = frozenset(f.name for f in dataclasses.fields(Citation))


def citation_to_json(citation: Citation) -> dict[str, Any]:
    """The citation as a JSON object of its fields (the instrument by its value)."""
    data = dataclasses.asdict(citation)
    data["instrument"] = str(citation.instrument)
    return data


def citations_from_json(rows: list[dict[str, Any]] | None) -> list[Citation]:
    """Rebuild stored citations; unknown keys are ignored so older and newer rows still print."""
    citations = []
    for row in rows or []:
        fields = {key: value for key, value in row.items() if key in _FIELDS}
        citations.append(Citation(**{**fields, "instrument": Instrument(fields["instrument"])}))
    return citations


def citation_labels(rows: list[dict[str, Any]] | None, *, english: bool = False) -> list[str]:
    return [c.label_en() if english else c.label_th() for c in citations_from_json(rows)]
