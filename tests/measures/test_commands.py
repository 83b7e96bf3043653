"""``manage.py measure_pdf`` and ``lint_measure`` right after the demo data is loaded."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from measures.demo import seed_measures
from measures.models import IssuedDocument, Notice
from measures.signing import read_signature
from tests.measures.conftest import PASSWORD, SEED_TEXT, compact, notice_text_of, stored_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(org):
    seed_measures(org, PASSWORD)
    return org


def test_measure_pdf_writes_the_unsigned_notice(seeded, tmp_path):
    output = tmp_path / "notice.pdf"
    call_command(
        "measure_pdf",
        "--org",
        "bangsaothong",
        "--year",
        "2562",
        "--output",
        str(output),
        stdout=io.StringIO(),
    )
    data = output.read_bytes()
    assert data.startswith(b"%PDF-")
    assert read_signature(data) is None
    assert compact(notice_text_of(data)) == compact(SEED_TEXT)


def test_measure_pdf_sign_signs_as_the_signer_and_stores_the_issue(seeded, tmp_path, monkeypatch):
    monkeypatch.setenv("SIGNING_PASSWORD", PASSWORD)
    output = tmp_path / "signed.pdf"
    out = io.StringIO()
    call_command(
        "measure_pdf",
        "--org",
        "bangsaothong",
        "--year",
        "2562",
        "--output",
        str(output),
        "--sign",
        stdout=out,
    )
    issued = IssuedDocument.objects.get(method="signature")
    data = output.read_bytes()
    assert data == stored_bytes(issued)
    assert issued.sha256 in out.getvalue()
    report = read_signature(data, trust_root_der=bytes(issued.certificate.certificate_der))
    assert report is not None and report.valid and report.trusted and report.intact
    assert issued.notice.status == "published"  # signing in any status keeps a published notice published


def test_measure_pdf_signs_the_no_gift_draft_too(seeded, tmp_path, monkeypatch):
    monkeypatch.setenv("SIGNING_PASSWORD", PASSWORD)
    year = Notice.objects.get(kind="no_gift").year_be
    output = tmp_path / "nogift.pdf"
    call_command(
        "measure_pdf",
        "--org",
        "bangsaothong",
        "--year",
        str(year),
        "--kind",
        "no_gift",
        "--output",
        str(output),
        "--sign",
        stdout=io.StringIO(),
    )
    assert Notice.objects.get(kind="no_gift").status == "signed"


@pytest.mark.parametrize(("password", "message"), [(None, "SIGNING_PASSWORD"), ("wrong", "password")])
def test_measure_pdf_sign_needs_the_right_password(seeded, tmp_path, monkeypatch, password, message):
    if password is None:
        monkeypatch.delenv("SIGNING_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("SIGNING_PASSWORD", password)
    with pytest.raises(CommandError, match=message):
        call_command(
            "measure_pdf",
            "--org",
            "bangsaothong",
            "--year",
            "2562",
            "--output",
            str(tmp_path / "x.pdf"),
            "--sign",
        )
    assert not IssuedDocument.objects.filter(method="signature").exists()


def test_unknown_notice_is_a_clear_error(seeded, tmp_path):
    with pytest.raises(CommandError, match="No measures notice of bangsaothong for 2500"):
        call_command(
            "measure_pdf", "--org", "bangsaothong", "--year", "2500", "--output", str(tmp_path / "x.pdf")
        )


def test_lint_measure_prints_one_finding_per_line_and_fails_on_errors_even_overridden(seeded):
    out = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("lint_measure", "--org", "bangsaothong", "--year", "2562", stdout=out)
    assert error.value.returncode == 1
    lines = out.getvalue().splitlines()
    codes = {line.split()[0] for line in lines}
    assert {"ORG_NAME", "STAFF_TITLE", "REPEALED_SECTION", "STALE_PENALTY", "NUMBERING", "SPELLING"} <= codes
    assert all(line.split()[1] in {"error", "warning"} for line in lines)
    assert any(line.endswith("(overridden)") for line in lines)


def test_lint_measure_passes_a_clean_notice(seeded):
    year = Notice.objects.get(kind="no_gift").year_be
    out = io.StringIO()
    call_command(
        "lint_measure", "--org", "bangsaothong", "--year", str(year), "--kind", "no_gift", stdout=out
    )
    assert "error" not in out.getvalue()
