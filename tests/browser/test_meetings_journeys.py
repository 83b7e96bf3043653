"""The meetings journey in Chromium: the clerk plans 2570, moves one meeting, records its attendance and
minutes, and the public schedule (and the calendar feed) shows the change."""

from __future__ import annotations

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from PIL import Image
from playwright.sync_api import Page, expect

from meetings.models import Meeting
from tests.browser.helpers import log_in

pytestmark = [pytest.mark.browser]
# A Tuesday in 2570, after the first village meetings of the year.
NOW = dt.datetime(2027, 1, 12, 10, 0, tzinfo=ZoneInfo("Asia/Bangkok"))


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def test_clerk_plans_2570_moves_a_meeting_records_it_and_the_public_sees_it(
    live_demo, page: Page, time_machine
):
    time_machine.move_to(NOW, tick=True)
    base = live_demo.url
    log_in(page, base, "clerk")

    page.goto(f"{base}/meetings/?year=2570")
    page.fill(".plan-form [name=year]", "2570")
    page.fill(".plan-form [name=daily_limit]", "2")
    page.click(".plan-form button[type=submit]")
    expect(page.locator(".alert-success")).to_be_visible()
    expect(page.locator("#month-1 .meeting-row")).to_have_count(12)
    expect(page.locator("#month-1 .plan-raised")).to_be_visible()
    expect(page.locator(".meeting-row")).to_have_count(144)

    meeting = Meeting.objects.get(for_month=dt.date(2027, 1, 1), village__moo_no=5)
    assert meeting.date == dt.date(2027, 1, 4)
    page.locator(f'.meeting-row[data-uid="{meeting.uid}"] a').click()
    page.click(".action-move")
    page.fill("[name=date]", "2027-01-08")
    page.fill("[name=start_time]", "13:00")
    page.fill("[name=end_time]", "15:00")
    page.fill("[name=place]", "วัดคลองบางพลี")
    page.fill("[name=reason]", "ศาลาประชาคมซ่อมหลังคา")
    page.click(".meeting-form button[type=submit]")
    expect(page.locator(".status-moved")).to_be_visible()
    expect(page.locator(".moved-note")).to_contain_text("ศาลาประชาคมซ่อมหลังคา")
    expect(page.locator(".meeting-when")).to_contain_text("8 มกราคม 2570")

    page.click(".action-attendance")
    expect(page.locator("[name=officials]:checked")).to_have_count(4)  # the executives and หมู่ 5's member
    page.fill("[name=others]", "นายสมหมาย ใจงาม, ผู้ใหญ่บ้านหมู่ที่ 5")
    page.fill("[name=citizens]", "35")
    page.click(".meeting-form button[type=submit]")
    expect(page.locator(".status-held")).to_be_visible()
    expect(page.locator(".attendance")).to_contain_text("นายสมหมาย ใจงาม")
    expect(page.locator(".citizens")).to_contain_text("35")

    page.click(".action-minutes")
    page.fill("[name=text]", "ผู้บริหารชี้แจงการดูแลรักษาศาลาประชาคมและถนนในหมู่บ้าน")
    page.set_input_files("[name=file]", {"name": "minutes.png", "mimeType": "image/png", "buffer": png()})
    page.click(".meeting-form button[type=submit]")
    expect(page.locator(".minutes-text")).to_contain_text("ผู้บริหารชี้แจงการดูแลรักษาศาลาประชาคม")
    expect(page.locator("a[href$='/minutes/file/']")).to_be_visible()

    page.context.clear_cookies()
    page.goto(f"{base}/o/bangsaothong/meetings/?year=2570")
    row = page.locator(f'.meeting-row[data-uid="{meeting.uid}"]')
    expect(row).to_contain_text("8 ม.ค. 70")
    expect(row).to_contain_text("13:00–15:00")
    expect(row).to_contain_text("วัดคลองบางพลี")
    expect(row.locator(".status-held")).to_be_visible()
    expect(row.locator(".moved-note")).to_contain_text("ศาลาประชาคมซ่อมหลังคา")
    expect(page.locator(".meeting-row")).to_have_count(144)

    feed = page.request.get(f"{base}/meetings/bangsaothong/2570.ics")
    assert feed.ok
    events = {str(e.uid): e for e in Calendar.from_ical(feed.body()).events}
    assert len(events) == 144
    event = events[meeting.uid]
    assert event.sequence == 1
    assert event.start == dt.datetime(2027, 1, 8, 13, 0, tzinfo=ZoneInfo("Asia/Bangkok"))
    assert "หมู่ที่ 5" in str(event["SUMMARY"])
