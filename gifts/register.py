"""The gift register: the book of gift reports (forms.md §1.2), its exports, and the public register.

Every non-draft filing is a row, shown with the facts of its latest submitted version. Queries load a page
of rows in a fixed number of statements whatever its length (select_related for the one-to-one records,
prefetch for versions, tenures and custody).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.db.models import F, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.http import Http404
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from coi_portal import audit, permissions, thai
from coi_portal.labels import choice_label, constant
from coi_portal.permissions import AnyUser
from coi_portal.privacy_rules import within_public_retention
from declarations.models import Organization, Tenure
from gifts.models import (
    CustodyEntry,
    Decision,
    GiftFiling,
    GiftKind,
    GiftPolicy,
    GiftVersion,
    Occasion,
    Relation,
    ReturnRecord,
)
from gifts.workflow import Status

REPORTABLE = ("report_required", "must_not_accept")
DAYS_TO_REPORT = 30

OUTCOME_LABELS: dict[str, Promise] = {
    "permitted": _("Within the rules: may be kept"),
    "out_of_scope": _("Not covered by the gift rules"),
    "report_required": _("Above the limit: reported for a ruling"),
    "must_not_accept": _("Should not have been accepted: reported for a ruling"),
}
VALUE_BANDS: tuple[tuple[Decimal | None, Promise], ...] = (
    (Decimal("3000"), _("up to 3,000 baht")),
    (Decimal("10000"), _("3,000.01 to 10,000 baht")),
    (Decimal("50000"), _("10,000.01 to 50,000 baht")),
    (None, _("over 50,000 baht")),
)
PRIVATE_GIVER = _("Private individual")
REDACTED = _("[number removed]")
_DIGIT = "[0-9๐-๙]"
# A 13-digit ID number (with or without dashes) or a Thai telephone number, in free text typed by a filer.
_ID_NUMBER = rf"{_DIGIT}(?:[ -]?{_DIGIT}){{12}}"
_PHONE = rf"(?:\+66|[0๐])[ -]?{_DIGIT}(?:[ -]?{_DIGIT}){{7,8}}"
_PERSONAL_NUMBER = re.compile(rf"(?<!{_DIGIT})(?:{_ID_NUMBER}|{_PHONE})(?!{_DIGIT})")

# The columns an organization may publish, in their order on the page; never addresses, ID or phone numbers.
PUBLIC_COLUMNS: dict[str, Promise] = {
    "received_on": _("Date received"),
    "filer_office": _("Position of the recipient"),
    "filer_name": _("Recipient"),
    "giver_organization": _("Giver"),
    "kind": _("Kind"),
    "value_band": _("Value"),
    "value": _("Value (baht)"),
    "outcome": _("Assessment"),
    "decision": _("Decision"),
}
DEFAULT_PUBLIC_COLUMNS = (
    "received_on",
    "filer_office",
    "giver_organization",
    "kind",
    "value_band",
    "outcome",
)


# --- Fiscal years --------------------------------------------------------------------------------------


def fiscal_year_of(day: dt.date) -> int:
    """The Buddhist-era fiscal year of ``day``: October to September, named by the year it ends in."""
    return thai.be_year(day) + (1 if day.month >= 10 else 0)


def fiscal_year_bounds(year_be: int) -> tuple[dt.date, dt.date]:
    """1 October of the year before to 30 September of ``year_be`` (both inclusive)."""
    year = thai.ce_year(year_be)
    return dt.date(year - 1, 10, 1), dt.date(year, 9, 30)


def redact(text: str) -> str:
    """``text`` without ID or telephone numbers (standards.md P-04): registers and exports never show them."""
    if not _PERSONAL_NUMBER.search(text):
        return text
    return _PERSONAL_NUMBER.sub(constant(REDACTED), text)


def value_band(value: Decimal) -> str:
    """The published band of a value: the exact amount of a private gift is not everyone's business."""
    for ceiling, label in VALUE_BANDS[:-1]:
        if ceiling is not None and value <= ceiling:
            return constant(label)
    return constant(VALUE_BANDS[-1][1])


# --- Queries ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterFilters:
    """What the register shows; empty values do not filter. ``fiscal_year`` is by the date reported."""

    status: str = ""
    outcome: str = ""
    fiscal_year: int | None = None
    filer: str = ""
    giver: str = ""
    received_from: dt.date | None = None
    received_to: dt.date | None = None


def _latest_submitted() -> QuerySet[GiftVersion]:
    return GiftVersion.objects.filter(filing=OuterRef("pk"), submitted_at__isnull=False).order_by("-number")


def _latest(name: str) -> Subquery:
    return Subquery(_latest_submitted().values(name)[:1])


