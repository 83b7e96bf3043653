"""A tip-off goes to the integrity officer and never to an official it names (measure 4)."""

from __future__ import annotations

import pytest

from participation.models import TipOffRoute
from participation.routing import handlers_of, route_for

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("named", "route", "handlers"),
    [
        pytest.param((), TipOffRoute.INTEGRITY_OFFICER, {"clerk"}, id="nobody-named-integrity-officer"),
        pytest.param(("director",), TipOffRoute.INTEGRITY_OFFICER, {"clerk"}, id="a-director-named"),
        pytest.param(
            ("clerk",), TipOffRoute.PERMANENT_SECRETARY, {"palad"}, id="integrity-officer-named-palad"
        ),
        pytest.param(
            ("clerk", "palad"), TipOffRoute.CHIEF_EXECUTIVE, {"nayok"}, id="both-named-chief-executive"
        ),
        pytest.param(
            ("clerk", "palad", "nayok"), TipOffRoute.COUNCIL_CHAIR, {"chair"}, id="three-named-chair"
        ),
        pytest.param(
            ("clerk", "palad", "nayok", "chair"), TipOffRoute.AUDITORS, {"auditor"}, id="all-named-auditors"
        ),
        pytest.param(
            ("clerk", "palad", "nayok", "chair", "auditor"),
            TipOffRoute.AUDITORS,
            set(),
            id="auditor-named-too",
        ),
    ],
)
def test_route_and_handlers(org, official, report, named, route, handlers):
    officials = [official(name) for name in named]
    assert route_for(org, [o.pk for o in officials]) is route
    tipoff = report(*officials).tipoff
    assert tipoff.route == route
    assert {user.username for user in handlers_of(tipoff)} == handlers


def test_a_vacant_office_is_skipped(org, official, report):
    from declarations.models import Tenure

    Tenure.objects.filter(position__office="permanent_secretary", official__organization=org).delete()
    assert route_for(org, [official("clerk").pk]) is TipOffRoute.CHIEF_EXECUTIVE


def test_handlers_are_found_on_the_day_and_a_named_holder_never_is(org, official, report, user_named):
    tipoff = report(official("clerk")).tipoff
    from coi_portal.models import Membership

    # The permanent secretary's office now also has an integrity officer named in the tip-off: still left out.
    Membership.objects.filter(user=user_named("clerk")).update(is_integrity_officer=True)
    assert {user.username for user in handlers_of(tipoff)} == {"palad"}
