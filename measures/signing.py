"""PAdES signatures with pyHanko: signing a rendered notice, and checking a signed one.

A signature is a CAdES-detached PAdES signature (SubFilter ``/ETSI.CAdES.detached``, SHA-256) made with
the signer's own PKCS#12 key, opened with the password the signer types at that moment. Its visible stamp
sits in the signing space of the signature block and says, in Thai, who signed, as what, when (Buddhist
era), that it is a digital signature, and where to verify it. The stamp is drawn with the patched Sarabun
through pyHanko's OpenType support, so its text can be copied too.

Levels: B-B without a time-stamping service; with ``settings.TSA_URL`` an RFC 3161 timestamp (B-T), and
B-LT when the validation data (certificate chain, revocation data) can be embedded as well.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn1crypto import x509 as asn1_x509
from django.conf import settings
from django.utils.translation import gettext as _
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers
from pyhanko.sign.general import SigningError as PyHankoSigningError
from pyhanko.sign.timestamps import HTTPTimeStamper, TimeStamper
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator.errors import PathError, ValidationError

from coi_portal.documents import AnchorBox
from coi_portal.thai import datetime_long

FONT = Path(settings.BASE_DIR) / "static" / "fonts" / "Sarabun-Regular.ttf"
FIELD_NAME = "NoticeSignature"
STAMP_FONT_SIZE = 9
DIGITAL_SIGNATURE_LINE = "ลงนามด้วยลายมือชื่อดิจิทัล"
SEAL_LINE = "ประทับตราอิเล็กทรอนิกส์ของหน่วยงาน"

# fontTools logs every glyph of the stamp's font subset at INFO.
logging.getLogger("fontTools").setLevel(logging.WARNING)


class SigningError(Exception):
    """The signature could not be made; ``str(error)`` is the message for the user."""


@dataclass(frozen=True)
class SignedPdf:
    data: bytes
    level: str
    sha256: str


def load_signer(pkcs12_data: bytes, password: str) -> signers.SimpleSigner:
    """The signer of a stored PKCS#12 file, opened with the password just typed."""
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(
            pkcs12_data, other_certs=[], passphrase=password.encode()
        )
    except ValueError:
        raise SigningError(_("The password does not open the signing certificate.")) from None
    return signer


def timestamper_from_settings() -> TimeStamper | None:
    """An RFC 3161 client for ``settings.TSA_URL``, or None when no service is configured."""
    url = getattr(settings, "TSA_URL", "")
    return HTTPTimeStamper(url) if url else None


def signature_stamp_lines(*, name: str, position: str, at: dt.datetime, url: str) -> list[str]:
    """The stamp of a personal signature: "(name)", position, date and time, the digital-signature line,
    and the verification address."""
    return [
        f"({name})",
        position,
        f"ลงนามเมื่อ {datetime_long(at, digits='thai')}",
        DIGITAL_SIGNATURE_LINE,
        f"ตรวจสอบได้ที่ {url}",
    ]


def seal_stamp_lines(*, organization: str, at: dt.datetime, url: str) -> list[str]:
    """The stamp of an organizational seal: it names the organization, never a person."""
    return [
        SEAL_LINE,
        organization,
        f"ประทับเมื่อ {datetime_long(at, digits='thai')}",
        "ไม่ใช่ลายมือชื่อของบุคคล",
        f"ตรวจสอบได้ที่ {url}",
    ]


def sign_pdf(
    pdf: bytes,
    *,
    box: AnchorBox,
    signer: signers.SimpleSigner,
    stamp_lines: list[str],
    signer_name: str = "",
    reason: str = "",
    location: str = "",
    timestamper: TimeStamper | None = None,
) -> SignedPdf:
    """Sign ``pdf`` with a visible stamp in ``box``. With a timestamper, embed the validation data too
    (B-LT) when it can be gathered, else sign at B-T."""
    sign = functools.partial(
        _sign,
        pdf,
        box=box,
        signer=signer,
        stamp_lines=stamp_lines,
        signer_name=signer_name,
        reason=reason,
        location=location,
    )
    if timestamper is None:
        data, level = sign(), "B-B"
    else:
        try:
            data, level = sign(timestamper=timestamper, embed=True), "B-LT"
        except (PyHankoSigningError, PathError, ValidationError):
            # The chain of the signer or of the time-stamping authority could not be validated here.
            data, level = sign(timestamper=timestamper), "B-T"
    return SignedPdf(data, level, hashlib.sha256(data).hexdigest())