def filed(organization: Organization) -> QuerySet[GiftFiling]:
    """Every non-draft filing of ``organization``, with what a register row needs loaded in bulk."""
    # The assessment's citations (about 1 KB of JSON a version) are not shown in a register.
    versions = GiftVersion.objects.filter(submitted_at__isnull=False).defer("citations").order_by("-number")
    tenures = Tenure.objects.select_related("position").order_by("-started_on", "-id")
    return (
        GiftFiling.objects.filter(organization=organization)
        .exclude(status=Status.DRAFT)
        .annotate(latest_received_on=_latest("received_on"), latest_outcome=_latest("outcome"))
        .select_related("filer", "ruling", "return_record")
        .prefetch_related(
            Prefetch("versions", queryset=versions, to_attr="submitted_versions"),
            Prefetch("filer__tenures", queryset=tenures, to_attr="tenure_list"),
            Prefetch("custody", queryset=CustodyEntry.objects.order_by("on", "id"), to_attr="custody_list"),
        )
    )


def apply_filters(filings: QuerySet[GiftFiling], filters: RegisterFilters) -> QuerySet[GiftFiling]:
    if filters.status:
        filings = filings.filter(status=filters.status)
    if filters.outcome:
        filings = filings.filter(Q(latest_outcome=filters.outcome))
    if filters.fiscal_year is not None:
        start, end = fiscal_year_bounds(filters.fiscal_year)
        filings = filings.filter(submitted_at__date__gte=start, submitted_at__date__lte=end)
    for word in filters.filer.split():
        filings = filings.filter(
            Q(filer__first_name_th__icontains=word)
            | Q(filer__last_name_th__icontains=word)
            | Q(filer__first_name_en__icontains=word)
            | Q(filer__last_name_en__icontains=word)
        )
    if filters.giver.strip():
        word = filters.giver.strip()
        filings = filings.annotate(
            latest_giver_name=_latest("giver_name"), latest_giver_organization=_latest("giver_organization")
        ).filter(Q(latest_giver_name__icontains=word) | Q(latest_giver_organization__icontains=word))
    if filters.received_from is not None:
        filings = filings.filter(Q(latest_received_on__gte=filters.received_from))
    if filters.received_to is not None:
        filings = filings.filter(Q(latest_received_on__lte=filters.received_to))
    return filings


def register_filings(*, user: AnyUser, filters: RegisterFilters) -> QuerySet[GiftFiling]:
    """The viewer's organization's register in the order of reporting; 404 for anyone who may not read it."""
    organization = permissions.organization_of(user)
    if organization is None or not permissions.can_view_gift_register(user):
        raise Http404
    return apply_filters(filed(organization), filters).order_by("submitted_at", "pk")


def public_filings(organization: Organization) -> QuerySet[GiftFiling]:
    """The organization's published register, newest receipt first, without entries past the public
    retention period (they stay in the organization's own register)."""
    return within_public_retention(filed(organization)).order_by(F("latest_received_on").desc(), "-pk")


@transaction.atomic
def record_access(
    *, user: AnyUser, organization: Organization | None, action: str, detail: dict[str, object]
) -> None:
    """An audit entry for each view and export of the register (personal data, standards.md P-06)."""
    audit.record(actor=user, action=action, organization=organization, after=detail)


# --- Rows ------------------------------------------------------------------------------------------------


@dataclass
class RegisterRow:
    """One filing as the register prints it. Dates are dates; templates and exports format them."""

    index: int
    filing: GiftFiling
    version: GiftVersion
    number: str
    status: str
    status_label: str
    reported_on: dt.date | None
    filer_name: str
    filer_position: str
    filer_division: str
    days_to_report: int | None
    outcome: str
    decision: str = ""
    decision_label: str = ""
    decided_on: dt.date | None = None
    decided_by: str = ""
    action: str = ""
    action_on: dt.date | None = None
    action_detail: str = ""
    flags: list[str] = field(default_factory=list)

    @property
    def over_deadline_days(self) -> bool:
        return self.days_to_report is not None and self.days_to_report > DAYS_TO_REPORT

    @property
    def giver(self) -> str:
        v = self.version
        return redact(f"{v.giver_name} ({v.giver_organization})" if v.giver_organization else v.giver_name)

    @property
    def public_giver(self) -> str:
        """Only an organization is published: a private giver's name is never shown."""
        return redact(self.version.giver_organization) or constant(PRIVATE_GIVER)

    @property
    def occasion(self) -> str:
        v = self.version
        label = choice_label(Occasion, v.occasion)
        return redact(f"{label}: {v.occasion_other}") if v.occasion_other else label

    @property
    def relation_label(self) -> str:
        return choice_label(Relation, self.version.giver_relation)

    @property
    def kind_label(self) -> str:
        return choice_label(GiftKind, self.version.kind)

    @property
    def description(self) -> str:
        return redact(self.version.description)

    @property
    def necessity_reason(self) -> str:
        return redact(self.version.necessity_reason)

    @property
    def outcome_label(self) -> str:
        label = OUTCOME_LABELS.get(self.outcome)
        return constant(label) if label is not None else self.outcome

    @property
    def value_band(self) -> str:
        return value_band(self.version.value)

    @property
    def decision_text(self) -> str:
        if self.decision_label:
            return self.decision_label
        if self.outcome not in REPORTABLE:
            return gettext("no ruling needed")
        return gettext("pending")


