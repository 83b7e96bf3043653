"""The portal's URLs and one bare view: the reference for throughput, through the same middleware stack
(sessions, authentication, login required, security headers) but with no query and no template of its own."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.urls import path

from coi_portal.urls import handler500
from coi_portal.urls import urlpatterns as portal_urlpatterns

__all__ = ["handler500", "urlpatterns"]


def bare(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/bare/", bare, name="bench_bare"), *portal_urlpatterns]
