"""Yearly declaration rounds: who must declare, and marking their filing (late when after the due date)."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from coi_portal import audit
from coi_portal.rules import rules_for
from declarations.errors import InterestError
from declarations.models import (
    DeclarationRound,
    InterestDeclaration,
    Official,
    Organization,
    RoundMember,
    Tenure,
    current_on,
)
from legal.vocabulary import Office

_ORDER = {office.value: rank for rank, office in enumerate(Office)}


def expected_members(
    organization: Organization, *, on: dt.date, include_all_staff: bool
) -> list[tuple[Official, str]]:
    """Officials serving on `on` who hold an office designated under s.126 then (with that office), and,
    with `include_all_staff`, every other serving official (with no office named)."""
    rules = rules_for(organization)
    offices: dict[Official, set[str]] = {}
    tenures = Tenure.objects.filter(current_on(on), official__organization=organization).select_related(
        "official", "position"
    )
    for tenure in tenures:
        if tenure.official.is_serving_on(on):
            offices.setdefault(tenure.official, set()).add(tenure.position.office)
    members = []
    for official, held in sorted(offices.items(), key=lambda pair: pair[0].pk):
        designated = sorted(
            (o for o in held if o in _ORDER and rules.designated_s126(Office(o), on)), key=_ORDER.__getitem__
        )
        if designated:
            members.append((official, designated[0]))
        elif include_all_staff:
            members.append((official, ""))
    return members


@transaction.atomic
def round_open(
    *,
    actor: User,
    organization: Organization,
    year: int,
    title: str,
    opened_on: dt.date,
    due_on: dt.date,
    include_all_staff: bool,
) -> DeclarationRound:
    """Open the year's round; those who already declared since `opened_on` count as filed."""
    if due_on < opened_on:
        raise InterestError(_("The due date cannot be before the opening date."))
    if DeclarationRound.objects.filter(organization=organization, year=year).exists():
        raise InterestError(_("A round for this year already exists."))
    try:
        with transaction.atomic():
            round_ = DeclarationRound.objects.create(
                organization=organization,
                year=year,
                title=title.strip(),
                opened_on=opened_on,
                due_on=due_on,
                include_all_staff=include_all_staff,
                opened_by=actor,
            )
    except IntegrityError:
        raise InterestError(_("A round for this year already exists.")) from None
    members = expected_members(organization, on=opened_on, include_all_staff=include_all_staff)
    for official, office in members:
        member = RoundMember.objects.create(round=round_, official=official, office=office)
        earliest = (
            InterestDeclaration.objects.filter(official=official, submitted_at__date__gte=opened_on)
            .order_by("submitted_at")
            .first()
        )
        if earliest is not None:
            _file(member, earliest)
    audit.record(
        actor=actor,
        action="interest.round_open",
        organization=organization,
        target=round_,
        after={
            "year": year,
            "title": round_.title,
            "opened_on": opened_on.isoformat(),
            "due_on": due_on.isoformat(),
            "include_all_staff": include_all_staff,
            "members": len(members),
        },
    )
    return round_


def _file(member: RoundMember, declaration: InterestDeclaration) -> None:
    member.declaration = declaration
    member.filed_at = declaration.submitted_at
    member.late = timezone.localdate(declaration.submitted_at) > member.round.due_on
    member.save(update_fields=["declaration", "filed_at", "late"])


def mark_filed(declaration: InterestDeclaration) -> RoundMember | None:
    """Count `declaration` for every round that waits for it; returns the most recent such seat."""
    day = timezone.localdate(declaration.submitted_at)
    waiting = RoundMember.objects.filter(
        official=declaration.official, declaration__isnull=True, round__opened_on__lte=day
    ).select_related("round")
    latest = None
    for member in waiting.order_by("round__opened_on"):
        _file(member, declaration)
        latest = member
    return latest
