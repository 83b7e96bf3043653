"""Retention handlers of the participation app (run by ``privacy.retention.apply_retention``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.db import models
from django.utils import timezone

from declarations.models import Organization
from participation.models import AwarenessActivity, FileKind, TipOff
from privacy.retention import ERASED, Handler


def _tipoffs(org: Organization, cutoff: dt.date) -> Iterable[models.Model]:
    return TipOff.objects.filter(organization=org, closed_at__date__lt=cutoff, anonymised_at__isnull=True)


def anonymise_tipoff(tipoff: Any) -> None:
    """The text, the reporter, the names, the messages and the files go; the month, the kind, the route and
    the outcome stay for the ITA counts."""
    for evidence in tipoff.evidence.all():
        evidence.file.delete(save=False)
        evidence.delete()
    tipoff.messages.all().delete()
    tipoff.named_officials.clear()
    tipoff.what = ERASED
    tipoff.reporter_name = ""
    tipoff.reporter_contact = ""
    tipoff.outcome_note = ""
    tipoff.anonymised_at = timezone.now()
    tipoff.save(update_fields=["what", "reporter_name", "reporter_contact", "outcome_note", "anonymised_at"])


def _activities(org: Organization, cutoff: dt.date) -> Iterable[models.Model]:
    return AwarenessActivity.objects.filter(
        organization=org, held_on__lt=cutoff, personal_data_removed_at__isnull=True
    )


def remove_attendance(activity: Any) -> None:
    """Attendee names and photos go; the title, date, number of attendees and material stay."""
    activity.other_attendees += activity.attendees.count()
    activity.attendees.clear()
    for photo in activity.files.filter(kind=FileKind.PHOTO):
        photo.file.delete(save=False)
        photo.delete()
    activity.personal_data_removed_at = timezone.now()
    activity.save(update_fields=["other_attendees", "personal_data_removed_at"])


HANDLERS = (
    Handler("tipoffs", _tipoffs, anonymise_tipoff),
    Handler("awareness", _activities, remove_attendance),
)
