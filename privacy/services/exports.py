"""Audit of “download my data”: the export itself, and each spouse whose data it carried."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.db import transaction

from coi_portal import audit
from declarations.models import Official
from privacy.services.spouses import record_spouse_access


@transaction.atomic
def record_my_data_export(*, actor: User, official: Official) -> None:
    audit.record(
        actor=actor,
        action="privacy.my_data_export",
        organization=official.organization,
        target=official,
        after={"official_id": official.pk},
    )
    record_spouse_access(actor=actor, spouses=official.spouses.all(), purpose="export", where="my_data")
