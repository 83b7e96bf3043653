"""The annual notices of an organization, their versions, the signers' certificates and the issued PDFs.

A notice is one version of one document (the measure notice, or the No Gift Policy announcement) for one
Buddhist-era year. A signed or published version is never edited: a change is a new version (``previous``
points at the one it replaces) that must be signed again. Each version gets its random ``identifier``
when it is created, so the verification address printed in its QR code is known before it is rendered.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from declarations.models import Official, Organization
from measures.textformat import paragraphs_of
from measures.workflow import Status


def new_identifier() -> str:
    """16 URL-safe characters (96 random bits): unguessable, short enough to type from paper."""
    return secrets.token_urlsafe(12)


class NoticeKind(models.TextChoices):
    MEASURES = "measures", _("measure notice")
    NO_GIFT = "no_gift", _("No Gift Policy announcement")


class Notice(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="notices")
    kind = models.CharField(_("kind"), max_length=20, choices=NoticeKind.choices, default=NoticeKind.MEASURES)
    year_be = models.PositiveSmallIntegerField(_("year (B.E.)"))
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    previous = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="next_versions"
    )
    based_on = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    identifier = models.CharField(max_length=32, unique=True, default=new_identifier, editable=False)
    title = models.CharField(_("title"), max_length=300)
    issuing_body = models.CharField(_("issuing body"), max_length=300, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    signer = models.ForeignKey(
        Official,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="notices_to_sign",
        verbose_name=_("signer"),
    )
    signer_name = models.CharField(_("signer's name as printed"), max_length=200, blank=True)
    signer_position = models.CharField(_("signer's position as printed"), max_length=300, blank=True)
    signed_on = models.DateField(_("date of the notice"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    approved_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-year_be", "kind", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "kind", "year_be", "version"], name="notice_unique_version"
            )
        ]
        verbose_name = _("notice")
        verbose_name_plural = _("notices")

    def __str__(self) -> str:
        return f"{self.title} (v{self.version})"

    @property
    def is_editable(self) -> bool:
        return self.status == Status.DRAFT


class NoticeSection(models.Model):
    """A heading and its paragraphs, one per line; numbered items start with their number ("๑. ", "(๑)")."""

    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="sections")
    order = models.PositiveSmallIntegerField()
    heading = models.CharField(_("heading"), max_length=300, blank=True)
    body = models.TextField(_("text"), blank=True)

    class Meta:
        ordering = ["notice", "order", "pk"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self) -> str:
        return self.heading or f"#{self.order}"

    @property
    def paragraphs(self) -> list[str]:
        return paragraphs_of(self.body)


class LintOverride(models.Model):
    """An administrator's written reason to approve despite the errors of one lint code."""

    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="overrides")
    code = models.CharField(_("finding"), max_length=40)
    reason = models.TextField(_("reason"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_by_name = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["notice", "code"]
        constraints = [models.UniqueConstraint(fields=["notice", "code"], name="lint_override_unique")]
        verbose_name = _("lint override")
        verbose_name_plural = _("lint overrides")

    def __str__(self) -> str:
        return f"{self.code}: {self.reason[:60]}"


class CertificateKind(models.TextChoices):
    PERSONAL = "personal", _("personal signature certificate")
    ORGANIZATION_SEAL = "organization_seal", _("organizational seal")


class SignerCertificate(models.Model):
    """A PKCS#12 file as uploaded, still encrypted with its own password (which is never stored), and
    the public facts read from it on upload. A personal certificate belongs to one official; an
    organization's seal to nobody."""

    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="certificates")
    official = models.ForeignKey(
        Official,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="certificates",
        verbose_name=_("official"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=CertificateKind.choices)
    pkcs12 = models.BinaryField(editable=False)
    certificate_der = models.BinaryField(editable=False)
    subject = models.CharField(_("subject"), max_length=500)
    issuer = models.CharField(_("issuer"), max_length=500)
    serial = models.CharField(_("serial number"), max_length=80)
    fingerprint = models.CharField(_("SHA-256 fingerprint"), max_length=64, db_index=True)
    valid_from = models.DateTimeField(_("valid from"))
    valid_to = models.DateTimeField(_("valid to"))
    self_signed = models.BooleanField(_("self-signed"), default=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)
    retired_at = models.DateTimeField(_("retired"), null=True, blank=True)

    class Meta:
        ordering = ["organization", "-uploaded_at"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(kind="personal") & Q(official__isnull=False))
                | (Q(kind="organization_seal") & Q(official__isnull=True)),
                name="certificate_owner_matches_kind",
            )
        ]
        verbose_name = _("signer certificate")
        verbose_name_plural = _("signer certificates")

    def __str__(self) -> str:
        return f"{self.subject} ({self.get_kind_display()})"


class IssueMethod(models.TextChoices):
    SIGNATURE = "signature", _("digital signature of the signer")
    SEAL = "seal", _("organizational seal")
    TRANSCRIPTION = "transcription", _("transcription of a notice issued on paper (no electronic signature)")


def issued_path(instance: IssuedDocument, filename: str) -> str:
    notice = instance.notice
    return (
        f"notices/{notice.organization.slug}/{notice.year_be}-{notice.kind}-v{notice.version}-"
        f"{instance.sha256[:12]}.pdf"
    )


class IssuedDocument(models.Model):
    """A PDF of a notice version as issued, stored once and served byte for byte, with its SHA-256.

    A version may be issued more than once (signed again without a change of text); the latest issue of
    the latest issued version of a document is the current one, every other is superseded.
    """

    notice = models.ForeignKey(Notice, on_delete=models.PROTECT, related_name="issued")
    file = models.FileField(upload_to=issued_path)
    sha256 = models.CharField(max_length=64, unique=True)
    size = models.PositiveIntegerField()
    method = models.CharField(max_length=20, choices=IssueMethod.choices)
    certificate = models.ForeignKey(
        SignerCertificate, on_delete=models.PROTECT, null=True, blank=True, related_name="issued"
    )
    signer = models.ForeignKey(Official, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    signer_name = models.CharField(max_length=200, blank=True)
    signer_position = models.CharField(max_length=300, blank=True)
    certificate_serial = models.CharField(max_length=80, blank=True)
    pades_level = models.CharField(max_length=10, blank=True)
    signed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["notice", "created_at", "pk"]
        verbose_name = _("issued document")
        verbose_name_plural = _("issued documents")

    def __str__(self) -> str:
        return f"{self.notice} {self.sha256[:12]}"
