"""Yearly declaration rounds: the list, opening one, and who has (not) filed."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from coi_portal import permissions
from declarations import selectors_interests as selectors
from declarations.errors import InterestError
from declarations.forms_register import RoundForm
from declarations.services_rounds import round_open


@require_GET
def round_list(request: HttpRequest) -> HttpResponse:
    if not permissions.can_view_declaration_rounds(request.user):
        raise Http404
    context = {
        "rounds": selectors.rounds_visible_to(user=request.user),
        "can_manage": permissions.can_manage_declaration_rounds(request.user),
    }
    return render(request, "declarations/rounds/list.html", context)


@require_http_methods(["GET", "POST"])
def round_new(request: HttpRequest) -> HttpResponse:
    if not permissions.can_manage_declaration_rounds(request.user):
        raise Http404
    form = RoundForm(request.POST or None, initial=RoundForm.initial_for(timezone.localdate()))
    if request.method == "POST" and form.is_valid():
        organization = permissions.organization_of(request.user)
        assert organization is not None
        try:
            round_ = round_open(
                actor=permissions.acting_user(request), organization=organization, **form.values()
            )
            messages.success(request, _("The round is open."))
            return redirect("declarations:round_detail", round_.pk)
        except InterestError as error:
            messages.error(request, str(error))
    status = 400 if request.method == "POST" else 200
    return render(request, "declarations/rounds/form.html", {"form": form}, status=status)


@require_GET
def round_detail(request: HttpRequest, pk: int) -> HttpResponse:
    round_ = selectors.round_get_for_user(user=request.user, pk=pk)
    waiting, filed = selectors.round_members(round_)
    today = timezone.localdate()
    context = {
        "round": round_,
        "waiting": waiting,
        "filed": filed,
        "overdue": today > round_.due_on,
        "today": today,
    }
    return render(request, "declarations/rounds/detail.html", context)
