"""Retention settings: the organization's period per record type, and legal holds."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from coi_portal import audit
from declarations.models import Organization
from privacy.inventory import BY_KEY
from privacy.models import LegalHold, RetentionRule
from privacy.services.common import PrivacyError

MAX_YEARS = 50


def retention_years(organization: Organization) -> dict[str, int]:
    """Years kept per record type: the organization's rule, else the inventory's default."""
    years = {key: record.retention_years for key, record in BY_KEY.items()}
    years.update(
        dict(RetentionRule.objects.filter(organization=organization).values_list("record_type", "years"))
    )
    return years


@transaction.atomic
def retention_set(*, actor: User, organization: Organization, record_type: str, years: int) -> RetentionRule:
    if record_type not in BY_KEY:
        raise PrivacyError(_("Unknown record type."))
    if not 1 <= years <= MAX_YEARS:
        raise PrivacyError(_("Keep records between 1 and 50 years."))
    before = retention_years(organization)[record_type]
    rule, _created = RetentionRule.objects.update_or_create(
        organization=organization,
        record_type=record_type,
        defaults={"years": years, "changed_by": actor.get_username()},
    )
    audit.record(
        actor=actor,
        action="privacy.retention_set",
        organization=organization,
        target=rule,
        before={"record_type": record_type, "years": before},
        after={"record_type": record_type, "years": years},
    )
    return rule


@transaction.atomic
def hold_place(
    *, actor: User, organization: Organization, record_type: str, object_id: str, reason: str
) -> LegalHold:
    """Stop the retention job for one record (``object_id``) or every record of a type (empty)."""
    if record_type not in BY_KEY:
        raise PrivacyError(_("Unknown record type."))
    if not reason.strip():
        raise PrivacyError(_("Give the reason for the hold (case, order or request)."))
    hold = LegalHold.objects.create(
        organization=organization,
        record_type=record_type,
        object_id=object_id.strip(),
        reason=reason.strip(),
        placed_by=actor,
    )
    audit.record(
        actor=actor,
        action="privacy.hold_place",
        organization=organization,
        target=hold,
        after={"record_type": record_type, "object_id": hold.object_id, "reason": hold.reason},
    )
    return hold


@transaction.atomic
def hold_release(*, actor: User, hold: LegalHold) -> LegalHold:
    hold = LegalHold.objects.select_for_update().get(pk=hold.pk)
    if hold.released_at is not None:
        raise PrivacyError(_("This hold was already released."))
    hold.released_at = timezone.now()
    hold.released_by = actor
    hold.save(update_fields=["released_at", "released_by"])
    audit.record(
        actor=actor,
        action="privacy.hold_release",
        organization=hold.organization,
        target=hold,
        after={"record_type": hold.record_type, "object_id": hold.object_id},
    )
    return hold
