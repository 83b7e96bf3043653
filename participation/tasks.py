"""Tip-off messages to their handlers as background tasks (see ``coi_portal.tasks``)."""

from __future__ import annotations

from django.tasks import task

from participation import emails


@task()
def notify_tipoff_received(tipoff_id: int) -> int:
    return emails.tipoff_received(tipoff_id)


@task()
def notify_tipoff_answered(tipoff_id: int) -> int:
    return emails.tipoff_answered(tipoff_id)
