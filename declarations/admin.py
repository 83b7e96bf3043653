from __future__ import annotations

from django.contrib import admin

from coi_portal.admin_site import OrganizationScopedAdmin, ScopedTabularInline
from declarations import models
from privacy.models import SpouseNoticeReason
from privacy.services.spouses import spouse_notice_needed


class OrganizationSelfAdmin(OrganizationScopedAdmin):
    organization_path = "pk"

    def _organization_filter(self, request):
        from coi_portal.permissions import organization_of

        organization = organization_of(request.user)
        return {"pk": organization.pk if organization else None}

    def has_add_permission(self, request):
        return bool(getattr(request.user, "is_superuser", False))

    def has_delete_permission(self, request, obj=None):
        return bool(getattr(request.user, "is_superuser", False))

    def _organization_for(self, obj, request):
        return obj


admin.site.register(models.Organization, OrganizationSelfAdmin, list_display=["name_th", "slug", "province"])


@admin.register(models.Village)
class VillageAdmin(OrganizationScopedAdmin):
    list_display = ["moo_no", "name", "partly_inside"]


@admin.register(models.Position)
class PositionAdmin(OrganizationScopedAdmin):
    list_display = ["title_th", "office", "division"]
    list_filter = ["office"]


class TenureInline(ScopedTabularInline):
    model = models.Tenure


class SpouseInline(ScopedTabularInline):
    model = models.Spouse


@admin.register(models.Official)
class OfficialAdmin(OrganizationScopedAdmin):
    list_display = ["__str__", "took_office_on", "left_office_on"]
    search_fields = ["first_name_th", "last_name_th", "first_name_en", "last_name_en"]
    inlines = [TenureInline, SpouseInline]

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        # A spouse recorded here is a spouse's personal data collected from the official: PDPA s.25 notice.
        for obj in formset.new_objects:
            if isinstance(obj, models.Spouse):
                spouse_notice_needed(spouse=obj, reason=SpouseNoticeReason.RECORDED)


@admin.register(models.Relationship)
class RelationshipAdmin(OrganizationScopedAdmin):
    list_display = ["official", "kind", "degree", "relative"]


@admin.register(models.ActingAssignment)
class ActingAssignmentAdmin(OrganizationScopedAdmin):
    list_display = ["acting", "position", "started_on", "ended_on", "order_ref"]


@admin.register(models.ClosureDay)
class ClosureDayAdmin(OrganizationScopedAdmin):
    list_display = ["day", "reason", "scope"]


# Business interests, the contract register and committees: read-only here, because every change must go
# through the services (audit entry, cross-check). Administrators work in the portal's own pages.
class ReadOnlyScopedAdmin(OrganizationScopedAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(models.Contract)
class ContractAdmin(ReadOnlyScopedAdmin):
    list_display = [
        "contract_number",
        "counterparty_name",
        "counterparty_juristic_number",
        "value",
        "signed_on",
    ]
    search_fields = ["contract_number", "counterparty_name", "counterparty_juristic_number"]


@admin.register(models.InterestDeclaration)
class InterestDeclarationAdmin(ReadOnlyScopedAdmin):
    list_display = ["official", "version", "submitted_at", "nothing_to_declare", "late"]


@admin.register(models.Finding)
class FindingAdmin(ReadOnlyScopedAdmin):
    list_display = ["official", "company_name", "outcome", "status", "as_of"]
    list_filter = ["outcome", "status"]


@admin.register(models.DeclarationRound)
class DeclarationRoundAdmin(ReadOnlyScopedAdmin):
    list_display = ["title", "opened_on", "due_on", "include_all_staff"]


@admin.register(models.ProcurementCommittee)
class ProcurementCommitteeAdmin(ReadOnlyScopedAdmin):
    list_display = ["contract", "kind", "appointed_on"]
