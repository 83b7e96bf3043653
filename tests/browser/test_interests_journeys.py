"""Business-interest journeys in Chromium, with the demo accounts and the forms' field names."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from declarations.models import Contract, Finding
from tests.browser.helpers import log_in

pytestmark = [pytest.mark.browser]

COMPANY = "บริษัท ถนนดี ก่อสร้าง จำกัด"
NUMBER = "0105560123454"  # a valid juristic person number
S126_2 = "มาตรา ๑๒๖(๒) (เดิมมาตรา ๑๐๐(๒)) แห่งพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริต"
TAO_47 = "มาตรา ๔๗ ตรี(๖) แห่งพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗"
PENALTY = "มาตรา ๑๖๘ (เดิมมาตรา ๑๒๒)"


def enter_contract(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/people/contracts/new/")
    page.fill("[name=contract_number]", "5/2567")
    page.fill("[name=subject]", "ก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 2")
    page.fill("[name=counterparty_name]", COMPANY)
    page.fill("[name=counterparty_juristic_number]", "0-1055-60123-45-4")
    page.fill("[name=value]", "1,250,000")
    page.fill("[name=signed_on]", "2024-02-01")
    page.fill("[name=division]", "กองช่าง")
    page.locator("form.contract-form button[type=submit]").click()
    expect(page.locator(".alert-success")).to_be_visible()


def declare_spouse_stake(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/people/interests/")
    page.locator("a[href$='/people/interests/declare/']").first.click()
    row = page.locator("details.interest-row").first
    expect(row).to_have_attribute("open", "")
    page.select_option("[name=items-0-holder]", "spouse")
    page.select_option("[name=items-0-activity]", "partner_or_shareholder")
    page.fill("[name=items-0-company_name]", COMPANY)
    page.fill("[name=items-0-juristic_number]", NUMBER)
    page.select_option("[name=items-0-business_form]", "company")
    page.fill("[name=items-0-share_percent]", "10")
    page.fill("[name=items-0-role]", "ผู้ถือหุ้น")
    page.fill("[name=items-0-held_since]", "2023-03-01")  # after member1 took office (1 Dec 2021)
    page.check("[name=confirm]")
    page.click("button[name=action][value=submit]")
    expect(page.locator(".alert-success")).to_be_visible()


def expect_prohibited_with_citations(page: Page) -> None:
    finding = page.locator(".finding-prohibited").first
    expect(finding).to_be_visible()
    expect(finding.locator(".finding-company")).to_have_text(COMPANY)
    citations = finding.locator(".finding-citations li")
    expect(citations.nth(0)).to_contain_text(S126_2)
    expect(citations.nth(1)).to_have_text(TAO_47)
    expect(citations.nth(2)).to_contain_text(PENALTY)


def test_member_declares_spouse_stake_in_a_contractor_and_the_chair_sees_the_prohibition(
    live_demo, page: Page
):
    log_in(page, live_demo.url, "clerk")
    enter_contract(page, live_demo.url)

    log_in(page, live_demo.url, "member1")
    declare_spouse_stake(page, live_demo.url)
    expect_prohibited_with_citations(page)
    page.goto(f"{live_demo.url}/people/interests/")
    expect_prohibited_with_citations(page)

    log_in(page, live_demo.url, "chair")
    page.goto(f"{live_demo.url}/people/interests/chair/")
    expect(page.locator(".finding-prohibited .finding-official")).to_have_text("นายบุญมี มั่นคง")
    expect_prohibited_with_citations(page)

    finding = Finding.objects.get()
    assert finding.contract is not None
    assert (finding.outcome, finding.holder, finding.contract.contract_number) == (
        "prohibited",
        "spouse",
        "5/2567",
    )


def test_clerk_imports_the_register_a_bad_row_stores_nothing_then_the_corrected_file(
    live_demo, page: Page, tmp_path
):
    header = "เลขที่สัญญา,คู่สัญญา,เลขทะเบียนนิติบุคคล,รายการ,มูลค่า (บาท),วันที่ลงนาม,กองที่ควบคุม\n"
    good = f'๕/๒๕๖๗,{COMPANY},{NUMBER},ก่อสร้างถนน,"๑,๒๕๐,๐๐๐",๐๑/๐๒/๒๕๖๗,กองช่าง\n'
    bad = tmp_path / "bad.csv"
    bad.write_bytes((header + good + "6/2567,ร้านดี,,ค่าวัสดุ,ไม่ทราบ,01/02/2567,\n").encode("utf-8-sig"))
    fixed = tmp_path / "fixed.csv"
    fixed.write_bytes((header + good + "6/2567,ร้านดี,,ค่าวัสดุ,4500,01/02/2567,\n").encode("utf-8"))

    log_in(page, live_demo.url, "clerk")
    page.goto(f"{live_demo.url}/people/contracts/import/")
    page.set_input_files("[name=file]", str(bad))
    page.locator("form[enctype] button[type=submit]").click()
    expect(page.locator(".import-bad-row")).to_have_count(1)
    expect(page.locator(".import-bad-row")).to_contain_text("มูลค่า (บาท)")
    assert not Contract.objects.exists()

    page.set_input_files("[name=file]", str(fixed))
    page.locator("form[enctype] button[type=submit]").click()
    expect(page.locator(".import-bad-row")).to_have_count(0)
    page.locator(".import-preview form button[type=submit]").click()
    expect(page.locator("table.contract-register tbody tr")).to_have_count(2)
    assert sorted(Contract.objects.values_list("contract_number", flat=True)) == ["5/2567", "6/2567"]
