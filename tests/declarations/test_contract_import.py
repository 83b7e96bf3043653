"""Importing the contract register from a spreadsheet: every row checked, nothing stored when one is wrong."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from coi_portal.models import AuditEntry
from declarations import contract_csv
from declarations.models import Contract, ContractImport, Finding
from tests.declarations.conftest import ROADS, WATER, item

TODAY = dt.date(2025, 6, 2)
HEADER = "เลขที่สัญญา,คู่สัญญา,เลขทะเบียนนิติบุคคล,รายการ,มูลค่า (บาท),วันที่ลงนาม,กองที่ควบคุม\n"
GOOD = (
    HEADER
    + f'5/2567,บริษัท ถนนดี ก่อสร้าง จำกัด,{ROADS},ก่อสร้างถนน หมู่ที่ 2,"1,250,000.00",11/01/2567,กองช่าง\n'
    + f"๖/๒๕๖๗,ห้างหุ้นส่วนจำกัด น้ำใส,{WATER},ปรับปรุงประปา,๔๘๐๐๐๐,๒๐๒๔-๐๓-๑๕,กองช่าง\n"
)


def parse(text: str, existing: set[str] | None = None) -> contract_csv.ParseResult:
    with translation.override("en"):
        return contract_csv.parse(text, existing_numbers=existing or set(), today=TODAY)


def test_a_good_file_with_thai_headers_thai_digits_and_both_date_styles():
    result = parse(GOOD)
    assert result.ok
    first, second = (row.values for row in result.rows)
    assert first["signed_on"] == dt.date(2024, 1, 11)  # 11/01/2567 B.E.
    assert first["value"] == Decimal("1250000.00")
    assert second["contract_number"] == "6/2567"
    assert second["value"] == Decimal("480000.00")
    assert second["signed_on"] == dt.date(2024, 3, 15)  # ISO, in Thai digits


def test_an_iso_date_takes_the_christian_era():
    result = parse(HEADER + f"1/2567,ก,{ROADS},x,1,2567-03-15,\n")
    assert not result.ok
    assert "Christian-era" in result.rows[0].errors[0]
    assert parse(HEADER + f"1/2567,ก,{ROADS},x,1,2024-03-15,\n").rows[0].values["signed_on"] == dt.date(
        2024, 3, 15
    )


def test_english_headers_in_another_order_and_extra_columns_are_ignored():
    text = "No.,value,signed_on,subject,counterparty_name,contract_number\n1,100,2024-01-02,ค่าวัสดุ,ร้านดี,A-1\n"
    result = parse(text)
    assert result.ok
    assert result.ignored_columns == ["No."]
    assert result.rows[0].values["juristic_number"] == ""


def test_the_template_header_is_accepted():
    header = contract_csv.template_csv().decode("utf-8-sig")
    assert header.startswith("เลขที่สัญญา / contract_number,")
    assert parse(header + "1/2567,ร้านดี,,ค่าวัสดุ,100,02/01/2567,,\n").ok


def test_every_bad_row_is_reported_with_its_row_number():
    text = (
        HEADER
        + f"1/2567,ก,{ROADS},x,1,11/01/2567,\n"  # good
        + "2/2567,ข,0105560123455,x,1,11/01/2567,\n"  # bad check digit
        + "3/2567,ค,,x,หนึ่งพัน,11/01/2567,\n"  # not a number
        + "4/2567,ง,,x,1,31/02/2567,\n"  # no such date
        + "5/2567,จ,,x,1,11/01/2019,\n"  # a slash date needs the B.E. year
        + "1/2567,ฉ,,x,1,11/01/2567,\n"  # duplicate number
        + ",ช,,x,1,11/01/2567,\n"  # empty number
        + "7/2567,ซ,,x,-5,11/01/2567,\n"  # negative
        + "8/2567,ฌ,,x,1,11/01/2570,\n"  # in the future
        + "9/2567,ญ,,x,1.005,11/01/2567,\n"  # three decimals
        + "10/2567,ฎ,,x,1,11/01/2567,,extra\n"  # a stray cell
    )
    result = parse(text, existing={"99/2566"})
    assert not result.ok
    errors = {row.line: row.errors for row in result.rows}
    assert errors[2] == []
    assert "check digit" in errors[3][0]
    assert "baht" in errors[4][0]
    assert "no such date" in errors[5][0]
    assert "Buddhist-era" in errors[6][0]
    assert "also on row 2" in errors[7][0]
    assert "is empty" in errors[8][0]
    assert "baht" in errors[9][0]
    assert "future" in errors[10][0]
    assert "two decimals" in errors[11][0]
    assert "stray comma" in errors[12][0]


def test_a_number_already_in_the_register():
    result = parse(HEADER + "5/2567,ก,,x,1,11/01/2567,\n", existing={"5/2567"})
    assert "already in the register" in result.rows[0].errors[0]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param("", "empty", id="empty"),
        pytest.param("\n\n", "empty", id="blank-lines"),
        pytest.param(HEADER, "no contracts", id="header-only"),
        pytest.param("คู่สัญญา,มูลค่า\nก,1\n", "Columns missing", id="missing-columns"),
        pytest.param("เลขที่สัญญา,contract_number,คู่สัญญา\n", "appears twice", id="duplicate-column"),
    ],
)
def test_file_level_errors(text, message):
    result = parse(text)
    assert not result.ok
    assert message in " ".join(result.file_errors)


def test_decoding_with_and_without_bom_and_refusing_tis620():
    assert contract_csv.decode(GOOD.encode("utf-8-sig")) == GOOD
    assert contract_csv.decode(GOOD.encode("utf-8")) == GOOD
    with pytest.raises(Exception, match="UTF-8"):
        contract_csv.decode(GOOD.encode("cp874"))


# Through the pages, as the clerk.


def upload(client, text: bytes, name: str = "register.csv"):
    return client.post(reverse("declarations:contract_import"), {"file": SimpleUploadedFile(name, text)})


@pytest.mark.django_db
def test_preview_then_confirm_stores_every_row_and_checks_declarations(demo_orgs, client_as, declare):
    declare("member1", items=[item()])
    client = client_as("clerk")
    response = upload(client, GOOD.encode("utf-8-sig"))
    assert response.status_code == 200
    assert not Contract.objects.exists()  # a preview stores nothing
    batch = ContractImport.objects.get()
    assert (
        f'action="{reverse("declarations:contract_import_confirm", args=[batch.pk])}"'
        in response.content.decode()
    )
    response = client.post(reverse("declarations:contract_import_confirm", args=[batch.pk]))
    assert response.status_code == 302
    assert Contract.objects.count() == 2
    assert set(Contract.objects.values_list("source", flat=True)) == {"import"}
    assert Finding.objects.get().contract.contract_number == "5/2567"
    assert AuditEntry.objects.filter(action="interest.contract_import").count() == 1
    again = client.post(reverse("declarations:contract_import_confirm", args=[batch.pk]))
    assert again.status_code == 404
    assert Contract.objects.count() == 2


@pytest.mark.django_db
def test_a_file_with_one_bad_row_stores_nothing(demo_orgs, client_as):
    text = GOOD + "7/2567,ร้านดี,,x,ไม่ทราบ,11/01/2567,\n"
    response = upload(client_as("clerk"), text.encode("utf-8"))
    assert response.status_code == 400
    page = response.content.decode()
    assert "import-bad-row" in page
    assert not Contract.objects.exists()
    assert not ContractImport.objects.exists()


@pytest.mark.django_db
def test_a_non_utf8_file_gets_a_clear_message(demo_orgs, client_as):
    response = upload(client_as("clerk"), GOOD.encode("cp874"))
    assert response.status_code == 400
    assert "CSV UTF-8" in response.content.decode()


@pytest.mark.django_db
def test_confirming_after_the_register_changed_stores_nothing(demo_orgs, client_as, add_contract):
    client = client_as("clerk")
    upload(client, GOOD.encode("utf-8"))
    add_contract(contract_number="5/2567")
    response = client.post(
        reverse("declarations:contract_import_confirm", args=[ContractImport.objects.get().pk])
    )
    assert response.status_code == 302
    assert Contract.objects.count() == 1


@pytest.mark.django_db
def test_the_template_downloads_with_a_bom(demo_orgs, client_as):
    response = client_as("clerk").get(reverse("declarations:contract_import_template"))
    assert response.status_code == 200
    assert response.content.startswith(b"\xef\xbb\xbf")
    assert "attachment" in response["Content-Disposition"]


@pytest.mark.django_db
def test_the_page_states_the_headers_in_thai_and_english(demo_orgs, client_as):
    page = client_as("clerk").get(reverse("declarations:contract_import")).content.decode()
    for column in contract_csv.COLUMNS:
        assert column.thai in page
        assert f"<code>{column.name}</code>" in page


@pytest.mark.django_db
def test_a_file_over_2_mb_is_refused(demo_orgs, client_as):
    response = upload(client_as("clerk"), b"x" * (2 * 1024 * 1024 + 1))
    assert response.status_code == 400
    assert not ContractImport.objects.exists()
