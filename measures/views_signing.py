"""Signing a notice (the signer, with their own certificate and password), sealing it (an administrator,
with the organization's seal), and the organization's certificates."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from coi_portal import permissions
from coi_portal.security.reauth import require_recent_authentication
from measures import selectors, services
from measures.forms import CertificateUploadForm, SignForm
from measures.models import Notice, SignerCertificate
from measures.services import MeasureError
from measures.views_common import form_data


@never_cache
@require_http_methods(["GET", "POST"])
@require_recent_authentication
def sign(request: HttpRequest, pk: int) -> HttpResponse:
    notice = selectors.notice_get_for_user(user=request.user, pk=pk)
    if not permissions.can_sign_notice(request.user, notice):
        raise Http404
    official = permissions.official_of(request.user)
    certificate = selectors.personal_certificate(official) if official else None
    return _issue(request, notice, certificate, seal=False)


@never_cache
@require_http_methods(["GET", "POST"])
@require_recent_authentication
def seal(request: HttpRequest, pk: int) -> HttpResponse:
    notice = selectors.notice_get_for_user(user=request.user, pk=pk)
    certificate = selectors.seal_certificate(notice.organization)
    if not permissions.can_seal_notice(request.user, notice) or certificate is None:
        raise Http404
    return _issue(request, notice, certificate, seal=True)


def _issue(
    request: HttpRequest, notice: Notice, certificate: SignerCertificate | None, *, seal: bool
) -> HttpResponse:
    form = SignForm(form_data(request))
    if request.method == "POST" and form.is_valid() and certificate is not None:
        try:
            issued = services.notice_sign(
                actor=permissions.acting_user(request),
                notice=notice,
                certificate=certificate,
                password=form.cleaned_data["password"],
            )
            messages.success(request, _("The notice is signed. Its verification page is public."))
            return redirect("measures:verify_notice", issued.notice.identifier)
        except MeasureError as error:
            form.add_error(None, str(error))
    status = 400 if request.method == "POST" else 200
    context = {"notice": notice, "certificate": certificate, "form": form, "seal": seal}
    return render(request, "measures/sign.html", context, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def certificates(request: HttpRequest) -> HttpResponse:
    organization = permissions.organization_of(request.user)
    if organization is None or not permissions.can_manage_certificates(request.user):
        raise Http404
    form = CertificateUploadForm(form_data(request), request.FILES or None, organization=organization)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.certificate_upload(
                actor=permissions.acting_user(request),
                organization=organization,
                kind=data["kind"],
                official=data["official"],
                data=data["file"],
                password=data["password"],
            )
            messages.success(request, _("The certificate has been stored. Its password was not kept."))
            return redirect("measures:certificates")
        except MeasureError as error:
            form.add_error(None, str(error))
    status = 400 if request.method == "POST" else 200
    context = {"form": form, "certificates": selectors.certificates_of(organization)}
    return render(request, "measures/certificates.html", context, status=status)
