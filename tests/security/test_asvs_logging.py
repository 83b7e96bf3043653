"""OWASP ASVS 4.0.3 level 2, chapter 7 (errors and logging), one test per requirement id. (7.1.1, no
personal data in logs, is ``test_privacy.py`` and ``test_every_url.py``.)"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from coi_portal import audit, demo
from coi_portal.models import AuditEntry

pytestmark = pytest.mark.django_db
ROOT = Path(settings.BASE_DIR)


def test_asvs_7_1_3_a_login_success_a_failure_and_a_403_each_leave_one_record(demo_orgs, caplog):
    client = Client()
    client.post(reverse("login"), {"username": "staff1", "password": demo.DEFAULT_PASSWORD})
    assert AuditEntry.objects.filter(action="auth.login", actor_username="staff1").count() == 1
    Client().post(reverse("login"), {"username": "staff2", "password": "not-the-password-9"})
    failures = AuditEntry.objects.filter(action="auth.login_failed")
    assert failures.count() == 1
    assert failures.get().after == {"username": "staff2"}
    caplog.set_level(logging.WARNING, logger="django.security.csrf")
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(get_user_model().objects.get(username="staff1"))
    assert strict.post(reverse("gifts:new"), {}).status_code == 403
    records = [r for r in caplog.records if r.name == "django.security.csrf"]
    assert len(records) == 1
    assert "/gifts/new/" in records[0].getMessage()


def test_asvs_7_1_4_an_entry_holds_time_user_address_action_and_record(demo_orgs, client_as):
    client = client_as("clerk")
    response = client.post(
        reverse("legal_rules"),
        {"name": "gift_limit_nacc2563", "confirmed": "on"},
        REMOTE_ADDR="198.51.100.23",
    )
    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="rules.change")
    assert entry.created_at is not None
    assert entry.actor_username == "clerk"
    assert entry.actor_id == get_user_model().objects.get(username="clerk").pk
    assert entry.ip == "198.51.100.23"
    assert entry.target_type == "coi_portal.rulesetting"
    assert entry.target_id
    assert entry.organization == demo_orgs["bangsaothong"]


def test_asvs_7_3_1_a_newline_in_a_username_cannot_forge_a_log_line(demo_orgs, caplog):
    caplog.set_level(logging.DEBUG)
    forged = "nobody\nINFO auth.login clerk from 10.0.0.1"
    Client().post(reverse("login"), {"username": forged, "password": "not-the-password-9"})
    entry = AuditEntry.objects.get(action="auth.login_failed")
    assert entry.after == {"username": forged}, "kept exactly, as data"
    assert "\\nINFO auth.login" in entry.personal.data, "stored JSON-encoded"
    for record in caplog.records:
        assert "\nINFO auth.login clerk" not in record.getMessage()


def test_asvs_7_3_3_no_admin_page_can_change_the_audit_log(demo_orgs, admin):
    entry = audit.record(actor=admin, action="test.kept", organization=demo_orgs["bangsaothong"])
    operator = get_user_model().objects.create_superuser(
        "operator", "op@example.go.th", "correct-horse-battery-9"
    )
    for user in (admin, operator):
        client = Client()
        client.force_login(user)
        assert client.get(reverse("admin:coi_portal_auditentry_add")).status_code == 403
        change = reverse("admin:coi_portal_auditentry_change", args=[entry.pk])
        assert client.post(change, {"action": "forged"}).status_code == 403
        delete = reverse("admin:coi_portal_auditentry_delete", args=[entry.pk])
        assert client.post(delete, {"post": "yes"}).status_code == 403
        listing = client.get(reverse("admin:coi_portal_auditentry_changelist"))
        assert "delete_selected" not in listing.content.decode()
        for model in ("auditpersonaldata", "auditchainhead"):
            assert client.get(f"/admin/coi_portal/{model}/").status_code == 404
    assert AuditEntry.objects.get(pk=entry.pk).action == "test.kept"


def test_asvs_7_3_3_only_the_audit_module_writes_audit_rows():
    writes = re.compile(r"Audit(Entry|PersonalData|ChainHead)\.objects\.[a-z_]*(create|update|delete|bulk)")
    offenders = []
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT).parts
        if (
            parts[0].startswith(".venv")
            or parts[0] == "tests"
            or "migrations" in parts
            or path.name in {"audit.py", "archive.py"}
        ):
            continue
        if writes.search(path.read_text(encoding="utf-8")):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


@pytest.mark.urls("tests.security.urls_testing")
def test_asvs_7_4_1_an_error_shows_a_reference_and_no_trace(demo_orgs, user_named, caplog):
    client = Client(raise_request_exception=False)
    client.force_login(user_named("staff1"))
    caplog.set_level(logging.ERROR)
    response = client.get("/test-only/fail/")
    assert response.status_code == 500
    page = response.content.decode()
    reference = re.search(r"<code>([0-9a-f]{12})</code>", page)
    assert reference, "the page gives a reference to quote"
    assert "ขออภัย" in page
    for leak in ("Traceback", "RuntimeError", "hunter2", "secret detail", "/work/"):
        assert leak not in page
    assert any(reference.group(1) in r.getMessage() for r in caplog.records), (
        "the same reference is in the log"
    )
