"""A meeting's agenda (administrators), the officials' interest declarations before a measure-5 meeting,
and a village meeting's resolutions (administrators)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from coi_portal import permissions
from meetings import selectors, services
from meetings.forms import AgendaForm, InterestForm, ResolutionForm
from meetings.models import AgendaItem, InterestDeclaration
from meetings.services import MeetingError
from meetings.views_keep import HELD, OPEN, form_page, kept_meeting


@require_http_methods(["GET", "POST"])
def agenda(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = kept_meeting(request, pk, statuses=OPEN)
    form = AgendaForm(request.POST or None)
    actor = permissions.acting_user(request)

    def save(data: dict[str, Any]) -> None:
        services.agenda_add(actor=actor, meeting=meeting, **data)

    return form_page(
        request, meeting, form, save, _("The agenda item has been added."), "meetings/agenda.html"
    )


@require_POST
def agenda_remove(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    meeting = kept_meeting(request, pk)
    item = get_object_or_404(AgendaItem, pk=item_pk, meeting=meeting)
    try:
        services.agenda_remove(actor=permissions.acting_user(request), item=item)
        messages.success(request, _("The agenda item has been removed."))
    except MeetingError as error:
        messages.error(request, str(error))
    return redirect("meetings:detail", meeting.pk)


@require_http_methods(["GET", "POST"])
def interests(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = selectors.meeting_get_for_user(user=request.user, pk=pk)
    own = permissions.official_of(request.user)
    if own is None or not permissions.can_declare_meeting_interests(request.user, meeting):
        raise Http404
    items = list(meeting.agenda.all())
    given = {d.item_id: d for d in InterestDeclaration.objects.filter(item__meeting=meeting, official=own)}
    initial: dict[str, Any] = {}
    for item_pk, declaration in given.items():
        initial[f"item-{item_pk}"] = "yes" if declaration.has_interest else "no"
        initial[f"note-{item_pk}"] = declaration.note
    form = InterestForm(request.POST or None, items=items, initial=initial)
    actor = permissions.acting_user(request)

    def save(data: dict[str, Any]) -> None:
        services.interests_declare(actor=actor, official=own, meeting=meeting, answers=form.answers())

    done = _("Your declarations have been recorded.")
    return form_page(request, meeting, form, save, done, "meetings/interests.html")


@require_http_methods(["GET", "POST"])
def resolutions(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = kept_meeting(request, pk, statuses=HELD)
    if not meeting.is_village_meeting:
        raise Http404
    form = ResolutionForm(request.POST or None)
    actor = permissions.acting_user(request)

    def save(data: dict[str, Any]) -> None:
        services.resolution_add(actor=actor, meeting=meeting, **data)

    done = _("The resolution has been recorded.")
    return form_page(request, meeting, form, save, done, "meetings/resolutions.html")
