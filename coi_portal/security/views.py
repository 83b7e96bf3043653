"""The account's security pages: two-step verification (TOTP app and backup codes), confirming the password
again before a grave act, and the password change that tells the owner by e-mail."""

from __future__ import annotations

import base64
from typing import Any

import django_otp
import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import authenticate
from django.contrib.auth import views as auth_views
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key

from coi_portal import permissions
from coi_portal.security import reauth, services
from coi_portal.security.forms import EnrolForm, PasswordConfirmForm, TokenForm
from coi_portal.security.middleware import second_factor_exempt
from coi_portal.security.second_factor import is_pending

ENROL_KEY = "security_enrol_key"
NEW_CODES = "security_new_codes"


def _next(request: HttpRequest) -> str:
    """Where to go afterwards: the ``next`` parameter when it stays on this site, else the home page."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(target, {request.get_host()}, require_https=request.is_secure())
    return target if safe else reverse("home")


def _pass_session(request: HttpRequest, device: Any) -> None:
    """The session has passed its second factor: remember the device and change the session key."""
    django_otp.login(request, device)
    request.session.cycle_key()


@require_http_methods(["GET"])
def overview(request: HttpRequest) -> HttpResponse:
    user = permissions.acting_user(request)
    context = {
        "enrolled": TOTPDevice.objects.filter(user=user, confirmed=True).exists(),
        "codes_left": StaticToken.objects.filter(device__user=user, device__confirmed=True).count(),
        "required": permissions.is_second_factor_required(user),
        "may_turn_off": permissions.can_turn_off_second_factor(user),
    }
    return render(request, "coi_portal/security/overview.html", context)


def _qr_context(request: HttpRequest, key_hex: str) -> dict[str, Any]:
    device = TOTPDevice(user=permissions.acting_user(request), key=key_hex)
    secret = base64.b32encode(bytes.fromhex(key_hex)).decode()
    return {
        "qr": segno.make(device.config_url, error="m").svg_data_uri(scale=5, border=2),
        "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
    }


@second_factor_exempt
@require_http_methods(["GET", "POST"])
def enroll(request: HttpRequest) -> HttpResponse:
    """Scan the QR code (or type the key) into an authenticator app, then type the code it shows."""
    user = permissions.acting_user(request)
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        return redirect("security:overview")
    key_hex = request.session.setdefault(ENROL_KEY, default_key())
    form = EnrolForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device, codes = services.second_factor_enrol(
                actor=user, key_hex=key_hex, token=form.cleaned_data["token"]
            )
        except services.SecurityError as error:
            form.add_error("token", str(error))
        else:
            del request.session[ENROL_KEY]
            request.session[NEW_CODES] = codes
            _pass_session(request, device)
            messages.success(request, _("Two-step verification is on."))
            return redirect(f"{reverse('security:backup_codes')}?next={_next(request)}")
    context = {"form": form, "next": _next(request), **_qr_context(request, key_hex)}
    return render(request, "coi_portal/security/enroll.html", context, status=400 if form.errors else 200)


@second_factor_exempt
@require_http_methods(["GET", "POST"])
def verify(request: HttpRequest) -> HttpResponse:
    """The step after the password for an account with two-step verification."""
    user = permissions.acting_user(request)
    if not is_pending(request):
        return HttpResponseRedirect(_next(request))
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = services.second_factor_check(actor=user, token=form.cleaned_data["token"])
        if device is not None:
            _pass_session(request, device)
            return HttpResponseRedirect(_next(request))
        form.add_error(
            "token",
            _("The code is not right, or too many wrong codes were typed: wait a minute and try again."),
        )
    context = {"form": form, "next": _next(request)}
    return render(request, "coi_portal/security/verify.html", context, status=400 if form.errors else 200)


@require_http_methods(["GET", "POST"])
def backup_codes(request: HttpRequest) -> HttpResponse:
    """New backup codes are shown once, right after they are made; POST makes new ones."""
    user = permissions.acting_user(request)
    if request.method == "POST":
        try:
            request.session[NEW_CODES] = services.backup_codes_renew(actor=user)
        except services.SecurityError as error:
            messages.error(request, str(error))
            return redirect("security:overview")
        return redirect("security:backup_codes")
    codes = request.session.pop(NEW_CODES, None)
    left = StaticToken.objects.filter(device__user=user, device__confirmed=True).count()
    context = {"codes": codes, "codes_left": left, "next": _next(request)}
    return render(request, "coi_portal/security/backup_codes.html", context)


@require_POST
def remove(request: HttpRequest) -> HttpResponse:
    user = permissions.acting_user(request)
    if not permissions.can_turn_off_second_factor(user):
        raise Http404
    services.second_factor_remove(actor=user)
    messages.success(request, _("Two-step verification is off."))
    return redirect("security:overview")


@require_http_methods(["GET", "POST"])
def reauthenticate(request: HttpRequest) -> HttpResponse:
    """Type the password again before a ruling or a signature (ASVS 3.7.1); failures count towards the
    log-in lockout."""
    user = permissions.acting_user(request)
    form: Form = PasswordConfirmForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        again = authenticate(request, username=user.get_username(), password=form.cleaned_data["password"])
        if again is not None and again.pk == user.pk:
            reauth.mark(request)
            return HttpResponseRedirect(_next(request))
        form.add_error("password", _("The password is not right."))
    context = {"form": form, "next": _next(request), "minutes": settings.RECENT_AUTHENTICATION_SECONDS // 60}
    return render(
        request, "coi_portal/security/reauthenticate.html", context, status=400 if form.errors else 200
    )


class PasswordChangeView(auth_views.PasswordChangeView):
    """Django's password change, which also tells the owner by e-mail (ASVS 2.2.3) and keeps an entry."""

    def form_valid(self, form: Any) -> HttpResponse:
        response = super().form_valid(form)
        services.password_changed(actor=permissions.acting_user(self.request))
        return response
