"""The annual notice in Chromium: the administrator edits a section, previews and approves; nayok signs
with his own password; the administrator publishes; a citizen finds it and verifies it without logging in.

Elements are found by their form actions and field names, so the journey holds in Thai and in English.
"""

from __future__ import annotations

import hashlib

import pytest
from playwright.sync_api import Page, expect

from coi_portal import demo
from declarations.models import Organization
from measures.demo import seed_measures
from measures.models import IssuedDocument, Notice
from tests.browser.helpers import log_in

pytestmark = [pytest.mark.browser]

NEW_TEXT = "(๖) ให้เผยแพร่ประกาศนี้บนเว็บไซต์และปิดประกาศ ณ ที่ทำการทุกหมู่บ้าน"


def test_admin_edits_previews_approves_nayok_signs_citizen_verifies(live_demo, page: Page):
    seed_measures(Organization.objects.get(slug="bangsaothong"), demo.DEFAULT_PASSWORD)
    notice = Notice.objects.get(kind="no_gift")
    base = live_demo.url

    log_in(page, base, "clerk")
    page.goto(f"{base}/notices/")
    page.locator(f"a[href='/notices/{notice.pk}/']").click()
    second = notice.sections.get(order=2)
    page.locator(f"a[href='/notices/{notice.pk}/sections/{second.pk}/']").click()
    body = page.locator("[name=body]")
    body.fill(
        body.input_value().replace(
            "(๖) ให้เผยแพร่ประกาศนี้ให้ทราบโดยทั่วกัน และเผยแพร่บนเว็บไซต์ขององค์การบริหารส่วนตำบลบางเสาธง", NEW_TEXT
        )
    )
    page.locator("main form button[type=submit]").first.click()
    expect(page.locator(".alert-success")).to_be_visible()
    expect(page.locator(f"#section-{second.pk}")).to_contain_text("ปิดประกาศ ณ ที่ทำการทุกหมู่บ้าน")

    page.locator(f"a[href='/notices/{notice.pk}/preview/']").first.click()
    expect(page.locator(".notice-paper")).to_contain_text("ปิดประกาศ ณ ที่ทำการทุกหมู่บ้าน")
    expect(page.locator(".notice-paper .signature")).to_contain_text("(นายเกษม แซ่ลี)")
    page.locator(f"a[href='/notices/{notice.pk}/']").click()

    expect(page.locator(".no-findings")).to_be_visible()
    page.locator(f"form[action='/notices/{notice.pk}/approve/'] button").click()
    expect(page.locator(".notice-status-approved").first).to_be_visible()
    expect(page.locator(f"a[href='/notices/{notice.pk}/sign/']")).to_have_count(0)  # not the signer

    log_in(page, base, "nayok")
    page.goto(f"{base}/notices/{notice.pk}/")
    page.locator(f"a[href='/notices/{notice.pk}/sign/']").click()
    page.fill("[name=password]", demo.DEFAULT_PASSWORD)
    page.check("[name=confirm]")
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".issue-current")).to_be_visible()
    issued = IssuedDocument.objects.get(notice=notice, method="signature")
    expect(page.locator(".sha256").first).to_have_text(issued.sha256)

    log_in(page, base, "clerk")
    page.goto(f"{base}/notices/{notice.pk}/")
    page.locator(f"form[action='/notices/{notice.pk}/publish/'] button").click()
    expect(page.locator(".notice-status-published").first).to_be_visible()

    page.context.clear_cookies()
    page.goto(f"{base}/o/bangsaothong/notices/")
    expect(page.locator(".public-notices")).to_contain_text("No Gift Policy")
    expect(page.locator(".public-notices")).to_contain_text("มาตรการในการสร้างจิตสำนึก")
    page.locator(f".public-notices a[href='/verify/{notice.identifier}/']").click()
    expect(page.locator(".issue-current")).to_be_visible()
    expect(page.locator(".verify-issues")).to_contain_text("นายเกษม แซ่ลี")

    download = page.request.get(f"{base}/verify/{notice.identifier}/{issued.pk}.pdf")
    assert download.status == 200
    assert download.headers["content-type"] == "application/pdf"
    assert hashlib.sha256(download.body()).hexdigest() == issued.sha256

    page.fill("[name=sha256]", issued.sha256)
    page.locator("main form button[type=submit]").click()
    expect(page.locator(".verdict-authentic")).to_be_visible()
