"""The gift journeys in Chromium, with the demo accounts and the form's field names."""

from __future__ import annotations

import datetime as dt
import re
import subprocess

import pytest
from playwright.sync_api import Page, expect

from declarations.models import ActingAssignment, Office, Official, Position
from gifts.models import GiftFiling, Ruling
from tests.browser.helpers import file_gift, log_in

pytestmark = [pytest.mark.browser]


def test_staff_files_5000_nayok_rules_return_staff_records_the_return(live_demo, page: Page):
    log_in(page, live_demo.url, "staff1")
    url = file_gift(
        page,
        live_demo.url,
        value="5,000",
        giver="นายวิทยา มั่งมี",
        organization="หจก. รุ่งเรืองการโยธา",
        deals_with_agency=True,
    )
    expect(page.locator(".outcome")).to_have_text("ต้องรายงาน")
    expect(page.get_by_text("นายเกษม แซ่ลี")).to_be_visible()

    log_in(page, live_demo.url, "nayok")
    expect(page.locator(".home-inbox-count")).to_have_text("1")
    page.goto(f"{live_demo.url}/gifts/inbox/")
    page.locator("main table a").first.click()
    page.get_by_role("link", name="วินิจฉัยรายงานนี้").click()
    page.check("[name=decision][value=return]")
    page.fill("[name=reason]", "ผู้ให้เป็นคู่สัญญาของ อบต. ไม่เหมาะสมที่จะรับไว้")
    page.get_by_role("button", name="บันทึกคำวินิจฉัย").click()
    expect(page.locator(".ruling-decision")).to_contain_text("ให้ส่งคืนผู้ให้โดยทันที")

    log_in(page, live_demo.url, "staff1")
    page.goto(url)
    expect(page.locator(".ruling-decision")).to_contain_text("ให้ส่งคืนผู้ให้โดยทันที")
    page.get_by_role("link", name="บันทึกการส่งคืน").click()
    page.fill("[name=returned_on]", dt.date.today().isoformat())
    page.select_option("[name=method]", "in_person")
    page.fill("[name=note]", "ส่งคืนผู้จัดการห้างด้วยตนเอง")
    page.get_by_role("button", name="บันทึก").click()
    expect(page.get_by_text("ส่งคืนผู้ให้แล้ว")).to_be_visible()
    expect(page.locator(".status-closed").first).to_be_visible()


def test_member_files_4500_chair_rules_hand_over_custody_appears(live_demo, page: Page):
    log_in(page, live_demo.url, "member1")
    url = file_gift(page, live_demo.url, value="4500", giver="ไม่ทราบชื่อ", description="ตะกร้าของขวัญไม่มีชื่อผู้ส่ง")
    expect(page.get_by_text("นายสมบัติ รุ่งเรือง")).to_be_visible()

    log_in(page, live_demo.url, "chair")
    page.goto(url)
    page.get_by_role("link", name="วินิจฉัยรายงานนี้").click()
    page.check("[name=decision][value=hand_over]")
    page.fill("[name=reason]", "ไม่เหมาะสมที่จะรับไว้เป็นประโยชน์ส่วนตน")
    page.fill("[name=return_impossible_reason]", "ไม่ทราบตัวผู้ให้ ส่งคืนไม่ได้")
    page.get_by_role("button", name="บันทึกคำวินิจฉัย").click()
    expect(page.locator(".ruling-decision")).to_contain_text("ส่งมอบ")

    log_in(page, live_demo.url, "clerk")
    page.goto(url)
    page.get_by_role("link", name="ทะเบียนคุมทรัพย์สิน").click()
    page.fill("[name=on]", dt.date.today().isoformat())
    page.fill("[name=by_name]", "นางสาวมาลี ใจซื่อ")
    page.fill("[name=location]", "ห้องพัสดุ สำนักปลัด")
    page.get_by_role("button", name="บันทึก").click()
    expect(page.get_by_text("การเก็บรักษาของหน่วยงาน")).to_be_visible()
    expect(page.get_by_text("ห้องพัสดุ สำนักปลัด")).to_be_visible()


