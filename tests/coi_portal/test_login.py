"""The Thai login page, throttling, logout and the password policy."""

from __future__ import annotations

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from coi_portal import demo
from coi_portal.models import AuditEntry


@pytest.mark.django_db
def test_login_page_is_thai_by_default(client):
    response = client.get(reverse("login"))
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="th">' in page
    assert "เข้าสู่ระบบ" in page
    assert "Content-Security-Policy" in response.headers
    assert "unsafe-inline" not in response.headers["Content-Security-Policy"]


@pytest.mark.django_db
def test_login_and_logout(demo_orgs, client):
    response = client.post(reverse("login"), {"username": "staff1", "password": demo.DEFAULT_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("home")
    home = client.get(reverse("home"))
    assert "ธนากร" in home.content.decode()
    assert AuditEntry.objects.filter(action="auth.login", actor_username="staff1").exists()
    assert client.post(reverse("logout")).status_code == 302
    assert client.get(reverse("home")).status_code == 302


@pytest.mark.django_db
def test_wrong_password_gives_a_thai_message(demo_orgs, client):
    response = client.post(reverse("login"), {"username": "staff1", "password": "wrong-password-123"})
    assert response.status_code == 200
    assert "ชื่อผู้ใช้" in response.content.decode()


@pytest.mark.django_db
def test_five_failures_lock_the_account_for_that_address(demo_orgs):
    client = Client(REMOTE_ADDR="10.0.0.9")
    for _ in range(5):
        client.post(reverse("login"), {"username": "staff1", "password": "wrong-password-123"})
    locked = client.post(reverse("login"), {"username": "staff1", "password": demo.DEFAULT_PASSWORD})
    assert locked.status_code == 429
    assert "15" in locked.content.decode()
    assert client.get(reverse("home")).status_code != 200
    # Another account from the same address is not locked.
    other = client.post(reverse("login"), {"username": "staff2", "password": demo.DEFAULT_PASSWORD})
    assert other.status_code == 302


@pytest.mark.parametrize("password", ["short-pass1", "123456789012", "password1234"])
def test_weak_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_long_passphrase_is_accepted():
    validate_password("ต้นมะม่วงหน้าบ้าน-2569")


@pytest.mark.django_db
def test_inactive_account_cannot_log_in(demo_orgs, client, user_named):
    user = user_named("staff1")
    user.is_active = False
    user.save()
    response = client.post(reverse("login"), {"username": "staff1", "password": demo.DEFAULT_PASSWORD})
    assert response.status_code == 200
    assert client.get(reverse("home")).status_code == 302
