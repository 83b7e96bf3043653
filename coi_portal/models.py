"""Access (one membership per account), the append-only audit log and the legal rules settings."""

from __future__ import annotations

import json
import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from coi_portal.audit_chain import GENESIS
from declarations.models import Official, Organization


class Membership(models.Model):
    """The one organization an account belongs to, its roles, and the official it is (if any)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="memberships")
    official = models.OneToOneField(
        Official,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="membership",
        verbose_name=_("official"),
    )
    is_administrator = models.BooleanField(_("administrator"), default=False)
    is_auditor = models.BooleanField(_("auditor"), default=False)
    is_integrity_officer = models.BooleanField(_("integrity officer"), default=False)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self) -> str:
        return f"{self.user} @ {self.organization}"


class AuditEntryManager(models.Manager["AuditEntry"]):
    """Entries always come with their personal part: the audit page shows labels of every row."""

    def get_queryset(self) -> models.QuerySet[AuditEntry]:
        return super().get_queryset().select_related("personal")


class AuditEntry(models.Model):
    """One state change, a link of a hash chain (``coi_portal.audit_chain``). Written by
    ``coi_portal.audit.record`` in the same transaction as the change; never updated or deleted (the model
    refuses, and on PostgreSQL a trigger refuses too). The personal part (the record's label, before/after
    data, the client address) lives in ``AuditPersonalData`` so that a lawful erasure never breaks the chain.
    """

    # The position in the chain: 1, 2, 3 … without gaps; the chain is read in this order.
    seq = models.PositiveBigIntegerField(unique=True)
    # No database constraint: checking it would lock the organization's row while the chain head is held,
    # and a service holding that row (register numbers lock it) and waiting for the head would deadlock.
    organization = models.ForeignKey(
        Organization,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="audit_entries",
        db_constraint=False,
    )
    # The actor is kept by id and name, not by a cascading key, so that removing an account never rewrites
    # an entry.
    actor_id = models.BigIntegerField(null=True, blank=True)
    actor_username = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=80, db_index=True)
    target_type = models.CharField(max_length=80, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    personal_digest = models.CharField(max_length=64)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    objects = AuditEntryManager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["organization", "-created_at"], name="audit_org_time")]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_username} {self.action}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise ValueError("Audit entries are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise ValueError("Audit entries are append-only.")

    def _personal(self) -> dict[str, Any]:
        try:
            return self.personal.values()
        except AuditPersonalData.DoesNotExist:
            return {}

    @property
    def target_label(self) -> str:
        return str(self._personal().get("target_label") or "")

    @property
    def before(self) -> Any:
        return self._personal().get("before")

    @property
    def after(self) -> Any:
        return self._personal().get("after")

    @property
    def ip(self) -> str | None:
        return self._personal().get("ip")


class AuditPersonalData(models.Model):
    """The personal part of an audit entry: the exact canonical JSON that the entry's salted digest covers.

    A lawful erasure (PDPA s.33, via ``coi_portal.audit.erase_personal_data``) blanks ``data`` and ``salt``
    and records when and why; nothing else may change and rows are never deleted (PostgreSQL trigger).
    """

    entry = models.OneToOneField(
        AuditEntry, on_delete=models.PROTECT, primary_key=True, related_name="personal"
    )
    salt = models.CharField(max_length=64, blank=True)
    data = models.TextField(blank=True)
    erased_at = models.DateTimeField(null=True, blank=True)
    erasure_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("personal data of an audit entry")
        verbose_name_plural = _("personal data of audit entries")

    def __str__(self) -> str:
        return f"personal data of audit entry {self.entry_id}"

    def values(self) -> dict[str, Any]:
        """The label, before, after and ip; empty once erased."""
        if self.erased_at is not None or not self.data:
            return {}
        loaded: dict[str, Any] = json.loads(self.data)
        return loaded


class AuditChainHead(models.Model):
    """One row: the sequence number and hash of the last entry. Appending locks it, so concurrent writers
    take turns and the chain cannot fork; verification compares it with the last entry, so cutting entries
    off the end of the log is caught too."""

    seq = models.PositiveBigIntegerField(default=0)
    hash = models.CharField(max_length=64, default=GENESIS)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.CheckConstraint(condition=models.Q(pk=1), name="audit_chain_head_single_row")]
        verbose_name = _("audit chain head")

    def __str__(self) -> str:
        return f"audit chain head #{self.seq}"


class RuleSetting(models.Model):
    """An administrator's confirmation or change of one dated legal fact for their organization.

    ``name`` is a fact of ``legal.rules.LegalRules`` (see ``coi_portal.rules.EDITABLE``); ``value`` is
    empty when the built-in value is only confirmed. ``valid_from`` dates a change of routing.
    """

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="rule_settings")
    name = models.CharField(max_length=60)
    value = models.JSONField(null=True, blank=True)
    valid_from = models.DateField(null=True, blank=True)
    confirmed = models.BooleanField(default=False)
    note = models.TextField(blank=True)
    changed_by = models.CharField(max_length=150, blank=True)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization", "name"], name="rule_setting_unique")]
        verbose_name = _("legal rule setting")
        verbose_name_plural = _("legal rule settings")

    def __str__(self) -> str:
        return f"{self.organization}: {self.name}"


def prepared_path(instance: PreparedDocument, filename: str) -> str:
    """A random name in the private storage: the file is served only to the one who asked for it."""
    return f"prepared/{instance.requested_at:%Y/%m}/{uuid.uuid4().hex}.pdf"


class PreparedDocument(models.Model):
    """A document rendered by a background task for the user who asked for it (``coi_portal.prepared``).

    The request stores what was asked (``kind`` and its ``parameters``) and enqueues the rendering; the
    user's page shows the status until the file is ready. Files are kept ``PREPARED_DOCUMENT_DAYS`` days.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting its turn")
        RUNNING = "running", _("Being prepared")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Could not be prepared")

    # A worker has yet to finish these: the page reloads, the queue counts them against its limit.
    PENDING = (Status.QUEUED, Status.RUNNING)

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="+")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="prepared_documents"
    )
    kind = models.CharField(max_length=40)
    parameters = models.JSONField(default=dict)
    title = models.CharField(max_length=200)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    requested_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    file = models.FileField(upload_to=prepared_path, blank=True)
    filename = models.CharField(max_length=120, blank=True)
    size = models.PositiveIntegerField(null=True, blank=True)
    # Why a failed document failed, for the user's page: "not_allowed", "error" or "abandoned".
    failure = models.CharField(max_length=20, blank=True)

    class Meta:
        indexes = [models.Index(fields=["requested_by", "-requested_at"], name="prepared_by_user")]
        verbose_name = _("prepared document")
        verbose_name_plural = _("prepared documents")

    def __str__(self) -> str:
        return f"{self.title} ({self.status})"

    @property
    def pending(self) -> bool:
        return self.status in self.PENDING
