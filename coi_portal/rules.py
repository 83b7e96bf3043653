"""The legal rules table in force for an organization: the built-in dated table of ``legal`` plus what the
organization's administrators have added (closure days)."""

from __future__ import annotations

from declarations.models import Organization
from legal.rules import LegalRules, build_rules


def rules_for(organization: Organization) -> LegalRules:
    closure_days = frozenset(organization.closure_days.values_list("day", flat=True))
    return build_rules(extra_closure_days=closure_days)
