"""Every privacy URL against every persona (standards.md P-05, ASVS 4.1.1): 200, 302 (to login, or after a
POST), 400 (a keeper's empty form) or 404 for what the viewer may not see."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from declarations.models import Spouse
from privacy import services
from tests.urlwalk import walk

pytestmark = pytest.mark.django_db

PERSONAS = ["filer", "other_staff", "reviewer", "other_reviewer", "admin", "auditor", "anonymous", "outsider"]
USERNAMES = {
    "filer": "staff1",
    "other_staff": "staff2",
    "reviewer": "nayok",
    "other_reviewer": "chair",
    "admin": "clerk",
    "auditor": "auditor",
    "anonymous": None,
    "outsider": "outsider",
}
EVERYONE = [200] * 8
ACCOUNTS = [200, 200, 200, 200, 200, 200, 302, 200]
KEEPERS_AND_AUDITORS = [404, 404, 404, 404, 200, 200, 302, 200]
OWN_RECORD_ONLY = [404, 404, 404, 404, 200, 200, 302, 404]
MATRIX = {
    "privacy:dashboard": ("GET", ACCOUNTS),
    "privacy:my_data": ("GET", ACCOUNTS),
    "privacy:my_data_download": ("GET", ACCOUNTS),
    "privacy:spouse_notices": ("GET", ACCOUNTS),
    # The Chief Executive's spouse: the Chief Executive and the privacy keeper only.
    "privacy:spouse_notice_pdf": ("GET", [404, 404, 200, 404, 200, 404, 302, 404]),
    "privacy:spouse_notice_given": ("GET", [404, 404, 200, 404, 200, 404, 302, 404]),
    "privacy:notice_new_version": ("GET", [404, 404, 404, 404, 200, 404, 302, 200]),
    "privacy:ropa": ("GET", KEEPERS_AND_AUDITORS),
    "privacy:ropa_pdf": ("GET", KEEPERS_AND_AUDITORS),
    "privacy:retention": ("GET", KEEPERS_AND_AUDITORS),
    "privacy:hold_add": ("POST", [404, 404, 404, 404, 400, 404, 302, 400]),
    "privacy:hold_release": ("POST", [404, 404, 404, 404, 302, 404, 302, 404]),
    "privacy:requests": ("GET", KEEPERS_AND_AUDITORS),
    "privacy:request_detail": ("GET", OWN_RECORD_ONLY),
    "privacy:breaches": ("GET", KEEPERS_AND_AUDITORS),
    "privacy:breach_detail": ("GET", OWN_RECORD_ONLY),
    "privacy:org_home": ("GET", EVERYONE),
    "privacy:org_contact": ("GET", EVERYONE),
    "privacy:policy": ("GET", EVERYONE),
    "privacy:notice": ("GET", EVERYONE),
    "privacy:notice_version": ("GET", EVERYONE),
    "privacy:website_policy": ("GET", EVERYONE),
    "privacy:privacy_policy": ("GET", EVERYONE),
    "privacy:security_policy": ("GET", EVERYONE),
    "privacy:disclaimer": ("GET", EVERYONE),
    "privacy:cookies": ("GET", EVERYONE),
    "privacy:accessibility": ("GET", EVERYONE),
    "privacy:contact": ("GET", EVERYONE),
    "privacy:sitemap": ("GET", EVERYONE),
    "privacy:sitemap_xml": ("GET", EVERYONE),
    "privacy:sitemap_section": ("GET", EVERYONE),
    "privacy:search": ("GET", EVERYONE),
}


def test_every_privacy_route_is_in_the_matrix():
    assert {r.name for r in walk() if r.name.startswith("privacy:")} == set(MATRIX)


@pytest.fixture
def records(org, user_named):
    keeper = user_named("clerk")
    spouse = Spouse.objects.get(official__organization=org, first_name_th="สมศรี")
    notice = services.spouse_notice_needed(spouse=spouse)
    request = services.request_open(
        actor=keeper,
        organization=org,
        requester_name="นาย ก",
        kind="access",
        channel="letter",
        received_on=dt.date(2026, 1, 5),
    )
    breach = services.breach_record(
        actor=keeper,
        organization=org,
        title="t",
        description="d",
        aware_at=dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC),
        risk="none",
    )
    hold = services.hold_place(
        actor=keeper, organization=org, record_type="tipoffs", object_id="", reason="คดี"
    )
    services.current_notice(organization=org, activity="gifts")
    return {"notice": notice, "request": request, "breach": breach, "hold": hold}


def url_for(name, records):
    args = {
        "privacy:spouse_notice_pdf": [records["notice"].pk],
        "privacy:spouse_notice_given": [records["notice"].pk],
        "privacy:notice_new_version": ["gifts"],
        "privacy:hold_release": [records["hold"].pk],
        "privacy:request_detail": [records["request"].pk],
        "privacy:breach_detail": [records["breach"].pk],
        "privacy:org_home": ["bangsaothong"],
        "privacy:org_contact": ["bangsaothong"],
        "privacy:policy": ["bangsaothong"],
        "privacy:notice": ["bangsaothong", "gifts"],
        "privacy:notice_version": ["bangsaothong", "gifts", 1],
        "privacy:sitemap_section": ["portal"],
    }
    return reverse(name, args=args.get(name, []))


@pytest.mark.parametrize("name", sorted(MATRIX))
@pytest.mark.parametrize("persona", PERSONAS)
def test_permission_matrix(client_as, records, name, persona):
    method, expected = MATRIX[name]
    client = client_as(USERNAMES[persona])
    url = url_for(name, records)
    response = client.post(url, {}) if method == "POST" else client.get(url)
    response.close()
    assert response.status_code == expected[PERSONAS.index(persona)], f"{persona} {method} {url}"


@pytest.mark.parametrize(
    "name",
    [
        "privacy:dashboard",
        "privacy:ropa",
        "privacy:requests",
        "privacy:breaches",
        "privacy:my_data_download",
        "privacy:sitemap",
    ],
)
def test_wrong_method_is_refused(client_as, name):
    assert client_as("clerk").put(reverse(name)).status_code == 405
