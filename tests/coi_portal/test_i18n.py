"""Thai by default, English on request; every interface string has its Thai translation."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from django.urls import reverse

LOCALE = Path(__file__).resolve().parents[2] / "locale" / "th" / "LC_MESSAGES"


def test_every_message_is_translated_to_thai():
    po = (LOCALE / "django.po").read_text(encoding="utf-8")
    assert "#, fuzzy" not in po.split("\n\n", 1)[1]
    entries = po.split("\n\n")[1:]
    untranslated = [e for e in entries if re.search(r'^msgstr(\[\d+\])? ""\Z', e.strip(), re.MULTILINE)]
    assert untranslated == []


def test_compiled_catalogue_is_up_to_date(tmp_path):
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "-o", str(fresh), str(LOCALE / "django.po")], check=True)
    assert fresh.read_bytes() == (LOCALE / "django.mo").read_bytes(), "run `make messages`"


@pytest.mark.django_db
def test_language_switch_to_english_and_back(demo_orgs, client_as):
    client = client_as("staff1")
    assert "หน้าแรก" in client.get(reverse("home")).content.decode()
    response = client.post(reverse("set_language"), {"language": "en", "next": reverse("home")})
    assert response.status_code == 302
    page = client.get(reverse("home")).content.decode()
    assert '<html lang="en">' in page
    assert "Log out" in page
    assert "B.E. 25" in page
    client.post(reverse("set_language"), {"language": "th", "next": reverse("home")})
    assert "ออกจากระบบ" in client.get(reverse("home")).content.decode()


@pytest.mark.django_db
def test_an_english_browser_still_gets_thai_until_it_chooses(client):
    page = client.get(reverse("login"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert '<html lang="th">' in page
    client.post(reverse("set_language"), {"language": "en"})
    assert '<html lang="en">' in client.get(reverse("login")).content.decode()
