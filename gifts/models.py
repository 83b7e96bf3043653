"""Gift declarations: a filing (the case) with its versions (the facts as stated each time), the ruling, and
what happened to the gift afterwards (return or custody).

A submitted version is never edited: a filing sent back for more information is answered in a new version,
and the reviewer sees what changed. The legal assessment is stored on each submitted version as it was
made, so a later change of rules never rewrites a past decision.
"""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from declarations.models import Office, Official, Organization, Position
from gifts.workflow import Status


class Relation(models.TextChoices):
    NONE = "none", _("not related")
    OTHER = "other", _("other (not a relative under the law)")
    ASCENDANT = "ascendant", _("parent, grandparent (ascendant)")
    DESCENDANT = "descendant", _("child, grandchild (descendant)")
    SIBLING = "sibling", _("brother or sister (full or half)")
    UNCLE_AUNT = "uncle_aunt", _("uncle or aunt")
    SPOUSE = "spouse", _("spouse")
    SPOUSE_ASCENDANT = "spouse_ascendant", _("spouse's parent or grandparent")
    SPOUSE_DESCENDANT = "spouse_descendant", _("spouse's child or grandchild")
    ADOPTER = "adopter", _("adoptive parent")
    ADOPTED_CHILD = "adopted_child", _("adopted child")
    COUSIN = "cousin", _("cousin")
    SIBLING_IN_LAW = "sibling_in_law", _("brother- or sister-in-law")
    NEPHEW_NIECE = "nephew_niece", _("nephew or niece")


class Occasion(models.TextChoices):
    NEW_YEAR = "new_year", _("New Year")
    SONGKRAN = "songkran", _("Songkran")
    BIRTHDAY = "birthday", _("birthday")
    WEDDING = "wedding", _("wedding")
    ORDINATION = "ordination", _("ordination")
    FUNERAL = "funeral", _("funeral (condolence)")
    RETIREMENT = "retirement", _("retirement")
    THANKS = "thanks", _("thanks")
    WELCOME = "welcome", _("welcome")
    OTHER = "other", _("other")


class GiftKind(models.TextChoices):
    PROPERTY = "property", _("property (an item)")
    DISCOUNT = "discount", _("discount")
    ENTERTAINMENT = "entertainment", _("entertainment (meal, show)")
    SERVICE = "service", _("service")
    TRAINING = "training", _("training, study trip")
    OTHER = "other", _("other benefit")


class ValueBasis(models.TextChoices):
    RECEIPT = "receipt", _("receipt")
    MARKET_PRICE = "market_price", _("market price")
    ESTIMATE = "estimate", _("estimate")


class Decision(models.TextChoices):
    KEEP = "keep", _("keep: appropriate to keep as the official's own")
    RETURN = "return", _("return to the giver at once")
    HAND_OVER = "hand_over", _("hand over to the organization (cannot be returned)")


class GiftPolicy(models.Model):
    """An organization's settings for gift declarations."""

    organization = models.OneToOneField(Organization, on_delete=models.CASCADE, related_name="gift_policy")
    comments_before_ruling = models.BooleanField(
        _("division director and permanent secretary comment before the Chief Executive rules"), default=False
    )
    ruling_due_days = models.PositiveSmallIntegerField(_("days to rule after a report"), default=30)
    return_due_days = models.PositiveSmallIntegerField(
        _("days to confirm a return after the ruling"), default=15
    )
    custody_hold_days = models.PositiveSmallIntegerField(_("days a handed-over gift is held"), default=365)
    public_register = models.BooleanField(_("publish the gift register"), default=True)
    public_columns = models.JSONField(_("columns of the public register"), default=list, blank=True)
    letter_prefix = models.CharField(_("letter code (ที่ …)"), max_length=30, default="สป", blank=True)

    class Meta:
        verbose_name = _("gift policy")
        verbose_name_plural = _("gift policies")

    def __str__(self) -> str:
        return str(self.organization)


