"""Reads of organizations and people, each scoped to the viewer."""

from __future__ import annotations

import datetime as dt

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404

from coi_portal.permissions import AnyUser, can_read_organization_records, official_of, organization_of
from declarations import names, thai_ids
from declarations.models import (
    ActingAssignment,
    Contract,
    Official,
    Organization,
    Position,
    Tenure,
    current_on,
)


def officials_visible_to(*, user: AnyUser) -> QuerySet[Official]:
    """All officials of the viewer's organization for those who read its records; otherwise only the
    viewer's own official record."""
    organization = organization_of(user)
    if organization is None:
        return Official.objects.none()
    officials = Official.objects.filter(organization=organization)
    if not can_read_organization_records(user):
        own = official_of(user)
        officials = officials.filter(pk=own.pk) if own is not None else officials.none()
    return officials.prefetch_related(
        Prefetch("tenures", queryset=Tenure.objects.select_related("position").order_by("-started_on"))
    ).select_related("village")


def official_get_for_user(*, user: AnyUser, pk: int) -> Official:
    """The official ``pk`` if the viewer may see it, else 404 (not 403: nobody learns what exists)."""
    try:
        return officials_visible_to(user=user).select_related("organization").get(pk=pk)
    except Official.DoesNotExist:
        raise Http404 from None


def positions_held(*, official: Official, on: dt.date) -> list[Position]:
    tenures = Tenure.objects.filter(current_on(on), official=official).select_related("position")
    return [tenure.position for tenure in tenures]


def holders_of(*, position: Position, on: dt.date) -> list[Official]:
    """Who holds ``position`` on ``on`` (a position may have several holders, e.g. council members)."""
    tenures = Tenure.objects.filter(current_on(on), position=position).select_related("official")
    return [tenure.official for tenure in tenures if tenure.official.is_serving_on(on)]


def acting_for(*, position: Position, on: dt.date) -> list[Official]:
    """Who acts for ``position`` on ``on``, by order."""
    assignments = ActingAssignment.objects.filter(current_on(on), position=position).select_related("acting")
    return [assignment.acting for assignment in assignments]


def contracts_matching(
    organization: Organization, *, name: str, juristic_number: str = ""
) -> QuerySet[Contract]:
    """Contracts of the register whose counterparty is the business named: the same juristic person
    number, or failing that the same normalised name where the two do not carry different numbers (as the
    cross-check matches). For the gift review page: is this giver a contractor of the organization?"""
    number = thai_ids.normalise(juristic_number)
    number = number if thai_ids.is_valid(number) else ""
    key = names.normalised_name(name)
    match = Q(counterparty_juristic_number=number) if number else Q(pk__in=[])
    if key:
        by_name = Q(counterparty_key=key)
        match |= by_name & Q(counterparty_juristic_number="") if number else by_name
    return Contract.objects.filter(match, organization=organization).order_by("-signed_on", "-pk")
