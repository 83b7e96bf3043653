"""Shared pieces of the meetings services."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from meetings.models import Meeting, MeetingStatus
from meetings.workflow import can_transition


class MeetingError(Exception):
    """A request the rules refuse; ``str(error)`` is the message for the user."""


def locked(meeting: Meeting) -> Meeting:
    """Re-read the meeting under a row lock: concurrent requests on one meeting run one after another."""
    return (
        Meeting.objects.select_for_update(of=("self",))
        .select_related("organization", "village")
        .get(pk=meeting.pk)
    )


def transition(meeting: Meeting, target: MeetingStatus) -> None:
    if not can_transition(meeting.status, target):
        raise MeetingError(
            _("This meeting can no longer be changed this way (it is %(status)s).")
            % {"status": meeting.get_status_display()}
        )
    meeting.status = target


def require_open(meeting: Meeting) -> None:
    if not meeting.is_open:
        raise MeetingError(
            _("This meeting is %(status)s: its agenda and declarations are closed.")
            % {"status": meeting.get_status_display()}
        )


def require_held(meeting: Meeting) -> None:
    if meeting.status != MeetingStatus.HELD:
        raise MeetingError(_("Record the meeting as held (with its attendance) first."))


def snapshot(meeting: Meeting) -> dict[str, Any]:
    """The fields an audit entry shows before and after a change."""
    return {
        "status": meeting.status,
        "date": meeting.date.isoformat(),
        "start_time": meeting.start_time.strftime("%H:%M"),
        "end_time": meeting.end_time.strftime("%H:%M"),
        "place": meeting.place,
        "sequence": meeting.sequence,
    }
