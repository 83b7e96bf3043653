"""Reads of portal-wide records, scoped to the viewer."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from coi_portal.models import AuditEntry, RuleSetting
from coi_portal.permissions import AnyUser, can_view_audit_log, organization_of
from coi_portal.rules import EDITABLE, rules_for
from declarations.models import Organization
from legal.rules import DEFAULT_RULES


def audit_entries_visible_to(*, user: AnyUser) -> QuerySet[AuditEntry]:
    organization = organization_of(user)
    if organization is None or not can_view_audit_log(user):
        return AuditEntry.objects.none()
    from participation.selectors import hide_tipoff_entries

    return hide_tipoff_entries(user, AuditEntry.objects.filter(organization=organization))


def legal_rules_page(organization: Organization) -> dict[str, Any]:
    """Rows for the legal rules page: each fact's confidence, the built-in note and the organization's
    confirmation or change."""
    settings = {s.name: s for s in RuleSetting.objects.filter(organization=organization)}
    rules = rules_for(organization)
    rows = []
    for fact in DEFAULT_RULES.facts:
        editable = EDITABLE.get(fact.name)
        rows.append(
            {
                "name": fact.name,
                "label": editable.label if editable else fact.name,
                "confidence": fact.confidence.value,
                "effective_confidence": rules.fact(fact.name).confidence.value,
                "note": fact.note,
                "editable": editable,
                "setting": settings.get(fact.name),
            }
        )
    return {"rows": rows, "closure_days": organization.closure_days.all()}
