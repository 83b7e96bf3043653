"""Business interests (s.126, old s.100) declared by officials for themselves and their spouses, their outside
work, the yearly declaration rounds, and the findings of the cross-check against the contract register.

A declaration is never edited: an amendment is a new version, and the latest version is the one the
cross-check reads. Findings carry the assessment as ``legal.interests`` made it, with its citations.

Imported by ``declarations.models``: import these names from there.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from declarations.thai_ids import validate_juristic_number


class Holder(models.TextChoices):
    """Values match ``legal.interests.Holder``."""

    SELF = "self", _("myself")
    SPOUSE = "spouse", _("my spouse (registered or living together)")


class Activity(models.TextChoices):
    """The four activities of s.126; values match ``legal.interests.Activity``."""

    CONTRACT_PARTY = "contract_party", _("(1) party to, or interested in, a contract with the organization")
    PARTNER_OR_SHAREHOLDER = "partner_or_shareholder", _("(2) partner or shareholder in a business")
    CONCESSION = "concession", _("(3) holder of a concession or monopoly from the state")
    EMPLOYEE_OF_SUPERVISED = (
        "employee_of_supervised",
        _("(4) director, adviser, agent, employee or worker of a private business"),
    )


class Outcome(models.TextChoices):
    """Values match ``legal.interests.InterestOutcome``; ordered from the gravest."""

    PROHIBITED = "prohibited", _("prohibited")
    MUST_CURE_BY = "must_cure_by", _("must be ended by a date")
    REVIEW = "review", _("needs review")
    PERMITTED = "permitted", _("noted: permitted")
    NOT_APPLICABLE = "not_applicable", _("noted: position not bound")


class BusinessForm(models.TextChoices):
    """What kind of business: only shares in a limited or public limited company can be within the NACC
    share limit; a partnership interest has none (``legal.interests.InterestFacts``)."""

    COMPANY = "company", _("limited company")
    PUBLIC_COMPANY = "public_company", _("public limited company")
    PARTNERSHIP = "partnership", _("partnership")
    OTHER = "other", _("sole trader or other")


SEVERITY = {value: rank for rank, value in enumerate(Outcome.values)}
ACTION_OUTCOMES = (Outcome.PROHIBITED, Outcome.MUST_CURE_BY, Outcome.REVIEW)


class DeclarationRound(models.Model):
    """A yearly round: the designated offices (and, if chosen, all staff) declare by ``due_on``."""

    organization = models.ForeignKey(
        "declarations.Organization", on_delete=models.PROTECT, related_name="declaration_rounds"
    )
    year = models.PositiveSmallIntegerField(_("year (C.E.)"))
    title = models.CharField(_("title"), max_length=200)
    opened_on = models.DateField(_("opened on"))
    due_on = models.DateField(_("due on"))
    include_all_staff = models.BooleanField(
        _("all staff declare, not only the designated offices"), default=False
    )
    opened_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["organization", "-year"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "year"], name="round_unique_year"),
            models.CheckConstraint(
                condition=Q(due_on__gte=models.F("opened_on")), name="round_dates_ordered"
            ),
        ]
        verbose_name = _("declaration round")
        verbose_name_plural = _("declaration rounds")

    def __str__(self) -> str:
        return self.title


class InterestDeclaration(models.Model):
    """One version of an official's declaration of business interests and outside work."""

    organization = models.ForeignKey(
        "declarations.Organization", on_delete=models.PROTECT, related_name="interest_declarations"
    )
    official = models.ForeignKey(
        "declarations.Official", on_delete=models.PROTECT, related_name="interest_declarations"
    )
    version = models.PositiveSmallIntegerField(default=1)
    round = models.ForeignKey(
        DeclarationRound, on_delete=models.PROTECT, null=True, blank=True, related_name="declarations"
    )
    nothing_to_declare = models.BooleanField(_("nothing to declare"), default=False)
    submitted_at = models.DateTimeField(_("submitted at"))
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    late = models.BooleanField(_("filed after the round's due date"), default=False)
    notice_version = models.CharField(max_length=20, blank=True)
    acknowledged_by = models.ForeignKey(
        "declarations.Official", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    acknowledged_title = models.CharField(max_length=200, blank=True)
    acknowledged_at = models.DateTimeField(null=True, blank=True)
    acknowledgement_note = models.TextField(blank=True)

    class Meta:
        ordering = ["official", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["official", "version"], name="interest_declaration_version")
        ]
        verbose_name = _("interest declaration")
        verbose_name_plural = _("interest declarations")

    def __str__(self) -> str:
        return f"{self.official} v{self.version}"


