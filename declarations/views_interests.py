"""Declaring business interests: the official's page, the form, "nothing to declare", a declaration's page
and its PDF, and acknowledging outside work."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from coi_portal import permissions
from declarations import selectors_interests as selectors
from declarations.documents import render_declaration_pdf
from declarations.errors import InterestError
from declarations.forms_interests import AcknowledgeForm, ConfirmForm, ItemFormSet, WorkFormSet
from declarations.models import Finding, FindingStatus, Holder, InterestDeclaration, Official
from declarations.services_interests import (
    ITEM_FIELDS,
    WORK_FIELDS,
    declaration_acknowledge,
    declaration_submit,
    record_personal_data_access,
)


def _own_official(request: HttpRequest) -> Official:
    official = permissions.official_of(request.user)
    if official is None:
        raise Http404
    return official


@require_GET
def mine(request: HttpRequest) -> HttpResponse:
    official = _own_official(request)
    history = list(selectors.declarations_of(official))
    findings = Finding.objects.filter(official=official, status=FindingStatus.OPEN)
    context = {
        "official": official,
        "current": history[0] if history else None,
        "history": history,
        "findings": selectors.ordered(findings),
        "seat": selectors.waiting_seat(official),
        "committee_seats": selectors.seats_of(user=request.user).filter(declaration="pending"),
        "to_acknowledge": selectors.acknowledgement_inbox(user=request.user),
        "today": timezone.localdate(),
    }
    return render(request, "declarations/interests/mine.html", context)


def _initial(declaration: InterestDeclaration | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The lines of the last declaration, as the form's starting point."""
    if declaration is None:
        return [], []
    items = [
        {**{n: getattr(i, n) for n in ITEM_FIELDS}, "spouse": i.spouse_id} for i in declaration.items.all()
    ]
    work = [{n: getattr(w, n) for n in WORK_FIELDS} for w in declaration.outside_work.all()]
    return items, work


@require_http_methods(["GET", "POST"])
def declare(request: HttpRequest) -> HttpResponse:
    official = _own_official(request)
    last = selectors.declarations_of(official).first()
    initial_items, initial_work = _initial(last)
    spouses = {"spouses": list(official.spouses.order_by("-started_on"))}
    data = request.POST if request.method == "POST" else None
    items = ItemFormSet(data, prefix="items", initial=initial_items, form_kwargs=spouses)
    work = WorkFormSet(data, prefix="work", initial=initial_work, form_kwargs=spouses)
    confirm = ConfirmForm(data)
    if data is not None and all([items.is_valid(), work.is_valid(), confirm.is_valid()]):
        try:
            declaration = declaration_submit(
                actor=permissions.acting_user(request),
                official=official,
                items=items.kept(),  # type: ignore[attr-defined]
                outside_work=work.kept(),  # type: ignore[attr-defined]
            )
            messages.success(
                request, _("Your declaration has been filed and checked against the contract register.")
            )
            return redirect("declarations:interest_detail", declaration.pk)
        except InterestError as error:
            messages.error(request, str(error))
    context = {"items": items, "work": work, "confirm": confirm, "last": last, "official": official}
    return render(request, "declarations/interests/declare.html", context, status=400 if data else 200)


@require_POST
def nothing(request: HttpRequest) -> HttpResponse:
    """The one-click attestation: no business interest or outside work, for the official or their spouse."""
    official = _own_official(request)
    declaration = declaration_submit(
        actor=permissions.acting_user(request), official=official, nothing_to_declare=True
    )
    messages.success(request, _("Your declaration “nothing to declare” has been filed."))
    return redirect("declarations:interest_detail", declaration.pk)


@require_GET
def declaration_detail(request: HttpRequest, pk: int) -> HttpResponse:
    declaration = selectors.declaration_get_for_user(user=request.user, pk=pk)
    full = permissions.can_view_declared_interests(request.user, declaration)
    items = list(declaration.items.all()) if full else []
    if any(item.holder == Holder.SPOUSE for item in items):
        record_personal_data_access(
            actor=permissions.acting_user(request),
            declaration=declaration,
            action="interest.view_spouse_data",
        )
    own = permissions.official_of(request.user)
    context = {
        "declaration": declaration,
        "full": full,
        "items": items,
        "outside_work": list(declaration.outside_work.all()),
        "findings": selectors.ordered(declaration.findings.all()) if full else [],
        "versions": list(selectors.declarations_of(declaration.official)) if full else [],
        "is_own": own is not None and own.pk == declaration.official_id,
        "can_acknowledge": permissions.can_acknowledge_declaration(request.user, declaration),
        "acknowledge_form": AcknowledgeForm(),
    }
    return render(request, "declarations/interests/detail.html", context)


@require_GET
def declaration_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    declaration = selectors.declaration_get_for_user(user=request.user, pk=pk)
    if not permissions.can_view_declared_interests(request.user, declaration):
        raise Http404
    record_personal_data_access(
        actor=permissions.acting_user(request), declaration=declaration, action="interest.export"
    )
    response = HttpResponse(render_declaration_pdf(declaration), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="interests-{declaration.official_id}-v{declaration.version}.pdf"'
    )
    return response


@require_POST
def acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    declaration = selectors.declaration_get_for_user(user=request.user, pk=pk)
    official = permissions.official_of(request.user)
    if official is None or not permissions.can_acknowledge_declaration(request.user, declaration):
        raise Http404
    form = AcknowledgeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The note is too long."))
        return redirect("declarations:interest_detail", declaration.pk)
    title = " ".join(t.position.title_th for t in official.tenures.filter(ended_on__isnull=True))
    try:
        declaration_acknowledge(
            actor=permissions.acting_user(request),
            official=official,
            title=title,
            declaration=declaration,
            note=form.cleaned_data["note"],
        )
        messages.success(request, _("The declaration has been acknowledged."))
    except InterestError as error:
        messages.error(request, str(error))
    return redirect("declarations:interests_to_acknowledge")


@require_GET
def acknowledge_inbox(request: HttpRequest) -> HttpResponse:
    _own_official(request)
    rows = selectors.acknowledgement_inbox(user=request.user)
    return render(request, "declarations/interests/to_acknowledge.html", {"declarations": rows})
