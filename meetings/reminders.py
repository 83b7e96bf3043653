"""Reminders of the coming meetings, a week and a day before, to the officials expected.

``send_due(today)`` is called once a day by ``send_reminders``. A meeting 2 to 7 days away gets its
"week" reminder and one a day away its "day" reminder, each at most once per official and meeting date:
the ``MeetingReminderLog`` key is claimed before sending (concurrent runs cannot both send) and released
when sending fails, so a later run retries. A moved meeting is reminded again for its new date.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from dataclasses import dataclass

from django.db import IntegrityError, transaction

from coi_portal.emails import address_of
from declarations.models import Official
from meetings import emails
from meetings.expected import expected_officials
from meetings.models import Meeting, MeetingReminderLog, MeetingStatus

logger = logging.getLogger(__name__)
WEEK, DAY = 7, 1


@dataclass(frozen=True)
class ReminderRun:
    sent: int
    failed: int


def kind_of(days_left: int) -> str | None:
    if days_left == DAY:
        return "day"
    if DAY < days_left <= WEEK:
        return "week"
    return None


def send_due(today: dt.date) -> ReminderRun:
    """Send every meeting reminder due on ``today``; failures are logged and retried on the next run."""
    meetings = Meeting.objects.filter(
        status__in=(MeetingStatus.PLANNED, MeetingStatus.MOVED),
        date__gte=today + dt.timedelta(days=DAY),
        date__lte=today + dt.timedelta(days=WEEK),
    ).select_related("organization", "village")
    sent = failed = 0
    for meeting in meetings.order_by("date", "start_time", "pk"):
        days_left = (meeting.date - today).days
        kind = kind_of(days_left)
        if kind is None:
            continue
        for official in expected_officials(meeting):
            key = f"{meeting.uid}:{meeting.date.isoformat()}:{kind}:{official.pk}"
            try:
                sent += _send_once(key, official, meeting, days_left)
            except (smtplib.SMTPException, OSError) as error:
                failed += 1
                logger.warning("meeting reminder %s failed: %s", key, error)
    return ReminderRun(sent, failed)


def _send_once(key: str, official: Official, meeting: Meeting, days_left: int) -> int:
    if address_of(official) is None:
        return 0
    try:
        with transaction.atomic():
            MeetingReminderLog.objects.create(key=key)
    except IntegrityError:
        return 0
    try:
        return emails.reminder(meeting, official, days_left)
    except Exception:
        MeetingReminderLog.objects.filter(key=key).delete()
        raise
