"""Public pages, open without login: an organization's published notices, the verification page of a
notice version, the check of a file by SHA-256 or upload, and the issued PDFs themselves.

Only issued versions are public: a draft's identifier shows nothing. An unknown identifier is answered
with a page that says so (a verification answer, not an error), and a PDF that cannot be served sends
the visitor to the verification page of its identifier, which explains why.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_not_required
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods

from declarations.models import Organization
from measures import selectors
from measures.documents import verify_url
from measures.forms import VerifyForm
from measures.verification import verify_pdf, verify_sha256
from measures.views_common import form_data

# Issued files never change: a browser or proxy may keep them for a year.
IMMUTABLE = "public, max-age=31536000, immutable"


@login_not_required
@require_GET
def public_list(request: HttpRequest, org: str) -> HttpResponse:
    organization = get_object_or_404(Organization, slug=org)
    context = {"organization": organization, "published": selectors.published_notices(organization)}
    return render(request, "measures/public/list.html", context)


@login_not_required
@require_GET
def verify_notice(request: HttpRequest, identifier: str) -> HttpResponse:
    notice = selectors.issued_notice_by_identifier(identifier)
    context: dict[str, Any] = {"identifier": identifier, "notice": notice, "form": VerifyForm()}
    if notice is not None:
        context.update(
            issues=selectors.issues_with_state(notice),
            versions=[v for v in selectors.versions_of(notice) if v.issued.exists()],
            verify_url=verify_url(identifier),
        )
    return render(request, "measures/public/verify_notice.html", context)


@login_not_required
@require_http_methods(["GET", "POST"])
def verify(request: HttpRequest) -> HttpResponse:
    form = VerifyForm(form_data(request), request.FILES or None)
    result = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        result = verify_pdf(data["file"]) if data["file"] else verify_sha256(data["sha256"])
    status = 400 if request.method == "POST" and form.errors else 200
    return render(request, "measures/public/verify.html", {"form": form, "result": result}, status=status)


@login_not_required
@require_GET
def issued_pdf(request: HttpRequest, identifier: str, issue: int) -> HttpResponseBase:
    """The stored file, byte for byte."""
    notice = selectors.issued_notice_by_identifier(identifier)
    document = notice.issued.filter(pk=issue).first() if notice is not None else None
    if document is None:
        return redirect("measures:verify_notice", identifier)
    response = FileResponse(document.file.open("rb"), content_type="application/pdf")
    version = document.notice
    response["Content-Disposition"] = (
        f'inline; filename="notice-{version.year_be}-v{version.version}-{document.sha256[:8]}.pdf"'
    )
    response["Cache-Control"] = IMMUTABLE
    response["X-Content-Type-Options"] = "nosniff"
    return response
