"""Session rules for every protected page: expiry, the second factor, and no caching.

Runs after ``LoginRequiredMiddleware``, so its ``process_view`` sees only logged-in users on views that need a
login; public views (``login_not_required``) and the health check are left alone, which keeps ``/healthz``
free of session and database work.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.contrib.auth.views import redirect_to_login
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.cache import patch_cache_control

from coi_portal.security import second_factor

LOGIN_AT = "security_login_at"
SEEN_AT = "security_seen_at"
# The last-seen time is written at most this often, so most requests do not save the session.
SEEN_RESOLUTION = 60


def second_factor_exempt(view: Callable[..., Any]) -> Callable[..., Any]:
    """Mark a view that a session waiting for its second factor may still use (verification, log-out)."""
    view.second_factor_exempt = True  # type: ignore[attr-defined]
    return view


@receiver(user_logged_in)
def stamp_login(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    """The absolute lifetime counts from the login itself. (Connected when this module is loaded, with the
    middleware, before any request; a session without the stamp counts from its first protected request.)"""
    if request is not None and hasattr(request, "session"):
        request.session[LOGIN_AT] = request.session[SEEN_AT] = time.time()


def session_expired(request: HttpRequest, now: float) -> bool:
    """Idle for longer than ``SESSION_IDLE_TIMEOUT`` or logged in longer than ``SESSION_ABSOLUTE_TIMEOUT``."""
    session = request.session
    login_at = session.setdefault(LOGIN_AT, now)
    seen_at = session.get(SEEN_AT, login_at)
    return now - seen_at > settings.SESSION_IDLE_TIMEOUT or now - login_at > settings.SESSION_ABSOLUTE_TIMEOUT


class SessionSecurityMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if getattr(request, "_security_no_store", False):
            # ASVS 8.2.1: pages behind the login are never kept by the browser or a proxy.
            patch_cache_control(response, private=True, no_store=True)
        return response

    def process_view(
        self, request: HttpRequest, view: Callable[..., Any], args: Any, kwargs: Any
    ) -> HttpResponse | None:
        if not getattr(view, "login_required", True) or not request.user.is_authenticated:
            return None
        request._security_no_store = True  # type: ignore[attr-defined]
        now = time.time()
        if session_expired(request, now):
            logout(request)
            return redirect_to_login(request.get_full_path())
        if now - request.session.get(SEEN_AT, 0) > SEEN_RESOLUTION:
            request.session[SEEN_AT] = now
        if second_factor.is_pending(request) and not getattr(view, "second_factor_exempt", False):
            return HttpResponseRedirect(second_factor.next_step_url(request, request.get_full_path()))
        return None
