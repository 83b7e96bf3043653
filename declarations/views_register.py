"""The contract register: list, entry by hand, CSV import with a preview, a contract's page, its bidders."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from coi_portal import permissions
from declarations import contract_csv
from declarations import selectors_interests as selectors
from declarations import services_register as services
from declarations.errors import InterestError
from declarations.forms_register import BidderForm, ContractForm, ContractImportForm
from declarations.models import Contract, ContractImport
from declarations.services_register import CONTRACT_FIELDS


def _may_manage(request: HttpRequest) -> None:
    if not permissions.can_manage_contracts(request.user):
        raise Http404


@require_GET
def contract_list(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_contract_register(request.user):
        raise Http404
    query = request.GET.get("q", "")[:100]
    page = Paginator(selectors.contracts_visible_to(user=request.user, query=query), 50).get_page(
        request.GET.get("page")
    )
    context = {"page": page, "q": query, "can_manage": permissions.can_manage_contracts(request.user)}
    return render(request, "declarations/contracts/list.html", context)


def _contract_form(request: HttpRequest, contract: Contract | None) -> HttpResponse:
    initial = {name: getattr(contract, name) for name in CONTRACT_FIELDS} if contract else {}
    form = ContractForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            if contract is None:
                organization = permissions.organization_of(request.user)
                assert organization is not None
                contract = services.contract_create(
                    actor=permissions.acting_user(request), organization=organization, data=form.cleaned_data
                )
            else:
                services.contract_update(
                    actor=permissions.acting_user(request), contract=contract, data=form.cleaned_data
                )
            messages.success(
                request, _("The contract has been saved and the declarations checked against it.")
            )
            return redirect("declarations:contract_detail", contract.pk)
        except InterestError as error:
            form.add_error("contract_number", str(error))
    status = 400 if request.method == "POST" else 200
    return render(
        request, "declarations/contracts/form.html", {"form": form, "contract": contract}, status=status
    )


@require_http_methods(["GET", "POST"])
def contract_new(request: HttpRequest) -> HttpResponse:
    _may_manage(request)
    return _contract_form(request, None)


@require_http_methods(["GET", "POST"])
def contract_edit(request: HttpRequest, pk: int) -> HttpResponse:
    contract = selectors.contract_get_for_user(user=request.user, pk=pk)
    _may_manage(request)
    return _contract_form(request, contract)


@require_GET
def contract_detail(request: HttpRequest, pk: int) -> HttpResponse:
    contract = selectors.contract_get_for_user(user=request.user, pk=pk)
    context = {
        "contract": contract,
        "bidders": contract.bidders.all(),
        "committees": contract.committees.all(),
        "findings": selectors.ordered(contract.findings.filter(status="open")),
        "can_manage": permissions.can_manage_contracts(request.user),
        "can_manage_committees": permissions.can_manage_committees(request.user),
        "bidder_form": BidderForm(),
    }
    return render(request, "declarations/contracts/detail.html", context)


@require_POST
def contract_delete(request: HttpRequest, pk: int) -> HttpResponse:
    contract = selectors.contract_get_for_user(user=request.user, pk=pk)
    _may_manage(request)
    try:
        services.contract_delete(actor=permissions.acting_user(request), contract=contract)
    except InterestError as error:
        messages.error(request, str(error))
        return redirect("declarations:contract_detail", contract.pk)
    messages.success(request, _("The contract has been removed from the register."))
    return redirect("declarations:contract_list")


@require_POST
def bidder_add(request: HttpRequest, pk: int) -> HttpResponse:
    contract = selectors.contract_get_for_user(user=request.user, pk=pk)
    _may_manage(request)
    form = BidderForm(request.POST)
    if form.is_valid():
        try:
            services.bidder_add(
                actor=permissions.acting_user(request), contract=contract, **form.cleaned_data
            )
            messages.success(request, _("The bidder has been added."))
        except InterestError as error:
            messages.error(request, str(error))
    else:
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
    return redirect("declarations:contract_detail", contract.pk)


@require_http_methods(["GET", "POST"])
def contract_import(request: HttpRequest) -> HttpResponse:
    """Upload a CSV file: every row is checked and shown; nothing is stored until the preview is confirmed."""
    _may_manage(request)
    form = ContractImportForm(request.POST or None, request.FILES or None)
    context: dict[str, object] = {"form": form, "columns": contract_csv.COLUMNS}
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        organization = permissions.organization_of(request.user)
        assert organization is not None
        result, batch = services.import_preview(
            actor=permissions.acting_user(request),
            organization=organization,
            file_name=upload.name or "",
            raw=upload.read(),
        )
        context.update({"result": result, "batch": batch})
        return render(request, "declarations/contracts/import.html", context, status=200 if batch else 400)
    status = 400 if request.method == "POST" else 200
    return render(request, "declarations/contracts/import.html", context, status=status)


@require_POST
def contract_import_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    _may_manage(request)
    organization = permissions.organization_of(request.user)
    batch = ContractImport.objects.filter(pk=pk, organization=organization, imported_at__isnull=True).first()
    if batch is None:
        raise Http404
    try:
        count = services.import_confirm(actor=permissions.acting_user(request), batch=batch)
    except InterestError as error:
        messages.error(request, str(error))
        return redirect("declarations:contract_import")
    messages.success(request, _("%(count)s contracts have been imported.") % {"count": count})
    return redirect("declarations:contract_list")


@require_GET
def contract_import_template(request: HttpRequest) -> HttpResponse:
    _may_manage(request)
    response = HttpResponse(contract_csv.template_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="contract-register-template.csv"'
    return response
