"""Reads of portal-wide records, scoped to the viewer."""

from __future__ import annotations

from django.db.models import QuerySet

from coi_portal.models import AuditEntry
from coi_portal.permissions import AnyUser, can_view_audit_log, organization_of


def audit_entries_visible_to(*, user: AnyUser) -> QuerySet[AuditEntry]:
    organization = organization_of(user)
    if organization is None or not can_view_audit_log(user):
        return AuditEntry.objects.none()
    return AuditEntry.objects.filter(organization=organization)