class GiftFiling(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT, related_name="gift_filings")
    filer = models.ForeignKey(Official, on_delete=models.PROTECT, related_name="gift_filings")
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    number = models.CharField(_("register number"), max_length=20, blank=True)
    # Routing, decided on submission and kept as it was.
    recipient = models.CharField(_("recipient"), max_length=30, blank=True)
    recipient_office = models.CharField(
        _("office that rules"), max_length=40, choices=Office.choices, blank=True
    )
    reviewer = models.ForeignKey(
        Official, on_delete=models.PROTECT, null=True, blank=True, related_name="gift_reviews"
    )
    reviewer_position = models.ForeignKey(Position, on_delete=models.PROTECT, null=True, blank=True)
    reviewer_title = models.CharField(_("reviewer's title as printed"), max_length=200, blank=True)
    routing_reason = models.TextField(_("why it was routed so"), blank=True)
    manual_review = models.BooleanField(_("needs manual review"), default=False)
    possible_breach = models.BooleanField(_("possible breach of s.128"), default=False)
    late = models.BooleanField(_("reported after the deadline"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["organization", "status"], name="gift_org_status"),
            models.Index(fields=["reviewer", "status"], name="gift_reviewer_status"),
            # The register's order: its first page is read from the index, not sorted (docs/scaling.md).
            models.Index(fields=["organization", "submitted_at", "id"], name="gift_org_submitted"),
        ]
        verbose_name = _("gift filing")
        verbose_name_plural = _("gift filings")

    def __str__(self) -> str:
        return f"{self.number or f'#{self.pk}'} {self.filer}"


def attachment_path(instance: Any, filename: str) -> str:
    """Stored under a random name; the original name is kept in the row only."""
    return f"gifts/{uuid.uuid4().hex}"


class GiftVersion(models.Model):
    filing = models.ForeignKey(GiftFiling, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField(default=1)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    # The privacy notice in force when the version was submitted, e.g. "gifts-2" (PDPA s.23).
    notice_version = models.CharField(_("privacy notice version"), max_length=40, blank=True)
    # The facts.
    received_on = models.DateField(_("date received"))
    giver_name = models.CharField(_("giver's name"), max_length=200)
    giver_organization = models.CharField(_("giver's organization"), max_length=200, blank=True)
    giver_relation = models.CharField(_("relation to the giver"), max_length=30, choices=Relation.choices)
    giver_deals_with_agency = models.BooleanField(_("the giver deals with the organization"), default=False)
    occasion = models.CharField(_("occasion"), max_length=20, choices=Occasion.choices)
    occasion_other = models.CharField(_("other occasion"), max_length=200, blank=True)
    occasion_customary = models.BooleanField(_("a customary occasion"), default=True)
    kind = models.CharField(_("kind"), max_length=20, choices=GiftKind.choices)
    description = models.TextField(_("description"))
    value = models.DecimalField(_("value (baht)"), max_digits=12, decimal_places=2)
    value_basis = models.CharField(_("value based on"), max_length=20, choices=ValueBasis.choices)
    to_general_public = models.BooleanField(_("given to the general public"), default=False)
    accepted_out_of_necessity = models.BooleanField(_("accepted out of necessity"), default=False)
    necessity_reason = models.TextField(_("why it had to be accepted"), blank=True)
    answer = models.TextField(_("answer to the reviewer"), blank=True)
    # The assessment at submission (immutable afterwards).
    outcome = models.CharField(max_length=20, blank=True)
    reason = models.CharField(max_length=30, blank=True)
    regime = models.CharField(max_length=30, blank=True)
    citations = models.JSONField(default=list, blank=True)
    report_deadline = models.DateField(null=True, blank=True)
    earlier_value = models.DecimalField(max_digits=12, decimal_places=2, default=Decimal(0))
    total_value = models.DecimalField(max_digits=12, decimal_places=2, null=True, blank=True)
    earlier_filings = models.ManyToManyField(GiftFiling, blank=True, related_name="later_versions")

    class Meta:
        ordering = ["filing", "number"]
        constraints = [models.UniqueConstraint(fields=["filing", "number"], name="gift_version_unique")]
        verbose_name = _("gift filing version")
        verbose_name_plural = _("gift filing versions")

    def __str__(self) -> str:
        return f"{self.filing} v{self.number}"

    @property
    def locked(self) -> bool:
        return self.submitted_at is not None


class Attachment(models.Model):
    version = models.ForeignKey(GiftVersion, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to=attachment_path)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=60)
    size = models.PositiveIntegerField()
    sha256 = models.CharField(max_length=64)
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.original_name


