"""OWASP ASVS 4.0.3 level 2, chapters 6, 9 and 14 (secrets, transport, configuration), and the deployment
check. Headers on every page (14.4.3-14.4.7) are checked in ``test_every_url.py``."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client, override_settings
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]
PROD_ENV = {
    "SECRET_KEY": "check-deploy-only-0123456789-abcdefghijklmnopqrstuvwxyz-ABCDEFG",
    "ALLOWED_HOSTS": "coi.example.go.th",
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "EMAIL_HOST": "smtp.example.go.th",
}


def test_check_deploy_is_clean():
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(PROD_ENV, DJANGO_SETTINGS_MODULE="coi_portal.settings")
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db
@override_settings(SECURE_SSL_REDIRECT=True)
def test_asvs_9_1_1_plain_http_is_sent_to_https():
    response = Client().get(reverse("login"))
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/accounts/login/"


@pytest.mark.django_db
def test_asvs_14_4_5_https_answers_carry_hsts_for_a_year_with_subdomains():
    response = Client().get(reverse("login"), secure=True)
    hsts = response["Strict-Transport-Security"]
    max_age = int(re.search(r"max-age=(\d+)", hsts).group(1))
    assert max_age >= 31_536_000
    assert "includeSubDomains" in hsts
    assert "preload" in hsts


def _tracked_files() -> list[Path]:
    listed = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=False)
    if listed.returncode == 0 and listed.stdout:
        return [ROOT / name for name in listed.stdout.splitlines()]
    return [p for p in ROOT.rglob("*") if not p.parts[len(ROOT.parts)].startswith((".venv", ".git"))]


SECRET = re.compile(
    rb"-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----|(?:SECRET_KEY|PASSWORD)\s*=\s*['\"][^'\"]{20,}['\"]"
)


def test_asvs_6_4_1_no_secret_is_committed_and_the_key_comes_from_the_environment():
    """The repository holds no private key and no literal secret key or password; settings read SECRET_KEY
    from the environment and refuse to start without it (``tests/coi_portal/test_settings_env.py``)."""
    offenders = []
    for path in _tracked_files():
        if path.is_file() and path.suffix not in {".ttf", ".otf", ".png", ".jpg", ".pdf", ".mo", ".sqlite3"}:
            if path.relative_to(ROOT).parts[0] == "tests":
                continue
            # The settings' fallback key for DEBUG mode says what it is; anything else is a leak.
            found = [m for m in SECRET.findall(path.read_bytes()) if b"insecure" not in m]
            if found:
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
    settings_source = (ROOT / "coi_portal" / "settings.py").read_text()
    assert 'SECRET_KEY = env_str("SECRET_KEY")' in settings_source


def test_asvs_14_3_2_production_runs_with_debug_off():
    env = {k: v for k, v in os.environ.items() if k not in {"DEBUG", "DJANGO_SETTINGS_MODULE"}}
    env.update(PROD_ENV, DJANGO_SETTINGS_MODULE="coi_portal.settings")
    probe = "import django; django.setup(); from django.conf import settings as s; print(s.DEBUG, s.SECURE_SSL_REDIRECT)"
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "True"]
