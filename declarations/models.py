"""The organizations and the people who declare: offices, tenures, spouses, kinship and acting holders.

History matters: routing and the two-year rule look at who held which office on a given date, so tenures,
spouses and acting assignments all carry from/to dates (``ended_on`` empty = still current).
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class OrganizationKind(models.TextChoices):
    SAO = "sao", _("Subdistrict Administrative Organization (SAO)")
    MUNICIPALITY = "municipality", _("Municipality")
    PAO = "pao", _("Provincial Administrative Organization (PAO)")


class Organization(models.Model):
    name_th = models.CharField(_("name (Thai)"), max_length=200)
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=OrganizationKind.choices, default=OrganizationKind.SAO
    )
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    district = models.CharField(_("district"), max_length=100)
    province = models.CharField(_("province"), max_length=100)
    address = models.CharField(_("office address"), max_length=300, blank=True)
    phone = models.CharField(_("telephone"), max_length=60, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name_th"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")

    def __str__(self) -> str:
        return self.name_th

    @property
    def short_name_th(self) -> str:
        prefix = {
            OrganizationKind.SAO: ("องค์การบริหารส่วนตำบล", "อบต."),
            OrganizationKind.MUNICIPALITY: ("เทศบาล", "ทต."),
            OrganizationKind.PAO: ("องค์การบริหารส่วนจังหวัด", "อบจ."),
        }[OrganizationKind(self.kind)]
        return self.name_th.replace(prefix[0], prefix[1], 1)


class Village(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="villages")
    moo_no = models.PositiveSmallIntegerField(_("village number (หมู่ที่)"))
    name = models.CharField(_("village name"), max_length=120, blank=True)
    partly_inside = models.BooleanField(_("only partly inside the organization"), default=False)

    class Meta:
        ordering = ["organization", "moo_no"]
        constraints = [models.UniqueConstraint(fields=["organization", "moo_no"], name="village_unique_moo")]
        verbose_name = _("village")
        verbose_name_plural = _("villages")

    def __str__(self) -> str:
        return f"หมู่ที่ {self.moo_no} {self.name}".strip()


class Office(models.TextChoices):
    """The legal kind of an office; values match ``legal.routing.Office``."""

    CHIEF_EXECUTIVE = "chief_executive", _("Chief Executive")
    DEPUTY_CHIEF_EXECUTIVE = "deputy_chief_executive", _("Deputy Chief Executive")
    EXECUTIVE_SECRETARY = "executive_secretary", _("Secretary to the Chief Executive")
    COUNCIL_CHAIR = "council_chair", _("Council Chair")
    COUNCIL_VICE_CHAIR = "council_vice_chair", _("Council Vice-Chair")
    COUNCIL_MEMBER = "council_member", _("Council Member")
    PERMANENT_SECRETARY = "permanent_secretary", _("Permanent Secretary")
    DEPUTY_PERMANENT_SECRETARY = "deputy_permanent_secretary", _("Deputy Permanent Secretary")
    DIVISION_DIRECTOR = "division_director", _("Division Director")
    LOCAL_OFFICIAL = "local_official", _("Local Official")
    PERMANENT_EMPLOYEE = "permanent_employee", _("Permanent Employee")
    CONTRACT_EMPLOYEE = "contract_employee", _("Contract Employee")


class Position(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="positions")
    title_th = models.CharField(_("title (Thai)"), max_length=200)
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    office = models.CharField(_("office"), max_length=40, choices=Office.choices)
    division = models.CharField(_("division"), max_length=120, blank=True)
    reports_to = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="subordinates",
        verbose_name=_("reports to"),
    )

    class Meta:
        ordering = ["organization", "title_th"]
        verbose_name = _("position")
        verbose_name_plural = _("positions")

    def __str__(self) -> str:
        return self.title_th


class Official(models.Model):
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="officials")
    prefix_th = models.CharField(_("prefix (Thai)"), max_length=30, blank=True)
    first_name_th = models.CharField(_("first name (Thai)"), max_length=100)
    last_name_th = models.CharField(_("last name (Thai)"), max_length=100)
    prefix_en = models.CharField(_("prefix (English)"), max_length=30, blank=True)
    first_name_en = models.CharField(_("first name (English)"), max_length=100, blank=True)
    last_name_en = models.CharField(_("last name (English)"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    village = models.ForeignKey(
        Village,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="council_members",
        verbose_name=_("village represented"),
    )
    took_office_on = models.DateField(_("took office on"))
    left_office_on = models.DateField(_("left office on"), null=True, blank=True)

    class Meta:
        ordering = ["organization", "first_name_th", "last_name_th"]
        verbose_name = _("official")
        verbose_name_plural = _("officials")

    def __str__(self) -> str:
        return self.full_name_th

    @property
    def full_name_th(self) -> str:
        return f"{self.prefix_th}{self.first_name_th} {self.last_name_th}"

    @property
    def full_name_en(self) -> str:
        if not self.first_name_en:
            return self.full_name_th
        return f"{self.prefix_en} {self.first_name_en} {self.last_name_en}".strip()

    def is_serving_on(self, day: dt.date) -> bool:
        return self.took_office_on <= day and (self.left_office_on is None or day < self.left_office_on)


def current_on(day: dt.date) -> Q:
    """Rows with ``started_on``/``ended_on`` (inclusive; empty end = still current) in force on ``day``."""
    return Q(started_on__lte=day) & (Q(ended_on__isnull=True) | Q(ended_on__gte=day))


class Tenure(models.Model):
    """An official holding a position from ``started_on`` to ``ended_on`` (inclusive; empty = current)."""

    official = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="tenures")
    position = models.ForeignKey(Position, on_delete=models.PROTECT, related_name="tenures")
    started_on = models.DateField(_("from"))
    ended_on = models.DateField(_("to"), null=True, blank=True)

    class Meta:
        ordering = ["official", "-started_on"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("started_on")),
                name="tenure_dates_ordered",
            )
        ]
        verbose_name = _("tenure")
        verbose_name_plural = _("tenures")

    def __str__(self) -> str:
        return f"{self.official} – {self.position}"


class SpouseKind(models.TextChoices):
    REGISTERED = "registered", _("registered marriage")
    COHABITING = "cohabiting", _("living together, unregistered")


class Spouse(models.Model):
    official = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="spouses")
    prefix_th = models.CharField(_("prefix"), max_length=30, blank=True)
    first_name_th = models.CharField(_("first name"), max_length=100)
    last_name_th = models.CharField(_("last name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=20, choices=SpouseKind.choices)
    started_on = models.DateField(_("from"))
    ended_on = models.DateField(_("to"), null=True, blank=True)

    class Meta:
        ordering = ["official", "-started_on"]
        verbose_name = _("spouse")
        verbose_name_plural = _("spouses")

    def __str__(self) -> str:
        return f"{self.prefix_th}{self.first_name_th} {self.last_name_th}"


class Kinship(models.TextChoices):
    """How ``official`` is related to ``relative`` (values match ``legal.recusal.Tie``)."""

    SPOUSE = "spouse", _("spouse")
    FIANCE = "fiance", _("fiancé(e)")
    ASCENDANT = "ascendant", _("parent or other ascendant")
    DESCENDANT = "descendant", _("child or other descendant")
    SIBLING = "sibling", _("sibling")
    UNCLE_AUNT = "uncle_aunt", _("uncle or aunt")
    NEPHEW_NIECE = "nephew_niece", _("nephew or niece")
    COUSIN = "cousin", _("cousin")
    IN_LAW = "in_law", _("in-law")


class Relationship(models.Model):
    """``official`` is the ``kind`` of ``relative`` at ``degree`` (as the Administrative Procedure Act s.13
    counts it, see docs/legal.md): staff2 is the nephew_niece of the permanent secretary, degree 2."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="relationships")
    official = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="relationships")
    relative = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="relationships_as_relative")
    kind = models.CharField(_("relationship"), max_length=20, choices=Kinship.choices)
    degree = models.PositiveSmallIntegerField(_("degree"), default=1)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["official", "relative"], name="relationship_unique_pair"),
            models.CheckConstraint(condition=~Q(official=models.F("relative")), name="relationship_not_self"),
        ]
        verbose_name = _("relationship between officials")
        verbose_name_plural = _("relationships between officials")

    def __str__(self) -> str:
        return f"{self.official} – {self.get_kind_display()} – {self.relative}"


