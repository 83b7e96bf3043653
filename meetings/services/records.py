"""What a meeting decides and declares: its agenda, the officials' interest declarations on each agenda
item before a measure-5 meeting, and the resolutions of a village meeting (with the budget requests of
measure 6)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from coi_portal import audit
from declarations.models import Official
from meetings.expected import is_expected
from meetings.interest_check import record_matches
from meetings.models import AgendaItem, InterestDeclaration, Measure, Meeting, Resolution
from meetings.services.common import MeetingError, locked, require_held, require_open

MAX_AGENDA_ITEMS = 30
MAX_RESOLUTIONS = 50


@transaction.atomic
def agenda_add(
    *, actor: User, meeting: Meeting, title: str, detail: str = "", counterparty: str = ""
) -> AgendaItem:
    """Add an item at the end of the agenda of a meeting not yet held or cancelled."""
    meeting = locked(meeting)
    require_open(meeting)
    title = title.strip()
    if not title:
        raise MeetingError(_("Give the item a title."))
    if meeting.agenda.count() >= MAX_AGENDA_ITEMS:
        raise MeetingError(_("An agenda has at most 30 items."))
    number = (meeting.agenda.aggregate(n=Max("number"))["n"] or 0) + 1
    item = AgendaItem.objects.create(
        meeting=meeting, number=number, title=title, detail=detail.strip(), counterparty=counterparty.strip()
    )
    audit.record(
        actor=actor,
        action="meetings.agenda_add",
        organization=meeting.organization,
        target=meeting,
        after={"number": number, "title": title, "counterparty": item.counterparty},
    )
    return item


@transaction.atomic
def agenda_remove(*, actor: User, item: AgendaItem) -> None:
    """Remove an item (and the declarations on it) from the agenda of a meeting not yet held."""
    meeting = locked(item.meeting)
    require_open(meeting)
    audit.record(
        actor=actor,
        action="meetings.agenda_remove",
        organization=meeting.organization,
        target=meeting,
        before={"number": item.number, "title": item.title, "declarations": item.declarations.count()},
    )
    item.delete()


@transaction.atomic
def interests_declare(
    *,
    actor: User,
    official: Official,
    meeting: Meeting,
    answers: Mapping[int, tuple[bool, str]],
) -> list[InterestDeclaration]:
    """Store the official's answer for each agenda item of a measure-5 meeting (``answers``: item id →
    (has an interest, note)). Each answer is compared with the portal's records: "no interest" where the
    records name the official, a spouse, a relative or a declared business in the item is flagged.
    Answering again replaces."""
    meeting = locked(meeting)
    require_open(meeting)
    if meeting.measure != Measure.STAFF:
        raise MeetingError(_("Interests are declared before the monthly meeting of measure 5 only."))
    if not is_expected(official, meeting):
        raise MeetingError(_("Only the officials expected at the meeting declare their interests."))
    items = {item.pk: item for item in meeting.agenda.all()}
    if not items or set(answers) != set(items):
        raise MeetingError(_("Answer every item of the agenda."))
    stored = []
    for pk, (has_interest, note) in sorted(answers.items()):
        note = note.strip()
        if has_interest and not note:
            raise MeetingError(_("Say what the interest is."))
        declaration, _created = InterestDeclaration.objects.update_or_create(
            item=items[pk],
            official=official,
            defaults={
                "has_interest": has_interest,
                "note": note,
                "record_matches": record_matches(official, items[pk].counterparty, on=meeting.date),
            },
        )
        stored.append(declaration)
    audit.record(
        actor=actor,
        action="meetings.declare_interests",
        organization=meeting.organization,
        target=meeting,
        after={
            "official": official.full_name_th,
            "answers": {
                items[d.item_id].number: {"interest": d.has_interest, "note": d.note} for d in stored
            },
            "flagged": [items[d.item_id].number for d in stored if d.flagged],
        },
    )
    return stored


@transaction.atomic
def resolution_add(
    *,
    actor: User,
    meeting: Meeting,
    text: str,
    is_budget_request: bool = False,
    project: str = "",
    amount: Decimal | None = None,
    votes_for: int | None = None,
    votes_against: int | None = None,
) -> Resolution:
    """Record a resolution of a held village meeting. A budget request (measure 6) names its project and
    the amount asked."""
    meeting = locked(meeting)
    if meeting.measure != Measure.VILLAGE:
        raise MeetingError(_("Resolutions are recorded for village meetings."))
    require_held(meeting)
    text, project = text.strip(), project.strip()
    if not text:
        raise MeetingError(_("Write the resolution."))
    if is_budget_request and (not project or amount is None):
        raise MeetingError(_("A budget request names its project and the amount requested."))
    if meeting.resolutions.count() >= MAX_RESOLUTIONS:
        raise MeetingError(_("A meeting has at most 50 resolutions."))
    number = (meeting.resolutions.aggregate(n=Max("number"))["n"] or 0) + 1
    resolution = Resolution.objects.create(
        meeting=meeting,
        number=number,
        text=text,
        is_budget_request=is_budget_request,
        project=project if is_budget_request else "",
        amount=amount if is_budget_request else None,
        votes_for=votes_for,
        votes_against=votes_against,
    )
    audit.record(
        actor=actor,
        action="meetings.resolution_add",
        organization=meeting.organization,
        target=meeting,
        after={
            "number": number,
            "text": text,
            "budget_request": is_budget_request,
            "project": resolution.project,
            "amount": str(amount) if resolution.amount is not None else None,
        },
    )
    return resolution
