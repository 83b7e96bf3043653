"""Every URL of the declarations app against every persona: 200, 302 (to login, or after a POST) or 404.

The world: member1 declared a spouse's stake in a contractor (a finding), staff1 declared outside work
(awaiting the finance director's acknowledgement) and sits on an inspection committee with the director,
a round is open, and the clerk has a previewed import waiting.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from declarations.models import ContractImport, Finding, Official
from declarations.services_register import committee_create, import_preview
from declarations.services_rounds import round_open
from tests.declarations.conftest import item, work
from tests.responses import close_response
from tests.urlwalk import walk

pytestmark = pytest.mark.django_db

PERSONAS = ["member1", "member2", "chair", "director", "staff1", "clerk", "auditor", "anonymous", "outsider"]
#                  member1 member2 chair director staff1 clerk auditor anon outsider
EVERY_OFFICIAL = [200, 200, 200, 200, 200, 200, 200, 302, 200]
EVERY_OFFICIAL_POSTS = [302, 302, 302, 302, 302, 302, 302, 302, 302]
RECORD_READERS = [404, 404, 404, 404, 404, 200, 200, 302, 200]  # the outsider reads its own organization
MANAGERS = [404, 404, 404, 404, 404, 200, 404, 302, 200]  # administrators / integrity officers
OWN_ORG_READERS = [404, 404, 404, 404, 404, 200, 200, 302, 404]  # a bangsaothong object
OWN_ORG_MANAGERS = [404, 404, 404, 404, 404, 200, 404, 302, 404]
OWN_ORG_MANAGERS_POST = [404, 404, 404, 404, 404, 302, 404, 302, 404]
MATRIX = {
    "declarations:people_list": ("GET", RECORD_READERS),
    "declarations:official_detail": ("GET", [404, 200, 404, 404, 404, 200, 200, 302, 404]),
    "declarations:record_leaving": ("GET", OWN_ORG_MANAGERS),
    "declarations:interests_mine": ("GET", EVERY_OFFICIAL),
    "declarations:interests_declare": ("GET", EVERY_OFFICIAL),
    "declarations:interests_nothing": ("POST", EVERY_OFFICIAL_POSTS),
    "declarations:interests_to_acknowledge": ("GET", EVERY_OFFICIAL),
    "declarations:interest_detail": ("GET", [200, 404, 404, 404, 404, 200, 200, 302, 404]),
    "declarations:interest_pdf": ("GET", [200, 404, 404, 404, 404, 200, 200, 302, 404]),
    "declarations:interest_acknowledge": ("POST", [404, 404, 404, 302, 404, 404, 404, 302, 404]),
    "declarations:findings": ("GET", RECORD_READERS),
    "declarations:findings_csv": ("GET", RECORD_READERS),
    "declarations:finding_detail": ("GET", [200, 404, 200, 404, 404, 200, 200, 302, 404]),
    "declarations:finding_review": ("POST", OWN_ORG_MANAGERS_POST),
    "declarations:chair_dashboard": ("GET", [404, 404, 200, 404, 404, 404, 404, 302, 404]),
    "declarations:former_officials": ("GET", RECORD_READERS),
    "declarations:round_list": ("GET", RECORD_READERS),
    "declarations:round_new": ("GET", [404, 404, 404, 404, 404, 200, 404, 302, 200]),
    "declarations:round_detail": ("GET", OWN_ORG_READERS),
    "declarations:contract_list": ("GET", RECORD_READERS),
    "declarations:contract_new": ("GET", MANAGERS),
    "declarations:contract_import": ("GET", MANAGERS),
    "declarations:contract_import_template": ("GET", MANAGERS),
    "declarations:contract_import_confirm": ("POST", OWN_ORG_MANAGERS_POST),
    "declarations:contract_detail": ("GET", OWN_ORG_READERS),
    "declarations:contract_edit": ("GET", OWN_ORG_MANAGERS),
    "declarations:contract_delete": ("POST", OWN_ORG_MANAGERS_POST),
    "declarations:bidder_add": ("POST", OWN_ORG_MANAGERS_POST),
    "declarations:committee_new": ("GET", OWN_ORG_MANAGERS),
    "declarations:my_seats": ("GET", EVERY_OFFICIAL),
    "declarations:committee_detail": ("GET", [404, 404, 404, 200, 200, 200, 200, 302, 404]),
    "declarations:seat_declare": ("GET", [404, 404, 404, 404, 200, 404, 404, 302, 404]),
}


def test_every_declarations_route_is_in_the_matrix():
    assert {r.name for r in walk() if r.name.startswith("declarations:")} == set(MATRIX)


@pytest.fixture
def world(demo_orgs, declare, add_contract, user_named):
    clerk = user_named("clerk")
    organization = demo_orgs["bangsaothong"]
    contract = add_contract()
    member1 = declare("member1", items=[item(holder="spouse")])
    staff1 = declare("staff1", outside_work=[work()])
    director = user_named("director").membership.official
    committee = committee_create(
        actor=clerk,
        contract=contract,
        kind="inspection",
        appointed_on=dt.date(2024, 2, 10),
        order_ref="",
        members=[(staff1.official, "chair"), (director, "member")],
    )
    today = dt.date.today()
    round_ = round_open(
        actor=clerk,
        organization=organization,
        year=today.year,
        title="รอบทดสอบ",
        opened_on=today,
        due_on=today + dt.timedelta(days=30),
        include_all_staff=False,
    )
    text = "contract_number,counterparty_name,subject,value,signed_on\n77/2567,ร้านดี,ค่าวัสดุ,100,2024-01-02\n"
    import_preview(actor=clerk, organization=organization, file_name="x.csv", raw=text.encode())
    return {
        "declarations:official_detail": Official.objects.get(membership__user__username="member2").pk,
        "declarations:record_leaving": Official.objects.get(membership__user__username="member2").pk,
        "declarations:interest_detail": member1.pk,
        "declarations:interest_pdf": member1.pk,
        "declarations:interest_acknowledge": staff1.pk,
        "declarations:finding_detail": Finding.objects.get(official=member1.official).pk,
        "declarations:finding_review": Finding.objects.get(official=member1.official).pk,
        "declarations:round_detail": round_.pk,
        "declarations:contract_import_confirm": ContractImport.objects.get().pk,
        "declarations:committee_detail": committee.pk,
        "declarations:seat_declare": committee.members.get(official=staff1.official).pk,
        **dict.fromkeys(
            (
                "declarations:contract_detail",
                "declarations:contract_edit",
                "declarations:contract_delete",
                "declarations:bidder_add",
                "declarations:committee_new",
            ),
            contract.pk,
        ),
    }


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_permission_matrix(client_as, world, name):
    """One world per route, every persona in turn (a POST that succeeds for one persona leaves nothing that
    another persona in the row could then reach)."""
    method, expected = MATRIX[name]
    url = reverse(name, args=[world[name]]) if name in world else reverse(name)
    got = []
    for persona in PERSONAS:
        client = client_as(None if persona == "anonymous" else persona)
        response = client.post(url, {}) if method == "POST" else client.get(url)
        close_response(response)
        got.append(response.status_code)
    assert dict(zip(PERSONAS, got, strict=True)) == dict(zip(PERSONAS, expected, strict=True)), (
        f"{method} {url}"
    )
