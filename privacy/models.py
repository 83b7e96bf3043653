"""Personal data protection: privacy notices (s.23), spouse notices (s.25), retention rules and legal holds,
the register of data-subject requests (s.30-s.36) and the breach register (s.37(4)).

A published privacy notice is never edited: a change is a new version, and every submission keeps the
version it was made under (``privacy.services.notice_version_for``).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from declarations.models import Official, Organization, Spouse
from privacy import pdpa
from privacy.inventory import Activity

# The elements of a notice under s.23, in the order a notice prints them.
S23_ELEMENTS = (
    "purpose",
    "lawful_basis",
    "requirement",
    "data_collected",
    "retention",
    "recipients",
    "controller",
    "rights",
)


class PrivacyNotice(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="privacy_notices")
    activity = models.CharField(
        _("processing activity"), max_length=20, choices=[(a.value, a.value) for a in Activity]
    )
    version = models.PositiveSmallIntegerField(_("version"))
    effective_on = models.DateField(_("in force from"))
    purpose = models.TextField(_("purposes of the processing"))
    lawful_basis = models.TextField(_("lawful basis"))
    requirement = models.TextField(_("whether the data must be given, and what happens if not"))
    data_collected = models.TextField(_("personal data collected"))
    retention = models.TextField(_("retention period"))
    recipients = models.TextField(_("who receives the data"))
    controller = models.TextField(_("data controller and contact"))
    rights = models.TextField(_("rights of the data subject"))
    dpo = models.TextField(_("data protection officer (optional)"), blank=True)
    english = models.JSONField(_("English text by element"), default=dict, blank=True)
    change_note = models.CharField(_("what changed"), max_length=300, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    published_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["organization", "activity", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "activity", "version"], name="privacy_notice_version"
            )
        ]
        verbose_name = _("privacy notice")
        verbose_name_plural = _("privacy notices")

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """What a submission stores: ``gifts-3`` (at most 20 characters)."""
        return f"{self.activity}-{self.version}"


def element_label(name: str) -> str:
    """The heading of an s.23 element (the field's verbose name, in the active language)."""
    field = PrivacyNotice._meta.get_field(name)
    assert isinstance(field, models.Field)
    return str(field.verbose_name)


class RetentionRule(models.Model):
    """An organization's retention period for one record type of ``privacy.inventory`` (else the default)."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="retention_rules")
    record_type = models.CharField(_("record type"), max_length=40)
    years = models.PositiveSmallIntegerField(_("years kept"))
    changed_by = models.CharField(max_length=150, blank=True)
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organization", "record_type"], name="retention_rule_unique")
        ]
        verbose_name = _("retention rule")
        verbose_name_plural = _("retention rules")

    def __str__(self) -> str:
        return f"{self.record_type}: {self.years}"


class LegalHold(models.Model):
    """Stops the retention job for a whole record type (``object_id`` empty) or for one record."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="legal_holds")
    record_type = models.CharField(_("record type"), max_length=40)
    object_id = models.CharField(
        _("record number (empty: every record of the type)"), max_length=40, blank=True
    )
    reason = models.CharField(_("reason (case, order, request)"), max_length=300)
    placed_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    placed_at = models.DateTimeField(auto_now_add=True)
    released_at = models.DateTimeField(null=True, blank=True)
    released_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["organization", "record_type", "-placed_at"]
        verbose_name = _("legal hold")
        verbose_name_plural = _("legal holds")

    def __str__(self) -> str:
        return f"{self.record_type} {self.object_id or '*'}"

    @property
    def active(self) -> bool:
        return self.released_at is None


class SpouseNoticeReason(models.TextChoices):
    RECORDED = "recorded", _("the official named a spouse")
    DECLARED = "declared", _("the official declared a spouse's interest")


class HandedHow(models.TextChoices):
    IN_PERSON = "in_person", _("handed over in person")
    POST = "post", _("sent by post")
    EMAIL = "email", _("sent by e-mail")
    OTHER = "other", _("other")


class SpouseNotice(models.Model):
    """The s.25 notice owed to a spouse whose data the portal received from the official."""

    spouse = models.OneToOneField(Spouse, on_delete=models.CASCADE, related_name="privacy_notice")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="spouse_notices")
    needed_since = models.DateField(_("the portal learned of the spouse on"))
    reason = models.CharField(
        _("why"), max_length=20, choices=SpouseNoticeReason.choices, default=SpouseNoticeReason.RECORDED
    )
    given_on = models.DateField(_("notice given on"), null=True, blank=True)
    given_how = models.CharField(_("how"), max_length=20, choices=HandedHow.choices, blank=True)
    given_note = models.CharField(_("note"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["organization", "needed_since", "id"]
        verbose_name = _("spouse notice")
        verbose_name_plural = _("spouse notices")

    def __str__(self) -> str:
        return f"s.25 {self.spouse_id}"

    @property
    def due_on(self) -> dt.date:
        return pdpa.spouse_notice_due(self.needed_since)

    def is_overdue(self, today: dt.date | None = None) -> bool:
        """Not given and more than 30 days since the portal learned of the spouse (standards.md P-03)."""
        day = today or timezone.localdate()
        return self.given_on is None and day > self.due_on


class RequestKind(models.TextChoices):
    ACCESS = pdpa.RequestKind.ACCESS.value, _("access to my data (s.30)")
    PORTABILITY = pdpa.RequestKind.PORTABILITY.value, _("a copy in a machine-readable form (s.31)")
    OBJECTION = pdpa.RequestKind.OBJECTION.value, _("objection to processing (s.32)")
    ERASURE = pdpa.RequestKind.ERASURE.value, _("erasure (s.33)")
    RESTRICTION = pdpa.RequestKind.RESTRICTION.value, _("restriction of processing (s.34)")
    RECTIFICATION = pdpa.RequestKind.RECTIFICATION.value, _("correction (s.35, s.36)")
    WITHDRAW_CONSENT = pdpa.RequestKind.WITHDRAW_CONSENT.value, _("withdrawal of consent (s.19)")


class RequestStatus(models.TextChoices):
    OPEN = "open", _("open")
    COMPLETED = "completed", _("completed")
    REFUSED = "refused", _("refused")


class RequestChannel(models.TextChoices):
    IN_PERSON = "in_person", _("in person")
    LETTER = "letter", _("letter")
    EMAIL = "email", _("e-mail")
    PORTAL = "portal", _("through the portal")


class SubjectRequest(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="subject_requests")
    requester_name = models.CharField(_("data subject"), max_length=200)
    official = models.ForeignKey(
        Official,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("the data subject is this official"),
    )
    kind = models.CharField(_("request"), max_length=20, choices=RequestKind.choices)
    channel = models.CharField(_("received by"), max_length=20, choices=RequestChannel.choices)
    received_on = models.DateField(_("received on"))
    due_on = models.DateField(_("answer due by"))
    details = models.TextField(_("what is asked"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=RequestStatus.choices, default="open")
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    refusal_reason = models.CharField(
        _("legal reason for refusing"),
        max_length=30,
        blank=True,
        choices=[(reason.value, reason.value) for reason in pdpa.RefusalReason],
    )
    response = models.TextField(_("answer given"), blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["organization", "-received_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="refused") | ~Q(refusal_reason=""), name="subject_request_refusal_reason"
            )
        ]
        verbose_name = _("data-subject request")
        verbose_name_plural = _("data-subject requests")

    def __str__(self) -> str:
        return f"DSR {self.pk} {self.kind}"

    def is_overdue(self, today: dt.date | None = None) -> bool:
        day = today or timezone.localdate()
        return self.status == RequestStatus.OPEN and day > self.due_on


class BreachRisk(models.TextChoices):
    NONE = "none", _("no risk to people's rights (no notification needed)")
    RISK = "risk", _("a risk to people's rights (notify the PDPC Office)")
    HIGH = "high", _("a high risk (notify the PDPC Office and the people affected)")


class Breach(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="breaches")
    title = models.CharField(_("what happened (short)"), max_length=200)
    description = models.TextField(_("details"))
    aware_at = models.DateTimeField(_("became aware at"))
    risk = models.CharField(_("risk"), max_length=10, choices=BreachRisk.choices)
    data_affected = models.CharField(_("data affected"), max_length=300, blank=True)
    people_affected = models.PositiveIntegerField(_("number of people affected"), null=True, blank=True)
    measures = models.TextField(_("measures taken"), blank=True)
    pdpc_deadline = models.DateTimeField(_("notify the PDPC Office by"))
    pdpc_notified_at = models.DateTimeField(_("PDPC Office notified at"), null=True, blank=True)
    pdpc_reference = models.CharField(_("PDPC reference"), max_length=100, blank=True)
    subjects_notified_at = models.DateTimeField(_("people affected notified at"), null=True, blank=True)
    no_notification_reason = models.TextField(_("why no notification is needed"), blank=True)
    alert_sent_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["organization", "-aware_at", "-id"]
        verbose_name = _("personal-data breach")
        verbose_name_plural = _("personal-data breaches")

    def __str__(self) -> str:
        return f"Breach {self.pk}"

    @property
    def needs_pdpc(self) -> bool:
        return self.risk != BreachRisk.NONE

    def is_overdue(self, now: dt.datetime | None = None) -> bool:
        moment = now or timezone.now()
        return self.needs_pdpc and self.pdpc_notified_at is None and moment > self.pdpc_deadline
