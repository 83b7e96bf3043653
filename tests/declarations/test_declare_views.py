"""Declaring in the browser's terms: the posted field names, good input, and bad input that stores nothing."""

from __future__ import annotations

import subprocess

import pytest
from django.urls import reverse

from coi_portal.models import AuditEntry
from declarations.models import Finding, InterestDeclaration
from tests.declarations.conftest import ROADS, WATER, item

pytestmark = pytest.mark.django_db

DECLARE = reverse("declarations:interests_declare")


def formset(
    prefix: str, rows: list[dict[str, str]], initial: int = 0, total: int | None = None
) -> dict[str, str]:
    data = {
        f"{prefix}-TOTAL_FORMS": str(total if total is not None else len(rows)),
        f"{prefix}-INITIAL_FORMS": str(initial),
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }
    for index, row in enumerate(rows):
        data.update({f"{prefix}-{index}-{name}": value for name, value in row.items()})
    return data


def spouse_row(**changes: str) -> dict[str, str]:
    row = {
        "holder": "spouse",
        "activity": "partner_or_shareholder",
        "company_name": "บริษัท ถนนดี ก่อสร้าง จำกัด",
        "juristic_number": "0-1055-60123-45-4",
        "business_form": "company",
        "share_percent": "๑๐",
        "role": "ผู้ถือหุ้น",
        "held_since": "2023-03-01",
        "held_until": "",
        "notes": "",
    }
    return {**row, **changes}


def post(items: list[dict[str, str]], work: list[dict[str, str]] = (), **extra: str) -> dict[str, str]:  # type: ignore[assignment]
    return {**formset("items", items), **formset("work", list(work)), "confirm": "on", **extra}


def test_member_declares_a_spouse_stake_and_sees_the_prohibition(demo_orgs, client_as, add_contract):
    add_contract()
    client = client_as("member1")
    response = client.post(DECLARE, post([spouse_row()]))
    declaration = InterestDeclaration.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("declarations:interest_detail", args=[declaration.pk])
    stored = declaration.items.get()
    assert (stored.juristic_number, stored.share_percent, stored.spouse_name) == (
        ROADS,
        10,
        "นางลำดวน ศรีประเสริฐ",
    )
    page = client.get(reverse("declarations:interests_mine")).content.decode()
    assert "finding-prohibited" in page
    assert "มาตรา ๑๒๖(๒) (เดิมมาตรา ๑๐๐(๒))" in page
    assert "มาตรา ๔๗ ตรี(๖) แห่งพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล" in page


def test_the_form_starts_from_the_last_declaration(demo_orgs, client_as, declare):
    declare("member1", items=[item(holder="spouse", company_name="บริษัท ครัวดี จำกัด", juristic_number="")])
    page = client_as("member1").get(DECLARE).content.decode()
    assert 'name="items-INITIAL_FORMS" value="1"' in page
    assert 'value="บริษัท ครัวดี จำกัด"' in page
    assert 'name="items-TOTAL_FORMS" value="4"' in page  # the prefilled row and three blank ones


def test_an_amendment_is_a_new_version_and_a_removed_line_is_gone(demo_orgs, client_as, declare):
    declare("member1", items=[item(), item(company_name="บริษัท น้ำใส จำกัด", juristic_number=WATER)])
    first = {**spouse_row(holder="self"), "DELETE": "on"}
    second = spouse_row(holder="self", company_name="บริษัท น้ำใส จำกัด", juristic_number=WATER)
    response = client_as("member1").post(DECLARE, post([first, second], **{"items-INITIAL_FORMS": "2"}))
    assert response.status_code == 302
    v1, v2 = InterestDeclaration.objects.order_by("version")
    assert (v1.items.count(), v2.version, list(v2.items.values_list("company_name", flat=True))) == (
        2,
        2,
        ["บริษัท น้ำใส จำกัด"],
    )


