"""Who handles a tip-off: the integrity officer, and never an official the tip-off names.

The office is chosen when the tip-off arrives, as the first of ``ROUTE_ORDER`` that holds somebody and of
whom nobody is named: naming the integrity officer sends it to the Permanent Secretary; naming both, to the
Chief Executive; naming the Chief Executive too, to the Council Chair; naming all four, to the internal
auditors. The people are found on the day they look (whoever holds or acts for the office then), and anyone
the tip-off names is left out whatever their office, so a person named never reaches it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.contrib.auth.models import User
from django.utils import timezone

from coi_portal.models import Membership
from declarations.models import Office, Organization, Position
from gifts.routing import deciders_for
from participation.models import TipOff, TipOffRoute

ROUTE_ORDER = (
    TipOffRoute.INTEGRITY_OFFICER,
    TipOffRoute.PERMANENT_SECRETARY,
    TipOffRoute.CHIEF_EXECUTIVE,
    TipOffRoute.COUNCIL_CHAIR,
    TipOffRoute.AUDITORS,
)
OFFICES = {
    TipOffRoute.PERMANENT_SECRETARY: Office.PERMANENT_SECRETARY,
    TipOffRoute.CHIEF_EXECUTIVE: Office.CHIEF_EXECUTIVE,
    TipOffRoute.COUNCIL_CHAIR: Office.COUNCIL_CHAIR,
}


def _memberships(organization: Organization, route: TipOffRoute, day: dt.date) -> list[Membership]:
    memberships = Membership.objects.filter(organization=organization, user__is_active=True).select_related(
        "user", "official"
    )
    if route is TipOffRoute.INTEGRITY_OFFICER:
        return list(memberships.filter(is_integrity_officer=True))
    if route is TipOffRoute.AUDITORS:
        return list(memberships.filter(is_auditor=True))
    people: set[int] = set()
    for position in Position.objects.filter(organization=organization, office=OFFICES[route]):
        people |= {official.pk for official in deciders_for(position, day)[0]}
    return list(memberships.filter(official_id__in=people))


def route_for(
    organization: Organization, named_ids: Iterable[int], *, day: dt.date | None = None
) -> TipOffRoute:
    """The office that handles a tip-off naming the officials ``named_ids``."""
    named = set(named_ids)
    today = day or timezone.localdate()
    for route in ROUTE_ORDER:
        memberships = _memberships(organization, route, today)
        if not memberships:
            continue
        if any(m.official_id in named for m in memberships if m.official_id is not None):
            continue
        return route
    return TipOffRoute.AUDITORS


def handlers_of(tipoff: TipOff, *, day: dt.date | None = None) -> list[User]:
    """The accounts that handle ``tipoff`` today: its office's people, minus anyone the tip-off names."""
    named = set(tipoff.named_officials.values_list("pk", flat=True))
    memberships = _memberships(tipoff.organization, TipOffRoute(tipoff.route), day or timezone.localdate())
    return [m.user for m in memberships if m.official_id is None or m.official_id not in named]


def handles(user: object, tipoff: TipOff) -> bool:
    return any(handler.pk == getattr(user, "pk", None) for handler in handlers_of(tipoff))


def handled_by(user: User, organization: Organization) -> list[TipOff]:
    """Every tip-off of ``organization`` that ``user`` handles today."""
    today = timezone.localdate()
    membership = getattr(user, "membership", None)
    if membership is None or membership.organization_id != organization.pk:
        return []
    tipoffs = TipOff.objects.filter(organization=organization)
    # Only the offices that tip-offs went to are looked up (each costs a few queries).
    used = set(tipoffs.order_by().values_list("route", flat=True).distinct())
    routes = [r for r in ROUTE_ORDER if r in used and membership in _memberships(organization, r, today)]
    if not routes:
        return []
    tipoffs = tipoffs.filter(route__in=routes)
    if membership.official_id is not None:
        tipoffs = tipoffs.exclude(named_officials=membership.official_id)
    return list(tipoffs.order_by("-submitted_at", "-id"))
