"""Deny by default: every URL but the public ones sends an anonymous visitor to the login page."""

from __future__ import annotations

import pytest
from django.urls import reverse

from declarations.models import Official
from tests.urlwalk import walk

# Public on purpose: the login page, the health check, the language switch.
PUBLIC = {
    "login",
    "healthz",
    "set_language",
    "gift_reports:check",
    "gift_reports:public_register",
    "measures:verify",
    "measures:verify_notice",
    "measures:issued_pdf",
    "measures:public_list",
    "meetings:public_schedule",
    "meetings:ics",
    "meetings:personal_feed",
    "privacy:org_home",
    "privacy:org_contact",
    "privacy:policy",
    "privacy:notice",
    "privacy:notice_version",
    "privacy:website_policy",
    "privacy:privacy_policy",
    "privacy:security_policy",
    "privacy:disclaimer",
    "privacy:cookies",
    "privacy:accessibility",
    "privacy:contact",
    "privacy:sitemap",
    "privacy:sitemap_xml",
    "privacy:sitemap_section",
    "privacy:search",
    "participation:tipoff_new",
    "participation:tipoff_follow",
    "participation:handbook",
    "participation:activities_public",
    "participation:activity_file_public",
    "participation:risks_public",
    "participation:ita_index",
    "participation:ita_year",
}
LOGIN = "/accounts/login/"


def routes() -> list:
    return [route for route in walk() if route.name not in PUBLIC]


@pytest.mark.django_db
@pytest.mark.parametrize("route", routes(), ids=lambda r: r.name or r.pattern)
def test_anonymous_visitor_is_sent_to_login(client, route):
    response = client.get(route.url)
    assert response.status_code == 302, f"{route.url} answered {response.status_code}"
    location = response["Location"]
    # Django admin sends visitors to its own login URL, which forwards to the portal's one login page
    # (checked by the admin:login row).
    assert location.startswith(LOGIN) or (
        route.name.startswith("admin:") and location.startswith("/admin/login/")
    )


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_public_pages_need_no_login(client, demo_orgs, name):
    url = next(route.url for route in walk() if route.name == name)
    if name == "privacy:sitemap_section":
        url = reverse(name, args=["portal"])  # the sample slug names no section
    response = client.get(url) if name != "set_language" else client.post(url, {"language": "en"})
    assert response.status_code in {200, 302}
    assert not response.get("Location", "").startswith(LOGIN)


def test_every_route_is_listed():
    names = {route.name for route in walk()}
    assert {"home", "audit_log", "declarations:people_list", "declarations:official_detail"} <= names


@pytest.mark.django_db
def test_outsider_gets_404_on_every_person_of_the_demo_organization(demo_orgs, client_as):
    client = client_as("outsider")
    officials = Official.objects.filter(organization=demo_orgs["bangsaothong"])
    assert officials.count() > 20
    for official in officials:
        assert client.get(reverse("declarations:official_detail", args=[official.pk])).status_code == 404


@pytest.mark.django_db
def test_outsider_gets_404_on_every_demo_object_in_django_admin(demo_orgs, client_as):
    client = client_as("outsider")
    org = demo_orgs["bangsaothong"]
    for model_name, rows in {
        "official": Official.objects.filter(organization=org),
        "village": org.villages.all(),
        "position": org.positions.all(),
        "organization": [org],
    }.items():
        for row in rows:
            url = reverse(f"admin:declarations_{model_name}_change", args=[row.pk])
            assert client.get(url).status_code == 404, url


@pytest.mark.django_db
def test_outsider_lists_show_nothing_of_the_demo_organization(demo_orgs, client_as):
    client = client_as("outsider")
    page = client.get(reverse("declarations:people_list")).content.decode()
    assert "เกษม" not in page
    admin_page = client.get(reverse("admin:declarations_official_changelist")).content.decode()
    assert "เกษม" not in admin_page
    assert "สุรชัย" in admin_page


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("username", "people", "audit", "admin"),
    [
        ("staff1", 404, 404, 302),
        ("member1", 404, 404, 302),
        ("chair", 404, 404, 302),
        ("nayok", 404, 404, 302),
        ("auditor", 200, 200, 302),
        ("clerk", 200, 200, 200),
    ],
)
def test_capabilities_by_persona(client_as, username, people, audit, admin):
    client = client_as(username)
    assert client.get(reverse("declarations:people_list")).status_code == people
    assert client.get(reverse("audit_log")).status_code == audit
    assert client.get(reverse("admin:index")).status_code == admin


@pytest.mark.django_db
def test_staff_sees_own_record_but_not_a_colleagues(client_as, user_named):
    client = client_as("staff1")
    own = user_named("staff1").membership.official
    other = user_named("staff2").membership.official
    assert client.get(reverse("declarations:official_detail", args=[own.pk])).status_code == 200
    assert client.get(reverse("declarations:official_detail", args=[other.pk])).status_code == 404


@pytest.mark.django_db
def test_auditor_reads_but_cannot_change_in_admin(client_as, demo_orgs):
    client = client_as("auditor")
    official = Official.objects.filter(organization=demo_orgs["bangsaothong"]).first()
    assert client.get(reverse("admin:declarations_official_change", args=[official.pk])).status_code == 302
    response = client.post(
        reverse("admin:declarations_official_change", args=[official.pk]), {"first_name_th": "x"}
    )
    assert response.status_code == 302
    official.refresh_from_db()
    assert official.first_name_th != "x"


@pytest.mark.django_db
def test_wrong_method_is_refused(client_as):
    client = client_as("clerk")
    assert client.post(reverse("home")).status_code == 405
    assert client.post(reverse("audit_log")).status_code == 405
