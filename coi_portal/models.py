"""Access (one membership per account) and the append-only audit log."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

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


class AuditEntry(models.Model):
    """One state change. Written by services in the same transaction as the change; never updated."""

    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, null=True, blank=True, related_name="audit_entries"
    )
    # The actor is kept by id and name, not by a cascading key, so that removing an account never rewrites
    # an entry.
    actor_id = models.BigIntegerField(null=True, blank=True)
    actor_username = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=80, db_index=True)
    target_type = models.CharField(max_length=80, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    target_label = models.CharField(max_length=300, blank=True)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    ip = models.GenericIPAddressField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["organization", "-created_at"], name="audit_org_time")]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_username} {self.action}"

    def save(self, *args: object, **kwargs: object) -> None:
        if self.pk is not None:
            raise ValueError("Audit entries are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args: object, **kwargs: object) -> tuple[int, dict[str, int]]:
        raise ValueError("Audit entries are append-only.")


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
