"""WCAG 2.1 AA in Chromium (standards.md W-06, W-07): axe-core finds no violation on the main pages of every
persona's journeys; a skip link; every input labelled; a gift filed with the keyboard alone; no horizontal
scroll at 320 px; ``lang`` on every page and on English fragments.

axe-core (tests/browser/vendor, MPL-2.0) is injected as a script file; the pages' CSP forbids injected
scripts, so only this module's browser context bypasses CSP.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from playwright.sync_api import Page, expect

from coi_portal.prepared import services as prepared
from gifts import services as gifts
from gifts.models import GiftFiling
from gifts.prepared import ITA_REPORT
from gifts.uploads import check_file
from participation import services as participation
from privacy.demo import seed_privacy
from tests.browser.helpers import log_in
from tests.gifts.conftest import facts
from tests.gifts.test_uploads import png_bytes

pytestmark = [pytest.mark.browser]

AXE = Path(__file__).parent / "vendor" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21aa"]
ORG = "/o/bangsaothong"

PUBLIC_PAGES = [
    "/accounts/login/",
    "/gifts/check/",
    f"{ORG}/gifts/",
    f"{ORG}/",
    f"{ORG}/contact/",
    f"{ORG}/privacy/",
    f"{ORG}/privacy/gifts/",
    f"{ORG}/tipoffs/new/",
    "/tipoffs/follow/",
    f"{ORG}/handbook/",
    f"{ORG}/awareness/",
    f"{ORG}/risks/",
    f"{ORG}/ita/2569/",
    "/website-policy/",
    "/privacy-policy/",
    "/security-policy/",
    "/disclaimer/",
    "/cookie-policy/",
    "/accessibility/",
    "/contact/",
    "/sitemap/",
    "/search/?q=ของขวัญ",
]
# The main pages of each persona's journeys; {filing} is a gift filing by staff1 awaiting the Chief Executive.
PERSONA_PAGES = {
    "staff1": ["/", "/gifts/new/", "/gifts/mine/", "/gifts/{filing}/", "/privacy/", "/privacy/my-data/"],
    "member1": ["/", "/gifts/new/", "/privacy/spouse-notices/"],
    "nayok": ["/", "/gifts/inbox/", "/gifts/{filing}/", "/gifts/{filing}/rule/", "/privacy/spouse-notices/"],
    "clerk": [
        "/gifts/register/",
        "/gifts/reports/ita/",
        "/documents/",
        "/documents/{document}/",
        "/privacy/",
        "/privacy/ropa/",
        "/privacy/retention/",
        "/privacy/requests/",
        "/privacy/breaches/",
        "/privacy/spouse-notices/",
        "/privacy/notices/gifts/new/",
        "/tipoffs/",
        "/tipoffs/{tipoff}/",
        "/tipoffs/counts/",
        "/awareness/",
        "/awareness/new/",
        "/risks/",
        "/ita/2569/",
        "/handbook/cases/",
    ],
    "auditor": ["/gifts/register/", "/privacy/ropa/"],
}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """This module's pages are checked by an injected axe-core: its context bypasses CSP."""
    return {**browser_context_args, "bypass_csp": True}


@pytest.fixture
def portal(live_demo):
    """The live demo with a filing awaiting the Chief Executive, a tip-off, and the privacy demo data."""
    from declarations.models import Organization

    organization = Organization.objects.get(slug="bangsaothong")
    seed_privacy(organization)
    staff = gifts.draft_create(
        actor=_user("staff1"),
        filer=_user("staff1").membership.official,
        facts=facts(),
        files=[check_file(SimpleUploadedFile("basket.png", png_bytes()))],
    )
    filing = gifts.filing_submit(actor=_user("staff1"), filing=staff)
    tipoff = participation.tipoff_submit(
        organization=organization, subject="gift", what="กระเช้าจากผู้รับเหมา"
    ).tipoff
    document = prepared.document_request(
        actor=_user("clerk"), producer=ITA_REPORT, parameters={"year": 2570, "period": "half"}
    )
    prepared.document_render(str(document.pk))
    live_demo.ids = {"filing": filing.pk, "tipoff": tipoff.pk, "document": document.pk}
    return live_demo


def _user(username: str) -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.get(username=username)