def test_blank_extra_rows_are_ignored(demo_orgs, client_as):
    blank = {"holder": "self", "activity": "partner_or_shareholder", "business_form": "company"}
    data = post([spouse_row(holder="self"), blank, blank], work=[{"paid": "on"}])
    assert client_as("member1").post(DECLARE, data).status_code == 302
    assert InterestDeclaration.objects.get().items.count() == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"juristic_number": "0105560123455"}, "check digit", id="bad-checksum"),
        pytest.param({"share_percent": "120"}, "between 0 and 100", id="share-over-100"),
        pytest.param({"held_since": "2999-01-01"}, "future", id="future-date"),
        pytest.param({"held_until": "2020-01-01"}, "before the start", id="ends-before-it-starts"),
        pytest.param({"company_name": ""}, "required", id="no-name"),
        pytest.param({"business_form": "partnership"}, "limited company", id="share-of-a-partnership"),
    ],
)
def test_bad_lines_store_nothing(demo_orgs, client_as, changes, message):
    client = client_as("member1")
    client.post(reverse("set_language"), {"language": "en"})
    response = client.post(DECLARE, post([spouse_row(**changes)]))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not InterestDeclaration.objects.exists()


def test_a_spouse_line_without_a_recorded_spouse(demo_orgs, client_as):
    client = client_as("member2")
    client.post(reverse("set_language"), {"language": "en"})
    response = client.post(DECLARE, post([spouse_row()]))
    assert response.status_code == 400
    assert "No spouse is recorded" in response.content.decode()


def test_the_declaration_must_be_certified_and_not_empty(demo_orgs, client_as):
    client = client_as("member1")
    client.post(reverse("set_language"), {"language": "en"})
    uncertified = {**post([spouse_row()]), "confirm": ""}
    assert client.post(DECLARE, uncertified).status_code == 400
    empty = client.post(DECLARE, post([]))
    assert empty.status_code == 400
    assert "Nothing to declare" in empty.content.decode()
    assert not InterestDeclaration.objects.exists()


def test_nothing_to_declare_in_one_click(demo_orgs, client_as):
    response = client_as("staff2").post(reverse("declarations:interests_nothing"))
    declaration = InterestDeclaration.objects.get()
    assert response.status_code == 302
    assert declaration.nothing_to_declare
    assert declaration.notice_version


def test_reading_a_spouse_declaration_is_logged(demo_orgs, client_as, declare, add_contract):
    add_contract()
    declaration = declare("member1", items=[item(holder="spouse")])
    client = client_as("clerk")
    assert client.get(reverse("declarations:interest_detail", args=[declaration.pk])).status_code == 200
    entry = AuditEntry.objects.get(action="interest.view_spouse_data")
    assert (entry.actor_username, entry.target_id) == ("clerk", str(declaration.pk))
    finding = Finding.objects.get()
    client.get(reverse("declarations:finding_detail", args=[finding.pk]))
    assert AuditEntry.objects.filter(action="interest.view_spouse_findings").count() == 1


def test_the_pdf_is_an_official_document_and_its_export_is_logged(demo_orgs, client_as, declare, tmp_path):
    declaration = declare("member1", items=[item(holder="spouse")])
    response = client_as("member1").get(reverse("declarations:interest_pdf", args=[declaration.pk]))
    assert response["Content-Type"] == "application/pdf"
    pdf = tmp_path / "d.pdf"
    pdf.write_bytes(response.content)
    text = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "แบบแสดงการมีส่วนได้เสียทางธุรกิจ" in text
    assert "ถนนดี" in text
    assert "คู่สมรส" in text
    assert AuditEntry.objects.filter(action="interest.export", actor_username="member1").count() == 1


def test_wrong_methods(demo_orgs, client_as, declare):
    client = client_as("clerk")
    declaration = declare("staff1", nothing=True)
    assert client.get(reverse("declarations:interests_nothing")).status_code == 405
    assert client.get(reverse("declarations:interest_acknowledge", args=[declaration.pk])).status_code == 405
    assert client.post(reverse("declarations:interests_mine")).status_code == 405
    assert client.post(reverse("declarations:interest_detail", args=[declaration.pk])).status_code == 405
    assert client.post(reverse("declarations:interest_pdf", args=[declaration.pk])).status_code == 405
    assert client.put(DECLARE).status_code == 405
