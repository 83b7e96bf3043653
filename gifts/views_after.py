"""After the ruling (return, custody) and the filing's files: attachments and documents."""

from __future__ import annotations

from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from coi_portal import permissions
from gifts import selectors, services
from gifts.documents import render_nacc_letter_pdf
from gifts.forms import CustodyForm, ReturnForm
from gifts.models import Attachment, Ruling
from gifts.services import GiftError
from gifts.workflow import Status


@require_http_methods(["GET", "POST"])
def record_return(request: HttpRequest, pk: int) -> HttpResponse:
    filing = selectors.filing_get_for_user(user=request.user, pk=pk)
    if not permissions.can_record_return(request.user, filing):
        raise Http404
    form = ReturnForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.return_record(
                actor=permissions.acting_user(request),
                filing=filing,
                returned_on=data["returned_on"],
                method=data["method"],
                note=data["note"],
                evidence=data["evidence"][0] if data["evidence"] else None,
            )
            messages.success(request, _("The return has been recorded and the filing is closed."))
            return redirect("gifts:detail", filing.pk)
        except GiftError as error:
            messages.error(request, str(error))
    status = 400 if request.method == "POST" else 200
    return render(request, "gifts/return.html", {"filing": filing, "form": form}, status=status)


@require_http_methods(["GET", "POST"])
def custody(request: HttpRequest, pk: int) -> HttpResponse:
    filing = selectors.filing_get_for_user(user=request.user, pk=pk)
    if not permissions.can_keep_custody(request.user, filing):
        raise Http404
    form = CustodyForm(request.POST or None, initial={"kind": "received"})
    if request.method == "POST" and form.is_valid():
        try:
            services.custody_add(actor=permissions.acting_user(request), filing=filing, **form.cleaned_data)
            messages.success(request, _("The custody ledger has been updated."))
            return redirect("gifts:detail", filing.pk)
        except GiftError as error:
            messages.error(request, str(error))
    status = 400 if request.method == "POST" else 200
    context = {"filing": filing, "form": form, "entries": filing.custody.all()}
    return render(request, "gifts/custody.html", context, status=status)


def _pdf(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_GET
def ruling_pdf(request: HttpRequest, pk: int) -> HttpResponseBase:
    filing = selectors.filing_get_for_user(user=request.user, pk=pk)
    ruling = Ruling.objects.filter(filing=filing).first()
    if ruling is None or not ruling.document:
        raise Http404
    response = FileResponse(ruling.document.open("rb"), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="ruling-{filing.pk}.pdf"'
    return response


@require_GET
def nacc_letter_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    filing = selectors.filing_get_for_user(user=request.user, pk=pk)
    if filing.recipient != "nacc" or filing.status not in (Status.AWAITING_NACC, Status.RULED, Status.CLOSED):
        raise Http404
    return _pdf(render_nacc_letter_pdf(filing), f"nacc-report-{filing.pk}.pdf")


@require_GET
def attachment(request: HttpRequest, pk: int, attachment_pk: int) -> HttpResponseBase:
    """Served only to those who may see the filing, never from a public URL."""
    filing = selectors.filing_get_for_user(user=request.user, pk=pk)
    item = get_object_or_404(Attachment, pk=attachment_pk, version__filing=filing)
    response = FileResponse(item.file.open("rb"), content_type=item.content_type)
    disposition = "inline" if item.content_type.startswith("image/") else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="attachment-{item.pk}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
