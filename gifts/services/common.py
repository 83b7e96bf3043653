"""Shared pieces of the gifts services."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from declarations.models import Official, Organization
from gifts.models import GiftFiling, GiftPolicy, GiftVersion
from gifts.workflow import Status, can_transition

FACT_FIELDS = (
    "received_on",
    "giver_name",
    "giver_organization",
    "giver_relation",
    "giver_deals_with_agency",
    "occasion",
    "occasion_other",
    "occasion_customary",
    "kind",
    "description",
    "value",
    "value_basis",
    "to_general_public",
    "accepted_out_of_necessity",
    "necessity_reason",
)


class GiftError(Exception):
    """A request the rules refuse; ``str(error)`` is the message for the user."""


def transition(filing: GiftFiling, target: Status) -> None:
    if not can_transition(filing.status, target):
        raise GiftError(
            _("This filing can no longer be changed this way (it is %(status)s).")
            % {"status": filing.get_status_display()}
        )
    filing.status = target


def locked(filing: GiftFiling) -> GiftFiling:
    """Re-read the filing under a row lock: concurrent requests on one filing run one after another."""
    return GiftFiling.objects.select_for_update().get(pk=filing.pk)


def policy_for(organization: Organization) -> GiftPolicy:
    """The organization's gift policy, created with the defaults when it has none; read once per
    organization object (a request asks for it from several places)."""
    policy: GiftPolicy | None = organization.__dict__.get("_gift_policy")
    if policy is None:
        policy, _created = GiftPolicy.objects.get_or_create(organization=organization)
        organization.__dict__["_gift_policy"] = policy
    return policy


def latest_version(filing: GiftFiling) -> GiftVersion:
    version = filing.versions.order_by("-number").first()
    assert version is not None
    return version


def facts_snapshot(version: GiftVersion) -> dict[str, Any]:
    return {name: jsonable(getattr(version, name)) for name in FACT_FIELDS}


def jsonable(value: Any) -> Any:
    return str(value) if isinstance(value, Decimal | dt.date) else value


def reviewer_guard(filing: GiftFiling, official: Official | None) -> Official:
    if official is None or filing.reviewer_id != official.pk:
        raise GiftError(_("Only the assigned reviewer may do this."))
    return official
