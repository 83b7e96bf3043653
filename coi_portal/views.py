"""Portal-wide pages: home, health, the audit log, and the public language switch."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_not_required
from django.core.paginator import Paginator
from django.db import connection
from django.db.utils import DatabaseError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from coi_portal import permissions, selectors, services
from coi_portal.forms import AuditFilterForm, RuleSettingForm
from declarations.selectors import positions_held
from gifts.selectors import gift_counts


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    official = permissions.official_of(request.user)
    today = timezone.localdate()
    context = {
        "today": today,
        "official": official,
        "positions": positions_held(official=official, on=today) if official else [],
        **gift_counts(user=request.user),
    }
    return render(request, "coi_portal/home.html", context)


@login_not_required
@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness and database status for load balancers and monitoring; no personal data."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_GET
def audit_log(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_audit_log(request.user):
        raise Http404
    form = AuditFilterForm(request.GET or None)
    entries = selectors.audit_entries_visible_to(user=request.user)
    if form.is_valid():
        entries = form.apply(entries)
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    return render(request, "coi_portal/audit_log.html", {"form": form, "page": page})


@require_http_methods(["GET", "POST"])
def legal_rules(request: HttpRequest) -> HttpResponse:
    """Every dated legal fact with how sure the research is; administrators confirm or change them."""
    organization = permissions.organization_of(request.user)
    if organization is None or not permissions.can_view_legal_rules(request.user):
        raise Http404
    form = RuleSettingForm(request.POST or None)
    if request.method == "POST":
        if not permissions.can_change_legal_rules(request.user):
            raise Http404
        if form.is_valid():
            try:
                services.rule_setting_save(
                    actor=permissions.acting_user(request), organization=organization, **form.cleaned_data
                )
                messages.success(request, _("Saved."))
                return redirect("legal_rules")
            except services.RuleError as error:
                messages.error(request, str(error))
        return render(
            request, "coi_portal/legal_rules.html", selectors.legal_rules_page(organization), status=400
        )
    return render(request, "coi_portal/legal_rules.html", selectors.legal_rules_page(organization))
