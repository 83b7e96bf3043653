"""Remind people of what is due on gift filings. Safe to run from cron several times a day.

Three reminders, for every organization:

- ``ruling``: a report awaits its ruling longer than the policy's ``ruling_due_days`` (to the reviewer);
- ``return``: a ruling to return the gift has no recorded return after ``return_due_days`` (to the filer);
- ``deadline``: a draft, or a filing sent back for more information, whose report deadline is at most three
  days away (to the filer).

Each is sent at most once per filing, kind and day: the ``ReminderLog`` key is claimed before sending, so
concurrent runs cannot both send, and released again when sending fails so a later run retries.
"""

from __future__ import annotations

import datetime as dt
import smtplib
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone

from coi_portal import emails as portal_emails
from coi_portal.rules import rules_for
from declarations.models import Official, Organization
from gifts import emails
from gifts.models import Decision, GiftFiling, GiftPolicy, GiftVersion, ReminderLog
from gifts.services import policy_for
from gifts.workflow import AWAITING_RULING, EDITABLE_BY_FILER, Status
from legal.gifts import report_deadline

DEADLINE_WARNING_DAYS = 3

type Due = tuple[str, GiftFiling, Official | None, Callable[[], int]]


def ruling_overdue(organization: Organization, policy: GiftPolicy, today: dt.date) -> Iterator[Due]:
    cutoff = today - dt.timedelta(days=policy.ruling_due_days)
    filings = GiftFiling.objects.filter(
        organization=organization,
        status__in=AWAITING_RULING,
        reviewer__isnull=False,
        submitted_at__date__lt=cutoff,
    ).select_related("filer", "reviewer", "organization")
    for filing in filings:
        yield "ruling", filing, filing.reviewer, partial(emails.reminder, filing, "ruling", False)


def return_overdue(organization: Organization, policy: GiftPolicy, today: dt.date) -> Iterator[Due]:
    cutoff = today - dt.timedelta(days=policy.return_due_days)
    filings = GiftFiling.objects.filter(
        organization=organization,
        status=Status.RULED,
        ruling__decision=Decision.RETURN,
        ruling__decided_on__lt=cutoff,
    ).select_related("filer", "organization")
    for filing in filings:
        yield "return", filing, filing.filer, partial(emails.reminder, filing, "return", True)


def _deadline(filing: GiftFiling, organization: Organization) -> dt.date | None:
    """The deadline of the latest submitted version; for a draft never submitted, by its date received."""
    versions: list[GiftVersion] = filing.version_list  # type: ignore[attr-defined]
    submitted = [v for v in versions if v.submitted_at is not None]
    if submitted:
        return submitted[-1].report_deadline
    return report_deadline(versions[-1].received_on, rules=rules_for(organization)) if versions else None


def _send_deadline(context: dict[str, Any]) -> int:
    return portal_emails.send("gift_deadline", [context["filing"].filer], context)


def deadline_near(organization: Organization, policy: GiftPolicy, today: dt.date) -> Iterator[Due]:
    filings = (
        GiftFiling.objects.filter(organization=organization, status__in=EDITABLE_BY_FILER)
        .select_related("filer", "organization")
        .prefetch_related(
            Prefetch("versions", queryset=GiftVersion.objects.order_by("number"), to_attr="version_list")
        )
    )
    for filing in filings:
        deadline = _deadline(filing, organization)
        if deadline is None or not today <= deadline <= today + dt.timedelta(days=DEADLINE_WARNING_DAYS):
            continue
        context = {
            "filing": filing,
            "version": filing.version_list[-1],
            "deadline": deadline,
            "days_left": (deadline - today).days,
            "link": reverse("gifts:detail", args=[filing.pk]),
        }
        yield "deadline", filing, filing.filer, partial(_send_deadline, context)


CHECKS = (ruling_overdue, return_overdue, deadline_near)


class Command(BaseCommand):
    help = (
        "Send the gift reminders due today (overdue rulings and returns, near report deadlines), once a day."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        sent = failed = 0
        for organization in Organization.objects.order_by("pk"):
            policy = policy_for(organization)
            for check in CHECKS:
                for kind, filing, recipient, send in check(organization, policy, today):
                    try:
                        sent += send_once(f"{kind}:{filing.pk}:{today.isoformat()}", recipient, send)
                    except (smtplib.SMTPException, OSError) as error:
                        failed += 1
                        self.stderr.write(f"{kind} reminder for filing {filing.pk} failed: {error}")
        # The other apps' reminders: each deduplicates its own mail.
        from declarations.reminders import send_due as interest_reminders
        from meetings.reminders import send_due as meeting_reminders

        for run in (interest_reminders(today), meeting_reminders(today)):
            sent += run.sent
            failed += run.failed
        self.stdout.write(f"sent {sent} reminders")
        if failed:
            raise CommandError(f"{failed} reminders could not be sent; they are retried on the next run")


def send_once(key: str, recipient: Official | None, send: Callable[[], int]) -> int:
    """Send unless ``key`` was already logged; nothing is logged for a recipient without an address."""
    if portal_emails.address_of(recipient) is None:
        return 0
    try:
        with transaction.atomic():
            ReminderLog.objects.create(key=key)
    except IntegrityError:
        return 0
    try:
        return send()
    except Exception:
        ReminderLog.objects.filter(key=key).delete()
        raise
