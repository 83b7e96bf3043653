"""Issuing a notice: certificates, the signature (or organizational seal), storing the PDF, publishing.

Sole control (ETA s.26(2), checklist S-04): a personal certificate signs only the notices whose signer is
its official, and only when the signer is the one asking, with the password typed at that moment. An
organization's certificate is applied only as a seal, by an administrator, and its stamp says so.
The management command signs with ``actor=None``: it runs on the server with the signer's password in
its environment.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from pyhanko.sign.timestamps import TimeStamper

from coi_portal import audit, permissions
from coi_portal.documents import find_anchor
from declarations.models import Official, Organization
from measures import selectors
from measures.certificates import CertificateError, read_pkcs12
from measures.documents import SIGNATURE_ANCHOR, render_measure_document, render_measure_pdf, verify_url
from measures.models import CertificateKind, IssuedDocument, IssueMethod, Notice, SignerCertificate
from measures.services.common import MeasureError, locked, transition
from measures.signing import (
    SigningError,
    load_signer,
    seal_stamp_lines,
    sign_pdf,
    signature_stamp_lines,
    timestamper_from_settings,
)
from measures.workflow import Status

type Actor = User | None


@transaction.atomic
def certificate_upload(
    *,
    actor: Actor,
    organization: Organization,
    kind: str,
    official: Official | None,
    data: bytes,
    password: str,
) -> SignerCertificate:
    """Store a PKCS#12 file as uploaded after opening it once with its password (which is not kept)."""
    if kind == CertificateKind.PERSONAL and (official is None or official.organization_id != organization.pk):
        raise MeasureError(_("A personal certificate belongs to an official of the organization."))
    try:
        facts = read_pkcs12(data, password)
    except CertificateError as error:
        raise MeasureError(str(error)) from None
    certificate = SignerCertificate.objects.create(
        organization=organization,
        official=official if kind == CertificateKind.PERSONAL else None,
        kind=kind,
        pkcs12=data,
        certificate_der=facts.der,
        subject=facts.subject,
        issuer=facts.issuer,
        serial=facts.serial,
        fingerprint=facts.fingerprint,
        valid_from=facts.valid_from,
        valid_to=facts.valid_to,
        self_signed=facts.self_signed,
        uploaded_by=actor,
    )
    audit.record(
        actor=actor,
        action="measures.certificate_upload",
        organization=organization,
        target=certificate,
        after={
            "kind": kind,
            "official": official.pk if official else None,
            "serial": facts.serial,
            "fingerprint": facts.fingerprint,
        },
    )
    return certificate


@transaction.atomic
def notice_sign(
    *,
    actor: Actor,
    notice: Notice,
    certificate: SignerCertificate,
    password: str,
    any_status: bool = False,
    timestamper: TimeStamper | None = None,
) -> IssuedDocument:
    """Render, sign and store the notice; an approved notice becomes signed.

    ``any_status`` (the management command) signs whatever the status; a signed or published version
    keeps its status and gets a newer issue. ``timestamper`` defaults to ``settings.TSA_URL``'s service.
    """
    notice = locked(notice)
    if not any_status and notice.status != Status.APPROVED:
        raise MeasureError(_("Only an approved notice can be signed."))
    if not selectors.is_latest_version(notice):
        raise MeasureError(_("A newer version of this notice exists; sign that one."))
    _check_certificate(actor, notice, certificate)
    try:
        signer = load_signer(bytes(certificate.pkcs12), password)
    except SigningError as error:
        raise MeasureError(str(error)) from None
    now = timezone.now()
    before = notice.status
    if notice.signed_on is None:
        notice.signed_on = timezone.localdate(now)
    document = render_measure_document(notice)
    seal = certificate.kind == CertificateKind.ORGANIZATION_SEAL
    url = verify_url(notice.identifier)
    if seal:
        lines = seal_stamp_lines(organization=notice.organization.name_th, at=now, url=url)
    else:
        lines = signature_stamp_lines(
            name=notice.signer_name, position=notice.signer_position, at=now, url=url
        )
    signed = sign_pdf(
        document.write_pdf(),
        box=find_anchor(document, SIGNATURE_ANCHOR),
        signer=signer,
        stamp_lines=lines,
        signer_name=notice.organization.name_th if seal else notice.signer_name,
        reason=notice.title,
        location=notice.organization.name_th,
        timestamper=timestamper if timestamper is not None else timestamper_from_settings(),
    )
    issued = _store(
        notice,
        signed.data,
        method=IssueMethod.SEAL if seal else IssueMethod.SIGNATURE,
        certificate=certificate,
        level=signed.level,
        actor=actor,
        signed_at=now,
    )
    if notice.status in (Status.DRAFT, Status.APPROVED):
        notice.status = Status.SIGNED
    notice.save()
    audit.record(
        actor=actor,
        action="measures.notice_seal" if seal else "measures.notice_sign",
        organization=notice.organization,
        target=notice,
        before={"status": before},
        after={
            "status": notice.status,
            "sha256": issued.sha256,
            "certificate_serial": certificate.serial,
            "certificate_fingerprint": certificate.fingerprint,
            "pades_level": signed.level,
        },
    )
    return issued


