"""seed_demo's measures: the 2562 notice exactly as issued, nayok's demo certificate, this year's No Gift
Policy draft; idempotent."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from django.utils import timezone

from coi_portal.models import AuditEntry
from measures import selectors
from measures.demo import HISTORICAL_REASON, SEED_FILE, seed_measures
from measures.models import (
    IssuedDocument,
    IssueMethod,
    LintOverride,
    Notice,
    NoticeSection,
    SignerCertificate,
)
from measures.textformat import fiscal_year_be, parse_notice_text
from measures.workflow import Status
from tests.measures.conftest import JANUARY_11_2562, PASSWORD, SEED_TEXT, compact

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(org):
    seed_measures(org, PASSWORD)
    return org


def test_the_seed_file_is_a_byte_identical_copy_of_the_shared_seed():
    assert SEED_FILE.read_bytes().startswith(b"\n\n\n\n\xe0\xb8\xa1")
    assert SEED_FILE.read_text(encoding="utf-8") == SEED_TEXT
    assert SEED_FILE.stat().st_size == 33972


def test_the_2562_notice_is_the_seed_text_exactly(seeded):
    notice = Notice.objects.get(organization=seeded, kind="measures", year_be=2562)
    parsed = parse_notice_text(SEED_TEXT)
    assert (notice.title, notice.issuing_body) == parsed.title_lines
    sections = list(notice.sections.all())
    assert [(s.heading, s.paragraphs) for s in sections] == [
        (p.heading, list(p.paragraphs)) for p in parsed.sections
    ]
    assert (notice.signer_name, notice.signer_position, notice.signed_on) == (
        "นายเกษม แซ่ลี",
        "นายกองค์การบริหารส่วนตำบลบางเสาธง",
        JANUARY_11_2562,
    )
    assert notice.signer.membership.user.username == "nayok"
    text = [notice.title, notice.issuing_body]
    for section in sections:
        text += [section.heading, section.body]
    text += [f"({notice.signer_name})", notice.signer_position, "๑๑ มกราคม ๒๕๖๒"]
    assert compact("\n".join(text)) == compact(SEED_TEXT)


def test_the_2562_notice_is_published_with_its_errors_overridden_as_historical(seeded):
    notice = Notice.objects.get(organization=seeded, kind="measures", year_be=2562)
    assert notice.status == Status.PUBLISHED
    errors = {f.code for f in selectors.lint_notice(notice) if f.is_error}
    assert errors
    assert set(notice.overrides.values_list("code", flat=True)) == errors
    assert set(notice.overrides.values_list("reason", flat=True)) == {HISTORICAL_REASON}
    assert selectors.blocking_findings(notice) == []


def test_the_2562_notice_is_kept_as_an_unsigned_transcription(seeded):
    issued = IssuedDocument.objects.get(notice__year_be=2562)
    assert issued.method == IssueMethod.TRANSCRIPTION
    assert issued.pades_level == ""
    assert issued.certificate is None


def test_nayok_has_a_self_signed_demo_certificate_protected_by_the_demo_password(seeded):
    certificate = SignerCertificate.objects.get()
    assert certificate.kind == "personal"
    assert certificate.official.membership.user.username == "nayok"
    key, cert, _ = pkcs12.load_key_and_certificates(bytes(certificate.pkcs12), PASSWORD.encode())
    assert key.key_size == 2048
    assert cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "นายเกษม แซ่ลี"
    assert (
        cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value
        == "องค์การบริหารส่วนตำบลบางเสาธง"
    )
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    lifetime = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert dt.timedelta(days=3 * 365) <= lifetime <= dt.timedelta(days=3 * 366)


def test_a_no_gift_announcement_for_this_fiscal_year_waits_as_a_draft(seeded):
    notice = Notice.objects.get(organization=seeded, kind="no_gift")
    assert notice.year_be == fiscal_year_be(timezone.localdate())
    assert notice.status == Status.DRAFT
    assert "No Gift Policy" in notice.title
    assert notice.signer.membership.user.username == "nayok"


def test_running_twice_changes_nothing(seeded):
    counts = [
        model.objects.count()
        for model in (Notice, NoticeSection, LintOverride, SignerCertificate, IssuedDocument, AuditEntry)
    ]
    seed_measures(seeded, PASSWORD)
    assert [
        model.objects.count()
        for model in (Notice, NoticeSection, LintOverride, SignerCertificate, IssuedDocument, AuditEntry)
    ] == counts
