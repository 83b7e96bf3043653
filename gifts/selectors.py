"""Reads of gift filings, each scoped to the viewer."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from decimal import Decimal

from django.db import models
from django.db.models import Count, Max, OuterRef, Prefetch, Q, QuerySet, Subquery, Sum
from django.http import Http404
from django.utils import timezone

from coi_portal import permissions
from coi_portal.permissions import AnyUser
from gifts.models import GiftFiling, GiftPolicy, GiftVersion, ReviewNote
from gifts.services.common import policy_for
from gifts.workflow import AWAITING_RULING, Status


def filings_visible_to(*, user: AnyUser) -> QuerySet[GiftFiling]:
    """Every filing of the organization for those who read its records; otherwise the viewer's own filings
    and those routed to the viewer (and, with memo routing on, those the viewer comments on)."""
    organization = permissions.organization_of(user)
    if organization is None:
        return GiftFiling.objects.none()
    filings = GiftFiling.objects.filter(organization=organization)
    if not permissions.can_read_organization_records(user):
        own = permissions.official_of(user)
        if own is None:
            return GiftFiling.objects.none()
        visible = Q(filer=own) | Q(reviewer=own)
        policy = policy_for(organization)
        if policy.comments_before_ruling:
            visible |= Q(status__in=AWAITING_RULING)
        filings = filings.filter(visible)
    return filings.select_related("filer", "reviewer", "organization")


def filing_get_for_user(*, user: AnyUser, pk: int) -> GiftFiling:
    """The filing if the viewer may see it, else 404."""
    filing = filings_visible_to(user=user).filter(pk=pk).first()
    if filing is None or not permissions.can_view_filing(user, filing):
        raise Http404
    return filing


def my_filings(*, user: AnyUser) -> QuerySet[GiftFiling]:
    own = permissions.official_of(user)
    if own is None:
        return GiftFiling.objects.none()
    return filings_visible_to(user=user).filter(filer=own)


def inbox(
    *, user: AnyUser, status: str = "", overdue_only: bool = False, office: str = ""
) -> QuerySet[GiftFiling]:
    """Filings routed to the viewer; by default those that await their ruling. ``office`` keeps filings
    whose filer held an office of that kind (chief executive, council member …) when filing."""
    own = permissions.official_of(user)
    if own is None:
        return GiftFiling.objects.none()
    filings = filings_visible_to(user=user).filter(reviewer=own)
    filings = filings.filter(status=status) if status else filings.filter(status__in=AWAITING_RULING)
    if office:
        filings = filings.filter(filer__tenures__position__office=office).distinct()
    if overdue_only:
        due = policy_for(own.organization).ruling_due_days
        filings = filings.filter(submitted_at__lt=timezone.now() - dt.timedelta(days=due))
    return filings.order_by("submitted_at")


def with_notes(filing: GiftFiling) -> GiftFiling:
    """The filing with its notes and their authors loaded in two queries, however many notes there are."""
    notes = Prefetch("notes", queryset=ReviewNote.objects.select_related("author"))
    models.prefetch_related_objects([filing], notes)
    return filing


def versions_of(filing: GiftFiling) -> list[GiftVersion]:
    return list(filing.versions.order_by("number").prefetch_related("attachments", "earlier_filings"))


def giver_total_this_year(version: GiftVersion) -> Decimal:
    """What the organization's people reported from this giver in the calendar year of the receipt."""
    key = version.giver_organization or version.giver_name
    field = "giver_organization__iexact" if version.giver_organization else "giver_name__iexact"
    total = (
        GiftVersion.objects.filter(
            filing__organization=version.filing.organization,
            submitted_at__isnull=False,
            received_on__year=version.received_on.year,
            **{field: key},
        )
        .filter(number=_latest_number_subquery())
        .aggregate(total=Sum("value"))["total"]
    )
    return total or Decimal(0)


def _latest_number_subquery() -> Subquery:
    latest = (
        GiftVersion.objects.filter(filing=OuterRef("filing"), submitted_at__isnull=False)
        .values("filing")
        .annotate(latest=Max("number"))
        .values("latest")[:1]
    )
    return Subquery(latest)


