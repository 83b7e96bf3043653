"""The portal learns of a spouse in two ways, and each starts the PDPA s.25 notice (standards.md P-03): an
administrator records the spouse, or the official declares a spouse's business interest."""

from __future__ import annotations

import pytest
from django.urls import reverse

from declarations.models import Official, Spouse
from privacy.models import SpouseNotice
from tests.declarations.conftest import item

pytestmark = pytest.mark.django_db


def _admin_form_data(response) -> dict[str, object]:
    """What the change page would post back unchanged: the main form and every inline formset."""
    data: dict[str, object] = {}
    forms = [response.context["adminform"].form]
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        forms.extend(formset.forms)
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if value is None:
                continue
            if isinstance(value, bool):
                if value:
                    data[form.add_prefix(name)] = "on"
                continue
            data[form.add_prefix(name)] = value if isinstance(value, list) else str(value)
    return data


def test_a_spouse_recorded_by_the_administrator_starts_the_notice(demo_orgs, client_as):
    staff1 = Official.objects.get(organization=demo_orgs["bangsaothong"], membership__user__username="staff1")
    client = client_as("clerk")
    url = reverse("admin:declarations_official_change", args=[staff1.pk])
    data = _admin_form_data(client.get(url))
    total = int(data["spouses-TOTAL_FORMS"])
    data.update(
        {
            "spouses-TOTAL_FORMS": str(total + 1),
            f"spouses-{total}-official": str(staff1.pk),
            f"spouses-{total}-prefix_th": "นาง",
            f"spouses-{total}-first_name_th": "มาลี",
            f"spouses-{total}-last_name_th": "ทองดี",
            f"spouses-{total}-kind": "registered",
            f"spouses-{total}-started_on": "2020-02-14",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    spouse = Spouse.objects.get(official=staff1, first_name_th="มาลี")
    notice = SpouseNotice.objects.get(spouse=spouse)
    assert notice.reason == "recorded"
    assert notice.given_on is None


def test_declaring_a_spouse_interest_starts_the_notice(demo_orgs, declare):
    declaration = declare("member1", items=[item(holder="spouse")])
    spouse = declaration.items.get().spouse
    notice = SpouseNotice.objects.get(spouse=spouse)
    assert notice.reason == "declared"
    assert declaration.notice_version == "interests-1"


def test_the_notice_is_not_started_twice(demo_orgs, declare):
    declare("member1", items=[item(holder="spouse")])
    declare("member1", items=[item(holder="spouse")])
    assert SpouseNotice.objects.count() == 1
