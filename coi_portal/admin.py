from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from coi_portal.admin_site import OrganizationScopedAdmin
from coi_portal.models import AuditEntry, Membership


@admin.register(Membership)
class MembershipAdmin(OrganizationScopedAdmin):
    list_display = ["user", "official", "is_administrator", "is_auditor", "is_integrity_officer"]


@admin.register(AuditEntry)
class AuditEntryAdmin(OrganizationScopedAdmin):
    """Read-only: the audit log is append-only."""

    list_display = ["created_at", "actor_username", "action", "target_label"]
    list_filter = ["action"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
