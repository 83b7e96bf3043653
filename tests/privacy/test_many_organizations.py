"""A portal shared by thousands of organizations: the public pages that speak of every organization (the
policies, the contact directory, the site maps, the search without an organization) read a bounded number
of rows and queries however many organizations there are."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from declarations.models import Organization
from privacy import views_site
from privacy.search import MAX_ORGANIZATIONS, search

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def add_organizations(count: int, start: int = 0) -> None:
    Organization.objects.bulk_create(
        Organization(
            name_th=f"องค์การบริหารส่วนตำบลทดสอบ{n:04d}",
            name_en=f"Test SAO {n:04d}",
            slug=f"test-{n:04d}",
            district="เมือง",
            province="ชลบุรี" if n % 2 else "ระยอง",
        )
        for n in range(start, start + count)
    )


def queries(client, url: str, data: dict[str, str] | None = None) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, data or {})
    assert response.status_code == 200, url
    return len(captured), response.content.decode()


PAGES = [
    ("privacy:privacy_policy", None),
    ("privacy:accessibility", None),
    ("privacy:contact", None),
    ("privacy:contact", {"q": "ชลบุรี"}),
    ("privacy:sitemap", None),
    ("privacy:search", {"q": "ของขวัญ"}),
]


@pytest.mark.parametrize(("name", "data"), PAGES)
def test_public_pages_read_as_much_with_sixty_organizations_as_with_five(demo_orgs, client, name, data):
    add_organizations(3)
    few, _ = queries(client, reverse(name), data)
    add_organizations(57, start=3)
    many, html = queries(client, reverse(name), data)
    assert many == few, name
    assert html.count('class="card mb-3 contact-card"') <= views_site.DIRECTORY_PAGE


def test_policy_pages_name_twenty_and_point_to_the_directory(demo_orgs, client):
    add_organizations(40)
    html = client.get(reverse("privacy:privacy_policy")).content.decode()
    assert html.count("/privacy/") >= views_site.LISTED_ORGANIZATIONS
    assert "test-0039" not in html
    assert reverse("privacy:contact") in html


def test_the_directory_pages_and_filters(demo_orgs, client):
    add_organizations(45)
    first = client.get(reverse("privacy:contact")).content.decode()
    assert first.count('class="card mb-3 contact-card"') == views_site.DIRECTORY_PAGE
    assert "page=2" in first
    last = client.get(reverse("privacy:contact"), {"page": "3"}).content.decode()
    assert "test-0044" in last or "ทดสอบ0044" in last
    found = client.get(reverse("privacy:contact"), {"q": "ทดสอบ0007"}).content.decode()
    assert found.count('class="card mb-3 contact-card"') == 1
    assert "ทดสอบ0007" in found
    nothing = client.get(reverse("privacy:contact"), {"q": "ไม่มีองค์กรนี้"})
    assert nothing.status_code == 200
    assert "ทดสอบ" not in nothing.content.decode()


def test_the_sitemap_index_pages_every_organization(demo_orgs, client, settings):
    add_organizations(30)
    index = ET.fromstring(client.get(reverse("privacy:sitemap_xml")).content)  # noqa: S314
    sections = [urlsplit(node.text) for node in index.iter(f"{SITEMAP}loc")]
    handbook = next(s for s in sections if "handbook" in s.path)
    urls = ET.fromstring(client.get(f"{handbook.path}?{handbook.query}").content)  # noqa: S314
    paths = {urlsplit(node.text).path for node in urls.iter(f"{SITEMAP}loc")}
    assert len(paths) == Organization.objects.count()
    assert "/o/test-0029/handbook/" in paths


def test_a_search_without_an_organization_looks_into_the_named_ones_only(demo_orgs, client):
    add_organizations(30)
    named = search("บางเสาธง")
    assert named and {r.organization for r in named if r.organization} <= {"องค์การบริหารส่วนตำบลบางเสาธง"}
    wide = search("ทดสอบ")
    assert len({r.organization for r in wide if r.organization}) <= MAX_ORGANIZATIONS