def _sign(
    pdf: bytes,
    *,
    box: AnchorBox,
    signer: signers.SimpleSigner,
    stamp_lines: list[str],
    signer_name: str,
    reason: str,
    location: str,
    timestamper: TimeStamper | None = None,
    embed: bool = False,
) -> bytes:
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        name=signer_name or None,
        reason=reason or None,
        location=location or None,
        embed_validation_info=embed,
        validation_context=_own_chain_context(signer) if embed else None,
    )
    spec = fields.SigFieldSpec(
        sig_field_name=FIELD_NAME,
        on_page=box.page_index,
        # Whole points: less than a third of a millimetre off.
        box=(round(box.x1), round(box.y1), round(box.x2), round(box.y2)),
    )
    pdf_signer = signers.PdfSigner(
        meta,
        signer=signer,
        timestamper=timestamper,
        stamp_style=_stamp_style(stamp_lines),
        new_field_spec=spec,
    )
    # Without a time-stamp the signature's size is known: reserving it spares pyHanko a trial signature.
    reserved = None if timestamper is not None else _signature_room(signer)
    output = pdf_signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)), bytes_reserved=reserved)
    return bytes(output.getbuffer())


def _signature_room(signer: signers.SimpleSigner) -> int:
    """Hex digits to reserve for a CMS signature without a time-stamp: its certificates, the signature
    value and a generous allowance for the signed attributes (the placeholder holds hex, two per byte)."""
    certificates = sum(len(cert.dump()) for cert in [signer.signing_cert, *signer.cert_registry])
    return 2 * (certificates + 1024 + 4096)


@dataclass(frozen=True)
class _SarabunFactory(GlyphAccumulatorFactory):
    """pyHanko's OpenType font engine, fed from memory: its own factory opens the font file and never
    closes it."""

    def create_font_engine(self, writer: Any, obj_stream: Any = None) -> GlyphAccumulator:
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()
        font = io.BytesIO(_font_bytes())
        size = self.font_size
        return GlyphAccumulator(writer=writer, font_handle=font, font_size=size, obj_stream=obj_stream)


@functools.cache
def _font_bytes() -> bytes:
    return FONT.read_bytes()


def _stamp_style(lines: list[str]) -> TextStampStyle:
    # The stamp template is %-interpolated: a "%" in the text (a URL, say) must be doubled.
    text = "\n".join(line.replace("%", "%%") for line in lines)
    font = _SarabunFactory(str(FONT), font_size=STAMP_FONT_SIZE)
    return TextStampStyle(
        stamp_text=text,
        text_box_style=TextBoxStyle(font=font, font_size=STAMP_FONT_SIZE, leading=STAMP_FONT_SIZE + 3),
        border_width=1,
        background=None,
    )


def _own_chain_context(signer: signers.SimpleSigner) -> ValidationContext:
    """Trust the self-signed certificates that came with the key (the root of its chain, or the
    certificate itself), and fetch revocation data where the chain names a service."""
    candidates = [signer.signing_cert, *signer.cert_registry]
    roots = [cert for cert in candidates if cert.self_signed in ("yes", "maybe")]
    return ValidationContext(trust_roots=roots, allow_fetching=True, revocation_mode="soft-fail")


@dataclass(frozen=True)
class SignatureReport:
    """What a PDF's first signature says about the file, checked against ``trust_root`` when given."""

    signer_fingerprint: str
    signer_subject: str
    intact: bool
    valid: bool
    trusted: bool
    whole_file: bool
    signed_revision_sha256: str
    subfilter: str
    md_algorithm: str
    timestamped: bool


def read_signature(data: bytes, *, trust_root_der: bytes | None = None) -> SignatureReport | None:
    """Validate the first signature of ``data`` (None when it has none).

    Raises ValueError when ``data`` is not a readable PDF.
    """
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    signatures = reader.embedded_signatures
    if not signatures:
        return None
    signature = signatures[0]
    roots = [asn1_x509.Certificate.load(trust_root_der)] if trust_root_der else []
    status = validate_pdf_signature(signature, ValidationContext(trust_roots=roots))
    _zero, _len1, start2, len2 = (int(value) for value in signature.byte_range)
    cert = signature.signer_cert
    return SignatureReport(
        signer_fingerprint=hashlib.sha256(cert.dump()).hexdigest(),
        signer_subject=cert.subject.human_friendly,
        intact=status.intact,
        valid=status.valid,
        trusted=status.trusted,
        whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        signed_revision_sha256=hashlib.sha256(data[: start2 + len2]).hexdigest(),
        subfilter=str(signature.sig_object.get("/SubFilter", "")),
        md_algorithm=status.md_algorithm,
        timestamped=status.timestamp_validity is not None,
    )
