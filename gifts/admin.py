from __future__ import annotations

from django.contrib import admin

from coi_portal.admin_site import OrganizationScopedAdmin
from gifts.models import GiftPolicy


@admin.register(GiftPolicy)
class GiftPolicyAdmin(OrganizationScopedAdmin):
    """The organization's gift settings: memo comments, due days, what the public register shows."""

    list_display = [
        "organization",
        "comments_before_ruling",
        "ruling_due_days",
        "return_due_days",
        "public_register",
    ]