def violations(page: Page) -> list[str]:
    """axe-core's WCAG 2.0 A/AA and 2.1 AA violations on the page, one readable line each."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        f"{v['id']} ({v['impact']}): {[node['target'] for node in v['nodes']][:5]}"
        for v in result["violations"]
    ]


def check(page: Page, url: str) -> list[str]:
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    # Bootstrap animates link colours for 0.15 s; axe must see the settled colours.
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    return [f"{url}: {line}" for line in violations(page)]


def test_axe_finds_no_violation_on_public_pages(portal, page: Page):
    found = []
    for path in PUBLIC_PAGES:
        found += check(page, portal.url + path)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("username", sorted(PERSONA_PAGES))
def test_axe_finds_no_violation_on_each_personas_pages(portal, page: Page, username):
    log_in(page, portal.url, username)
    found = []
    for path in PERSONA_PAGES[username]:
        found += check(page, portal.url + path.format(**portal.ids))
    assert found == [], "\n".join(found)


def test_english_pages_pass_too(portal, page: Page):
    page.goto(f"{portal.url}{ORG}/")
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    found = []
    for path in (f"{ORG}/", "/contact/", "/accessibility/", f"{ORG}/handbook/", f"{ORG}/tipoffs/new/"):
        found += check(page, portal.url + path)
    assert found == [], "\n".join(found)


def test_a_skip_link_leads_to_the_main_content(portal, page: Page):
    page.goto(f"{portal.url}{ORG}/handbook/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    expect(page.locator("a.skip-link")).to_be_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


FIELDS = "input:not([type=hidden]), select, textarea"


@pytest.mark.parametrize(
    ("username", "path"),
    [
        (None, f"{ORG}/tipoffs/new/"),
        ("staff1", "/gifts/new/"),
        ("clerk", "/awareness/new/"),
        ("clerk", "/privacy/breaches/"),
    ],
)
def test_every_input_has_a_label(portal, page: Page, username, path):
    if username:
        log_in(page, portal.url, username)
    page.goto(portal.url + path)
    page.locator("details").evaluate_all("nodes => nodes.forEach(node => node.open = true)")
    unlabelled = page.locator(FIELDS).evaluate_all(
        """nodes => nodes.filter(node => {
            const labels = node.labels ? Array.from(node.labels).map(l => l.textContent.trim()).join('') : '';
            return !labels && !node.getAttribute('aria-label') && !node.getAttribute('aria-labelledby');
        }).map(node => node.outerHTML.slice(0, 120))"""
    )
    assert unlabelled == []
    assert page.locator(FIELDS).count() >= 3


def tab_to(page: Page, selector: str, limit: int = 80) -> None:
    """Press Tab until the element matching ``selector`` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def test_a_gift_is_filed_with_the_keyboard_alone(portal, page: Page):
    page.goto(f"{portal.url}/accounts/login/")
    tab_to(page, "[name=username]")
    page.keyboard.type("staff2")
    tab_to(page, "[name=password]")
    page.keyboard.type("demo-pass-2562")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_contain_text("สวัสดี")
    tab_to(page, "a[href='/gifts/new/']")
    page.keyboard.press("Enter")
    expect(page.locator("[name=description]")).to_be_visible()
    tab_to(page, "[name=description]")
    page.keyboard.type("กระเช้าผลไม้ปีใหม่")
    tab_to(page, "[name=value]")
    page.keyboard.type("2000")
    tab_to(page, "[name=giver_name]")
    page.keyboard.type("นางสมใจ รักดี")
    tab_to(page, "[name=giver_deals_with_agency]")
    page.keyboard.press("Space")
    tab_to(page, "button[name=action][value=submit]")
    page.keyboard.press("Enter")
    expect(page.locator(".alert-success")).to_be_visible()
    filing = GiftFiling.objects.filter(filer__membership__user__username="staff2").get()
    version = filing.versions.get()
    assert version.giver_name == "นางสมใจ รักดี" and version.giver_deals_with_agency
    assert version.received_on == dt.date.today()


NARROW_PAGES = [
    "/accounts/login/",
    f"{ORG}/tipoffs/new/",
    f"{ORG}/handbook/",
    f"{ORG}/privacy/gifts/",
    f"{ORG}/risks/",
    f"{ORG}/ita/2569/",
    f"{ORG}/gifts/",
    "/contact/",
    "/cookie-policy/",
    "/sitemap/",
]


def test_no_horizontal_scroll_at_320_pixels(portal, page: Page):
    page.set_viewport_size({"width": 320, "height": 800})
    wide = []
    for path in NARROW_PAGES:
        page.goto(portal.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            wide.append(f"{path}: {width}px")
    log_in(page, portal.url, "clerk")
    for path in ("/privacy/", "/privacy/spouse-notices/", f"/tipoffs/{portal.ids['tipoff']}/", "/gifts/new/"):
        page.goto(portal.url + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 320:
            wide.append(f"{path}: {width}px")
    assert wide == []


def test_lang_on_every_page_and_on_english_fragments(portal, page: Page):
    for path in PUBLIC_PAGES:
        page.goto(portal.url + path)
        assert page.locator("html").get_attribute("lang") in ("th", "en"), path
        expect(page.get_by_role("button", name="English")).to_have_attribute("lang", "en")
    page.goto(f"{portal.url}/cookie-policy/")
    expect(page.locator("td[lang=en]", has_text="csrftoken")).to_have_count(1)
    page.goto(f"{portal.url}/accessibility/")
    expect(page.locator("span[lang=en]", has_text="WCAG 2.1")).to_have_count(1)
    page.get_by_role("button", name="English").click()
    page.goto(f"{portal.url}{ORG}/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("button", name="ภาษาไทย")).to_have_attribute("lang", "th")
    expect(page.locator("p.lead[lang=th]")).to_have_text("องค์การบริหารส่วนตำบลบางเสาธง")
