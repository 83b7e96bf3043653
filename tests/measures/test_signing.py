"""Signatures (checklist S of the standards): PAdES with the signer's own key, the visible Thai stamp,
tamper detection, time-stamps, sole control and the organizational seal."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

import pytest
from asn1crypto import keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.timestamps import DummyTimeStamper, HTTPTimeStamper

from coi_portal.documents import find_anchor
from coi_portal.models import AuditEntry
from measures import services, signing
from measures.certificates import make_self_signed_pkcs12
from measures.documents import render_measure_document, verify_url
from measures.models import IssueMethod
from measures.services import MeasureError
from measures.workflow import Status
from tests.measures.conftest import PASSWORD, page_count, pdf_text, run_tool, stored_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def signed_bytes(signed):
    return stored_bytes(signed)


def test_signed_pdf_validates_with_the_signers_certificate_as_trust_root(
    signed, signed_bytes, nayok_certificate
):
    report = signing.read_signature(signed_bytes, trust_root_der=bytes(nayok_certificate.certificate_der))
    assert report is not None
    assert (report.intact, report.valid, report.trusted, report.whole_file) == (True, True, True, True)
    assert report.signer_fingerprint == nayok_certificate.fingerprint


def test_without_the_trust_root_the_self_signed_signature_is_not_trusted(signed_bytes):
    report = signing.read_signature(signed_bytes)
    assert report is not None
    assert report.intact
    assert not report.trusted


def test_s01_pades_subfilter_sha256_and_rsa_2048(signed_bytes, nayok_certificate):
    report = signing.read_signature(signed_bytes)
    assert report is not None
    assert report.subfilter == "/ETSI.CAdES.detached"
    assert report.md_algorithm == "sha256"
    key = asn1_x509.Certificate.load(bytes(nayok_certificate.certificate_der)).public_key
    assert key.algorithm == "rsa"
    assert key.bit_size >= 2048


def test_poppler_agrees_the_signature_is_valid(signed_bytes):
    out = run_tool("pdfsig", signed_bytes)
    assert "Signature Validation: Signature is Valid." in out
    assert "Signature Type: ETSI.CAdES.detached" in out
    assert "Total document signed" in out


def test_s05_one_flipped_byte_in_the_signed_range_is_detected(signed_bytes):
    tampered = bytearray(signed_bytes)
    position = len(tampered) // 4  # inside the first signed range, in the body of the document
    tampered[position] ^= 0x01
    report = signing.read_signature(bytes(tampered))
    assert report is not None
    assert not report.intact


def test_s05_a_later_incremental_update_is_reported(signed_bytes):
    writer = IncrementalPdfFileWriter(io.BytesIO(signed_bytes))
    writer.root["/Lang"] = writer.root.get("/Lang")
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    report = signing.read_signature(out.getvalue())
    assert report is not None
    assert report.intact
    assert not report.whole_file


def test_s06_stamp_text_name_position_thai_date_digital_signature_line_and_address(signed, signed_bytes):
    notice = signed.notice
    last = pdf_text(signed_bytes, page=page_count(signed_bytes))
    stamp = last.split("ตรวจสอบความถูกต้องของเอกสาร")[1]
    lines = [line.strip() for line in stamp.splitlines()]
    assert "(นายเกษม แซ่ลี)" in lines
    assert "นายกองค์การบริหารส่วนตำบลบางเสาธง" in lines
    assert signing.DIGITAL_SIGNATURE_LINE in lines
    signed_line = next(line for line in lines if line.startswith("ลงนามเมื่อ"))
    assert "๒๕๖" in signed_line or "๒๕๗" in signed_line
    assert signed_line.endswith("น.")
    assert any(verify_url(notice.identifier) in line for line in lines)


def test_the_stamp_sits_in_the_signing_space_of_the_signature_block(signed, signed_bytes):
    reader = PdfFileReader(io.BytesIO(signed_bytes))
    field = reader.embedded_signatures[0].sig_field
    rect = [float(value) for value in field["/Rect"]]
    block = find_anchor(render_measure_document(signed.notice), "signature")
    assert block.x1 - 1 <= rect[0] < rect[2] <= block.x2 + 1
    assert block.y1 - 1 <= rect[1] < rect[3] <= block.y2 + 1


def test_signing_makes_the_notice_signed_and_stores_the_hash(signed, signed_bytes):
    assert signed.notice.status == Status.SIGNED
    assert signed.method == IssueMethod.SIGNATURE
    assert signed.pades_level == "B-B"
    assert signed.sha256 == hashlib.sha256(signed_bytes).hexdigest()
    assert signed.notice.signed_on is not None


def test_s07_signing_is_audited_with_serial_and_hash_and_never_the_password(signed, nayok_certificate):
    entry = AuditEntry.objects.get(action="measures.notice_sign")
    assert entry.actor_username == "nayok"
    assert entry.after["certificate_serial"] == nayok_certificate.serial
    assert entry.after["sha256"] == signed.sha256
    assert PASSWORD not in str(entry.after)
    assert not AuditEntry.objects.filter(personal__data__icontains=PASSWORD).exists()


# Time-stamps (S-02).


@pytest.fixture(scope="module")
def test_tsa():
    """pyHanko's own test TSA with a certificate for time-stamping."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test TSA")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(key, hashes.SHA256())
    )
    der = certificate.public_bytes(serialization.Encoding.DER)
    private = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(der), tsa_key=keys.PrivateKeyInfo.load(private)
    )


