"""OWASP ASVS 4.0.3 level 2, chapters 2 (authentication) and 3 (sessions), one test per requirement id.

Login throttling is also proven by ``tests/coi_portal/test_login.py::test_five_failures_lock_the_account_for_that_address``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import time_machine
from axes.models import AccessAttempt
from django.contrib.auth import authenticate, get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core import mail
from django.core.exceptions import ValidationError
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from coi_portal import demo
from coi_portal.models import AuditEntry
from gifts.demo import seed_gifts

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]
PASSWORD = demo.DEFAULT_PASSWORD


def log_in(client: Client, username: str = "staff1", password: str = PASSWORD) -> object:
    return client.post(reverse("login"), {"username": username, "password": password})


def test_asvs_2_1_1_an_eleven_character_password_is_rejected():
    with pytest.raises(ValidationError):
        validate_password("abcdefghijk")  # 11 characters, otherwise unremarkable
    validate_password("abcdefghijkl-ต้นไม้")


def test_asvs_2_1_7_and_2_1_9_a_common_password_is_rejected_and_a_passphrase_accepted():
    with pytest.raises(ValidationError):
        validate_password("password1234")
    validate_password("horsebatterystaple")  # lower-case letters only: no composition rules (2.1.9)


def test_asvs_2_2_1_failed_logins_are_throttled_and_each_is_logged(demo_orgs):
    client = Client(REMOTE_ADDR="203.0.113.5")
    statuses = [log_in(client, password="not-the-password-1").status_code for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429], "the fifth failure locks the account for this address"
    locked = log_in(client)
    assert locked.status_code == 429, "the right password is refused while locked"
    assert AuditEntry.objects.filter(action="auth.login_failed").count() >= 5
    assert not AuditEntry.objects.filter(action="auth.login", actor_username="staff1").exists()


def test_asvs_2_2_1_an_over_long_user_name_is_refused_by_the_form_and_never_stored(demo_orgs):
    response = log_in(Client(), username="ก" * 3000, password="ทดสอบ")
    assert response.status_code == 200
    assert response.context["form"].errors["username"], "the name's length is refused with a message"
    assert not AccessAttempt.objects.exists(), "no account has such a name: nothing to count"


def test_asvs_2_2_1_failures_count_under_a_name_cut_to_the_longest_account_name(demo_orgs):
    request = RequestFactory(REMOTE_ADDR="203.0.113.6").post(reverse("login"))
    for _ in range(2):
        assert authenticate(request, username="ก" * 3000, password="ทดสอบ") is None
    attempt = AccessAttempt.objects.get()
    assert attempt.username == "ก" * get_user_model()._meta.get_field("username").max_length
    assert attempt.failures_since_start == 2


def test_asvs_2_2_3_a_password_change_is_mailed_to_the_owner_without_the_secret(
    demo_orgs, django_capture_on_commit_callbacks
):
    client = Client()
    log_in(client)
    new = "a-new-long-passphrase-2569"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("password_change"), {"old_password": PASSWORD, "new_password1": new, "new_password2": new}
        )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["staff1@bangsaothong.example"]
    with translation.override("th"):
        assert message.subject == gettext("Your portal password was changed")
    body = message.body + message.alternatives[0][0]
    assert new not in body
    assert PASSWORD not in body
    assert AuditEntry.objects.filter(action="auth.password_change", actor_username="staff1").exists()


def test_asvs_2_4_1_production_stores_passwords_with_pbkdf2_or_argon2():
    probe = "from django.contrib.auth.hashers import make_password; print(make_password('x'))"
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DATABASE_URL"}}
    env.update(DJANGO_SETTINGS_MODULE="coi_portal.settings", SECRET_KEY="k" * 50)
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {probe}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.startswith(("pbkdf2_sha256$", "argon2"))


def test_asvs_2_5_4_no_default_administrator_accounts_are_seeded(demo_orgs):
    seed_gifts(demo_orgs["bangsaothong"])
    names = set(get_user_model().objects.values_list("username", flat=True))
    assert len(names) > 10
    assert not names & {"admin", "administrator", "root", "sa", "superuser", "test"}
    assert not get_user_model().objects.filter(is_superuser=True).exists()


def test_asvs_3_2_1_the_session_key_changes_at_login(demo_orgs):
    client = Client()
    client.get(reverse("login"))
    client.cookies["sessionid"] = "fixated-session-id-from-an-attacker"
    log_in(client)
    assert client.cookies["sessionid"].value != "fixated-session-id-from-an-attacker"
    assert client.get(reverse("home")).status_code == 200


def test_asvs_3_3_1_the_old_cookie_is_rejected_after_logout(demo_orgs):
    client = Client()
    log_in(client)
    old = client.cookies["sessionid"].value
    client.post(reverse("logout"))
    thief = Client()
    thief.cookies["sessionid"] = old
    response = thief.get(reverse("home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_asvs_3_3_2_a_session_ends_after_30_minutes_idle(demo_orgs):
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False) as clock:
        client = Client()
        log_in(client)
        assert client.get(reverse("home")).status_code == 200
        clock.shift(dt.timedelta(minutes=29))
        assert client.get(reverse("home")).status_code == 200, "activity keeps the session"
        clock.shift(dt.timedelta(minutes=29))
        assert client.get(reverse("home")).status_code == 200
        clock.shift(dt.timedelta(minutes=31))
        response = client.get(reverse("gifts:mine"))
        assert response.status_code == 302
        assert response["Location"] == f"{reverse('login')}?next=/gifts/mine/"
        assert client.get(reverse("home")).status_code == 302


def test_asvs_3_3_2_a_session_ends_12_hours_after_login_however_busy(demo_orgs):
    start = dt.datetime(2026, 3, 2, 7, 0, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False) as clock:
        client = Client()
        log_in(client)
        for _ in range(12 * 4 - 1):
            clock.shift(dt.timedelta(minutes=15))
            assert client.get(reverse("home")).status_code == 200
        clock.shift(dt.timedelta(minutes=16))
        assert client.get(reverse("home")).status_code == 302


def _cookie_attributes(response, name):
    cookie = response.cookies[name]
    return {
        "secure": bool(cookie["secure"]),
        "httponly": bool(cookie["httponly"]),
        "samesite": cookie["samesite"],
    }


def test_asvs_3_4_1_session_and_csrf_cookies_are_secure(demo_orgs):
    client = Client()
    page = client.get(reverse("login"))
    assert _cookie_attributes(page, "csrftoken")["secure"]
    response = log_in(client)
    assert _cookie_attributes(response, "sessionid")["secure"]


def test_asvs_3_4_2_the_session_cookie_is_http_only(demo_orgs):
    response = log_in(Client())
    assert _cookie_attributes(response, "sessionid")["httponly"]


def test_asvs_3_4_3_cookies_are_same_site(demo_orgs):
    client = Client()
    assert _cookie_attributes(client.get(reverse("login")), "csrftoken")["samesite"] == "Lax"
    assert _cookie_attributes(log_in(client), "sessionid")["samesite"] == "Lax"


def test_asvs_3_4_production_cookie_flags_do_not_depend_on_the_test_settings():
    probe = (
        "import json; from django.conf import settings as s; print(json.dumps([s.SESSION_COOKIE_SECURE, "
        "s.SESSION_COOKIE_HTTPONLY, s.SESSION_COOKIE_SAMESITE, s.CSRF_COOKIE_SECURE, s.SESSION_EXPIRE_AT_BROWSER_CLOSE, "
        "s.SESSION_IDLE_TIMEOUT, s.SESSION_ABSOLUTE_TIMEOUT, s.OTP_REQUIRED_FOR_ADMINISTRATORS]))"
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "DATABASE_URL", "OTP_REQUIRED_FOR_ADMINISTRATORS"}
    }
    env.update(DJANGO_SETTINGS_MODULE="coi_portal.settings", SECRET_KEY="k" * 50)
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {probe}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(result.stdout) == [True, True, "Lax", True, True, 1800, 43200, True]


@pytest.mark.urls("tests.security.urls_testing")
def test_asvs_3_7_1_a_grave_act_without_a_recent_password_asks_for_it(demo_orgs):
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False) as clock:
        client = Client()
        log_in(client)
        assert client.post("/test-only/grave/").content == b"done", "just logged in: recent enough"
        clock.shift(dt.timedelta(minutes=20))
        response = client.post("/test-only/grave/")
        assert response.status_code == 302
        assert response["Location"] == f"{reverse('security:reauthenticate')}?next=%2Ftest-only%2Fgrave%2F"
        assert client.get("/test-only/grave/").content == b"form", "reading needs no new password"
        wrong = client.post(
            reverse("security:reauthenticate"), {"password": "wrong-password-99", "next": "/test-only/grave/"}
        )
        assert wrong.status_code == 400
        right = client.post(
            reverse("security:reauthenticate"), {"password": PASSWORD, "next": "/test-only/grave/"}
        )
        assert right["Location"] == "/test-only/grave/"
        assert client.post("/test-only/grave/").content == b"done"
