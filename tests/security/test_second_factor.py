"""Two-step verification (TOTP, django-otp): required for administrators and the Django admin when
``OTP_REQUIRED_FOR_ADMINISTRATORS`` is on, optional for everyone else, with one-time backup codes."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from coi_portal import demo
from coi_portal.models import AuditEntry
from tests.security.conftest import totp_code

pytestmark = pytest.mark.django_db
ENROLL = reverse("security:enroll")
VERIFY = reverse("security:verify")


def log_in(username: str) -> Client:
    """A client that logged in with the password only (the way a person does, throttling included)."""
    client = Client()
    response = client.post(reverse("login"), {"username": username, "password": demo.DEFAULT_PASSWORD})
    assert response.status_code == 302, response.content[:300]
    return client


def enrol_through_the_pages(client: Client) -> tuple[str, list[str]]:
    page = client.get(ENROLL)
    assert page.status_code == 200
    key = client.session["security_enrol_key"]
    response = client.post(ENROLL, {"token": totp_code(key), "next": "/"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("security:backup_codes"))
    codes_page = client.get(response["Location"]).content.decode()
    codes = re.findall(r"<code>([a-z2-7]{8})</code>", codes_page)
    return key, codes


def test_the_demo_accounts_need_no_second_factor_in_the_test_settings(demo_orgs):
    client = log_in("clerk")
    assert client.get(reverse("home")).status_code == 200
    assert client.get(reverse("admin:index")).status_code == 200


def test_an_administrator_without_a_device_is_sent_to_enrolment(demo_orgs, otp_on):
    client = log_in("clerk")
    response = client.get(reverse("gifts:new"))
    assert response.status_code == 302
    assert response["Location"] == f"{ENROLL}?next=%2Fgifts%2Fnew%2F"
    page = client.get(response["Location"])
    html = page.content.decode()
    assert 'src="data:image/svg+xml' in html, "the QR code is an inline image, allowed by the CSP"
    assert "<script>" not in html
    assert " style=" not in html
    assert "unsafe-inline" not in page["Content-Security-Policy"]


def test_enrolment_turns_it_on_and_shows_ten_backup_codes_once(demo_orgs, otp_on):
    client = log_in("clerk")
    client.get(ENROLL)
    key = client.session["security_enrol_key"]
    wrong = client.post(ENROLL, {"token": "000000" if totp_code(key) != "000000" else "111111"})
    assert wrong.status_code == 400
    assert not TOTPDevice.objects.filter(user__username="clerk").exists()
    key, codes = enrol_through_the_pages(client)
    assert len(codes) == 10
    assert len(set(codes)) == 10
    assert client.get(reverse("security:backup_codes")).content.decode().count("<code>") == 0
    assert client.get(reverse("gifts:new")).status_code == 200, "the enrolling session has passed"
    assert AuditEntry.objects.filter(action="security.second_factor_enrol", actor_username="clerk").exists()
    entry = AuditEntry.objects.get(action="security.second_factor_enrol")
    assert key not in entry.personal.data
    assert not any(code in entry.personal.data for code in codes)


def test_the_next_login_asks_for_a_code_and_accepts_the_app_or_a_backup_code(demo_orgs, otp_on):
    key, codes = enrol_through_the_pages(log_in("clerk"))
    client = log_in("clerk")
    response = client.get(reverse("home"))
    assert response["Location"] == f"{VERIFY}?next=%2F"
    assert client.get(reverse("admin:index"))["Location"].startswith(VERIFY)
    old_key = client.session.session_key
    ok = client.post(VERIFY, {"token": totp_code(key, offset_steps=1), "next": "/admin/"})
    assert ok.status_code == 302
    assert ok["Location"] == "/admin/"
    assert client.session.session_key != old_key, "the session key changes when the second factor passes"
    assert client.get(reverse("admin:index")).status_code == 200

    with_backup = log_in("clerk")
    assert with_backup.post(VERIFY, {"token": codes[0].upper()}).status_code == 302
    assert with_backup.get(reverse("home")).status_code == 200
    again = log_in("clerk")
    assert again.post(VERIFY, {"token": codes[0]}).status_code == 400, "a backup code works once"
    assert StaticToken.objects.filter(device__user__username="clerk").count() == 9


def test_wrong_codes_are_refused_slowed_down_and_audited(demo_orgs, otp_on):
    key, _codes = enrol_through_the_pages(log_in("clerk"))
    client = log_in("clerk")
    for wrong in ("12345", "abcdef", "999999"):
        with translation.override("en"):
            response = client.post(VERIFY, {"token": wrong})
        assert response.status_code == 400
    # Right code, but straight after three failures: django-otp makes the device wait (1, 2, 4 … seconds).
    assert client.post(VERIFY, {"token": totp_code(key, offset_steps=1)}).status_code == 400
    assert client.get(reverse("home")).status_code == 302
    assert AuditEntry.objects.filter(action="auth.second_factor_failed", actor_username="clerk").count() == 4


def test_a_waiting_session_may_only_verify_or_log_out(demo_orgs, otp_on):
    client = log_in("clerk")
    for name in ("home", "audit_log", "gifts:mine", "legal_rules", "security:overview"):
        assert client.get(reverse(name)).status_code == 302, name
    assert client.post(reverse("logout")).status_code == 302
    assert client.get(reverse("home"))["Location"].startswith(reverse("login"))


def test_the_second_factor_is_optional_for_everyone_else(demo_orgs, otp_on):
    client = log_in("staff1")
    assert client.get(reverse("home")).status_code == 200
    assert client.get(reverse("security:overview")).status_code == 200
    enrol_through_the_pages(client)
    later = log_in("staff1")
    assert later.get(reverse("home"))["Location"].startswith(VERIFY), "once chosen, it is asked every time"
    # A staff member may turn it off again (after passing it); an administrator may not.
    key = TOTPDevice.objects.get(user__username="staff1").key
    later.post(VERIFY, {"token": totp_code(key, offset_steps=1)})
    assert later.post(reverse("security:remove")).status_code == 302
    assert not TOTPDevice.objects.filter(user__username="staff1").exists()
    assert log_in("staff1").get(reverse("home")).status_code == 200


def test_an_administrator_cannot_turn_it_off(demo_orgs, otp_on):
    client = log_in("clerk")
    enrol_through_the_pages(client)
    assert client.post(reverse("security:remove")).status_code == 404
    assert TOTPDevice.objects.filter(user__username="clerk").exists()


def test_the_django_admin_requires_the_second_factor_even_for_platform_operators(demo_orgs, otp_on):
    get_user_model().objects.create_superuser("operator", "op@example.go.th", "correct-horse-battery-9")
    client = Client()
    client.post(reverse("login"), {"username": "operator", "password": "correct-horse-battery-9"})
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(ENROLL)


def test_admin_site_refuses_an_unverified_session_without_the_middleware(demo_orgs, otp_on, rf, user_named):
    """Defence in depth: the admin site itself asks whether the session passed (ASVS 4.3.1)."""
    from django.contrib import admin

    request = rf.get("/admin/")
    request.user = user_named("clerk")
    request.user.is_verified = lambda: False
    assert admin.site.has_permission(request) is False
    request.user.is_verified = lambda: True
    assert admin.site.has_permission(request) is True


def test_next_never_leaves_the_site(demo_orgs, otp_on):
    key, _codes = enrol_through_the_pages(log_in("clerk"))
    client = log_in("clerk")
    response = client.post(VERIFY, {"token": totp_code(key, offset_steps=1), "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_thai_digits_and_spaces_in_a_code_are_accepted(demo_orgs, otp_on):
    key, _codes = enrol_through_the_pages(log_in("staff1"))
    client = log_in("staff1")
    code = totp_code(key, offset_steps=1)
    thai = code.translate(str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙"))
    assert client.post(VERIFY, {"token": f"{thai[:3]} {thai[3:]}"}).status_code == 302
