"""Pages about the organization's people."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from coi_portal import permissions
from declarations.selectors import official_get_for_user, officials_visible_to


@require_GET
def people_list(request: HttpRequest) -> HttpResponse:
    if not permissions.can_read_organization_records(request.user):
        raise Http404
    page = Paginator(officials_visible_to(user=request.user), 50).get_page(request.GET.get("page"))
    return render(request, "declarations/people_list.html", {"page": page, "today": timezone.localdate()})


@require_GET
def official_detail(request: HttpRequest, pk: int) -> HttpResponse:
    official = official_get_for_user(user=request.user, pk=pk)
    return render(request, "declarations/official_detail.html", {"official": official})
