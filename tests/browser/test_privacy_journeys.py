"""In Chromium with the demo accounts: an anonymous tip-off followed by its tracking code through a question,
an answer and the outcome; the officer's view never reaching a person the tip-off names; a spouse notice
printed and recorded; an official downloading their own data."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import Page, expect

from participation.models import TipOff
from privacy.models import SpouseNotice
from tests.browser.helpers import log_in

pytestmark = [pytest.mark.browser]

CODE = re.compile(r"^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$")


def send_tipoff(page: Page, base_url: str, *, named: list[str], what: str) -> str:
    """Fill the public form as an anonymous visitor; returns the tracking code shown once."""
    page.context.clear_cookies()
    page.goto(f"{base_url}/o/bangsaothong/tipoffs/new/")
    page.check("[name=subject][value=conflict]")
    page.fill("[name=what]", what)
    page.fill("[name=occurred_on]", (dt.date.today() - dt.timedelta(days=10)).isoformat())
    if named:
        page.locator("details summary").first.click()
        for name in named:
            page.get_by_label(re.compile(name)).check()
    page.locator("main button[type=submit]").click()
    code = page.locator(".tracking-code").inner_text().strip()
    assert CODE.match(code), code
    return code


def follow(page: Page, base_url: str, code: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{base_url}/tipoffs/follow/")
    page.fill("[name=code]", code)
    page.locator("main button[type=submit]").click()


def test_anonymous_tipoff_question_answer_outcome(live_demo, page: Page):
    code = send_tipoff(page, live_demo.url, named=["ผู้อำนวยการกองคลัง"], what="ผอ.กองคลังให้ญาติเป็นผู้รับจ้างโครงการ")
    tipoff = TipOff.objects.get()
    expect(page.locator("main")).to_contain_text(tipoff.number)
    assert tipoff.anonymous and tipoff.route == "integrity_officer"

    log_in(page, live_demo.url, "clerk")
    page.goto(f"{live_demo.url}/tipoffs/")
    page.get_by_role("link", name=tipoff.number).click()
    expect(page.locator(".tipoff-what")).to_contain_text("ให้ญาติเป็นผู้รับจ้าง")
    page.fill("[name=text]", "โครงการใด และเมื่อใด")
    page.locator("form[action$='/ask/'] button[type=submit]").click()
    expect(page.locator(".alert-success")).to_be_visible()

    follow(page, live_demo.url, code)
    expect(page.locator(".tipoff-message-officer")).to_contain_text("โครงการใด และเมื่อใด")
    page.fill("[name=answer]", "โครงการถนนหมู่ 9 เดือนมกราคม")
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".tipoff-message-reporter")).to_contain_text("โครงการถนนหมู่ 9")

    log_in(page, live_demo.url, "clerk")
    page.goto(f"{live_demo.url}/tipoffs/{tipoff.pk}/")
    expect(page.locator(".tipoff-message-reporter")).to_contain_text("โครงการถนนหมู่ 9")
    page.check("[name=outcome][value=action_taken]")
    page.fill("[name=note]", "ตั้งกรรมการสอบข้อเท็จจริงแล้ว")
    page.locator("form[action$='/close/'] button[type=submit]").click()
    expect(page.locator(".alert-success")).to_be_visible()

    follow(page, live_demo.url, code)
    expect(page.locator(".tipoff-outcome-note")).to_have_text("ตั้งกรรมการสอบข้อเท็จจริงแล้ว")
    expect(page.locator("[name=answer]")).to_have_count(0)


def test_the_officers_view_never_reaches_a_person_named(live_demo, page: Page):
    send_tipoff(page, live_demo.url, named=["นักทรัพยากรบุคคล"], what="เจ้าหน้าที่ผู้ดูแลระบบรับของขวัญจากผู้สมัครงาน")
    tipoff = TipOff.objects.get()
    assert tipoff.route == "permanent_secretary"

    log_in(page, live_demo.url, "clerk")
    page.goto(f"{live_demo.url}/tipoffs/")
    expect(page.get_by_role("link", name=tipoff.number)).to_have_count(0)
    response = page.goto(f"{live_demo.url}/tipoffs/{tipoff.pk}/")
    assert response is not None and response.status == 404
    expect(page.get_by_text("ผู้สมัครงาน")).to_have_count(0)

    log_in(page, live_demo.url, "palad")
    page.goto(f"{live_demo.url}/tipoffs/")
    page.get_by_role("link", name=tipoff.number).click()
    expect(page.locator(".tipoff-what")).to_contain_text("ผู้สมัครงาน")


def test_member_prints_the_spouse_notice_and_records_it(live_demo, page: Page):
    log_in(page, live_demo.url, "member1")
    page.goto(f"{live_demo.url}/privacy/spouse-notices/")
    with page.expect_response(re.compile(r"/privacy/spouse-notices/\d+\.pdf")) as info:
        page.locator("a[href$='.pdf']").first.click()
    assert info.value.status == 200 and info.value.headers["content-type"] == "application/pdf"
    page.goto(f"{live_demo.url}/privacy/spouse-notices/")
    page.locator("a[href$='/given/']").first.click()
    page.fill("[name=given_on]", dt.date.today().isoformat())
    page.select_option("[name=how]", "in_person")
    page.locator("main button[type=submit]").click()
    expect(page.locator(".alert-success")).to_be_visible()
    assert SpouseNotice.objects.get(spouse__first_name_th="ลำดวน").given_on == dt.date.today()


def test_official_downloads_their_data(live_demo, page: Page):
    log_in(page, live_demo.url, "staff1")
    page.goto(f"{live_demo.url}/privacy/my-data/")
    with page.expect_download() as info:
        page.locator("a[href$='my-data.zip']").click()
    assert info.value.suggested_filename.startswith("my-data-") and info.value.suggested_filename.endswith(
        ".zip"
    )