class Ruling(models.Model):
    """One per filing: the database refuses a second, whoever presses first."""

    class Source(models.TextChoices):
        REVIEWER = "reviewer", _("the reviewer in the organization")
        NACC = "nacc", _("the NACC")

    filing = models.OneToOneField(GiftFiling, on_delete=models.PROTECT, related_name="ruling")
    decision = models.CharField(_("decision"), max_length=20, choices=Decision.choices)
    reason = models.TextField(_("reason"))
    return_impossible_reason = models.TextField(_("why the gift cannot be returned"), blank=True)
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.REVIEWER)
    decided_by = models.ForeignKey(
        Official, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    decider_name = models.CharField(max_length=200)
    decider_title = models.CharField(max_length=200)
    decided_on = models.DateField()
    created_at = models.DateTimeField(auto_now_add=True)
    document = models.FileField(upload_to="rulings/", blank=True)
    document_sha256 = models.CharField(max_length=64, blank=True)

    def __str__(self) -> str:
        return f"{self.filing}: {self.decision}"


class NoteKind(models.TextChoices):
    SEND_BACK = "send_back", _("sent back for more information")
    ANSWER = "answer", _("answer from the filer")
    COMMENT = "comment", _("comment before the ruling")


class ReviewNote(models.Model):
    filing = models.ForeignKey(GiftFiling, on_delete=models.CASCADE, related_name="notes")
    version = models.ForeignKey(GiftVersion, on_delete=models.CASCADE, null=True, blank=True)
    kind = models.CharField(max_length=20, choices=NoteKind.choices)
    author = models.ForeignKey(Official, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    author_title = models.CharField(max_length=200, blank=True)
    text = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return f"{self.filing} {self.kind}"


class ReturnRecord(models.Model):
    class Method(models.TextChoices):
        IN_PERSON = "in_person", _("handed back in person")
        POST = "post", _("sent by post or courier")
        TRANSFER = "transfer", _("money transferred back")
        OTHER = "other", _("other")

    filing = models.OneToOneField(GiftFiling, on_delete=models.PROTECT, related_name="return_record")
    returned_on = models.DateField(_("returned on"))
    method = models.CharField(_("how"), max_length=20, choices=Method.choices)
    note = models.TextField(_("details"), blank=True)
    evidence = models.FileField(upload_to=attachment_path, blank=True)
    evidence_name = models.CharField(max_length=200, blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.filing} returned {self.returned_on}"


class CustodyEntry(models.Model):
    """The custody ledger of a handed-over gift: append-only entries from receipt to final disposal."""

    class Kind(models.TextChoices):
        RECEIVED = "received", _("received by the organization")
        MOVED = "moved", _("moved")
        DISPOSED = "disposed", _("disposed of")

    filing = models.ForeignKey(GiftFiling, on_delete=models.PROTECT, related_name="custody")
    kind = models.CharField(_("entry"), max_length=20, choices=Kind.choices)
    on = models.DateField(_("date"))
    by_name = models.CharField(_("received or handled by"), max_length=200)
    location = models.CharField(_("where kept"), max_length=200, blank=True)
    on_display = models.BooleanField(_("on display (not in storage)"), default=False)
    hold_until = models.DateField(_("hold until"), null=True, blank=True)
    note = models.TextField(_("details or final outcome"), blank=True)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["on", "id"]
        verbose_name_plural = _("custody entries")

    def __str__(self) -> str:
        return f"{self.filing} {self.kind} {self.on}"


class NaccReport(models.Model):
    """A report that goes to the NACC: the letter, when it was sent, and the NACC's answer."""

    filing = models.OneToOneField(GiftFiling, on_delete=models.PROTECT, related_name="nacc_report")
    letter = models.FileField(upload_to="nacc/", blank=True)
    letter_sha256 = models.CharField(max_length=64, blank=True)
    sent_on = models.DateField(null=True, blank=True)
    sent_ref = models.CharField(_("letter number"), max_length=100, blank=True)
    answer_received_on = models.DateField(null=True, blank=True)
    answer_ref = models.CharField(_("NACC reference"), max_length=100, blank=True)

    def __str__(self) -> str:
        return f"NACC {self.filing}"


class ReminderLog(models.Model):
    """One row per mail sent by ``send_reminders``, so a second run the same day sends nothing again."""

    key = models.CharField(max_length=200, unique=True)
    sent_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.key
