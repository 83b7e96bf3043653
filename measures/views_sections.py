"""Sections of a draft notice: add, edit, move up or down, remove (server-rendered forms, no script)."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from measures import selectors, services
from measures.forms import SectionForm
from measures.views_common import detail_context, editable_notice, form_data, run_service


@require_POST
def add(request: HttpRequest, pk: int) -> HttpResponse:
    notice = editable_notice(request, pk)
    form = SectionForm(request.POST)
    if not form.is_valid():
        return render(
            request, "measures/detail.html", detail_context(request, notice, section_form=form), status=400
        )
    return run_service(
        request,
        notice,
        services.section_add,
        _("The section has been added."),
        notice=notice,
        **form.cleaned_data,
    )


@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, pk: int, section_pk: int) -> HttpResponse:
    notice = editable_notice(request, pk)
    section = selectors.section_get(notice=notice, pk=section_pk)
    form = SectionForm(form_data(request), initial={"heading": section.heading, "body": section.body})
    if request.method == "POST" and form.is_valid():
        return run_service(
            request,
            notice,
            services.section_update,
            _("The section has been saved."),
            section=section,
            **form.cleaned_data,
        )
    status = 400 if request.method == "POST" else 200
    context = {"notice": notice, "section": section, "form": form}
    return render(request, "measures/section_form.html", context, status=status)


@require_POST
def move(request: HttpRequest, pk: int, section_pk: int) -> HttpResponse:
    notice = editable_notice(request, pk)
    section = selectors.section_get(notice=notice, pk=section_pk)
    offset = -1 if request.POST.get("direction") == "up" else 1
    return run_service(
        request,
        notice,
        services.section_move,
        _("The section has been moved."),
        section=section,
        offset=offset,
    )


@require_POST
def remove(request: HttpRequest, pk: int, section_pk: int) -> HttpResponse:
    notice = editable_notice(request, pk)
    section = selectors.section_get(notice=notice, pk=section_pk)
    return run_service(
        request,
        notice,
        services.section_remove,
        _("The section has been removed."),
        section=section,
    )
