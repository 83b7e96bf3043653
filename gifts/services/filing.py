"""Filing a gift: drafts, submission (assessment, routing, numbering), send-back and comments."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from coi_portal import audit
from coi_portal.rules import rules_for
from coi_portal.tasks import after_commit
from declarations.models import Official, Organization
from gifts import tasks
from gifts.models import Attachment, GiftFiling, GiftVersion, NaccReport, NoteKind, Occasion, ReviewNote
from gifts.routing import RoutingDecision, RoutingError, offices_on, route
from gifts.services.common import (
    FACT_FIELDS,
    GiftError,
    facts_snapshot,
    latest_version,
    locked,
    reviewer_guard,
    transition,
)
from gifts.uploads import CheckedFile
from gifts.workflow import AWAITING_RULING, EDITABLE_BY_FILER, Status
from legal.gifts import GiftFacts, Relation, assess_gift
from privacy.inventory import Activity
from privacy.services.notices import notice_version_for

SAME_OCCASION_DAYS = 60
_COMPANY_WORDS = re.compile(
    r"บริษัท|จำกัด|\(มหาชน\)|มหาชน|ห้างหุ้นส่วน|หจก\.?|บจก\.?|co\.?|ltd\.?|company|limited", re.I
)


def _save_attachments(version: GiftVersion, files: Iterable[CheckedFile]) -> None:
    for checked in files:
        attachment = Attachment(
            version=version,
            original_name=checked.name,
            content_type=checked.content_type,
            size=checked.size,
            sha256=checked.sha256,
        )
        attachment.file.save(checked.name, checked.upload, save=False)
        attachment.save()


@transaction.atomic
def draft_create(
    *, actor: User, filer: Official, facts: Mapping[str, Any], files: Iterable[CheckedFile] = ()
) -> GiftFiling:
    filing = GiftFiling.objects.create(organization=filer.organization, filer=filer)
    version = GiftVersion.objects.create(filing=filing, number=1, created_by=actor, **facts)
    _save_attachments(version, files)
    audit.record(
        actor=actor,
        action="gift.draft_create",
        organization=filing.organization,
        target=filing,
        after=facts_snapshot(version),
    )
    return filing


@transaction.atomic
def draft_update(
    *,
    actor: User,
    filing: GiftFiling,
    facts: Mapping[str, Any],
    files: Iterable[CheckedFile] = (),
) -> GiftVersion:
    """Change the facts while the filing is a draft, or answer a send-back in a new version."""
    filing = locked(filing)
    if filing.status not in EDITABLE_BY_FILER:
        raise GiftError(_("A submitted filing cannot be changed."))
    version = latest_version(filing)
    before = facts_snapshot(version)
    if version.locked:
        version = _new_version(version, actor)
    for name, value in facts.items():
        setattr(version, name, value)
    version.save()
    _save_attachments(version, files)
    audit.record(
        actor=actor,
        action="gift.draft_update",
        organization=filing.organization,
        target=filing,
        before=before,
        after=facts_snapshot(version),
    )
    return version


def _new_version(previous: GiftVersion, actor: User) -> GiftVersion:
    version = GiftVersion.objects.create(
        filing=previous.filing,
        number=previous.number + 1,
        created_by=actor,
        **{name: getattr(previous, name) for name in FACT_FIELDS},
    )
    for attachment in previous.attachments.all():
        Attachment.objects.create(
            version=version,
            file=attachment.file.name,
            original_name=attachment.original_name,
            content_type=attachment.content_type,
            size=attachment.size,
            sha256=attachment.sha256,
        )
    return version


def normalised_giver(version: GiftVersion) -> str:
    name = version.giver_organization or version.giver_name
    name = _COMPANY_WORDS.sub(" ", name.casefold())
    return re.sub(r"[\W_]+", "", name)


def earlier_same_giver(version: GiftVersion) -> list[GiftVersion]:
    """The filer's earlier submitted gifts from the same giver on the same occasion (within 60 days)."""
    window = dt.timedelta(days=SAME_OCCASION_DAYS)
    candidates = (
        GiftVersion.objects.filter(
            filing__filer=version.filing.filer,
            submitted_at__isnull=False,
            occasion=version.occasion,
            received_on__gte=version.received_on - window,
            received_on__lte=version.received_on + window,
        )
        .exclude(filing=version.filing)
        .select_related("filing")
        .order_by("filing_id", "-number")
    )
    key = normalised_giver(version)
    latest: dict[int, GiftVersion] = {}
    for candidate in candidates:
        latest.setdefault(candidate.filing_id, candidate)
    return [v for v in latest.values() if normalised_giver(v) == key]


def _assess(version: GiftVersion, earlier: list[GiftVersion]) -> None:
    filing = version.filing
    facts = GiftFacts(
        received_on=version.received_on,
        value=version.value,
        giver_relation=Relation(version.giver_relation),
        to_general_public=version.to_general_public,
        customary_occasion=version.occasion != Occasion.OTHER or version.occasion_customary,
        accepted_out_of_necessity=version.accepted_out_of_necessity,
        earlier_value_same_giver_same_occasion=sum((v.value for v in earlier), Decimal(0)),
        left_office_on=filing.filer.left_office_on,
    )
    result = assess_gift(facts, rules=rules_for(filing.organization))
    version.outcome, version.reason, version.regime = result.outcome, result.reason, result.regime
    version.citations = [_jsonable_citation(c) for c in result.citations]
    version.report_deadline = result.report_deadline
    version.earlier_value = facts.earlier_value_same_giver_same_occasion
    version.total_value = result.total_value


def _jsonable_citation(citation: Any) -> dict[str, Any]:
    return {
        k: (str(v) if v is not None else None) if k == "instrument" else v
        for k, v in dataclasses.asdict(citation).items()
    }


