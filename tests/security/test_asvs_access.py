"""OWASP ASVS 4.0.3 level 2, chapters 4 (access control) and 5 (validation, encoding), one test per id.

The role × URL matrix (4.1.1, 4.1.3) is ``tests/security/test_matrix.py``; the admin's second factor (4.3.1)
is ``tests/security/test_second_factor.py``.
"""

from __future__ import annotations

import ast
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from coi_portal import demo
from gifts import services
from gifts.forms import GiftForm
from gifts.models import Ruling
from gifts.uploads import check_file
from tests.gifts.conftest import facts
from tests.gifts.test_uploads import png_bytes
from tests.security.pages import finish

pytestmark = pytest.mark.django_db
ROOT = Path(settings.BASE_DIR)


@pytest.mark.urls("tests.security.urls_testing")
def test_asvs_4_1_5_a_failing_permission_check_gives_403(client_as):
    response = client_as("staff1").get("/test-only/forbidden/")
    assert response.status_code == 403


def test_asvs_4_2_1_another_declarants_filing_and_attachment_are_404(demo_orgs, user_named, client_as):
    staff = user_named("staff1")
    photo = check_file(SimpleUploadedFile("basket.png", png_bytes(), content_type="image/png"))
    filing = services.draft_create(actor=staff, filer=staff.membership.official, facts=facts(), files=[photo])
    attachment = filing.versions.get().attachments.get()
    own = client_as("staff1").get(reverse("gifts:attachment", args=[filing.pk, attachment.pk]))
    assert own.status_code == 200
    finish(own)
    for username in ("staff2", "member1", "outsider"):
        client = client_as(username)
        assert client.get(reverse("gifts:detail", args=[filing.pk])).status_code == 404
        assert client.get(reverse("gifts:attachment", args=[filing.pk, attachment.pk])).status_code == 404


def test_asvs_4_2_2_a_post_without_a_csrf_token_gets_403(demo_orgs, user_named, caplog):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user_named("staff1"))
    for url in (reverse("gifts:new"), reverse("password_change"), reverse("logout"), reverse("login")):
        assert client.post(url, {"x": "1"}).status_code == 403, url
    anonymous = Client(enforce_csrf_checks=True)
    response = anonymous.post(reverse("login"), {"username": "staff1", "password": demo.DEFAULT_PASSWORD})
    assert response.status_code == 403


def test_asvs_4_3_2_uploads_and_repository_files_are_not_served(demo_orgs, client_as, client):
    paths = ["/media/", "/media-not-served/gifts/x", "/.git/config", "/.env", "/var/media/", "/db.sqlite3"]
    logged_in = client_as("clerk")
    for path in paths:
        assert logged_in.get(path).status_code == 404, path
        assert client.get(path).status_code in {302, 404}, path  # anonymous: login first, never the file


def test_asvs_4_3_3_nobody_rules_on_their_own_filing(demo_orgs, user_named, client_as):
    boss = user_named("nayok")
    filing = services.filing_submit(
        actor=boss, filing=services.draft_create(actor=boss, filer=boss.membership.official, facts=facts())
    )
    assert filing.reviewer_id != boss.membership.official.pk
    client = client_as("nayok")
    assert client.get(reverse("gifts:rule", args=[filing.pk])).status_code == 404
    response = client.post(reverse("gifts:rule", args=[filing.pk]), {"decision": "keep", "reason": "x"})
    assert response.status_code == 404
    assert not Ruling.objects.filter(filing=filing).exists()


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("5000", True),
        ("๕,๐๐๐.๕๐", True),
        ("0", False),
        ("-100", False),
        ("10000000.01", False),
        ("1e3", True),
        ("NaN", False),
        ("Infinity", False),
        ("1.001", False),
        ("5,000 บาท", True),
        ("9" * 50, False),
    ],
)
def test_asvs_5_1_3_gift_value_is_a_positive_bounded_amount(value, valid):
    data = {**{k: str(v) for k, v in facts().items()}, "value": value}
    data = {k: v for k, v in data.items() if v not in {"False"}}
    form = GiftForm(data)
    assert form.is_valid() == valid, form.errors.get("value")
    if valid:
        assert Decimal(0) < form.cleaned_data["value"] <= Decimal(10_000_000)


@pytest.mark.parametrize(
    ("received_on", "valid"),
    [(dt.date(1999, 12, 31), False), (dt.date(2000, 1, 1), True), (None, True), ("tomorrow", False)],
)
def test_asvs_5_1_3_dates_must_be_plausible(received_on, valid):
    today = timezone.localdate()
    day = (
        today
        if received_on is None
        else today + dt.timedelta(days=1)
        if received_on == "tomorrow"
        else received_on
    )
    data = {**{k: str(v) for k, v in facts().items()}, "received_on": day.isoformat()}
    data = {k: v for k, v in data.items() if v not in {"False"}}
    assert GiftForm(data).is_valid() == valid


@pytest.mark.parametrize(
    "target", ["https://evil.example/", "//evil.example/x", "https:evil.example", "/\\evil.example"]
)
def test_asvs_5_1_5_next_never_leaves_the_site(demo_orgs, target):
    client = Client()
    response = client.post(
        f"{reverse('login')}?next={target}",
        {"username": "staff1", "password": demo.DEFAULT_PASSWORD, "next": target},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("home")


def test_asvs_5_3_3_script_is_escaped_in_the_register_and_formulas_in_the_csv(
    demo_orgs, user_named, client_as
):
    staff = user_named("staff1")
    evil = '<script>alert("x")</script>'
    services.filing_submit(
        actor=staff,
        filing=services.draft_create(
            actor=staff,
            filer=staff.membership.official,
            facts=facts(description=evil, giver_name='=HYPERLINK("http://evil.example")'),
        ),
    )
    client = client_as("clerk")
    page = client.get(reverse("gift_reports:register")).content.decode()
    assert evil not in page
    assert "&lt;script&gt;" in page
    csv = client.get(reverse("gift_reports:register_csv")).content.decode("utf-8-sig")
    assert "'=HYPERLINK" in csv
    assert ",=HYPERLINK" not in csv and '"=HYPERLINK' not in csv


SQL_CALLS = {"execute", "executemany", "raw", "extra", "RawSQL"}


def _string_built(node: ast.expr) -> bool:
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(part, ast.FormattedValue) for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return True
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"


def test_asvs_5_3_4_no_sql_is_built_from_strings():
    offenders = []
    for path in ROOT.rglob("*.py"):
        parts = path.relative_to(ROOT).parts
        if (
            parts[0].startswith(".venv")
            or parts[0] in {"tests", "benchmarks", "node_modules"}
            or "migrations" in parts
        ):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                name = (
                    node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                )
                if name in SQL_CALLS and _string_built(node.args[0]):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
