"""Keeping a meeting after it was planned: moving or cancelling it with a reason, recording it as held
with its attendance, its minutes and its photos. Each service is one transaction with its audit entry."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from coi_portal import audit
from declarations.models import Official
from gifts.uploads import CheckedFile
from meetings.expected import office_of
from meetings.models import Attendee, Meeting, MeetingStatus, Minutes, Photo
from meetings.services.common import MeetingError, locked, require_held, snapshot, transition

MAX_PHOTOS = 20
MAX_CITIZENS = 100_000


def _reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise MeetingError(_("Give the reason."))
    return reason


@transaction.atomic
def meeting_move(
    *,
    actor: User,
    meeting: Meeting,
    date: dt.date,
    start_time: dt.time,
    end_time: dt.time,
    place: str,
    reason: str,
) -> Meeting:
    """Give the meeting a new date, time or place. The UID stays, the sequence goes up, and the date it
    was moved from is kept with the reason. A village meeting moved to the 10th or later counts as late."""
    meeting = locked(meeting)
    before = snapshot(meeting)
    reason = _reason(reason)
    if end_time <= start_time:
        raise MeetingError(_("The meeting must end after it starts."))
    if date < meeting.for_month:
        raise MeetingError(_("A meeting cannot be moved before the month it is held for."))
    place = place.strip() or meeting.place
    if (date, start_time, end_time, place) == (
        meeting.date,
        meeting.start_time,
        meeting.end_time,
        meeting.place,
    ):
        raise MeetingError(_("The new date, time and place are the same as before."))
    transition(meeting, MeetingStatus.MOVED)
    meeting.moved_from = meeting.date
    meeting.date, meeting.start_time, meeting.end_time, meeting.place = date, start_time, end_time, place
    meeting.move_reason = reason
    meeting.sequence += 1
    meeting.save()
    audit.record(
        actor=actor,
        action="meetings.move",
        organization=meeting.organization,
        target=meeting,
        before=before,
        after={**snapshot(meeting), "reason": reason},
    )
    return meeting


@transaction.atomic
def meeting_cancel(*, actor: User, meeting: Meeting, reason: str) -> Meeting:
    """Cancel the meeting with a reason; it stays in the feeds as cancelled, and in the compliance view as
    not held."""
    meeting = locked(meeting)
    before = snapshot(meeting)
    reason = _reason(reason)
    transition(meeting, MeetingStatus.CANCELLED)
    meeting.cancel_reason = reason
    meeting.sequence += 1
    meeting.save()
    audit.record(
        actor=actor,
        action="meetings.cancel",
        organization=meeting.organization,
        target=meeting,
        before=before,
        after={**snapshot(meeting), "reason": reason},
    )
    return meeting


@transaction.atomic
def meeting_record_held(
    *,
    actor: User,
    meeting: Meeting,
    officials: Sequence[Official],
    others: Sequence[tuple[str, str]] = (),
    citizens: int | None = None,
    today: dt.date | None = None,
) -> Meeting:
    """Record that the meeting took place on its date, with the officials present (by name and office as
    on that day), other people present (name, office) and, for a village meeting, the number of citizens.
    Recording again replaces the attendance."""
    meeting = locked(meeting)
    before = {**snapshot(meeting), "attendees": list(meeting.attendees.values_list("name", flat=True))}
    if meeting.date > (today or timezone.localdate()):
        raise MeetingError(_("A meeting can be recorded as held only from its date on."))
    if any(o.organization_id != meeting.organization_id for o in officials):
        raise MeetingError(_("Only officials of the organization can be listed."))
    if not officials and not others:
        raise MeetingError(_("List at least one person present."))
    if meeting.is_village_meeting and citizens is None:
        raise MeetingError(_("Give the number of citizens present."))
    if citizens is not None and not 0 <= citizens <= MAX_CITIZENS:
        raise MeetingError(_("The number of citizens is not plausible."))
    transition(meeting, MeetingStatus.HELD)
    meeting.citizens = citizens
    meeting.save()
    meeting.attendees.all().delete()
    Attendee.objects.bulk_create(
        [
            Attendee(meeting=meeting, official=o, name=o.full_name_th, office=office_of(o, meeting.date))
            for o in officials
        ]
        + [Attendee(meeting=meeting, name=name, office=office) for name, office in others]
    )
    audit.record(
        actor=actor,
        action="meetings.record_held",
        organization=meeting.organization,
        target=meeting,
        before=before,
        after={
            **snapshot(meeting),
            "attendees": [o.full_name_th for o in officials] + [name for name, _office in others],
            "citizens": citizens,
        },
    )
    return meeting


@transaction.atomic
def minutes_record(*, actor: User, meeting: Meeting, text: str, file: CheckedFile | None = None) -> Minutes:
    """Store (or replace) the minutes of a held meeting: the text and, optionally, the signed scan. A
    replaced file is deleted from storage once the change is committed."""
    meeting = locked(meeting)
    require_held(meeting)
    text = text.strip()
    if not text:
        raise MeetingError(_("Write the minutes."))
    minutes = Minutes.objects.filter(meeting=meeting).first()
    before = {"text": minutes.text, "file": minutes.file_name} if minutes else None
    old_file = minutes.file.name if minutes and minutes.file and file is not None else ""
    if minutes is None:
        minutes = Minutes(meeting=meeting, recorded_by=actor)
    minutes.text, minutes.recorded_by = text, actor
    if file is not None:
        minutes.file.save(f"minutes-{meeting.pk}", file.upload, save=False)
        minutes.file_name, minutes.content_type, minutes.sha256 = file.name, file.content_type, file.sha256
    minutes.save()
    if old_file:
        storage = minutes.file.storage
        transaction.on_commit(lambda: storage.delete(old_file))
    audit.record(
        actor=actor,
        action="meetings.minutes",
        organization=meeting.organization,
        target=meeting,
        before=before,
        after={"text": text, "file": minutes.file_name, "sha256": minutes.sha256},
    )
    return minutes


@transaction.atomic
def photo_add(*, actor: User, meeting: Meeting, file: CheckedFile, caption: str = "") -> Photo:
    """Add a photo (JPEG or PNG) of a held meeting, at most 20 per meeting."""
    meeting = locked(meeting)
    require_held(meeting)
    if not file.content_type.startswith("image/"):
        raise MeetingError(_("A photo must be a JPEG or PNG image."))
    if meeting.photos.count() >= MAX_PHOTOS:
        raise MeetingError(_("A meeting has at most 20 photos."))
    photo = Photo(
        meeting=meeting,
        file_name=file.name,
        content_type=file.content_type,
        sha256=file.sha256,
        caption=caption.strip(),
        uploaded_by=actor,
    )
    photo.file.save(f"photo-{meeting.pk}", file.upload, save=False)
    photo.save()
    audit.record(
        actor=actor,
        action="meetings.photo_add",
        organization=meeting.organization,
        target=meeting,
        after={"file": file.name, "sha256": file.sha256, "caption": photo.caption},
    )
    return photo
