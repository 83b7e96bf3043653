"""Django admin, opened to the administrators of each organization and scoped to it.

Platform operators (superusers) see every organization. An organization's administrator sees and changes
only rows of their own organization; every change is written to the audit log. With
``OTP_REQUIRED_FOR_ADMINISTRATORS`` on, nobody enters without a verified second factor (ASVS 4.3.1).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.options import ActionLocation
from django.contrib.admin.utils import unquote
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.db import models, transaction
from django.forms import ModelForm
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from coi_portal import audit
from coi_portal.permissions import can_use_django_admin, organization_of
from coi_portal.security import second_factor


class PortalAdminSite(admin.AdminSite):
    site_header = _("Conflict-of-interest portal: administration")
    site_title = _("COI portal administration")
    index_title = _("Records of your organization")

    @method_decorator(login_not_required)
    def login(self, request: HttpRequest, extra_context: Any = None) -> HttpResponse:
        """One login page for the whole portal, with its throttling: the admin's own is not used. A logged-in
        administrator who still owes the second factor goes to it; anyone else logged in gets 404."""
        next_url = request.GET.get(REDIRECT_FIELD_NAME, "")
        if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
            next_url = reverse("admin:index")
        if not request.user.is_authenticated:
            return redirect_to_login(next_url)
        if self._may_enter(request) and not _second_factor_passed(request):
            return HttpResponseRedirect(second_factor.next_step_url(request, next_url))
        if self.has_permission(request):
            return HttpResponseRedirect(next_url)
        raise Http404

    def _may_enter(self, request: HttpRequest) -> bool:
        user = request.user
        return user.is_active and (getattr(user, "is_superuser", False) or can_use_django_admin(user))

    def has_permission(self, request: HttpRequest) -> bool:
        """Administrators of an organization and platform operators, past the second factor when it is
        required (``OTP_REQUIRED_FOR_ADMINISTRATORS``)."""
        return self._may_enter(request) and _second_factor_passed(request)


def _second_factor_passed(request: HttpRequest) -> bool:
    return not settings.OTP_REQUIRED_FOR_ADMINISTRATORS or second_factor.is_verified(request)


def _is_operator(request: HttpRequest) -> bool:
    return bool(getattr(request.user, "is_superuser", False))


def model_snapshot(obj: models.Model) -> dict[str, Any]:
    """The concrete field values of ``obj``, JSON-ready, for audit before/after data."""
    data: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        value = field.value_from_object(obj)
        data[field.attname] = (
            value if isinstance(value, int | float | bool | str | type(None)) else str(value)
        )
    return data


class OrganizationScopedAdmin(admin.ModelAdmin):
    """Rows reach their organization through ``organization_path`` (e.g. ``"official__organization"``)."""

    organization_path = "organization"

    def _organization_filter(self, request: HttpRequest) -> dict[str, Any]:
        return {self.organization_path: organization_of(request.user)}

    def get_queryset(self, request: HttpRequest) -> models.QuerySet[Any]:
        rows = super().get_queryset(request)
        return rows if _is_operator(request) else rows.filter(**self._organization_filter(request))

    def _may(self, request: HttpRequest) -> bool:
        return _is_operator(request) or can_use_django_admin(request.user)

    def has_module_permission(self, request: HttpRequest) -> bool:
        return self._may(request)

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return self._may(request)

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return self._may(request)

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        formfield = super().formfield_for_foreignkey(db_field, request, **kwargs)
        organization = organization_of(request.user)
        if formfield is not None and not _is_operator(request) and organization is not None:
            related = db_field.related_model
            if related._meta.label_lower == "declarations.organization":
                formfield.queryset = related.objects.filter(pk=organization.pk)
            elif any(f.name == "organization" for f in related._meta.fields):
                formfield.queryset = related.objects.filter(organization=organization)
        return formfield

    @transaction.atomic
    def save_model(self, request: HttpRequest, obj: Any, form: ModelForm, change: bool) -> None:
        before = model_snapshot(type(obj).objects.get(pk=obj.pk)) if change else None
        if not _is_operator(request) and hasattr(obj, "organization_id") and obj.organization_id is None:
            obj.organization = organization_of(request.user)
        super().save_model(request, obj, form, change)
        action = f"admin.{obj._meta.model_name}.{'change' if change else 'add'}"
        audit.record(
            actor=request.user,
            action=action,
            organization=self._organization_for(obj, request),
            target=obj,
            before=before,
            after=model_snapshot(obj),
        )

    @transaction.atomic
    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        audit.record(
            actor=request.user,
            action=f"admin.{obj._meta.model_name}.delete",
            organization=self._organization_for(obj, request),
            target=obj,
            before=model_snapshot(obj),
        )
        super().delete_model(request, obj)

    def _object_or_404(self, request: HttpRequest, object_id: str) -> None:
        # Django's admin redirects with a message for a missing object; outside the organization it must be a
        # plain 404 so nobody learns what exists.
        if self.get_object(request, unquote(object_id)) is None:
            raise Http404

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: Any = None
    ) -> Any:
        self._object_or_404(request, object_id)
        return super().change_view(request, object_id, form_url, extra_context)

    def delete_view(self, request: HttpRequest, object_id: str, extra_context: Any = None) -> Any:
        self._object_or_404(request, object_id)
        return super().delete_view(request, object_id, extra_context)

    def history_view(self, request: HttpRequest, object_id: str, extra_context: Any = None) -> Any:
        self._object_or_404(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def get_actions(
        self, request: HttpRequest, action_location: ActionLocation = ActionLocation.CHANGE_LIST
    ) -> dict[str, Any]:
        # Bulk deletion bypasses delete_model and so the audit log: not offered.
        actions = super().get_actions(request, action_location)
        actions.pop("delete_selected", None)
        return actions

    def _organization_for(self, obj: Any, request: HttpRequest) -> Any:
        target = obj
        for part in self.organization_path.split("__"):
            target = getattr(target, part, None)
        return target if target is not None else organization_of(request.user)

    @transaction.atomic
    def save_formset(self, request: HttpRequest, form: ModelForm, formset: Any, change: bool) -> None:
        super().save_formset(request, form, formset, change)
        organization = self._organization_for(form.instance, request)
        changed = [("add", o) for o in formset.new_objects] + [
            ("change", o) for o, _f in formset.changed_objects
        ]
        for verb, obj in changed:
            audit.record(
                actor=request.user,
                action=f"admin.{obj._meta.model_name}.{verb}",
                organization=organization,
                target=obj,
                after=model_snapshot(obj),
            )
        for obj in formset.deleted_objects:
            audit.record(
                actor=request.user,
                action=f"admin.{obj._meta.model_name}.delete",
                organization=organization,
                target=obj,
                before=model_snapshot(obj),
            )


class ScopedTabularInline(admin.TabularInline):
    """An inline whose choices are limited to the administrator's organization."""

    extra = 0

    def formfield_for_foreignkey(self, db_field: Any, request: HttpRequest, **kwargs: Any) -> Any:
        formfield = super().formfield_for_foreignkey(db_field, request, **kwargs)
        organization = organization_of(request.user)
        related = db_field.related_model
        scoped = any(f.name == "organization" for f in related._meta.fields)
        if formfield is not None and scoped and not _is_operator(request) and organization is not None:
            formfield.queryset = related.objects.filter(organization=organization)
        return formfield

    def has_view_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return _is_operator(request) or can_use_django_admin(request.user)

    has_add_permission = has_change_permission = has_delete_permission = has_view_permission