def _positions_on(filing: GiftFiling, day: dt.date) -> list[Tenure]:
    """The filer's tenures on ``day`` from the prefetched list; for a former official, the last one."""
    tenures: list[Tenure] = filing.filer.tenure_list  # type: ignore[attr-defined]
    held = [t for t in tenures if t.started_on <= day and (t.ended_on is None or t.ended_on >= day)]
    if held:
        return held
    earlier = [t for t in tenures if t.started_on <= day]
    return earlier[:1]


def _ruling_parts(row: RegisterRow, filing: GiftFiling) -> None:
    ruling = getattr(filing, "ruling", None)
    if ruling is None:
        return
    row.decision, row.decision_label = ruling.decision, choice_label(Decision, ruling.decision)
    row.decided_on, row.decided_by = ruling.decided_on, f"{ruling.decider_name} ({ruling.decider_title})"
    record = getattr(filing, "return_record", None)
    received = [e for e in filing.custody_list if e.kind == CustodyEntry.Kind.RECEIVED]  # type: ignore[attr-defined]
    if record is not None:
        row.action, row.action_on = "returned", record.returned_on
        details = [choice_label(ReturnRecord.Method, record.method), record.note, record.evidence_name]
        row.action_detail = redact(" · ".join(d for d in details if d))
    elif received:
        entry = received[0]
        row.action, row.action_on = "handed_over", entry.on
        row.action_detail = redact(" · ".join(d for d in (entry.by_name, entry.location) if d))


def _flags(filing: GiftFiling, days: int | None) -> list[str]:
    flags = []
    if filing.late:
        flags.append(gettext("reported after the deadline"))
    if days is not None and days > DAYS_TO_REPORT:
        flags.append(gettext("more than 30 days from receipt to report"))
    if filing.possible_breach:
        flags.append(gettext("possible breach of s.128"))
    if filing.manual_review:
        flags.append(gettext("manual review"))
    return flags


def row_of(filing: GiftFiling, index: int) -> RegisterRow:
    version: GiftVersion = filing.submitted_versions[0]  # type: ignore[attr-defined]
    reported_on = timezone.localdate(filing.submitted_at) if filing.submitted_at else None
    days = (reported_on - version.received_on).days if reported_on else None
    tenures = _positions_on(filing, version.received_on)
    row = RegisterRow(
        index=index,
        filing=filing,
        version=version,
        number=filing.number,
        status=filing.status,
        status_label=choice_label(Status, filing.status),
        reported_on=reported_on,
        filer_name=filing.filer.full_name_th,
        filer_position=", ".join(t.position.title_th for t in tenures),
        filer_division=", ".join(sorted({t.position.division for t in tenures if t.position.division})),
        days_to_report=days,
        outcome=version.outcome,
        flags=_flags(filing, days),
    )
    _ruling_parts(row, filing)
    return row


def rows_of(filings: Iterable[GiftFiling], *, start: int = 1) -> list[RegisterRow]:
    return [row_of(filing, index) for index, filing in enumerate(filings, start=start)]


# --- The public register ---------------------------------------------------------------------------------


def public_columns(policy: GiftPolicy) -> list[str]:
    """The organization's chosen columns that are allowed, in their page order; the default when none."""
    chosen = {str(c) for c in policy.public_columns or ()} & PUBLIC_COLUMNS.keys()
    return [key for key in PUBLIC_COLUMNS if key in chosen] or list(DEFAULT_PUBLIC_COLUMNS)


def public_cell(row: RegisterRow, key: str) -> object:
    """What a public column shows for ``row``: only what the column names, nothing from free text."""
    v = row.version
    return {
        "received_on": v.received_on,
        "filer_office": row.filer_position,
        "filer_name": row.filer_name,
        "giver_organization": row.public_giver,
        "kind": choice_label(GiftKind, v.kind),
        "value_band": row.value_band,
        "value": v.value,
        "outcome": row.outcome_label,
        "decision": row.decision_text,
    }[key]


def public_table(rows: Iterable[RegisterRow], columns: Sequence[str]) -> list[list[tuple[str, object]]]:
    """Rows of (column key, value) pairs: the template formats dates and amounts by the key."""
    return [[(key, public_cell(row, key)) for key in columns] for row in rows]
