"""Background work through Django's tasks interface (``settings.TASKS``; docs/scaling.md).

A request that commits something worth a message enqueues the message (``after_commit``) instead of
talking to the mail server itself, and cron only enqueues the nightly checks (``manage.py enqueue``):
the work runs on whichever machine runs ``manage.py db_worker``. Tasks take primary keys, never model
instances, and read the row again when they run; a row deleted in between is a task with nothing to do.
"""

from __future__ import annotations

import functools
from io import StringIO
from typing import Any

from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import transaction
from django.tasks import Task, task

from coi_portal.security import emails as security_emails

# The periodic commands a worker may run (README, "Scheduled work"); nothing else is accepted.
SCHEDULED_COMMANDS = (
    "send_reminders",
    "check_interests",
    "apply_retention",
    "breach_alerts",
    "verify_audit",
    "purge_prepared_documents",
)
OUTPUT_KEPT = 4000


def after_commit(work: Task[..., Any], *args: Any) -> None:
    """Enqueue ``work`` once the current transaction has committed (at once outside a transaction), so
    a rolled-back change sends nothing and a worker never reads a row that is not there yet."""
    transaction.on_commit(functools.partial(work.enqueue, *args))


@task()
def run_scheduled(command: str) -> str:
    """Run one of ``SCHEDULED_COMMANDS``; the result is the end of its output. A command that fails (for
    ``verify_audit``, a broken audit chain) fails the task, which the worker logs and keeps as failed."""
    if command not in SCHEDULED_COMMANDS:
        raise ValueError(f"not a scheduled command: {command}")
    output = StringIO()
    call_command(command, stdout=output, stderr=output)
    return output.getvalue()[-OUTPUT_KEPT:]


@task()
def notify_password_changed(user_id: int, changed_at: str) -> int:
    user = User.objects.filter(pk=user_id).first()
    return security_emails.password_changed(user, changed_at=changed_at) if user is not None else 0
