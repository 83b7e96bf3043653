"""Signing certificates: reading an uploaded PKCS#12 file, and making the self-signed demo ones.

A PKCS#12 file is kept as uploaded, encrypted with its own password. The password opens it twice: once on
upload, to read the certificate's public facts and prove the file opens, and then at each signature,
typed by the signer at that moment. It is never stored.

Checklist S-01 of the standards: keys are RSA of at least 2048 bits or elliptic-curve keys of at least
256 bits, and signatures use SHA-256.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from django.utils.translation import gettext as _

MIN_RSA_BITS = 2048
MIN_EC_BITS = 256
MAX_PKCS12_BYTES = 64 * 1024


class CertificateError(Exception):
    """The file or its password cannot be used for signing; ``str(error)`` is the message for the user."""


@dataclass(frozen=True)
class CertificateFacts:
    """What the portal records of a certificate (nothing secret)."""

    der: bytes
    subject: str
    common_name: str
    issuer: str
    serial: str
    fingerprint: str
    valid_from: dt.datetime
    valid_to: dt.datetime
    self_signed: bool


def facts_of(certificate: x509.Certificate) -> CertificateFacts:
    der = certificate.public_bytes(serialization.Encoding.DER)
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return CertificateFacts(
        der=der,
        subject=certificate.subject.rfc4514_string(),
        common_name=str(names[0].value) if names else "",
        issuer=certificate.issuer.rfc4514_string(),
        serial=format(certificate.serial_number, "x"),
        fingerprint=hashlib.sha256(der).hexdigest(),
        valid_from=certificate.not_valid_before_utc,
        valid_to=certificate.not_valid_after_utc,
        self_signed=certificate.issuer == certificate.subject,
    )


def read_pkcs12(data: bytes, password: str) -> CertificateFacts:
    """Open an uploaded PKCS#12 file with its password and return its certificate's facts.

    Refuses a file that is not PKCS#12, that the password does not open, that is not protected by a
    password at all, that holds no key or certificate, or whose key is too weak.
    """
    if not data or len(data) > MAX_PKCS12_BYTES:
        raise CertificateError(_("The file is not a PKCS#12 (.p12 or .pfx) certificate file."))
    if _opens_without_password(data):
        raise CertificateError(_("The certificate file is not protected by a password; export it with one."))
    try:
        key, certificate, _chain = pkcs12.load_key_and_certificates(data, password.encode())
    except (ValueError, TypeError):
        raise CertificateError(
            _("The file is not a PKCS#12 certificate file, or the password does not open it.")
        ) from None
    if key is None or certificate is None:
        raise CertificateError(_("The file must hold both the private key and its certificate."))
    _check_key(key)
    return facts_of(certificate)


def _opens_without_password(data: bytes) -> bool:
    try:
        pkcs12.load_key_and_certificates(data, None)
    except (ValueError, TypeError):
        return False
    return True


def _check_key(key: object) -> None:
    if isinstance(key, rsa.RSAPrivateKey) and key.key_size >= MIN_RSA_BITS:
        return
    if isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.key_size >= MIN_EC_BITS:
        return
    raise CertificateError(_("The key is too weak: use RSA of at least 2048 bits or ECDSA P-256."))


def make_self_signed_pkcs12(
    *,
    common_name: str,
    organization_name: str,
    password: str,
    now: dt.datetime | None = None,
    years: int = 3,
) -> bytes:
    """A self-signed RSA-2048 signing certificate and its key as a password-protected PKCS#12 file.

    For the demo and the tests only: production certificates come from a certification authority.
    Key usage is digital signature and non-repudiation (content commitment), as for a personal
    signature.
    """
    now = now or dt.datetime.now(dt.UTC)
    key = rsa.generate_private_key(public_exponent=65537, key_size=MIN_RSA_BITS)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "TH"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization_name),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    usage = x509.KeyUsage(
        digital_signature=True,
        content_commitment=True,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .sign(key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        common_name.encode(),
        key,
        certificate,
        None,
        serialization.BestAvailableEncryption(password.encode()),
    )
