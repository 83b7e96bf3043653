"""Helpers shared by the editor's views: the detail page's context, access to a notice, running a
service and answering with its message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render

from coi_portal import permissions
from measures import selectors, services
from measures.forms import NoticeForm, OverrideForm, SectionForm
from measures.models import Notice
from measures.services import MeasureError
from measures.workflow import ISSUED


def detail_context(request: HttpRequest, notice: Notice, **forms: Any) -> dict[str, Any]:
    findings = selectors.lint_notice(notice)
    overridden = selectors.overridden_codes(notice)
    error_codes = sorted({f.code.value for f in findings if f.is_error})
    user = request.user
    is_latest = selectors.is_latest_version(notice)
    can_manage = permissions.can_manage_notice(user, notice)
    return {
        "notice": notice,
        "sections": list(notice.sections.all()),
        "findings": findings,
        "overridden": overridden,
        "overrides": notice.overrides.all(),
        "blocking": [f for f in findings if f.is_error and f.code not in overridden],
        "issued": selectors.issues_with_state(notice),
        "versions": selectors.versions_of(notice),
        "is_latest": is_latest,
        "can_new_version": can_manage and is_latest and notice.status in ISSUED,
        "can_edit": permissions.can_edit_notice(user, notice),
        "can_manage": can_manage,
        "can_sign": permissions.can_sign_notice(user, notice),
        "can_seal": permissions.can_seal_notice(user, notice)
        and selectors.seal_certificate(notice.organization) is not None,
        "form": forms.get("form")
        or NoticeForm(initial=initial_fields(notice), organization=notice.organization),
        "section_form": forms.get("section_form") or SectionForm(),
        "override_form": forms.get("override_form") or OverrideForm(codes=error_codes),
    }


def initial_fields(notice: Notice) -> dict[str, Any]:
    return {name: getattr(notice, name) for name in services.editing.NOTICE_FIELDS}


def editable_notice(request: HttpRequest, pk: int) -> Notice:
    notice = selectors.notice_get_for_user(user=request.user, pk=pk)
    if not permissions.can_edit_notice(request.user, notice):
        raise Http404
    return notice


def managed_notice(request: HttpRequest, pk: int) -> Notice:
    notice = selectors.notice_get_for_user(user=request.user, pk=pk)
    if not permissions.can_manage_notice(request.user, notice):
        raise Http404
    return notice


def run_service(
    request: HttpRequest, notice: Notice, service: Callable[..., object], success: str, /, **arguments: Any
) -> HttpResponse:
    """Run ``service`` as the logged-in user; on success go to the notice it returns (or this one), else
    show the notice again with the service's message."""
    try:
        result = service(actor=permissions.acting_user(request), **arguments)
    except MeasureError as error:
        messages.error(request, str(error))
        return render(request, "measures/detail.html", detail_context(request, notice), status=400)
    messages.success(request, success)
    target = result if isinstance(result, Notice) else notice
    return redirect("measures:detail", target.pk)


def form_data(request: HttpRequest) -> QueryDict | None:
    """The data of a POST, even an empty one (so that the form is bound and validated); None otherwise."""
    return request.POST if request.method == "POST" else None
