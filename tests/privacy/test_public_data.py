"""No personal numbers in public pages (standards.md P-04): 13-digit ID numbers, telephone numbers and home
addresses typed into reports or tip-offs never reach a public page, the sitemap, the search or the handbook."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from participation import services as participation
from tests.coi_portal.test_access import PUBLIC
from tests.urlwalk import walk

pytestmark = pytest.mark.django_db

ID_NUMBER = re.compile(r"(?<![0-9๐-๙])[0-9๐-๙](?:[- ]?[0-9๐-๙]){12}(?![0-9๐-๙])")
PLANTED = ("081-234-5678", "1-2345-67890-12-1", "บ้านเลขที่ 99/9", "นายผู้แจ้ง ลับสุด", "ซองขาวหนาปึก")


@pytest.fixture
def personal_data(org, user_named, file_gift):
    file_gift(
        "staff1",
        giver_name="นายสมพงษ์ ค้าดี",
        giver_organization="บริษัท ก่อสร้างดี จำกัด",
        description="กระเช้า ผู้ให้ฝากเบอร์ 081-234-5678 บ้านเลขที่ 99/9 บัตร 1-2345-67890-12-1",
        necessity_reason="ผู้ให้ (บัตร 1-2345-67890-12-1) นำมาวางไว้",
    )
    participation.tipoff_submit(
        organization=org,
        subject="gift",
        what="ผู้รับเหมาให้ซองขาวหนาปึก",
        anonymous=False,
        reporter_name="นายผู้แจ้ง ลับสุด",
        reporter_contact="081-234-5678",
        named=[user_named("director").membership.official],
    )


def public_urls(client):
    urls = {route.url for route in walk() if route.name in PUBLIC and route.name not in ("set_language",)}
    urls |= {reverse("privacy:search") + "?q=" + word for word in ("081", "ก่อสร้างดี", "บ้านเลขที่", "ซอง")}
    for slug in ("bangsaothong", "khlongdan"):
        urls |= {url.replace("bangsaothong", slug) for url in list(urls)}
    return sorted(urls)


def test_no_id_number_phone_or_home_address_in_any_public_page(personal_data, client):
    checked = 0
    for url in public_urls(client):
        response = client.get(url, follow=True)
        if response.status_code != 200 or not response["Content-Type"].startswith(
            ("text/", "application/xml")
        ):
            continue
        body = response.content.decode()
        assert not ID_NUMBER.search(body), url
        for value in PLANTED:
            assert value not in body, (url, value)
        checked += 1
    assert checked >= 30


def test_the_public_register_shows_the_corporate_giver_only(personal_data, org, client):
    page = client.get(reverse("gift_reports:public_register", args=[org.slug])).content.decode()
    assert "บริษัท ก่อสร้างดี จำกัด" in page
    assert "นายสมพงษ์" not in page
