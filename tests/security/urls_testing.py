"""The portal's URLconf plus three views that exist only for tests: a grave act behind a fresh password, a
view that fails, and one whose permission check raises."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.views.decorators.http import require_http_methods

from coi_portal.security.reauth import require_recent_authentication
from coi_portal.urls import handler500
from coi_portal.urls import urlpatterns as portal_urlpatterns

__all__ = ["handler500", "urlpatterns"]


@require_recent_authentication
@require_http_methods(["GET", "POST"])
def grave_act(request: HttpRequest) -> HttpResponse:
    return HttpResponse("done" if request.method == "POST" else "form")


def failing(request: HttpRequest) -> HttpResponse:
    raise RuntimeError("secret detail: connection string postgres://admin:hunter2@db")


def forbidden(request: HttpRequest) -> HttpResponse:
    raise PermissionDenied


urlpatterns = [
    *portal_urlpatterns,
    path("test-only/grave/", grave_act, name="test_grave"),
    path("test-only/fail/", failing, name="test_fail"),
    path("test-only/forbidden/", forbidden, name="test_forbidden"),
]
