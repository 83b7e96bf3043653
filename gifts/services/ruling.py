"""Ruling on a gift report: by the reviewer in the organization, or by the NACC's answer."""

from __future__ import annotations

import datetime as dt
import hashlib

from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from coi_portal import audit
from coi_portal.tasks import after_commit
from declarations.models import Official
from gifts import tasks
from gifts.models import Decision, GiftFiling, NaccReport, Ruling
from gifts.services.common import GiftError, locked, reviewer_guard, transition
from gifts.workflow import AWAITING_RULING, Status


@transaction.atomic
def filing_rule(
    *,
    actor: User,
    official: Official | None,
    filing: GiftFiling,
    decision: str,
    reason: str,
    return_impossible_reason: str = "",
) -> Ruling:
    """Rule once: the row lock and the one-to-one ruling make a second, concurrent ruling impossible."""
    filing = locked(filing)
    if Ruling.objects.filter(filing=filing).exists():
        raise GiftError(_("This filing has already been ruled on."))
    reviewer = reviewer_guard(filing, official)
    if filing.status not in AWAITING_RULING:
        raise GiftError(_("This filing is not awaiting a ruling."))
    return _make_ruling(
        actor,
        filing,
        decision=decision,
        reason=reason,
        return_impossible_reason=return_impossible_reason,
        decided_by=reviewer,
        decider_title=filing.reviewer_title,
        source=Ruling.Source.REVIEWER,
    )


def _make_ruling(
    actor: User,
    filing: GiftFiling,
    *,
    decision: str,
    reason: str,
    return_impossible_reason: str,
    decided_by: Official | None,
    decider_title: str,
    source: str,
) -> Ruling:
    if decision not in Decision.values:
        raise GiftError(_("Choose keep, return or hand over."))
    if not reason.strip():
        raise GiftError(_("Give the reason for the ruling."))
    if decision == Decision.HAND_OVER and not return_impossible_reason.strip():
        raise GiftError(_("A gift may be handed over only when it cannot be returned: say why it cannot."))
    transition(filing, Status.RULED)
    try:
        with transaction.atomic():
            ruling = Ruling.objects.create(
                filing=filing,
                decision=decision,
                reason=reason.strip(),
                return_impossible_reason=return_impossible_reason.strip()
                if decision == Decision.HAND_OVER
                else "",
                source=source,
                decided_by=decided_by,
                decider_name=decided_by.full_name_th if decided_by else _("NACC"),
                decider_title=decider_title,
                decided_on=timezone.localdate(),
            )
    except IntegrityError as error:
        raise GiftError(_("This filing has already been ruled on.")) from error
    if decision == Decision.KEEP:
        transition(filing, Status.CLOSED)
        filing.closed_at = timezone.now()
    filing.save(update_fields=["status", "closed_at"])
    _store_ruling_document(ruling, recorded_by=_name_of(actor) if source == Ruling.Source.NACC else "")
    audit.record(
        actor=actor,
        action="gift.rule",
        organization=filing.organization,
        target=filing,
        after={
            "decision": decision,
            "reason": ruling.reason,
            "source": source,
            "return_impossible_reason": ruling.return_impossible_reason,
            "document_sha256": ruling.document_sha256,
        },
    )
    after_commit(tasks.notify_filing_ruled, filing.pk)
    return ruling


def _name_of(actor: User) -> str:
    official = getattr(getattr(actor, "membership", None), "official", None)
    return official.full_name_th if official is not None else actor.get_username()


def _store_ruling_document(ruling: Ruling, *, recorded_by: str = "") -> None:
    """Render the memo once, when the ruling is made, and keep it with its hash."""
    from gifts.documents import render_ruling_pdf

    pdf = render_ruling_pdf(ruling, recorded_by=recorded_by)
    ruling.document_sha256 = hashlib.sha256(pdf).hexdigest()
    ruling.document.save(
        f"{ruling.filing_id}-{ruling.document_sha256[:12]}.pdf", ContentFile(pdf), save=False
    )
    ruling.save(update_fields=["document", "document_sha256"])


@transaction.atomic
def nacc_mark_sent(*, actor: User, filing: GiftFiling, sent_on: dt.date, sent_ref: str) -> NaccReport:
    filing = locked(filing)
    if filing.status != Status.AWAITING_NACC:
        raise GiftError(_("This filing does not await the NACC."))
    report, _created = NaccReport.objects.get_or_create(filing=filing)
    report.sent_on, report.sent_ref = sent_on, sent_ref.strip()
    report.save()
    audit.record(
        actor=actor,
        action="gift.nacc_sent",
        organization=filing.organization,
        target=filing,
        after={"sent_on": str(sent_on), "sent_ref": report.sent_ref},
    )
    return report


@transaction.atomic
def nacc_record_answer(
    *,
    actor: User,
    filing: GiftFiling,
    received_on: dt.date,
    answer_ref: str,
    decision: str,
    reason: str,
    return_impossible_reason: str = "",
) -> Ruling:
    """The NACC's answer counts as the ruling."""
    filing = locked(filing)
    report = NaccReport.objects.filter(filing=filing).first()
    if filing.status != Status.AWAITING_NACC or report is None or report.sent_on is None:
        raise GiftError(_("Record first when the report was sent to the NACC."))
    report.answer_received_on, report.answer_ref = received_on, answer_ref.strip()
    report.save()
    return _make_ruling(
        actor,
        filing,
        decision=decision,
        reason=reason,
        return_impossible_reason=return_impossible_reason,
        decided_by=None,
        decider_title=_("National Anti-Corruption Commission"),
        source=Ruling.Source.NACC,
    )
