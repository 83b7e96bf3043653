"""Fresh authentication before grave acts (ASVS 3.7.1): a ruling or a signature needs a password typed in the
last ``RECENT_AUTHENTICATION_SECONDS``: at login, on the confirmation page, or in the password field that
the form itself shows when it is needed (``{% recent_password_field %}``), so nothing typed is lost."""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import authenticate
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

SESSION_KEY = "security_reauth_at"
PASSWORD_FIELD = "confirm_password"  # noqa: S105 - the name of a form field


def mark(request: HttpRequest) -> None:
    request.session[SESSION_KEY] = time.time()


def is_recent(request: HttpRequest) -> bool:
    """The password was typed recently: at login (the account's last login) or on the confirmation page."""
    last_login = getattr(request.user, "last_login", None)
    times = [request.session.get(SESSION_KEY, 0.0), last_login.timestamp() if last_login else 0.0]
    return time.time() - max(times) <= settings.RECENT_AUTHENTICATION_SECONDS


def _confirmed_in_form(request: HttpRequest) -> bool:
    """The form carried the password: check it the way a log-in is checked (failures count towards the
    lockout) and remember the confirmation."""
    password = request.POST.get(PASSWORD_FIELD, "")
    user = request.user
    if not password or not user.is_authenticated:
        return False
    again = authenticate(request, username=user.get_username(), password=password)
    if again is None or again.pk != user.pk:
        return False
    mark(request)
    return True


def require_recent_authentication(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """A POST to ``view`` without a recent password is sent to the confirmation page, which returns to the
    same page (its GET) so the form can be sent again; GETs pass."""

    @functools.wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "POST" and not is_recent(request) and not _confirmed_in_form(request):
            query = urlencode({"next": request.get_full_path()})
            return HttpResponseRedirect(f"{reverse('security:reauthenticate')}?{query}")
        return view(request, *args, **kwargs)

    return wrapped
