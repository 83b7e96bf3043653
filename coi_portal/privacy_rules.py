"""Privacy rules that cut across apps: how long an entry stays on the public gift register.

The public register shows an official's gift for ``PUBLIC_REGISTER_RETENTION_DAYS`` after the day it was
received; afterwards the entry stays in the organization's own register (the record is kept) but leaves the
public one (PDPA s.22 minimisation, s.37(3) retention). The period is a setting because no rule fixing it was
found (standards.md §2, [?]).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db.models import Model, QuerySet
from django.utils import timezone


def public_register_cutoff(today: dt.date | None = None) -> dt.date:
    """The earliest date of receipt still shown on the public register."""
    today = today or timezone.localdate()
    return today - dt.timedelta(days=settings.PUBLIC_REGISTER_RETENTION_DAYS)


def within_public_retention[M: Model](
    entries: QuerySet[M], *, received_field: str = "latest_received_on", today: dt.date | None = None
) -> QuerySet[M]:
    """``entries`` received on or after the cutoff; ``received_field`` names the date of receipt (the gift
    register annotates ``latest_received_on``)."""
    return entries.filter(**{f"{received_field}__gte": public_register_cutoff(today)})
