"""Tip-offs (measure 4): a report from anyone, a question from the officer, the reporter's answer found by
tracking code, and the outcome.

Nothing here logs, and the audit entries of the reporter's own acts carry no actor and no IP address: a
reporter's address would identify them. Entries name the case number only, never the text or the code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from coi_portal import audit
from coi_portal.tasks import after_commit
from declarations.models import Official, Organization
from gifts.register import fiscal_year_of
from gifts.uploads import CheckedFile
from participation import codes, routing, tasks
from participation.models import (
    MessageAuthor,
    TipOff,
    TipOffEvidence,
    TipOffMessage,
    TipOffOutcome,
    TipOffStatus,
)
from participation.services.common import ParticipationError
from privacy.inventory import Activity
from privacy.services import notice_version_for


@dataclass(frozen=True)
class Submitted:
    """The stored tip-off and its tracking code, which exists only here and on the reporter's screen."""

    tipoff: TipOff
    code: str


def _next_number(organization: Organization, day: dt.date) -> str:
    year = fiscal_year_of(day)
    prefix = f"{year}/"
    Organization.objects.select_for_update().filter(pk=organization.pk).first()
    last = TipOff.objects.filter(organization=organization, number__startswith=prefix).aggregate(
        top=Max("number")
    )
    sequence = int(last["top"].split("/")[1]) + 1 if last["top"] else 1
    return f"{prefix}{sequence:04d}"


def _save_evidence(tipoff: TipOff, files: Iterable[CheckedFile]) -> int:
    count = 0
    for checked in files:
        evidence = TipOffEvidence(
            tipoff=tipoff,
            original_name=checked.name,
            content_type=checked.content_type,
            size=checked.size,
            sha256=checked.sha256,
        )
        evidence.file.save(checked.name, checked.upload, save=False)
        evidence.save()
        count += 1
    return count


@transaction.atomic
def tipoff_submit(
    *,
    organization: Organization,
    subject: str,
    what: str,
    occurred_on: dt.date | None = None,
    named: Sequence[Official] = (),
    anonymous: bool = True,
    reporter_name: str = "",
    reporter_contact: str = "",
    files: Iterable[CheckedFile] = (),
) -> Submitted:
    """Store a tip-off, route it away from everyone it names, and return its tracking code (shown once)."""
    if any(official.organization_id != organization.pk for official in named):
        raise ParticipationError(_("Choose officials of this organization only."))
    if not what.strip():
        raise ParticipationError(_("Tell us what happened."))
    code = codes.new_code()
    today = timezone.localdate()
    tipoff = TipOff.objects.create(
        organization=organization,
        number=_next_number(organization, today),
        code_hash=codes.hash_code(code),
        subject=subject,
        what=what.strip(),
        occurred_on=occurred_on,
        anonymous=anonymous,
        reporter_name="" if anonymous else reporter_name.strip(),
        reporter_contact="" if anonymous else reporter_contact.strip(),
        route=routing.route_for(organization, [official.pk for official in named], day=today),
        notice_version=notice_version_for(organization=organization, activity=Activity.TIPOFFS),
    )
    tipoff.named_officials.set(named)
    files_saved = _save_evidence(tipoff, files)
    audit.record(
        actor=None,
        action="participation.tipoff_submit",
        organization=organization,
        target=tipoff,
        after={"subject": subject, "files": files_saved, "named": len(named)},
        keep_ip=False,
    )
    tipoff_id = tipoff.pk
    after_commit(tasks.notify_tipoff_received, tipoff_id)
    return Submitted(tipoff, code)


def tipoff_find(code: str) -> TipOff | None:
    """The tip-off whose tracking code is ``code``; None for any other text (never says why)."""
    if not codes.looks_like_code(code):
        return None
    return TipOff.objects.filter(code_hash=codes.hash_code(code), anonymised_at__isnull=True).first()


@transaction.atomic
def tipoff_answer(*, code: str, text: str) -> TipOff:
    """The reporter answers a question or adds information, proving who they are with the code only."""
    found = tipoff_find(code)
    if found is None:
        raise ParticipationError(_("No report matches this tracking code. Check it and try again."))
    tipoff = TipOff.objects.select_for_update().get(pk=found.pk)
    if tipoff.status == TipOffStatus.CLOSED:
        raise ParticipationError(_("This report is closed; it no longer takes answers."))
    if not text.strip():
        raise ParticipationError(_("Write your answer."))
    TipOffMessage.objects.create(tipoff=tipoff, author=MessageAuthor.REPORTER, text=text.strip())
    before = tipoff.status
    if tipoff.status == TipOffStatus.AWAITING_REPORTER:
        tipoff.status = TipOffStatus.IN_REVIEW
        tipoff.save(update_fields=["status"])
    audit.record(
        actor=None,
        action="participation.tipoff_answer",
        organization=tipoff.organization,
        target=tipoff,
        before={"status": before},
        after={"status": tipoff.status},
        keep_ip=False,
    )
    tipoff_id = tipoff.pk
    after_commit(tasks.notify_tipoff_answered, tipoff_id)
    return tipoff


def _handled(actor: User, tipoff: TipOff) -> TipOff:
    locked = TipOff.objects.select_for_update().get(pk=tipoff.pk)
    if not routing.handles(actor, locked):
        raise ParticipationError(_("Only the officer handling this report may do this."))
    if locked.status == TipOffStatus.CLOSED:
        raise ParticipationError(_("This report is closed."))
    return locked


@transaction.atomic
def tipoff_ask(*, actor: User, tipoff: TipOff, text: str) -> TipOff:
    """The officer asks the reporter a question; the reporter sees it with the tracking code."""
    tipoff = _handled(actor, tipoff)
    if not text.strip():
        raise ParticipationError(_("Write the question."))
    TipOffMessage.objects.create(
        tipoff=tipoff, author=MessageAuthor.OFFICER, author_user=actor, text=text.strip()
    )
    before = tipoff.status
    tipoff.status = TipOffStatus.AWAITING_REPORTER
    tipoff.save(update_fields=["status"])
    audit.record(
        actor=actor,
        action="participation.tipoff_ask",
        organization=tipoff.organization,
        target=tipoff,
        before={"status": before},
        after={"status": tipoff.status},
    )
    return tipoff


@transaction.atomic
def tipoff_close(*, actor: User, tipoff: TipOff, outcome: str, note: str) -> TipOff:
    """Close the case with its outcome and what the reporter is told."""
    tipoff = _handled(actor, tipoff)
    if outcome not in TipOffOutcome.values:
        raise ParticipationError(_("Choose the outcome."))
    if not note.strip():
        raise ParticipationError(_("Tell the reporter what came of the report."))
    before = tipoff.status
    tipoff.status = TipOffStatus.CLOSED
    tipoff.outcome = outcome
    tipoff.outcome_note = note.strip()
    tipoff.closed_at = timezone.now()
    tipoff.save(update_fields=["status", "outcome", "outcome_note", "closed_at"])
    audit.record(
        actor=actor,
        action="participation.tipoff_close",
        organization=tipoff.organization,
        target=tipoff,
        before={"status": before},
        after={"status": tipoff.status, "outcome": outcome},
    )
    return tipoff
