"""Reminders about business interests, meant to run from ``send_reminders`` once or several times a day.

- ``round``: an official who has not declared in an open round, from seven days before the due date
  (once), and once a week after it has passed;
- ``cure``: an interest that must be ended by a date (s.126, last paragraph), seven days before (once).

Each is sent at most once per key: the key is claimed in ``InterestReminderLog`` before sending, so
concurrent runs cannot both send, and released when sending fails so that a later run retries. An official
without an e-mail address is skipped without claiming anything.
"""

from __future__ import annotations

import datetime as dt
import logging
import smtplib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from django.db import IntegrityError, transaction

from coi_portal.emails import address_of
from declarations import emails
from declarations.models import Finding, FindingStatus, InterestReminderLog, Official, Outcome, RoundMember

logger = logging.getLogger(__name__)

WARNING_DAYS = 7

type Due = tuple[str, Official, Callable[[], int]]


@dataclass(frozen=True)
class ReminderRun:
    sent: int
    failed: int


def round_reminders(today: dt.date) -> Iterator[Due]:
    waiting = RoundMember.objects.filter(
        declaration__isnull=True, round__opened_on__lte=today
    ).select_related("round", "official", "official__organization")
    for member in waiting.order_by("pk"):
        if not member.official.is_serving_on(today):
            continue
        days_left = (member.round.due_on - today).days
        if 0 <= days_left <= WARNING_DAYS:
            key = f"interest-round:{member.round_id}:{member.official_id}:soon"
            yield key, member.official, partial(emails.round_due, member, overdue=False)
        elif days_left < 0:
            year, week, _day = today.isocalendar()
            key = f"interest-round:{member.round_id}:{member.official_id}:overdue:{year}-{week}"
            yield key, member.official, partial(emails.round_due, member, overdue=True)


def cure_reminders(today: dt.date) -> Iterator[Due]:
    findings = Finding.objects.filter(
        status=FindingStatus.OPEN,
        outcome=Outcome.MUST_CURE_BY,
        cure_deadline__gte=today,
        cure_deadline__lte=today + dt.timedelta(days=WARNING_DAYS),
    ).select_related("official")
    for finding in findings.order_by("pk"):
        key = f"interest-cure:{finding.official_id}:{finding.key}"
        yield key, finding.official, partial(emails.cure_due, finding)


def send_due(today: dt.date) -> ReminderRun:
    """Send every business-interest reminder due on `today` that has not been sent before."""
    sent = failed = 0
    for check in (round_reminders, cure_reminders):
        for key, official, send in check(today):
            try:
                sent += _send_once(key, official, send)
            except (smtplib.SMTPException, OSError) as error:
                failed += 1
                logger.warning("business-interest reminder %s failed: %s", key, error)
    return ReminderRun(sent=sent, failed=failed)


def _send_once(key: str, official: Official, send: Callable[[], int]) -> int:
    if address_of(official) is None:
        return 0
    try:
        with transaction.atomic():
            InterestReminderLog.objects.create(key=key)
    except IntegrityError:
        return 0
    try:
        return send()
    except Exception:
        InterestReminderLog.objects.filter(key=key).delete()
        raise