def _check_certificate(actor: Actor, notice: Notice, certificate: SignerCertificate) -> None:
    if certificate.organization_id != notice.organization_id or certificate.retired_at is not None:
        raise MeasureError(_("This certificate cannot sign notices of this organization."))
    now = timezone.now()
    if not certificate.valid_from <= now <= certificate.valid_to:
        raise MeasureError(_("The certificate is expired or not yet valid."))
    if getattr(settings, "SIGNING_REQUIRE_CA", False) and certificate.self_signed:
        raise MeasureError(
            _("A self-signed certificate may not sign here; use one from a certification authority.")
        )
    if certificate.kind == CertificateKind.ORGANIZATION_SEAL:
        if actor is not None and not permissions.is_administrator(actor):
            raise MeasureError(_("Only an administrator applies the organization's seal."))
        return
    if notice.signer_id is None or certificate.official_id != notice.signer_id:
        raise MeasureError(_("This certificate is not the signer's: nobody signs for someone else."))
    if actor is not None and not permissions.is_notice_signer(actor, notice):
        raise MeasureError(_("Only the signer may sign this notice: nobody signs for someone else."))


@transaction.atomic
def notice_publish(*, actor: Actor, notice: Notice) -> Notice:
    """Publish a signed notice on the organization's public page."""
    notice = locked(notice)
    transition(notice, Status.PUBLISHED)
    notice.published_at = timezone.now()
    notice.save(update_fields=["status", "published_at", "updated_at"])
    audit.record(
        actor=actor,
        action="measures.notice_publish",
        organization=notice.organization,
        target=notice,
        before={"status": Status.SIGNED},
        after={"status": notice.status},
    )
    return notice


@transaction.atomic
def issue_transcription(*, actor: Actor, notice: Notice) -> IssuedDocument:
    """Store the unsigned PDF of a notice that was issued on paper (its historical text, no signature)."""
    notice = locked(notice)
    issued = _store(
        notice,
        render_measure_pdf(notice),
        method=IssueMethod.TRANSCRIPTION,
        certificate=None,
        level="",
        actor=actor,
    )
    audit.record(
        actor=actor,
        action="measures.notice_transcribe",
        organization=notice.organization,
        target=notice,
        after={"sha256": issued.sha256},
    )
    return issued


def _store(
    notice: Notice,
    data: bytes,
    *,
    method: str,
    certificate: SignerCertificate | None,
    level: str,
    actor: Actor,
    signed_at: dt.datetime | None = None,
) -> IssuedDocument:
    sha256 = hashlib.sha256(data).hexdigest()
    seal = method == IssueMethod.SEAL
    issued = IssuedDocument(
        notice=notice,
        sha256=sha256,
        size=len(data),
        method=method,
        certificate=certificate,
        signer=None if seal else notice.signer,
        signer_name=notice.organization.name_th if seal else notice.signer_name,
        signer_position="" if seal else notice.signer_position,
        certificate_serial=certificate.serial if certificate else "",
        pades_level=level,
        signed_at=signed_at,
        created_by=actor if actor is not None and actor.is_authenticated else None,
    )
    issued.file.save(f"{sha256}.pdf", ContentFile(data), save=False)
    issued.save()
    return issued
