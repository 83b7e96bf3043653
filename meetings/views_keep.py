"""Keeping a meeting (administrators): move, cancel, record attendance, minutes and photos; and the
meeting's stored files, served only to accounts of its organization."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from coi_portal import permissions
from declarations.models import Official
from meetings import selectors, services
from meetings.expected import expected_officials
from meetings.forms import AttendanceForm, CancelForm, MinutesForm, MoveForm, PhotoForm
from meetings.models import Meeting, MeetingStatus, Minutes, Photo
from meetings.services import MeetingError


def kept_meeting(request: HttpRequest, pk: int, *, statuses: tuple[str, ...] = ()) -> Meeting:
    """The meeting if the viewer may keep it (and it is in one of ``statuses``, when given), else 404."""
    meeting = selectors.meeting_get_for_user(user=request.user, pk=pk)
    if not permissions.can_keep_meeting(request.user, meeting):
        raise Http404
    if statuses and meeting.status not in statuses:
        raise Http404
    return meeting


OPEN = (MeetingStatus.PLANNED, MeetingStatus.MOVED)
HELD = (MeetingStatus.HELD,)


def form_page(
    request: HttpRequest, meeting: Meeting, form: Any, save: Any, done: str, template: str
) -> HttpResponse:
    """GET shows the form; a valid POST runs ``save(cleaned_data)`` and returns to the meeting."""
    if request.method == "POST" and form.is_valid():
        try:
            save(form.cleaned_data)
            messages.success(request, done)
            return redirect("meetings:detail", meeting.pk)
        except MeetingError as error:
            messages.error(request, str(error))
    status = 400 if request.method == "POST" else 200
    return render(request, template, {"meeting": meeting, "form": form}, status=status)


@require_http_methods(["GET", "POST"])
def move(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = kept_meeting(request, pk, statuses=OPEN)
    initial = {"date": meeting.date, "start_time": meeting.start_time, "end_time": meeting.end_time}
    form = MoveForm(request.POST or None, initial={**initial, "place": meeting.place})
    actor = permissions.acting_user(request)

    def save(data: dict[str, Any]) -> None:
        services.meeting_move(actor=actor, meeting=meeting, **data)

    return form_page(request, meeting, form, save, _("The meeting has been moved."), "meetings/move.html")


@require_http_methods(["GET", "POST"])
def cancel(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = kept_meeting(request, pk, statuses=OPEN)
    form = CancelForm(request.POST or None)
    actor = permissions.acting_user(request)

    def save(data: dict[str, Any]) -> None:
        services.meeting_cancel(actor=actor, meeting=meeting, reason=data["reason"])

    return form_page(
        request, meeting, form, save, _("The meeting has been cancelled."), "meetings/cancel.html"
    )


@require_http_methods(["GET", "POST"])
def attendance(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = kept_meeting(request, pk, statuses=(*OPEN, *HELD))
    present = [a.official_id for a in meeting.attendees.all() if a.official_id]
    initial = {
        "officials": present or [o.pk for o in expected_officials(meeting)],
        "citizens": meeting.citizens,
    }
    form = AttendanceForm(
        request.POST or None,
        initial=initial,
        officials=Official.objects.filter(organization=meeting.organization).order_by("first_name_th"),
        village_meeting=meeting.is_village_meeting,
    )
    actor = permissions.acting_user(request)

    def save(data: dict[str, Any]) -> None:
        services.meeting_record_held(
            actor=actor,
            meeting=meeting,
            officials=list(data["officials"]),
            others=data["others"],
            citizens=data.get("citizens"),
        )

    done = _("The meeting is recorded as held.")
    return form_page(request, meeting, form, save, done, "meetings/attendance.html")


@require_http_methods(["GET", "POST"])
def minutes(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = kept_meeting(request, pk, statuses=HELD)
    existing = Minutes.objects.filter(meeting=meeting).first()
    form = MinutesForm(
        request.POST or None, request.FILES or None, initial={"text": existing.text if existing else ""}
    )
    actor = permissions.acting_user(request)

    def save(data: dict[str, Any]) -> None:
        services.minutes_record(actor=actor, meeting=meeting, text=data["text"], file=data["file"])

    return form_page(request, meeting, form, save, _("The minutes have been saved."), "meetings/minutes.html")


@require_http_methods(["GET", "POST"])
def photos(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = kept_meeting(request, pk, statuses=HELD)
    form = PhotoForm(request.POST or None, request.FILES or None)
    actor = permissions.acting_user(request)

    def save(data: dict[str, Any]) -> None:
        services.photo_add(actor=actor, meeting=meeting, file=data["file"], caption=data["caption"])

    return form_page(request, meeting, form, save, _("The photo has been added."), "meetings/photos.html")


def _stream(file: Any, content_type: str, name: str) -> FileResponse:
    response = FileResponse(file.open("rb"), content_type=content_type)
    disposition = (
        "inline" if content_type.startswith("image/") or content_type == "application/pdf" else "attachment"
    )
    response["Content-Disposition"] = f'{disposition}; filename="{name}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def minutes_file(request: HttpRequest, pk: int) -> HttpResponseBase:
    meeting = selectors.meeting_get_for_user(user=request.user, pk=pk)
    record = Minutes.objects.filter(meeting=meeting).first()
    if record is None or not record.file:
        raise Http404
    return _stream(record.file, record.content_type, f"minutes-{meeting.pk}")


@require_GET
def photo(request: HttpRequest, pk: int, photo_pk: int) -> HttpResponseBase:
    meeting = selectors.meeting_get_for_user(user=request.user, pk=pk)
    item = get_object_or_404(Photo, pk=photo_pk, meeting=meeting)
    return _stream(item.file, item.content_type, f"photo-{item.pk}")