def test_s02_with_a_time_stamping_service_the_signature_carries_a_timestamp(
    approved, nayok_certificate, user_named, test_tsa
):
    issued = services.notice_sign(
        actor=user_named("nayok"),
        notice=approved,
        certificate=nayok_certificate,
        password=PASSWORD,
        timestamper=test_tsa,
    )
    assert issued.pades_level in {"B-T", "B-LT"}
    data = stored_bytes(issued)
    report = signing.read_signature(data, trust_root_der=bytes(nayok_certificate.certificate_der))
    assert report is not None
    assert report.timestamped
    assert report.intact
    if issued.pades_level == "B-LT":
        assert PdfFileReader(io.BytesIO(data)).root.get("/DSS") is not None


def test_tsa_url_setting_chooses_the_http_time_stamper(settings):
    settings.TSA_URL = ""
    assert signing.timestamper_from_settings() is None
    settings.TSA_URL = "http://tsa.example.go.th/tsr"
    stamper = signing.timestamper_from_settings()
    assert isinstance(stamper, HTTPTimeStamper)
    assert stamper.url == "http://tsa.example.go.th/tsr"


# Sole control (S-04) and the seal.


def test_wrong_password_is_refused_and_nothing_is_issued(approved, nayok_certificate, user_named):
    with pytest.raises(MeasureError, match="password"):
        services.notice_sign(
            actor=user_named("nayok"), notice=approved, certificate=nayok_certificate, password="not-it"
        )
    approved.refresh_from_db()
    assert approved.status == Status.APPROVED
    assert not approved.issued.exists()


def test_an_administrator_cannot_sign_for_the_chief_executive(approved, nayok_certificate, user_named):
    with pytest.raises(MeasureError, match="nobody signs for someone else"):
        services.notice_sign(
            actor=user_named("clerk"), notice=approved, certificate=nayok_certificate, password=PASSWORD
        )


def test_the_signer_cannot_sign_with_someone_elses_certificate(
    approved, upload, other_p12, official_of, user_named
):
    palad_certificate = upload(other_p12, official=official_of("palad"))
    with pytest.raises(MeasureError, match="not the signer's"):
        services.notice_sign(
            actor=user_named("nayok"), notice=approved, certificate=palad_certificate, password=PASSWORD
        )


def test_only_an_approved_notice_is_signed_from_the_portal(draft, nayok_certificate, user_named):
    with pytest.raises(MeasureError, match="approved"):
        services.notice_sign(
            actor=user_named("nayok"), notice=draft, certificate=nayok_certificate, password=PASSWORD
        )


def test_s03_expired_certificates_are_refused(approved, upload, official_of, user_named):
    old = make_self_signed_pkcs12(
        common_name="นายเกษม แซ่ลี",
        organization_name="องค์การบริหารส่วนตำบลบางเสาธง",
        password=PASSWORD,
        now=dt.datetime(2019, 1, 1, tzinfo=dt.UTC),
        years=1,
    )
    expired = upload(old, official=official_of("nayok"))
    with pytest.raises(MeasureError, match="expired"):
        services.notice_sign(
            actor=user_named("nayok"), notice=approved, certificate=expired, password=PASSWORD
        )


def test_s03_self_signed_certificates_are_refused_when_a_ca_is_required(
    approved, nayok_certificate, user_named, settings
):
    settings.SIGNING_REQUIRE_CA = True
    with pytest.raises(MeasureError, match="self-signed"):
        services.notice_sign(
            actor=user_named("nayok"), notice=approved, certificate=nayok_certificate, password=PASSWORD
        )


def test_the_organizational_seal_is_labelled_as_a_seal_and_names_no_person(
    approved, upload, other_p12, user_named
):
    seal = upload(other_p12, kind="organization_seal")
    issued = services.notice_sign(
        actor=user_named("clerk"), notice=approved, certificate=seal, password=PASSWORD
    )
    assert issued.method == IssueMethod.SEAL
    assert issued.signer is None
    data = stored_bytes(issued)
    stamp = pdf_text(data, page=page_count(data)).split("ตรวจสอบความถูกต้องของเอกสาร")[1]
    assert signing.SEAL_LINE in stamp
    assert signing.DIGITAL_SIGNATURE_LINE not in stamp
    assert "(นายเกษม แซ่ลี)" not in stamp
    assert AuditEntry.objects.filter(action="measures.notice_seal").exists()


def test_only_an_administrator_applies_the_seal(approved, upload, other_p12, user_named):
    seal = upload(other_p12, kind="organization_seal")
    with pytest.raises(MeasureError, match="administrator"):
        services.notice_sign(actor=user_named("nayok"), notice=approved, certificate=seal, password=PASSWORD)


def test_a_superseded_version_is_not_signed(signed, nayok_certificate, user_named):
    notice = signed.notice
    services.notice_new_version(actor=user_named("clerk"), notice=notice)
    with pytest.raises(MeasureError, match="newer version"):
        services.notice_sign(
            actor=None, notice=notice, certificate=nayok_certificate, password=PASSWORD, any_status=True
        )