def _assign_number(filing: GiftFiling, today: dt.date) -> None:
    """Running number per fiscal year (October to September), e.g. "3/2570"."""
    Organization.objects.select_for_update(no_key=True).get(pk=filing.organization_id)
    fiscal_year = today.year + 543 + (1 if today.month >= 10 else 0)
    used = GiftFiling.objects.filter(organization=filing.organization, number__endswith=f"/{fiscal_year}")
    highest = max((int(n.split("/")[0]) for n in used.values_list("number", flat=True)), default=0)
    filing.number = f"{highest + 1}/{fiscal_year}"


@transaction.atomic
def filing_submit(*, actor: User, filing: GiftFiling) -> GiftFiling:
    """Assess the latest version by the law of its date, route it, and freeze it."""
    filing = locked(filing)
    if filing.status not in EDITABLE_BY_FILER:
        raise GiftError(_("This filing has already been submitted."))
    now = timezone.now()
    today = timezone.localdate(now)
    version = latest_version(filing)
    if version.received_on > today:
        raise GiftError(_("The date received cannot be in the future."))
    earlier = earlier_same_giver(version)
    _assess(version, earlier)
    version.submitted_at = now
    version.notice_version = notice_version_for(organization=filing.organization, activity=Activity.GIFTS)
    version.save()
    version.earlier_filings.set([v.filing for v in earlier])
    resubmission = filing.status == Status.MORE_INFO
    if resubmission:
        transition(filing, Status.RESUBMITTED)
        ReviewNote.objects.create(
            filing=filing,
            version=version,
            kind=NoteKind.ANSWER,
            author=filing.filer,
            text=version.answer or _("Amended in version %(n)s.") % {"n": version.number},
        )
    else:
        _route_new(filing, version, today)
        _assign_number(filing, today)
        filing.submitted_at = now
    filing.late = version.report_deadline is not None and today > version.report_deadline
    filing.save()
    audit.record(
        actor=actor,
        action="gift.resubmit" if resubmission else "gift.submit",
        organization=filing.organization,
        target=filing,
        after={
            **facts_snapshot(version),
            "outcome": version.outcome,
            "reason": version.reason,
            "status": filing.status,
            "reviewer_id": filing.reviewer_id,
            "routing": filing.routing_reason,
        },
    )
    if filing.status in (Status.SUBMITTED, Status.RESUBMITTED):
        after_commit(tasks.notify_filing_submitted, filing.pk)
    return filing


def reviewer_title(decision: RoutingDecision, day: dt.date) -> str:
    """The reviewer's title as printed: "ปลัด… รักษาราชการแทนนายก…" for whoever acts for the office."""
    assert decision.position is not None
    assert decision.reviewer is not None
    title = decision.position.title_th
    if decision.steps and decision.steps[-1].startswith("acting:"):
        own = offices_on(decision.reviewer, day)
        return f"{own[0].title_th} รักษาราชการแทน{title}" if own else f"รักษาราชการแทน{title}"
    return title


def _route_new(filing: GiftFiling, version: GiftVersion, today: dt.date) -> None:
    if version.outcome in ("permitted", "out_of_scope"):
        transition(filing, Status.RECORDED)
        return
    try:
        decision = route(
            filer=filing.filer,
            received_on=version.received_on,
            submitted_on=today,
            rules=rules_for(filing.organization),
        )
    except RoutingError as error:
        raise GiftError(
            _(
                "Your account has no position on the day the gift was received; ask the "
                "administrator to record your position."
            )
        ) from error
    filing.recipient = decision.recipient
    filing.routing_reason = decision.reason
    filing.manual_review = decision.manual_review
    filing.possible_breach = version.outcome == "must_not_accept"
    if decision.reviewer is None:
        transition(filing, Status.AWAITING_NACC)
        NaccReport.objects.get_or_create(filing=filing)
        return
    filing.reviewer, filing.reviewer_position = decision.reviewer, decision.position
    filing.recipient_office = decision.office or ""
    filing.reviewer_title = reviewer_title(decision, today)
    transition(filing, Status.SUBMITTED)


@transaction.atomic
def filing_send_back(
    *, actor: User, official: Official | None, filing: GiftFiling, comment: str
) -> GiftFiling:
    filing = locked(filing)
    reviewer = reviewer_guard(filing, official)
    if not comment.strip():
        raise GiftError(_("Say what information is missing."))
    transition(filing, Status.MORE_INFO)
    filing.save(update_fields=["status"])
    ReviewNote.objects.create(
        filing=filing,
        version=latest_version(filing),
        kind=NoteKind.SEND_BACK,
        author=reviewer,
        author_title=filing.reviewer_title,
        text=comment.strip(),
    )
    audit.record(
        actor=actor,
        action="gift.send_back",
        organization=filing.organization,
        target=filing,
        after={"comment": comment.strip()},
    )
    after_commit(tasks.notify_filing_sent_back, filing.pk, comment.strip())
    return filing


@transaction.atomic
def filing_comment(
    *, actor: User, official: Official, title: str, filing: GiftFiling, text: str
) -> ReviewNote:
    """A comment before the ruling (division director, permanent secretary); never blocks the ruling."""
    filing = locked(filing)
    if filing.status not in AWAITING_RULING:
        raise GiftError(_("Comments are possible only while the filing awaits a ruling."))
    note = ReviewNote.objects.create(
        filing=filing,
        version=latest_version(filing),
        kind=NoteKind.COMMENT,
        author=official,
        author_title=title,
        text=text.strip(),
    )
    audit.record(
        actor=actor,
        action="gift.comment",
        organization=filing.organization,
        target=filing,
        after={"text": text.strip()},
    )
    return note