def is_ruling_overdue(
    filing: GiftFiling, *, today: dt.date | None = None, policy: GiftPolicy | None = None
) -> bool:
    if filing.status not in (*AWAITING_RULING, Status.AWAITING_NACC) or filing.submitted_at is None:
        return False
    today = today or timezone.localdate()
    due = (policy or policy_for(filing.organization)).ruling_due_days
    return today > timezone.localdate(filing.submitted_at) + dt.timedelta(days=due)


def with_ruling_overdue(filings: Iterable[GiftFiling]) -> list[tuple[GiftFiling, bool]]:
    """Each filing with whether its ruling is overdue; each organization's policy is read once."""
    policies: dict[int, GiftPolicy] = {}
    rows = []
    for filing in filings:
        if filing.organization_id not in policies:
            policies[filing.organization_id] = policy_for(filing.organization)
        rows.append((filing, is_ruling_overdue(filing, policy=policies[filing.organization_id])))
    return rows


def is_return_overdue(filing: GiftFiling, *, today: dt.date | None = None) -> bool:
    ruling = getattr(filing, "ruling", None)
    if filing.status != Status.RULED or ruling is None or ruling.decision != "return":
        return False
    today = today or timezone.localdate()
    return today > ruling.decided_on + dt.timedelta(days=policy_for(filing.organization).return_due_days)


def version_changes(versions: list[GiftVersion]) -> list[dict[str, object]]:
    """What the filer changed in each new version, field by field, for the reviewer."""
    from gifts.services.common import FACT_FIELDS

    changes = []
    for older, newer in itertools.pairwise(versions):
        rows = []
        for name in FACT_FIELDS:
            before, after = getattr(older, name), getattr(newer, name)
            if before != after:
                field = GiftVersion._meta.get_field(name)
                assert isinstance(field, models.Field)
                display = getattr(newer, f"get_{name}_display", None)
                old_display = getattr(older, f"get_{name}_display", None)
                rows.append(
                    {
                        "label": field.verbose_name,
                        "before": old_display() if old_display else before,
                        "after": display() if display else after,
                    }
                )
        changes.append({"version": newer.number, "rows": rows})
    return changes


def detail_capabilities(user: AnyUser, filing: GiftFiling) -> dict[str, bool]:
    """What the viewer may do on the filing's page."""
    return {
        "can_edit": permissions.can_edit_filing(user, filing),
        "can_rule": permissions.can_rule_on(user, filing),
        "can_comment": permissions.can_comment_on_filing(user, filing),
        "can_record_return": permissions.can_record_return(user, filing),
        "can_keep_custody": permissions.can_keep_custody(user, filing),
        "can_manage_nacc": permissions.can_manage_nacc_reports(user, filing),
    }


def gift_counts(*, user: AnyUser) -> dict[str, int]:
    """The numbers on the home page: reports awaiting the viewer's ruling (and those overdue), and the
    viewer's open filings (and those awaiting the viewer): one query, whatever the numbers."""
    own, organization = permissions.official_of(user), permissions.organization_of(user)
    if own is None or organization is None:
        return {"inbox_count": 0, "inbox_overdue": 0, "my_open": 0, "my_action": 0}
    # The organization object of the viewer's membership, whose policy filings_visible_to reads too.
    due = policy_for(organization).ruling_due_days
    awaiting = Q(reviewer=own, status__in=AWAITING_RULING)
    mine = Q(filer=own)
    counts: dict[str, int] = filings_visible_to(user=user).aggregate(
        inbox_count=Count("pk", filter=awaiting),
        inbox_overdue=Count(
            "pk", filter=awaiting & Q(submitted_at__lt=timezone.now() - dt.timedelta(days=due))
        ),
        my_open=Count("pk", filter=mine & ~Q(status__in=[Status.CLOSED, Status.RECORDED])),
        my_action=Count("pk", filter=mine & Q(status__in=[Status.DRAFT, Status.MORE_INFO, Status.RULED])),
    )
    return counts