class ActingAssignment(models.Model):
    """``acting`` acts for ``position`` from ``started_on`` to ``ended_on`` by the order ``order_ref``."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="acting_assignments"
    )
    position = models.ForeignKey(Position, on_delete=models.CASCADE, related_name="acting_assignments")
    acting = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="acting_assignments")
    started_on = models.DateField(_("from"))
    ended_on = models.DateField(_("to"), null=True, blank=True)
    order_ref = models.CharField(_("order"), max_length=200)
    ordered_by = models.ForeignKey(
        Official,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="acting_orders_given",
        verbose_name=_("ordered by"),
    )

    class Meta:
        ordering = ["organization", "-started_on"]
        verbose_name = _("acting assignment")
        verbose_name_plural = _("acting assignments")

    def __str__(self) -> str:
        return f"{self.acting} ({self.position})"


class ClosureDay(models.Model):
    """A day the organization's office is closed beyond the holidays library's Thai calendar: a cabinet
    bridge holiday decided after a release, a regional day, or a local closure (forms.md §6)."""

    class Scope(models.TextChoices):
        NATIONAL = "national", _("national")
        REGIONAL = "regional", _("regional")
        LOCAL = "local", _("local")

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="closure_days")
    day = models.DateField(_("date"))
    reason = models.CharField(_("reason"), max_length=200)
    scope = models.CharField(_("scope"), max_length=20, choices=Scope.choices, default=Scope.LOCAL)
    source_ref = models.CharField(_("source (cabinet resolution, order)"), max_length=200, blank=True)

    class Meta:
        ordering = ["organization", "day"]
        constraints = [models.UniqueConstraint(fields=["organization", "day"], name="closure_day_unique")]
        verbose_name = _("closure day")
        verbose_name_plural = _("closure days")

    def __str__(self) -> str:
        return f"{self.day} {self.reason}"


# Business interests, the contract register and procurement committees live in their own modules; they are
# imported here so that ``from declarations.models import X`` works for them too and Django registers them.
from declarations.models_interests import (  # noqa: E402
    ACTION_OUTCOMES,
    SEVERITY,
    Activity,
    BusinessForm,
    DeclarationRound,
    Finding,
    FindingSource,
    FindingStatus,
    Holder,
    InterestDeclaration,
    InterestItem,
    InterestReminderLog,
    MatchBasis,
    Outcome,
    OutsideWork,
    RoundMember,
)
from declarations.models_register import (  # noqa: E402
    Bidder,
    CommitteeKind,
    CommitteeMember,
    CommitteeRole,
    Contract,
    ContractImport,
    ContractKind,
    ContractSource,
    ProcurementCommittee,
    SeatDeclaration,
)

__all__ = [
    "ACTION_OUTCOMES",
    "SEVERITY",
    "ActingAssignment",
    "Activity",
    "Bidder",
    "BusinessForm",
    "ClosureDay",
    "CommitteeKind",
    "CommitteeMember",
    "CommitteeRole",
    "Contract",
    "ContractImport",
    "ContractKind",
    "ContractSource",
    "DeclarationRound",
    "Finding",
    "FindingSource",
    "FindingStatus",
    "Holder",
    "InterestDeclaration",
    "InterestItem",
    "InterestReminderLog",
    "Kinship",
    "MatchBasis",
    "Office",
    "Official",
    "Organization",
    "OrganizationKind",
    "Outcome",
    "OutsideWork",
    "Position",
    "ProcurementCommittee",
    "Relationship",
    "RoundMember",
    "SeatDeclaration",
    "Spouse",
    "SpouseKind",
    "Tenure",
    "Village",
    "current_on",
]
