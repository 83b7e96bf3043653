"""The notice editor for administrators: list, create, edit, preview, check, approve, publish, versions."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from coi_portal import permissions
from measures import selectors, services
from measures.documents import notice_context, render_measure_pdf
from measures.forms import NoticeCreateForm, NoticeForm, OverrideForm
from measures.services import MeasureError
from measures.textformat import fiscal_year_be
from measures.views_common import (
    detail_context,
    editable_notice,
    form_data,
    initial_fields,
    managed_notice,
    run_service,
)


@require_GET
def notice_list(request: HttpRequest) -> HttpResponse:
    if not permissions.can_open_notices(request.user):
        raise Http404
    context = {
        "notices": selectors.notices_visible_to(user=request.user),
        "can_edit": permissions.can_edit_notices(request.user),
        "can_manage_certificates": permissions.can_manage_certificates(request.user),
        "organization": permissions.organization_of(request.user),
    }
    return render(request, "measures/list.html", context)


@require_http_methods(["GET", "POST"])
def notice_new(request: HttpRequest) -> HttpResponse:
    organization = permissions.organization_of(request.user)
    if organization is None or not permissions.can_edit_notices(request.user):
        raise Http404
    form = NoticeCreateForm(form_data(request), initial={"year_be": fiscal_year_be(timezone.localdate())})
    if request.method == "POST" and form.is_valid():
        try:
            notice = services.notice_create(
                actor=permissions.acting_user(request), organization=organization, **form.cleaned_data
            )
            messages.success(request, _("The draft has been created from the standard text."))
            return redirect("measures:detail", notice.pk)
        except MeasureError as error:
            form.add_error(None, str(error))
    status = 400 if request.method == "POST" else 200
    return render(request, "measures/new.html", {"form": form}, status=status)


@require_GET
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    notice = selectors.notice_get_for_user(user=request.user, pk=pk)
    return render(request, "measures/detail.html", detail_context(request, notice))


@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    notice = editable_notice(request, pk)
    form = NoticeForm(form_data(request), initial=initial_fields(notice), organization=notice.organization)
    if request.method == "POST" and form.is_valid():
        return run_service(
            request,
            notice,
            services.notice_update,
            _("The notice has been saved."),
            notice=notice,
            changes=form.cleaned_data,
        )
    status = 400 if request.method == "POST" else 200
    return render(request, "measures/detail.html", detail_context(request, notice, form=form), status=status)


@require_POST
def override(request: HttpRequest, pk: int) -> HttpResponse:
    notice = editable_notice(request, pk)
    codes = sorted({f.code.value for f in selectors.lint_notice(notice) if f.is_error})
    form = OverrideForm(request.POST, codes=codes)
    if not form.is_valid():
        context = detail_context(request, notice, override_form=form)
        return render(request, "measures/detail.html", context, status=400)
    return run_service(
        request,
        notice,
        services.override_add,
        _("The reason has been recorded."),
        notice=notice,
        **form.cleaned_data,
    )


@require_GET
def preview(request: HttpRequest, pk: int) -> HttpResponse:
    notice = selectors.notice_get_for_user(user=request.user, pk=pk)
    context = {"notice": notice, **notice_context(notice, qr=True)}
    return render(request, "measures/preview.html", context)


@require_GET
def draft_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The unsigned PDF as it would be signed today (for proof-reading; issued PDFs are on the
    verification page)."""
    notice = selectors.notice_get_for_user(user=request.user, pk=pk)
    response = HttpResponse(render_measure_pdf(notice), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="notice-{notice.year_be}-v{notice.version}-draft.pdf"'
    )
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
def approve(request: HttpRequest, pk: int) -> HttpResponse:
    notice = managed_notice(request, pk)
    return run_service(
        request,
        notice,
        services.notice_approve,
        _("The notice is approved and waits for the signer."),
        notice=notice,
    )


@require_POST
def reopen(request: HttpRequest, pk: int) -> HttpResponse:
    notice = managed_notice(request, pk)
    return run_service(
        request,
        notice,
        services.notice_reopen,
        _("The notice is a draft again."),
        notice=notice,
    )


@require_POST
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    notice = managed_notice(request, pk)
    return run_service(
        request,
        notice,
        services.notice_publish,
        _("The notice is published on the organization's public page."),
        notice=notice,
    )


@require_POST
def new_version(request: HttpRequest, pk: int) -> HttpResponse:
    notice = managed_notice(request, pk)
    return run_service(
        request,
        notice,
        services.notice_new_version,
        _("A new version has been started as a draft; it must be signed again."),
        notice=notice,
    )


@require_POST
def next_year(request: HttpRequest, pk: int) -> HttpResponse:
    notice = managed_notice(request, pk)
    return run_service(
        request,
        notice,
        services.notice_next_year,
        _("Next year's notice has been started from this one."),
        notice=notice,
    )
