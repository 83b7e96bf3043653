"""Public verification of a notice file: by its SHA-256, or by the PDF itself.

A PDF cannot carry its own hash, so the portal keeps the SHA-256 of every file it issued. An uploaded
file is checked in this order and the answer says plainly why it fails:

1. its SHA-256 is one the portal issued: the file is exactly as issued (and its signature is checked
   against the signer's stored certificate as trust root); it may be superseded by a later version;
2. it carries no signature: unknown file;
3. its signature was not made with a certificate the portal holds: signed by someone else;
4. the signature does not match the bytes it covers: changed after signing;
5. the signed part is an issued file but something was appended after it: modified after signing;
6. otherwise: a valid signature of a file the portal did not issue.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum

from django.utils.translation import gettext as _

from measures.models import IssuedDocument, IssueMethod, SignerCertificate
from measures.selectors import IssueState, issue_state
from measures.signing import SignatureReport, read_signature


class Verdict(StrEnum):
    AUTHENTIC = "authentic"
    SUPERSEDED = "superseded"
    TRANSCRIPTION = "transcription"
    UNKNOWN_HASH = "unknown_hash"
    NOT_READABLE = "not_readable"
    NO_SIGNATURE = "no_signature"
    OTHER_SIGNER = "other_signer"
    SIGNATURE_BROKEN = "signature_broken"
    MODIFIED_AFTER_SIGNING = "modified_after_signing"
    NOT_ISSUED = "not_issued"


GOOD = frozenset({Verdict.AUTHENTIC, Verdict.TRANSCRIPTION})


@dataclass(frozen=True)
class Verification:
    verdict: Verdict
    sha256: str
    issued: IssuedDocument | None = None
    state: IssueState | None = None
    signature: SignatureReport | None = None

    @property
    def ok(self) -> bool:
        return self.verdict in GOOD

    @property
    def message(self) -> str:
        return MESSAGES[self.verdict]()


MESSAGES = {
    Verdict.AUTHENTIC: lambda: _(
        "Authentic: this is exactly the file the portal issued, and its signature is valid."
    ),
    Verdict.SUPERSEDED: lambda: _(
        "This file was issued by the portal and its signature is valid, but it is superseded: a later "
        "version or a later issue of the notice replaces it."
    ),
    Verdict.TRANSCRIPTION: lambda: _(
        "This file is the portal's transcription of a notice issued on paper; it carries no electronic "
        "signature. The paper original is the authentic one."
    ),
    Verdict.UNKNOWN_HASH: lambda: _("No file issued by the portal has this SHA-256."),
    Verdict.NOT_READABLE: lambda: _("The file could not be read as a PDF."),
    Verdict.NO_SIGNATURE: lambda: _(
        "Not issued by the portal: no file issued here has this SHA-256, and the file carries no digital "
        "signature."
    ),
    Verdict.OTHER_SIGNER: lambda: _(
        "Signed by someone else: the file is signed with a certificate that the portal does not hold for any "
        "signer."
    ),
    Verdict.SIGNATURE_BROKEN: lambda: _(
        "The signature is invalid: the file was changed after it was signed."
    ),
    Verdict.MODIFIED_AFTER_SIGNING: lambda: _(
        "Modified after signing: the signed part is a file the portal issued, but changes were added to it "
        "afterwards. Download the original from the verification page."
    ),
    Verdict.NOT_ISSUED: lambda: _(
        "The signature is valid, but this file is not one the portal issued (its SHA-256 is unknown)."
    ),
}


def verify_sha256(sha256: str) -> Verification:
    issued = _issued_by_hash(sha256)
    if issued is None:
        return Verification(Verdict.UNKNOWN_HASH, sha256)
    return _known(issued, sha256, signature=None)


def verify_pdf(data: bytes) -> Verification:
    sha256 = hashlib.sha256(data).hexdigest()
    issued = _issued_by_hash(sha256)
    try:
        if issued is not None:
            return _known(issued, sha256, signature=_signature(data, issued.certificate))
        report = read_signature(data)
    except Exception:  # whatever the parser or validator chokes on is "not readable"
        return Verification(Verdict.NOT_READABLE, sha256)
    if report is None:
        return Verification(Verdict.NO_SIGNATURE, sha256)
    certificate = SignerCertificate.objects.filter(fingerprint=report.signer_fingerprint).first()
    if certificate is None:
        return Verification(Verdict.OTHER_SIGNER, sha256, signature=report)
    try:
        report = _signature(data, certificate) or report
    except Exception:  # see above
        return Verification(Verdict.NOT_READABLE, sha256)
    if not report.intact or not report.valid:
        return Verification(Verdict.SIGNATURE_BROKEN, sha256, signature=report)
    original = _issued_by_hash(report.signed_revision_sha256)
    if original is not None:
        return Verification(
            Verdict.MODIFIED_AFTER_SIGNING,
            sha256,
            issued=original,
            state=issue_state(original),
            signature=report,
        )
    return Verification(Verdict.NOT_ISSUED, sha256, signature=report)


def _issued_by_hash(sha256: str) -> IssuedDocument | None:
    return (
        IssuedDocument.objects.filter(sha256=sha256)
        .select_related("notice", "notice__organization", "certificate")
        .first()
    )


def _signature(data: bytes, certificate: SignerCertificate | None) -> SignatureReport | None:
    if certificate is None:
        return None
    return read_signature(data, trust_root_der=bytes(certificate.certificate_der))


def _known(issued: IssuedDocument, sha256: str, *, signature: SignatureReport | None) -> Verification:
    state = issue_state(issued)
    if issued.method == IssueMethod.TRANSCRIPTION:
        verdict = Verdict.TRANSCRIPTION
    elif signature is not None and not (signature.intact and signature.valid and signature.trusted):
        verdict = Verdict.SIGNATURE_BROKEN
    else:
        verdict = Verdict.AUTHENTIC if state.current else Verdict.SUPERSEDED
    return Verification(verdict, sha256, issued=issued, state=state, signature=signature)
