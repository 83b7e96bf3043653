"""The organization's contract register and the procurement committees that act on its procurements.

Imported by ``declarations.models``: import these names from there.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from declarations.thai_ids import validate_juristic_number


class ContractKind(models.TextChoices):
    CONTRACT = "contract", _("contract")
    AWARD = "award", _("procurement award")
    PURCHASE_ORDER = "purchase_order", _("purchase or hire order")


class ContractSource(models.TextChoices):
    MANUAL = "manual", _("entered by hand")
    IMPORT = "import", _("imported from a CSV file")


class ContractImport(models.Model):
    """A CSV file of contracts as uploaded: previewed first, stored only when every row is valid."""

    organization = models.ForeignKey(
        "declarations.Organization", on_delete=models.PROTECT, related_name="contract_imports"
    )
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField(auto_now_add=True)
    file_name = models.CharField(max_length=200)
    sha256 = models.CharField(max_length=64)
    text = models.TextField()
    row_count = models.PositiveIntegerField(default=0)
    imported_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-uploaded_at", "-id"]
        verbose_name = _("contract import")
        verbose_name_plural = _("contract imports")

    def __str__(self) -> str:
        return f"{self.file_name} ({self.row_count})"


class Contract(models.Model):
    """A contract or procurement award of the organization, with its counterparty."""

    organization = models.ForeignKey(
        "declarations.Organization", on_delete=models.PROTECT, related_name="contracts"
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=ContractKind.choices, default=ContractKind.CONTRACT
    )
    contract_number = models.CharField(_("contract number"), max_length=60)
    subject = models.CharField(_("subject"), max_length=300)
    counterparty_name = models.CharField(_("counterparty"), max_length=200)
    counterparty_juristic_number = models.CharField(
        _("counterparty's juristic person number"),
        max_length=13,
        blank=True,
        validators=[validate_juristic_number],
    )
    # normalised_name(counterparty_name), kept by the services for matching.
    counterparty_key = models.CharField(max_length=200, db_index=True, editable=False)
    value = models.DecimalField(_("value (baht)"), max_digits=14, decimal_places=2)
    signed_on = models.DateField(_("signed on"))
    division = models.CharField(_("supervising division"), max_length=120, blank=True)
    source = models.CharField(max_length=10, choices=ContractSource.choices, default=ContractSource.MANUAL)
    imported_from = models.ForeignKey(
        ContractImport, on_delete=models.PROTECT, null=True, blank=True, related_name="contracts"
    )
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["organization", "-signed_on", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "contract_number"], name="contract_unique_number"
            ),
            models.CheckConstraint(condition=models.Q(value__gte=0), name="contract_value_not_negative"),
        ]
        indexes = [
            models.Index(
                fields=["organization", "counterparty_juristic_number"], name="contract_org_juristic"
            ),
        ]
        verbose_name = _("contract")
        verbose_name_plural = _("contracts")

    def __str__(self) -> str:
        return f"{self.contract_number} {self.counterparty_name}"


class Bidder(models.Model):
    """A business or person that bid in the procurement of ``contract`` (the winner is its counterparty)."""

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="bidders")
    name = models.CharField(_("bidder"), max_length=200)
    juristic_number = models.CharField(
        _("juristic person number"), max_length=13, blank=True, validators=[validate_juristic_number]
    )
    name_key = models.CharField(max_length=200, editable=False)

    class Meta:
        ordering = ["contract", "name"]
        constraints = [models.UniqueConstraint(fields=["contract", "name_key"], name="bidder_unique_name")]
        verbose_name = _("bidder")
        verbose_name_plural = _("bidders")

    def __str__(self) -> str:
        return self.name


class CommitteeKind(models.TextChoices):
    TOR = "tor", _("terms of reference (TOR) committee")
    EVALUATION = "evaluation", _("bid evaluation committee")
    INSPECTION = "inspection", _("inspection committee")


class CommitteeRole(models.TextChoices):
    CHAIR = "chair", _("chair")
    MEMBER = "member", _("member")
    SECRETARY = "secretary", _("member and secretary")


class ProcurementCommittee(models.Model):
    """A committee of the Public Procurement Act B.E. 2560 for one procurement of the register."""

    organization = models.ForeignKey(
        "declarations.Organization", on_delete=models.PROTECT, related_name="procurement_committees"
    )
    contract = models.ForeignKey(Contract, on_delete=models.PROTECT, related_name="committees")
    kind = models.CharField(_("committee"), max_length=20, choices=CommitteeKind.choices)
    order_ref = models.CharField(_("appointing order"), max_length=200, blank=True)
    appointed_on = models.DateField(_("appointed on"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["contract", "kind"]
        constraints = [models.UniqueConstraint(fields=["contract", "kind"], name="committee_unique_kind")]
        verbose_name = _("procurement committee")
        verbose_name_plural = _("procurement committees")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.contract.contract_number}"


class SeatDeclaration(models.TextChoices):
    PENDING = "pending", _("not yet declared")
    NO_INTEREST = "no_interest", _("declared no interest")
    HAS_INTEREST = "has_interest", _("declared an interest (steps aside)")


class CommitteeMember(models.Model):
    """A seat on a committee; the member declares before acting, and the portal's concerns at that moment
    are kept with the declaration."""

    committee = models.ForeignKey(ProcurementCommittee, on_delete=models.CASCADE, related_name="members")
    official = models.ForeignKey(
        "declarations.Official", on_delete=models.PROTECT, related_name="committee_seats"
    )
    role = models.CharField(
        _("role"), max_length=20, choices=CommitteeRole.choices, default=CommitteeRole.MEMBER
    )
    declaration = models.CharField(
        _("declaration"), max_length=20, choices=SeatDeclaration.choices, default=SeatDeclaration.PENDING
    )
    statement = models.TextField(_("statement"), blank=True)
    declared_at = models.DateTimeField(null=True, blank=True)
    concerns_at_declaration = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["committee", "role", "id"]
        constraints = [
            models.UniqueConstraint(fields=["committee", "official"], name="committee_member_unique")
        ]
        verbose_name = _("committee member")
        verbose_name_plural = _("committee members")

    def __str__(self) -> str:
        return f"{self.official} – {self.committee}"
