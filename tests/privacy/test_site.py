"""The government website standard (standards.md W-03 to W-05, W-07): footer links on every public page to
pages with real content, the sitemaps, a search over public content, English versions, only the cookies
the portal needs."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.urls import reverse

from privacy.search import search
from tests.coi_portal.test_access import PUBLIC
from tests.urlwalk import walk

pytestmark = pytest.mark.django_db

FOOTER = (
    "privacy:website_policy",
    "privacy:security_policy",
    "privacy:disclaimer",
    "privacy:sitemap",
    "privacy:accessibility",
    "privacy:cookies",
)
MAIN = re.compile(r'<main id="main"[^>]*>(.*)</main>', re.S)
TAGS = re.compile(r"<[^>]+>")


def main_text(html: str) -> str:
    match = MAIN.search(html)
    assert match, "no <main>"
    return " ".join(TAGS.sub(" ", match.group(1)).split())


def public_pages(client):
    """Every public route of the portal that answers 200 with an HTML page, as an anonymous visitor."""
    for route in walk():
        if route.name not in PUBLIC or route.name in ("set_language", "healthz"):
            continue
        response = client.get(route.url, follow=True)
        if response.status_code == 200 and response["Content-Type"].startswith("text/html"):
            yield route, response.content.decode()


def test_every_public_page_links_the_website_standard_pages(demo_orgs, client):
    checked = 0
    for route, html in public_pages(client):
        for name in FOOTER:
            assert f'href="{reverse(name)}"' in html, f"{route.name} lacks {name}"
        assert "/privacy-policy/" in html or "/privacy/" in html, route.name
        assert "/contact/" in html, route.name
        assert 'action="/search/"' in html, route.name
        checked += 1
    assert checked >= 20


@pytest.mark.parametrize(
    "name",
    [*FOOTER, "privacy:privacy_policy", "privacy:contact"],
)
def test_each_footer_page_answers_with_real_content(demo_orgs, client, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert len(main_text(response.content.decode())) > 150


def test_the_contact_page_gives_address_telephone_email_and_hours(org, client):
    for url in (reverse("privacy:contact"), reverse("privacy:org_contact", args=[org.slug])):
        text = main_text(client.get(url).content.decode())
        assert "เลขที่ 101 หมู่ที่ 7 ตำบลบางเสาธง" in text
        assert "02-707-1671" in text
        assert "saraban@bangsaothong.example" in text
        assert "๐๘.๓๐-๑๖.๓๐" in text


def test_the_accessibility_statement_names_wcag_21_aa_and_a_contact(org, client):
    text = main_text(client.get(reverse("privacy:accessibility")).content.decode())
    assert "WCAG 2.1" in text and "AA" in text
    assert "saraban@bangsaothong.example" in text


def test_the_cookie_policy_lists_the_cookies_and_anonymous_visitors_get_no_session(org, client):
    text = main_text(client.get(reverse("privacy:cookies")).content.decode())
    for cookie in ("csrftoken", "sessionid", "django_language"):
        assert cookie in text
    for url in (
        reverse("privacy:org_home", args=[org.slug]),
        reverse("participation:tipoff_new", args=[org.slug]),
    ):
        response = client.get(url)
        assert set(response.cookies) <= {settings.CSRF_COOKIE_NAME}, response.cookies


SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap_locations(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 - our own response, not untrusted input
    return [node.text or "" for node in root.iter(f"{SITEMAP}loc")]


def test_sitemap_xml_lists_the_public_pages_each_answering(org, client):
    sections = sitemap_locations(client, reverse("privacy:sitemap_xml"))
    assert any(url.endswith("/sitemap-portal.xml") for url in sections)
    locations = [
        location
        for section in sections
        for location in sitemap_locations(client, urlsplit(section).path + f"?{urlsplit(section).query}")
    ]
    paths = [urlsplit(location).path for location in locations]
    assert "/o/bangsaothong/handbook/" in paths
    assert "/contact/" in paths
    for path in paths:
        page = client.get(path, follow=True)
        assert page.status_code == 200, path
    html = client.get(reverse("privacy:sitemap")).content.decode()
    assert "/o/bangsaothong/handbook/" in html and "/o/khlongdan/" in html


def test_the_search_finds_the_handbook_the_register_and_the_notices(org, client, file_gift, english):
    from privacy.services import ensure_default_notices

    ensure_default_notices(org)
    file_gift("staff1", giver_organization="บริษัท ก่อสร้างดี จำกัด")
    found = {result.source for result in search("ของขวัญ", organization=org)}
    assert {"Handbook", "Privacy notice"} <= found
    assert any(result.source == "Page" for result in search("gift register", organization=org))
    results = search("ก่อสร้างดี", organization=org)
    assert any(result.url == reverse("gift_reports:public_register", args=[org.slug]) for result in results)
    handbook = search("๓,๐๐๐", organization=org)
    assert any(
        result.url.startswith(reverse("participation:handbook", args=[org.slug])) for result in handbook
    )
    assert search("   ") == []
    page = client.get(reverse("privacy:search"), {"q": "ก่อสร้างดี", "org": org.slug}).content.decode()
    assert reverse("gift_reports:public_register", args=[org.slug]) in page


def test_the_search_never_shows_what_the_register_hides(org, file_gift):
    file_gift("staff1", giver_name="นายเอกชน ลับเฉพาะ", giver_organization="")
    assert search("ลับเฉพาะ", organization=org) == []


@pytest.mark.parametrize(
    "name",
    [
        "privacy:website_policy",
        "privacy:privacy_policy",
        "privacy:contact",
        "privacy:accessibility",
        "privacy:cookies",
    ],
)
def test_english_versions_of_the_public_pages(org, client, name):
    client.cookies["django_language"] = "en"
    html = client.get(reverse(name)).content.decode()
    assert '<html lang="en">' in html
    assert re.search(r"[A-Za-z]{4,} [A-Za-z]{3,}", main_text(html))


def test_english_organization_pages_mark_thai_fragments(org, client):
    client.cookies["django_language"] = "en"
    html = client.get(reverse("privacy:org_home", args=[org.slug])).content.decode()
    assert "Bang Sao Thong Subdistrict Administrative Organization" in html
    assert f'<p class="lead" lang="th">{org.name_th}</p>' in html
    thai = client.get(reverse("privacy:org_home", args=[org.slug]), HTTP_COOKIE="").content.decode()
    assert "<html lang" in thai