class InterestItem(models.Model):
    """One declared business activity of the official or of their spouse."""

    declaration = models.ForeignKey(InterestDeclaration, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField(default=0)
    holder = models.CharField(_("whose interest"), max_length=10, choices=Holder.choices)
    spouse = models.ForeignKey(
        "declarations.Spouse", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    spouse_name = models.CharField(_("spouse"), max_length=200, blank=True)
    activity = models.CharField(_("activity"), max_length=30, choices=Activity.choices)
    company_name = models.CharField(_("business name"), max_length=200)
    juristic_number = models.CharField(
        _("juristic person number"), max_length=13, blank=True, validators=[validate_juristic_number]
    )
    business_form = models.CharField(
        _("kind of business"), max_length=20, choices=BusinessForm.choices, default=BusinessForm.COMPANY
    )
    share_percent = models.DecimalField(_("share (%)"), max_digits=5, decimal_places=2, null=True, blank=True)
    role = models.CharField(_("role"), max_length=120, blank=True)
    held_since = models.DateField(_("since"))
    held_until = models.DateField(_("until (last day)"), null=True, blank=True)
    deals_with_organization = models.BooleanField(
        _("the business deals with the organization (declared)"), default=False
    )
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["declaration", "position", "id"]
        verbose_name = _("declared interest")
        verbose_name_plural = _("declared interests")

    def __str__(self) -> str:
        return self.company_name


class OutsideWork(models.Model):
    """Another occupation or paid work of the official."""

    declaration = models.ForeignKey(
        InterestDeclaration, on_delete=models.CASCADE, related_name="outside_work"
    )
    position = models.PositiveSmallIntegerField(default=0)
    employer = models.CharField(_("employer"), max_length=200)
    employer_juristic_number = models.CharField(
        _("employer's juristic person number"),
        max_length=13,
        blank=True,
        validators=[validate_juristic_number],
    )
    role = models.CharField(_("work or role"), max_length=200)
    hours_per_week = models.DecimalField(
        _("hours a week"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    paid = models.BooleanField(_("paid"), default=True)
    deals_with_organization = models.BooleanField(
        _("the employer deals with the organization (declared)"), default=False
    )
    since = models.DateField(_("since"))
    until = models.DateField(_("until (last day)"), null=True, blank=True)
    notes = models.TextField(_("notes"), blank=True)

    class Meta:
        ordering = ["declaration", "position", "id"]
        verbose_name = _("outside work")
        verbose_name_plural = _("outside work")

    def __str__(self) -> str:
        return f"{self.role} – {self.employer}"


class RoundMember(models.Model):
    """An official who must declare in a round, and when they did."""

    round = models.ForeignKey(DeclarationRound, on_delete=models.CASCADE, related_name="members")
    official = models.ForeignKey("declarations.Official", on_delete=models.PROTECT, related_name="+")
    office = models.CharField(max_length=40, blank=True)
    declaration = models.ForeignKey(
        InterestDeclaration, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    filed_at = models.DateTimeField(null=True, blank=True)
    late = models.BooleanField(default=False)

    class Meta:
        ordering = ["round", "official__first_name_th"]
        constraints = [models.UniqueConstraint(fields=["round", "official"], name="round_member_unique")]

    def __str__(self) -> str:
        return f"{self.round}: {self.official}"


class FindingSource(models.TextChoices):
    INTEREST = "interest", _("declared interest")
    OUTSIDE_WORK = "outside_work", _("outside work")


class MatchBasis(models.TextChoices):
    JURISTIC_NUMBER = "juristic_number", _("same juristic person number")
    NAME = "name", _("same name (no number to compare): check")
    DECLARED = "declared", _("declared by the official")


class FindingStatus(models.TextChoices):
    OPEN = "open", _("open")
    REVIEWED = "reviewed", _("reviewed")


class Finding(models.Model):
    """A declared interest or outside work that meets the organization's dealings, as the law assessed it on
    ``as_of``. Open findings are replaced by every run of the cross-check; reviewed ones are kept."""

    organization = models.ForeignKey(
        "declarations.Organization", on_delete=models.PROTECT, related_name="interest_findings"
    )
    official = models.ForeignKey(
        "declarations.Official", on_delete=models.PROTECT, related_name="interest_findings"
    )
    declaration = models.ForeignKey(InterestDeclaration, on_delete=models.PROTECT, related_name="findings")
    source = models.CharField(max_length=20, choices=FindingSource.choices)
    item = models.ForeignKey(InterestItem, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    outside_work = models.ForeignKey(
        OutsideWork, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    contract = models.ForeignKey(
        "declarations.Contract", on_delete=models.SET_NULL, null=True, blank=True, related_name="findings"
    )
    contract_label = models.CharField(max_length=300, blank=True)
    match_basis = models.CharField(max_length=20, choices=MatchBasis.choices)
    holder = models.CharField(max_length=10, choices=Holder.choices)
    activity = models.CharField(max_length=30, choices=Activity.choices)
    company_name = models.CharField(max_length=200)
    office = models.CharField(max_length=40)
    as_of = models.DateField()
    outcome = models.CharField(max_length=20, choices=Outcome.choices)
    reason = models.CharField(max_length=40)
    governing_act = models.CharField(max_length=20)
    tao_section = models.CharField(max_length=20, blank=True)
    citations = models.JSONField(default=list)
    cure_deadline = models.DateField(null=True, blank=True)
    binding_until = models.DateField(null=True, blank=True)
    key = models.CharField(max_length=64)
    status = models.CharField(max_length=10, choices=FindingStatus.choices, default=FindingStatus.OPEN)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["organization", "official", "-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["official", "key"], condition=Q(status="open"), name="finding_open_unique_key"
            )
        ]
        indexes = [models.Index(fields=["organization", "status"], name="finding_org_status")]
        verbose_name = _("interest finding")
        verbose_name_plural = _("interest findings")

    def __str__(self) -> str:
        return f"{self.official}: {self.company_name} ({self.outcome})"

    @property
    def severity(self) -> int:
        return SEVERITY.get(self.outcome, len(SEVERITY))

    @property
    def needs_action(self) -> bool:
        return self.outcome in ACTION_OUTCOMES

    @property
    def office_label(self) -> str:
        from declarations.models import Office

        return str(Office(self.office).label) if self.office in Office.values else self.office


class InterestReminderLog(models.Model):
    """One row per reminder sent by ``declarations.reminders.send_due``: a second run sends nothing again."""

    key = models.CharField(max_length=200, unique=True)
    sent_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return self.key
