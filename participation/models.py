"""Public participation and awareness: tip-offs (measure 4), training and awareness activities (measures 1-3),
the risk register of the notice's risk analysis, the ITA evidence index, and published anonymised cases.

A tip-off is found by its tracking code, of which only the SHA-256 is stored. Its text, its code and its
reporter never appear in ``__str__``, so audit entries and logs that print a row stay clean.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from declarations.models import Official, Organization


def evidence_path(instance: Any, filename: str) -> str:
    """Stored under a random name; the original name is kept in the row only."""
    return f"participation/{uuid.uuid4().hex}"


class TipOffSubject(models.TextChoices):
    CONFLICT = "conflict", _("a conflict of interest")
    GIFT = "gift", _("an improper gift or benefit")
    OTHER = "other", _("other misconduct")


class TipOffStatus(models.TextChoices):
    RECEIVED = "received", _("received")
    AWAITING_REPORTER = "awaiting_reporter", _("a question awaits your answer")
    IN_REVIEW = "in_review", _("being looked into")
    CLOSED = "closed", _("closed")


class TipOffRoute(models.TextChoices):
    """Who handles a tip-off: the first office in this order that the tip-off does not name."""

    INTEGRITY_OFFICER = "integrity_officer", _("the integrity officer")
    PERMANENT_SECRETARY = "permanent_secretary", _("the Permanent Secretary")
    CHIEF_EXECUTIVE = "chief_executive", _("the Chief Executive")
    COUNCIL_CHAIR = "council_chair", _("the Council Chair")
    AUDITORS = "auditors", _("the internal auditors")


class TipOffOutcome(models.TextChoices):
    ACTION_TAKEN = "action_taken", _("looked into: action was taken")
    NOT_FOUND = "not_found", _("looked into: no wrongdoing was found")
    REFERRED = "referred", _("referred to the NACC or another competent body")
    INSUFFICIENT = "insufficient", _("not enough information to look into it")


class TipOff(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="tipoffs")
    number = models.CharField(_("case number"), max_length=20)
    code_hash = models.CharField(max_length=64, unique=True)
    subject = models.CharField(_("what kind of wrongdoing"), max_length=20, choices=TipOffSubject.choices)
    what = models.TextField(_("what happened"))
    occurred_on = models.DateField(_("when it happened"), null=True, blank=True)
    named_officials = models.ManyToManyField(Official, blank=True, related_name="+")
    anonymous = models.BooleanField(_("anonymous"), default=True)
    reporter_name = models.CharField(_("your name"), max_length=200, blank=True)
    reporter_contact = models.CharField(_("how to reach you"), max_length=200, blank=True)
    route = models.CharField(_("handled by"), max_length=30, choices=TipOffRoute.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=TipOffStatus.choices, default=TipOffStatus.RECEIVED
    )
    outcome = models.CharField(_("outcome"), max_length=20, choices=TipOffOutcome.choices, blank=True)
    outcome_note = models.TextField(_("what the reporter is told"), blank=True)
    notice_version = models.CharField(max_length=20, blank=True)
    submitted_at = models.DateTimeField(auto_now_add=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["organization", "-submitted_at", "-id"]
        constraints = [models.UniqueConstraint(fields=["organization", "number"], name="tipoff_number")]
        indexes = [models.Index(fields=["organization", "status"], name="tipoff_org_status")]
        verbose_name = _("tip-off")
        verbose_name_plural = _("tip-offs")

    def __str__(self) -> str:
        return f"Tip-off {self.number}"


class TipOffEvidence(models.Model):
    tipoff = models.ForeignKey(TipOff, on_delete=models.CASCADE, related_name="evidence")
    file = models.FileField(upload_to=evidence_path)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=60)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"evidence {self.pk}"


class MessageAuthor(models.TextChoices):
    OFFICER = "officer", _("officer")
    REPORTER = "reporter", _("reporter")


class TipOffMessage(models.Model):
    """A question from the officer or an answer (or more information) from the reporter."""

    tipoff = models.ForeignKey(TipOff, on_delete=models.CASCADE, related_name="messages")
    author = models.CharField(max_length=10, choices=MessageAuthor.choices)
    author_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"message {self.pk}"


class ActivityKind(models.TextChoices):
    TRAINING = "training", _("training")
    BRIEFING = "briefing", _("briefing or meeting")
    POLICY = "policy", _("the executive announces a policy")
    CAMPAIGN = "campaign", _("campaign or media")
    OTHER = "other", _("other")


# The seven measures of the organization's notice (the seed notice numbers them ๑-๗).
MEASURES = [(n, str(n)) for n in range(1, 8)]


class AwarenessActivity(models.Model):
    organization = models.ForeignKey(
        Organization, on_delete=models.PROTECT, related_name="awareness_activities"
    )
    title = models.CharField(_("title"), max_length=200)
    held_on = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=20, choices=ActivityKind.choices)
    measure = models.PositiveSmallIntegerField(
        _("measure of the notice"), choices=MEASURES, null=True, blank=True
    )
    description = models.TextField(_("what was done"), blank=True)
    attendees = models.ManyToManyField(Official, blank=True, related_name="+", verbose_name=_("attendees"))
    other_attendees = models.PositiveIntegerField(_("other attendees (number)"), default=0)
    top_executive_present = models.BooleanField(_("the Chief Executive took part"), default=False)
    published = models.BooleanField(_("show on the public pages (ITA evidence)"), default=True)
    personal_data_removed_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["organization", "-held_on", "-id"]
        verbose_name = _("awareness activity")
        verbose_name_plural = _("awareness activities")

    def __str__(self) -> str:
        return self.title


class FileKind(models.TextChoices):
    MATERIAL = "material", _("material")
    PHOTO = "photo", _("photo")


class ActivityFile(models.Model):
    activity = models.ForeignKey(AwarenessActivity, on_delete=models.CASCADE, related_name="files")
    kind = models.CharField(max_length=10, choices=FileKind.choices)
    file = models.FileField(upload_to=evidence_path)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=60)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)

    class Meta:
        ordering = ["kind", "id"]

    def __str__(self) -> str:
        return self.original_name


SCORE = [MinValueValidator(1), MaxValueValidator(5)]


class Risk(models.Model):
    """One corruption or conflict-of-interest risk of a fiscal year (ITA risk-assessment evidence)."""

    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="risks")
    fiscal_year = models.PositiveSmallIntegerField(_("fiscal year (B.E.)"))
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.TextField(_("risk"))
    likelihood = models.PositiveSmallIntegerField(_("likelihood (1-5)"), validators=SCORE)
    impact = models.PositiveSmallIntegerField(_("impact (1-5)"), validators=SCORE)
    owner = models.CharField(_("responsible unit"), max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["organization", "-fiscal_year", "number"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "fiscal_year", "number"], name="risk_number"),
            models.CheckConstraint(
                condition=models.Q(likelihood__gte=1, likelihood__lte=5, impact__gte=1, impact__lte=5),
                name="risk_scores_1_to_5",
            ),
        ]
        verbose_name = _("risk")
        verbose_name_plural = _("risks")

    def __str__(self) -> str:
        return f"{self.fiscal_year}/{self.number}"

    @property
    def level(self) -> int:
        return self.likelihood * self.impact


class RiskMeasure(models.Model):
    risk = models.ForeignKey(Risk, on_delete=models.CASCADE, related_name="measures")
    measure_no = models.PositiveSmallIntegerField(
        _("measure of the notice"), choices=MEASURES, null=True, blank=True
    )
    description = models.TextField(_("what is done"))
    result = models.TextField(_("result"), blank=True)
    result_on = models.DateField(_("result as of"), null=True, blank=True)

    class Meta:
        ordering = ["risk", "measure_no", "id"]

    def __str__(self) -> str:
        return f"{self.risk} m{self.measure_no}"


class ItaItem(models.Model):
    """An ITA (OIT) item: codes change every fiscal year, so they are data keyed by (year, code)."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="ita_items")
    fiscal_year = models.PositiveSmallIntegerField(_("fiscal year (B.E.)"))
    code = models.CharField(_("code"), max_length=10)
    title = models.TextField(_("ITA item"))
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["organization", "-fiscal_year", "position", "code"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "fiscal_year", "code"], name="ita_item_code")
        ]
        verbose_name = _("ITA item")
        verbose_name_plural = _("ITA items")

    def __str__(self) -> str:
        return f"{self.fiscal_year} {self.code}"


class ItaLink(models.Model):
    item = models.ForeignKey(ItaItem, on_delete=models.CASCADE, related_name="links")
    label = models.CharField(_("evidence"), max_length=200)
    url = models.CharField(_("address (a page of the portal, or https://…)"), max_length=500)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["item", "position", "id"]

    def __str__(self) -> str:
        return self.label


class PublishedCase(models.Model):
    """An anonymised case from one of the organization's own rulings, shown in the public handbook."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="published_cases")
    ruling = models.OneToOneField("gifts.Ruling", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("the case, without names"))
    lesson = models.TextField(_("what others can learn"), blank=True)
    published_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    published_at = models.DateTimeField(auto_now_add=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["organization", "-published_at"]
        verbose_name = _("published case")
        verbose_name_plural = _("published cases")

    def __str__(self) -> str:
        return self.title