def test_chair_files_and_gets_a_nacc_report_letter_never_a_ruling(live_demo, page: Page):
    log_in(page, live_demo.url, "chair")
    url = file_gift(
        page, live_demo.url, value="12000", giver="นายอดิศร พงษ์ไทย", organization="บริษัท พัฒนาที่ดิน จำกัด"
    )
    expect(page.locator(".status-awaiting_nacc").first).to_be_visible()
    expect(page.get_by_role("link", name="วินิจฉัยรายงานนี้")).to_have_count(0)
    with page.expect_response(re.compile(r"nacc-letter\.pdf")) as info:
        page.get_by_role("link", name="หนังสือรายงานถึง ป.ป.ช. (PDF)").click()
    response = info.value
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    filing = GiftFiling.objects.get(pk=int(url.rstrip("/").split("/")[-1]))
    assert filing.reviewer is None
    assert not Ruling.objects.filter(filing=filing).exists()


def test_palad_acting_for_absent_nayok_files_and_deputy_rules(live_demo, page: Page):
    palad = Official.objects.get(membership__user__username="palad")
    chief = Position.objects.get(organization=palad.organization, office=Office.CHIEF_EXECUTIVE)
    ActingAssignment.objects.create(
        organization=palad.organization,
        position=chief,
        acting=palad,
        started_on=dt.date.today() - dt.timedelta(days=5),
        order_ref="คำสั่ง ที่ 45/2569",
    )
    log_in(page, live_demo.url, "palad")
    url = file_gift(
        page, live_demo.url, value="6500", giver="นายสุรเชษฐ์ ใจกว้าง", organization="บริษัท ทางดี จำกัด"
    )
    expect(page.get_by_text("นายประเสริฐ ใจดี")).to_be_visible()
    expect(page.get_by_role("link", name="วินิจฉัยรายงานนี้")).to_have_count(0)
    page.goto(f"{live_demo.url}/gifts/inbox/")
    expect(page.get_by_text("ไม่มีเรื่องรอท่านพิจารณา")).to_be_visible()

    log_in(page, live_demo.url, "deputy")
    page.goto(url)
    expect(page.get_by_role("link", name="วินิจฉัยรายงานนี้")).to_be_visible()


def test_staff2_files_a_2000_baht_basket_recorded_as_permitted(live_demo, page: Page):
    log_in(page, live_demo.url, "staff2")
    file_gift(
        page, live_demo.url, value="2000", giver="นางสมใจ รักดี", description="กระเช้าปีใหม่", necessity=False
    )
    expect(page.locator(".outcome")).to_have_text("รับได้ ไม่ต้องรายงาน")
    expect(page.get_by_text("ไม่ต้องรายงาน บันทึกในทะเบียนแล้ว")).to_be_visible()
    expect(page.locator(".status-recorded").first).to_be_visible()


def test_clerk_prepares_the_ita_report_pdf_and_downloads_it_from_its_page(live_demo, page: Page):
    log_in(page, live_demo.url, "clerk")
    page.goto(f"{live_demo.url}/gifts/reports/ita/?year=2570&period=half")
    page.get_by_role("button", name="จัดทำไฟล์ PDF").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "รายงาน ITA เรื่องของขวัญ ปีงบประมาณ พ.ศ. 2570 (รอบหกเดือน)"
    )
    expect(page.locator(".prepared-status")).to_have_text("พร้อมแล้ว")
    link = page.get_by_role("link", name="ดาวน์โหลด PDF")
    response = page.request.get(live_demo.url + (link.get_attribute("href") or ""))
    assert response.headers["content-type"] == "application/pdf"
    text = subprocess.run(
        ["pdftotext", "-raw", "-", "-"], input=response.body(), capture_output=True, check=True
    ).stdout.decode()
    assert "No Gift Policy" in text and "๒๕๗๐" in text
    page.get_by_role("button", name="บัญชีของฉัน").click()
    page.get_by_role("banner").get_by_role("link", name="เอกสารที่ฉันขอจัดทำ").click()
    expect(
        page.get_by_role("link", name="รายงาน ITA เรื่องของขวัญ ปีงบประมาณ พ.ศ. 2570 (รอบหกเดือน)")
    ).to_be_visible()
