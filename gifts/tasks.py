"""The gifts app's messages as background tasks (see ``coi_portal.tasks``)."""

from __future__ import annotations

from django.tasks import task

from gifts import emails
from gifts.models import GiftFiling


def _filing(filing_id: int) -> GiftFiling | None:
    related = ("organization", "filer__membership__user", "reviewer__membership__user", "ruling")
    return GiftFiling.objects.select_related(*related).filter(pk=filing_id).first()


@task()
def notify_filing_submitted(filing_id: int) -> int:
    filing = _filing(filing_id)
    return emails.filing_submitted(filing) if filing is not None else 0


@task()
def notify_filing_sent_back(filing_id: int, comment: str) -> int:
    filing = _filing(filing_id)
    return emails.filing_sent_back(filing, comment) if filing is not None else 0


@task()
def notify_filing_ruled(filing_id: int) -> int:
    filing = _filing(filing_id)
    return emails.filing_ruled(filing) if filing is not None else 0
