"""Steps shared by the browser journeys."""

from __future__ import annotations

import datetime as dt

from playwright.sync_api import Page, expect

from coi_portal import demo


def log_in(page: Page, base_url: str, username: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{base_url}/accounts/login/")
    page.get_by_label("ชื่อผู้ใช้").fill(username)
    page.get_by_label("รหัสผ่าน").fill(demo.DEFAULT_PASSWORD)
    page.get_by_role("button", name="เข้าสู่ระบบ").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("สวัสดี")


def file_gift(
    page: Page,
    base_url: str,
    *,
    value: str,
    giver: str,
    organization: str = "",
    description: str = "กระเช้าของขวัญ",
    necessity: bool = True,
    days_ago: int = 2,
    deals_with_agency: bool = False,
) -> str:
    """Fill the gift form by its field names and send it; returns the filing page's URL."""
    page.goto(f"{base_url}/gifts/new/")
    page.fill("[name=received_on]", (dt.date.today() - dt.timedelta(days=days_ago)).isoformat())
    page.select_option("[name=kind]", "property")
    page.fill("[name=description]", description)
    page.fill("[name=value]", value)
    page.select_option("[name=value_basis]", "market_price")
    page.fill("[name=giver_name]", giver)
    page.fill("[name=giver_organization]", organization)
    page.select_option("[name=giver_relation]", "none")
    if deals_with_agency:
        page.check("[name=giver_deals_with_agency]")
    page.select_option("[name=occasion]", "new_year")
    if necessity:
        page.check("[name=accepted_out_of_necessity]")
        page.fill("[name=necessity_reason]", "ผู้ให้นำมาวางไว้ ปฏิเสธไม่ได้")
    page.click("button[name=action][value=submit]")
    expect(page.locator(".alert-success")).to_contain_text("ส่งรายงานเรียบร้อยแล้ว")
    return page.url
