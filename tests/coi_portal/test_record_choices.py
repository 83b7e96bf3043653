"""Ids outside the integer range are invalid choices, not database errors (found by the form fuzzer)."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError

from coi_portal.forms import RecordMultipleChoiceField
from declarations.forms_register import CommitteeForm
from declarations.models import Official

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("bad", ["99999999999999999999999", "-1", "0", "1.5", "๑", "abc", "1e3"])
def test_an_id_outside_the_integer_range_is_an_invalid_choice(bad):
    field = RecordMultipleChoiceField(queryset=Official.objects.all())
    with pytest.raises(ValidationError) as raised:
        field.clean([bad])
    assert raised.value.code == "invalid_pk_value"


def test_a_real_id_is_accepted(demo_orgs):
    official = Official.objects.first()
    assert list(RecordMultipleChoiceField(queryset=Official.objects.all()).clean([str(official.pk)])) == [
        official
    ]


def test_the_committee_form_refuses_a_huge_member_id(demo_orgs):
    org = demo_orgs["bangsaothong"]
    officials = Official.objects.filter(organization=org)
    chair = officials.first()
    form = CommitteeForm(
        data={
            "kind": "inspection",
            "appointed_on": "2026-01-05",
            "chair": chair.pk,
            "members": ["18446744073709551616"],
        },
        officials=officials,
    )
    assert not form.is_valid()
    assert "members" in form.errors
