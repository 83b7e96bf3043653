"""seed_interests: the demo's register, declarations, round and committee, made once."""

from __future__ import annotations

import pytest
from django.apps import apps

from declarations.demo import seed_interests
from declarations.models import CommitteeMember, Finding, InterestDeclaration


def snapshot() -> dict[str, list[tuple]]:
    state = {}
    for label in ("declarations", "coi_portal"):
        for model in apps.get_app_config(label).get_models():
            state[model._meta.label] = sorted(model._default_manager.values_list(), key=repr)
    return state


@pytest.mark.django_db
def test_seeding_twice_changes_nothing(demo_orgs):
    organization = demo_orgs["bangsaothong"]
    seed_interests(organization)
    first = snapshot()
    seed_interests(organization)
    assert snapshot() == first


@pytest.mark.django_db
def test_the_demo_shows_the_law_at_work(demo_orgs):
    seed_interests(demo_orgs["bangsaothong"])
    outcomes = {
        (f.official.first_name_th, f.outcome, f.reason) for f in Finding.objects.select_related("official")
    }
    assert ("เกษม", "review", "spouse_preexisting") in outcomes  # scenario 38
    assert ("สายใจ", "review", "within_share_limit") in outcomes  # scenario 39, for a council member
    assert ("ธนากร", "not_applicable", "office_not_designated") in outcomes
    assert not InterestDeclaration.objects.filter(
        official__first_name_th="บุญมี"
    ).exists()  # member1: the journey
    palad = CommitteeMember.objects.get(official__first_name_th="วิชัย")
    assert palad.declaration == "pending"


@pytest.mark.django_db
def test_another_organization_gets_nothing(demo_orgs):
    seed_interests(demo_orgs["khlongdan"])
    assert not InterestDeclaration.objects.exists()
