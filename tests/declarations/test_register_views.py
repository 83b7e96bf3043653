"""The contract register by hand, its bidders, and the selector the gift review page uses."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from coi_portal.models import AuditEntry
from declarations.models import Bidder, Contract
from declarations.selectors import contracts_matching
from declarations.services_crosscheck import ContractIndex
from tests.declarations.conftest import ROADS, WATER

pytestmark = pytest.mark.django_db


def form(**changes: str) -> dict[str, str]:
    data = {
        "kind": "contract",
        "contract_number": "๑๒/๒๕๖๗",
        "subject": "ก่อสร้างถนน",
        "counterparty_name": "บริษัท ถนนดี ก่อสร้าง จำกัด",
        "counterparty_juristic_number": "0 1055 60123 45 4",
        "value": "๑,๒๕๐,๐๐๐.๕๐ บาท",
        "signed_on": "2024-02-01",
        "division": "กองช่าง",
    }
    return {**data, **changes}


def test_the_clerk_enters_a_contract_with_thai_digits(demo_orgs, client_as):
    response = client_as("clerk").post(reverse("declarations:contract_new"), form())
    contract = Contract.objects.get()
    assert response["Location"] == reverse("declarations:contract_detail", args=[contract.pk])
    assert (contract.contract_number, contract.counterparty_juristic_number, str(contract.value)) == (
        "12/2567",
        ROADS,
        "1250000.50",
    )
    assert contract.counterparty_key == "ถนนดีก่อสร้าง"
    assert AuditEntry.objects.filter(action="interest.contract_create").count() == 1


@pytest.mark.parametrize(
    "changes",
    [
        pytest.param({"counterparty_juristic_number": "0105560123455"}, id="bad-check-digit"),
        pytest.param({"value": "-1"}, id="negative-value"),
        pytest.param({"signed_on": "2999-01-01"}, id="future"),
        pytest.param({"subject": ""}, id="no-subject"),
    ],
)
def test_bad_contracts_store_nothing(demo_orgs, client_as, changes):
    assert client_as("clerk").post(reverse("declarations:contract_new"), form(**changes)).status_code == 400
    assert not Contract.objects.exists()


def test_a_contract_number_is_unique_in_the_register(demo_orgs, client_as, add_contract):
    add_contract(contract_number="12/2567")
    assert client_as("clerk").post(reverse("declarations:contract_new"), form()).status_code == 400
    assert Contract.objects.count() == 1


def test_editing_and_deleting(demo_orgs, client_as, add_contract):
    contract = add_contract()
    client = client_as("clerk")
    response = client.post(
        reverse("declarations:contract_edit", args=[contract.pk]),
        form(counterparty_name="หจก. น้ำใส", counterparty_juristic_number=WATER),
    )
    assert response.status_code == 302
    contract.refresh_from_db()
    assert contract.counterparty_key == "น้ำใส"
    assert client.post(reverse("declarations:contract_delete", args=[contract.pk])).status_code == 302
    assert not Contract.objects.exists()
    assert AuditEntry.objects.filter(action="interest.contract_delete").count() == 1


def test_bidders(demo_orgs, client_as, add_contract):
    contract = add_contract()
    client = client_as("clerk")
    url = reverse("declarations:bidder_add", args=[contract.pk])
    client.post(url, {"name": "บริษัท ทางหลวงไทย จำกัด", "juristic_number": ""})
    client.post(url, {"name": "บจก. ทางหลวงไทย", "juristic_number": ""})  # the same bidder again
    client.post(url, {"name": "x", "juristic_number": "123"})  # a bad number
    assert list(Bidder.objects.values_list("name", flat=True)) == ["บริษัท ทางหลวงไทย จำกัด"]


def test_the_search_of_the_register(demo_orgs, client_as, add_contract):
    add_contract()
    add_contract(contract_number="13/2567", counterparty_name="หจก. น้ำใส", counterparty_juristic_number=WATER)
    page = client_as("auditor").get(reverse("declarations:contract_list"), {"q": "น้ำใส"}).content.decode()
    assert "13/2567" in page and "12/2567" not in page


@pytest.mark.parametrize(
    ("name", "number", "expected"),
    [
        pytest.param("บจก. ถนนดีก่อสร้าง", "", ["12/2567", "13/2567", "14/2567"], id="by-name-any-number"),
        pytest.param("อะไรก็ได้", ROADS, ["12/2567"], id="by-number"),
        pytest.param("บริษัท ถนนดี ก่อสร้าง จำกัด", ROADS, ["12/2567", "14/2567"], id="number-and-nameless-twin"),
        pytest.param("บริษัท ถนนดี ก่อสร้าง จำกัด", WATER, ["13/2567", "14/2567"], id="another-number"),
        pytest.param("ร้านอื่น", "", [], id="nobody"),
        pytest.param("", "bad", [], id="nothing-to-compare"),
    ],
)
def test_contracts_matching_agrees_with_the_cross_check(demo_orgs, add_contract, name, number, expected):
    add_contract(contract_number="12/2567")
    add_contract(contract_number="13/2567", counterparty_juristic_number=WATER, signed_on=dt.date(2024, 3, 1))
    add_contract(contract_number="14/2567", counterparty_juristic_number="", signed_on=dt.date(2024, 4, 1))
    organization = demo_orgs["bangsaothong"]
    found = contracts_matching(organization, name=name, juristic_number=number)
    assert sorted(found.values_list("contract_number", flat=True)) == expected
    index = ContractIndex.of(organization)
    number = number if number != "bad" else ""
    assert (
        sorted(c.contract_number for c, _basis in index.matches(name=name, juristic_number=number))
        == expected
    )
    assert not contracts_matching(demo_orgs["khlongdan"], name=name, juristic_number=number).exists()
