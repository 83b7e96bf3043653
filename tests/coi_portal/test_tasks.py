"""Background work through the database task backend and its worker (``manage.py db_worker``): a request
enqueues, nothing is sent before a worker runs, the worker sends; scheduled commands are enqueued by cron
and run by the worker; a rolled-back change enqueues nothing."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from io import StringIO
from typing import Any

import pytest
from asgiref.local import Local
from django.contrib.auth.models import User
from django.core import mail
from django.core.management import CommandError, call_command
from django.db import transaction
from django.tasks import TaskResultStatus, task_backends
from django.test import Client
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from coi_portal import emails, permissions, tasks
from coi_portal.models import PreparedDocument
from coi_portal.security import services as security_services
from gifts.models import GiftFiling
from tests.gifts.test_views import post_data

# The worker closes and reopens database connections between tasks, as in production: the tests commit.
pytestmark = pytest.mark.django_db(transaction=True)


def _reset_task_backends() -> None:
    """Forget the backends built from the old TASKS setting (Django resets no task backends itself)."""
    state = vars(task_backends)
    state.pop("settings", None)
    state["_settings"] = None
    state["_connections"] = Local(task_backends.thread_critical)


@pytest.fixture
def database_tasks(settings: Any) -> Iterator[None]:
    """The production backend: tasks are rows until a worker runs them."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    _reset_task_backends()
    yield
    _reset_task_backends()


def run_worker() -> str:
    output = StringIO()
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=output, stderr=output)
    return output.getvalue()


def test_a_report_enqueues_the_reviewers_mail_and_the_worker_sends_it(
    database_tasks: None, client_as: Callable[[str | None], Client]
) -> None:
    response = client_as("staff1").post(reverse("gifts:new"), post_data())
    assert response.status_code == 302
    filing = GiftFiling.objects.latest("pk")
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "gifts.tasks.notify_filing_submitted"
    assert queued.args_kwargs["args"] == [filing.pk]
    assert mail.outbox == []
    run_worker()
    queued.refresh_from_db()
    assert queued.status == TaskResultStatus.SUCCESSFUL
    assert queued.return_value == 1
    assert len(mail.outbox) == 1
    assert filing.number in mail.outbox[0].body
    assert mail.outbox[0].to == [emails.address_of(filing.reviewer)]


def test_a_change_that_rolls_back_enqueues_nothing(database_tasks: None, staff: User) -> None:
    def change_then_fail() -> None:
        with transaction.atomic():
            security_services.password_changed(actor=staff)
            raise RuntimeError("the request failed after the change")

    with pytest.raises(RuntimeError):
        change_then_fail()
    assert not DBTaskResult.objects.exists()


def test_the_password_mail_goes_out_when_a_worker_runs(database_tasks: None, staff: User) -> None:
    security_services.password_changed(actor=staff)
    assert mail.outbox == []
    assert DBTaskResult.objects.get().task_path == "coi_portal.tasks.notify_password_changed"
    run_worker()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [emails.address_of(permissions.official_of(staff)) or staff.email]


def test_a_prepared_pdf_waits_for_the_worker_and_is_ready_after_it(
    database_tasks: None, client_as: Callable[[str | None], Client]
) -> None:
    clerk = client_as("clerk")
    asked = clerk.post(
        reverse("prepared:prepare", args=["gifts.ita_report"]), {"year": "2570", "period": "year"}
    )
    document = PreparedDocument.objects.get()
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "coi_portal.prepared.tasks.render_document"
    assert queued.args_kwargs["args"] == [str(document.pk)]
    assert 'http-equiv="refresh"' in clerk.get(asked["Location"]).content.decode()
    run_worker()
    document.refresh_from_db()
    queued.refresh_from_db()
    assert (document.status, queued.status, queued.return_value) == (
        "ready",
        TaskResultStatus.SUCCESSFUL,
        "ready",
    )
    page = clerk.get(asked["Location"]).content.decode()
    assert 'http-equiv="refresh"' not in page
    response = clerk.get(reverse("prepared:download", args=[document.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF")  # type: ignore[attr-defined]


def test_a_task_whose_row_is_gone_does_nothing(database_tasks: None) -> None:
    from gifts.tasks import notify_filing_ruled

    notify_filing_ruled.enqueue(10**9)
    run_worker()
    result = DBTaskResult.objects.get()
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 0
    assert mail.outbox == []


def test_cron_enqueues_the_nightly_checks_and_a_worker_runs_them(
    database_tasks: None, demo_orgs: Any
) -> None:
    output = StringIO()
    call_command("enqueue", "verify_audit", "breach_alerts", stdout=output)
    assert output.getvalue().count("enqueued") == 2
    assert DBTaskResult.objects.filter(status=TaskResultStatus.READY).count() == 2
    run_worker()
    results = {r.args_kwargs["args"][0]: r for r in DBTaskResult.objects.all()}
    assert {r.status for r in results.values()} == {TaskResultStatus.SUCCESSFUL}
    assert "chain intact" in str(results["verify_audit"].return_value)


def test_only_the_scheduled_commands_can_be_enqueued(database_tasks: None) -> None:
    with pytest.raises(CommandError):
        call_command("enqueue", "flush")
    tasks.run_scheduled.enqueue("flush")
    run_worker()
    result = DBTaskResult.objects.get()
    assert result.status == TaskResultStatus.FAILED
    assert result.exception_class_path == "builtins.ValueError"
    assert "not a scheduled command: flush" in result.traceback


def test_task_rows_are_for_platform_operators_only(
    database_tasks: None, client_as: Callable[..., Client]
) -> None:
    """Task arguments may name another organization's records: an organization's administrator never
    reaches them in the Django admin; a platform operator does."""
    tasks.run_scheduled.enqueue("verify_audit")
    changelist = reverse("admin:django_tasks_database_dbtaskresult_changelist")
    clerk = client_as("clerk")
    assert clerk.get(changelist).status_code in (403, 404)
    assert changelist not in clerk.get(reverse("admin:index")).content.decode()
    operator = User.objects.create_superuser("operator", "operator@example.go.th", "operator-pass-2569")
    client = Client()
    client.force_login(operator)
    assert client.get(changelist).status_code == 200
