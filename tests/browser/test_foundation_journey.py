"""In Chromium: staff1 logs in in Thai, sees a Buddhist-era date, switches to English, logs out."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from coi_portal import demo, thai

pytestmark = [pytest.mark.browser]


def test_staff_logs_in_in_thai_switches_to_english_and_logs_out(live_demo, page: Page):
    page.goto(f"{live_demo.url}/")
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    expect(page.locator("html")).to_have_attribute("lang", "th")
    expect(page.get_by_role("heading", level=1)).to_have_text("เข้าสู่ระบบป้องกันผลประโยชน์ทับซ้อน")

    page.get_by_label("ชื่อผู้ใช้").fill("staff1")
    page.get_by_label("รหัสผ่าน").fill(demo.DEFAULT_PASSWORD)
    page.get_by_role("button", name="เข้าสู่ระบบ").click()

    today = timezone.localdate()
    expect(page.get_by_role("heading", level=1)).to_contain_text("สวัสดี นายธนากร แก้วมณี")
    expect(page.locator("time.today")).to_have_text(thai.date_long(today))
    assert str(today.year + 543) in page.locator("time.today").inner_text()
    expect(page.get_by_role("link", name="หน้าแรก")).to_be_visible()

    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("time.today")).to_contain_text(f"B.E. {today.year + 543}")
    expect(page.get_by_role("button", name="Log out")).to_be_visible()

    page.get_by_role("button", name="Log out").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/"))
    page.goto(f"{live_demo.url}/")
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/"))


def test_layout_has_no_horizontal_scroll_at_320px(live_demo, page: Page):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_demo.url}/accounts/login/")
    page.get_by_label("ชื่อผู้ใช้").fill("clerk")
    page.get_by_label("รหัสผ่าน").fill(demo.DEFAULT_PASSWORD)
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    page.goto(f"{live_demo.url}/people/")
    width = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert width[0] <= width[1]
    assert dt.date.today().year  # the page rendered with the organization's people
    expect(page.get_by_role("link", name="นายเกษม แซ่ลี")).to_be_visible()
