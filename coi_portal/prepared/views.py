"""The user's side of ``coi_portal.prepared``: ask for a document, follow it, download it.

Each page shows only the viewer's own documents: anyone else's is a 404, as is a kind the viewer may not
ask for."""

from __future__ import annotations

import uuid

from django.contrib.auth.models import User
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_POST

from coi_portal.models import PreparedDocument
from coi_portal.prepared import producers, services

PAGE_SIZE = 20
# While a document is being prepared its page reloads itself this often (seconds).
REFRESH_SECONDS = 3


def _own(request: HttpRequest, pk: uuid.UUID) -> PreparedDocument:
    assert isinstance(request.user, User)
    return get_object_or_404(PreparedDocument, pk=pk, requested_by=request.user)


@require_POST
def prepare(request: HttpRequest, kind: str) -> HttpResponse:
    producer = producers().get(kind)
    if producer is None or not producer.allowed(request.user):
        raise Http404
    form = producer.form(request.POST)
    if not form.is_valid():
        return render(request, "coi_portal/prepared/refused.html", {"form": form}, status=400)
    assert isinstance(request.user, User)
    try:
        document = services.document_request(
            actor=request.user, producer=producer, parameters=form.cleaned_data
        )
    except services.PrepareError as error:
        return render(request, "coi_portal/prepared/refused.html", {"message": str(error)}, status=429)
    return redirect("prepared:detail", pk=document.pk)


@require_GET
def document_list(request: HttpRequest) -> HttpResponse:
    assert isinstance(request.user, User)
    documents = PreparedDocument.objects.filter(requested_by=request.user).order_by("-requested_at")
    page = Paginator(documents, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "coi_portal/prepared/list.html", {"page": page})


@require_GET
def detail(request: HttpRequest, pk: uuid.UUID) -> HttpResponse:
    document = _own(request, pk)
    context = {
        "document": document,
        "refresh": REFRESH_SECONDS if document.pending else None,
        "expires_at": services.expires_at(document),
        "failure": services.failure_message(document) if document.status == document.Status.FAILED else "",
    }
    return render(request, "coi_portal/prepared/detail.html", context)


@require_GET
def download(request: HttpRequest, pk: uuid.UUID) -> FileResponse:
    document = _own(request, pk)
    if document.status != document.Status.READY or not document.file:
        raise Http404
    assert isinstance(request.user, User)
    services.document_downloaded(actor=request.user, document=document)
    response = FileResponse(document.file.open("rb"), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{document.filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
