"""The spouse notice (PDPA s.25) and the audit entry for every view or export of a spouse's data.

The declarations app calls ``spouse_notice_needed(spouse=...)`` when an official records a spouse or declares
a spouse's interest, and ``record_spouse_access(...)`` whenever it shows or exports a spouse's data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from coi_portal import audit
from declarations.models import Organization, Spouse
from privacy.models import HandedHow, SpouseNotice, SpouseNoticeReason
from privacy.services.common import PrivacyError

PDPA_IN_FORCE = dt.date(2022, 6, 1)
ACCESS_ACTIONS = {"view": "privacy.spouse_data_view", "export": "privacy.spouse_data_export"}


@transaction.atomic
def spouse_notice_needed(
    *, spouse: Spouse, reason: str = SpouseNoticeReason.RECORDED, on: dt.date | None = None
) -> SpouseNotice:
    """The spouse's notice record, created the first time the portal learns of the spouse (idempotent: a
    later call keeps the first date, since the 30 days run from the first collection)."""
    notice, created = SpouseNotice.objects.get_or_create(
        spouse=spouse,
        defaults={
            "organization": spouse.official.organization,
            "needed_since": on or timezone.localdate(),
            "reason": SpouseNoticeReason(reason),
        },
    )
    if created:
        audit.record(
            actor=None,
            action="privacy.spouse_notice_needed",
            organization=notice.organization,
            target=notice,
            after={
                "official_id": spouse.official_id,
                "reason": notice.reason,
                "needed_since": str(notice.needed_since),
            },
        )
    return notice


def sync_spouse_notices(organization: Organization, *, on: dt.date | None = None) -> int:
    """A notice record for every spouse of the organization that has none yet; returns how many."""
    spouses = Spouse.objects.filter(official__organization=organization, privacy_notice__isnull=True)
    count = 0
    for spouse in spouses.select_related("official__organization"):
        spouse_notice_needed(spouse=spouse, on=on)
        count += 1
    return count


@transaction.atomic
def spouse_notice_record_given(
    *, actor: User, notice: SpouseNotice, given_on: dt.date, how: str, note: str = ""
) -> SpouseNotice:
    notice = SpouseNotice.objects.select_for_update().get(pk=notice.pk)
    if given_on > timezone.localdate():
        raise PrivacyError(_("The date cannot be in the future."))
    if given_on < PDPA_IN_FORCE:
        raise PrivacyError(_("The date is before the PDPA came into force (1 June 2565)."))
    before = {"given_on": str(notice.given_on) if notice.given_on else None, "given_how": notice.given_how}
    notice.given_on = given_on
    notice.given_how = HandedHow(how)
    notice.given_note = note.strip()
    notice.recorded_by = actor
    notice.save(update_fields=["given_on", "given_how", "given_note", "recorded_by"])
    audit.record(
        actor=actor,
        action="privacy.spouse_notice_given",
        organization=notice.organization,
        target=notice,
        before=before,
        after={"given_on": given_on.isoformat(), "given_how": notice.given_how},
    )
    return notice


def record_spouse_access(
    *,
    actor: AbstractBaseUser | AnonymousUser | None,
    spouses: Spouse | Iterable[Spouse],
    purpose: str = "view",
    where: str = "",
) -> int:
    """One audit entry per spouse whose data ``actor`` viewed (``purpose="view"``) or exported
    (``"export"``), naming the page or export in ``where``; returns the number of entries written."""
    if purpose not in ACCESS_ACTIONS:
        raise ValueError(f"purpose must be one of {sorted(ACCESS_ACTIONS)}")
    rows = [spouses] if isinstance(spouses, Spouse) else list(spouses)
    with transaction.atomic():
        for spouse in rows:
            audit.record(
                actor=actor,
                action=ACCESS_ACTIONS[purpose],
                organization=spouse.official.organization,
                target=spouse,
                after={"official_id": spouse.official_id, "where": where},
            )
    return len(rows)
