"""Filing a gift: the form, drafts, submission and the filing's page."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from coi_portal import permissions
from coi_portal.rules import rules_for
from declarations.selectors import contracts_matching
from gifts import selectors, services
from gifts.assessment import facts_from, preview
from gifts.forms import GiftForm
from gifts.models import GiftFiling
from gifts.routing import offices_on
from gifts.services import GiftError
from legal.routing import Office


def _preview_context(request: HttpRequest, form: GiftForm) -> dict[str, object]:
    official = permissions.official_of(request.user)
    assert official is not None
    data = form.cleaned_data
    offices = [Office(p.office) for p in offices_on(official, data["received_on"])]
    facts = facts_from(data, left_office_on=official.left_office_on)
    return {"preview": preview(facts, offices, rules=rules_for(official.organization))}


def _save(request: HttpRequest, form: GiftForm, filing: GiftFiling | None) -> GiftFiling:
    official = permissions.official_of(request.user)
    assert official is not None
    files = form.cleaned_data.get("attachments") or []
    if filing is None:
        filing = services.draft_create(
            actor=permissions.acting_user(request), filer=official, facts=form.facts(), files=files
        )
    else:
        services.draft_update(
            actor=permissions.acting_user(request), filing=filing, facts=form.facts(), files=files
        )
    if request.POST.get("action") == "submit":
        filing = services.filing_submit(actor=permissions.acting_user(request), filing=filing)
        messages.success(request, _("Your filing has been sent."))
    else:
        messages.success(request, _("Your draft has been saved."))
    return filing


def _form_page(request: HttpRequest, filing: GiftFiling | None, initial: dict[str, object]) -> HttpResponse:
    answering = filing is not None and filing.status == "more_info"
    form = GiftForm(request.POST or None, request.FILES or None, initial=initial, answering=answering)
    context: dict[str, object] = {"form": form, "filing": filing}
    if request.method == "POST" and form.is_valid():
        if request.POST.get("action") == "preview":
            context.update(_preview_context(request, form))
        else:
            try:
                return redirect("gifts:detail", _save(request, form, filing).pk)
            except GiftError as error:
                messages.error(request, str(error))
                status = 400
                return render(request, "gifts/form.html", context, status=status)
    status = 400 if request.method == "POST" and form.errors else 200
    return render(request, "gifts/form.html", context, status=status)


@require_http_methods(["GET", "POST"])
def new(request: HttpRequest) -> HttpResponse:
    if not permissions.can_file_gift(request.user):
        raise Http404
    return _form_page(request, None, {"received_on": timezone.localdate(), "giver_relation": "none"})


@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    filing = selectors.filing_get_for_user(user=request.user, pk=pk)
    if not permissions.can_edit_filing(request.user, filing):
        raise Http404
    version = services.latest_version(filing)
    initial = {name: getattr(version, name) for name in services.common.FACT_FIELDS}
    return _form_page(request, filing, initial)


@require_POST
def submit(request: HttpRequest, pk: int) -> HttpResponse:
    filing = selectors.filing_get_for_user(user=request.user, pk=pk)
    if not permissions.can_edit_filing(request.user, filing):
        raise Http404
    try:
        services.filing_submit(actor=permissions.acting_user(request), filing=filing)
        messages.success(request, _("Your filing has been sent."))
    except GiftError as error:
        messages.error(request, str(error))
    return redirect("gifts:detail", filing.pk)


@require_GET
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    filing = selectors.with_notes(selectors.filing_get_for_user(user=request.user, pk=pk))
    versions = selectors.versions_of(filing)
    current = versions[-1]
    submitted = [v for v in versions if v.submitted_at]
    context = {
        "filing": filing,
        "version": current,
        "assessed": submitted[-1] if submitted else None,
        "versions": versions,
        "changes": selectors.version_changes(submitted),
        "giver_total": selectors.giver_total_this_year(current) if submitted else None,
        "giver_contracts": contracts_matching(
            filing.organization, name=current.giver_organization or current.giver_name
        )[:3],
        "ruling_overdue": selectors.is_ruling_overdue(filing),
        "return_overdue": selectors.is_return_overdue(filing),
        **selectors.detail_capabilities(request.user, filing),
    }
    return render(request, "gifts/detail.html", context)


@require_GET
def mine(request: HttpRequest) -> HttpResponse:
    if not permissions.can_file_gift(request.user):
        raise Http404
    return render(request, "gifts/mine.html", {"filings": selectors.my_filings(user=request.user)})
