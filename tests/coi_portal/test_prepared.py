"""Documents prepared in the background (``coi_portal.prepared``): asking, following, downloading, who may see
them, what the queue refuses, a user who lost the right, a rendering that fails, and the housekeeping.

Tasks run when their transaction commits (the test settings' immediate backend); the worker's own test is in
``test_tasks.py``."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.contrib.auth.models import User
from django.core.files.storage import default_storage
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from coi_portal.models import AuditEntry, PreparedDocument
from coi_portal.prepared import producers, services
from gifts.prepared import ITA_REPORT

pytestmark = pytest.mark.django_db
PREPARE = reverse("prepared:prepare", args=["gifts.ita_report"])
QUERY = {"year": "2570", "period": "half"}
Status = PreparedDocument.Status


def ask(client, capture, query=QUERY, run=True):
    with capture(execute=run):
        return client.post(PREPARE, query)


def test_the_report_page_asks_for_the_pdf_and_the_document_page_hands_it_over(
    client_as, django_capture_on_commit_callbacks
):
    clerk = client_as("clerk")
    page = clerk.get(reverse("gift_reports:ita_report"), QUERY).content.decode()
    assert f'action="{PREPARE}"' in page
    asked = ask(clerk, django_capture_on_commit_callbacks)
    document = PreparedDocument.objects.get()
    assert asked["Location"] == reverse("prepared:detail", args=[document.pk])
    assert document.status == Status.READY
    assert document.title == "รายงาน ITA เรื่องของขวัญ ปีงบประมาณ พ.ศ. 2570 (รอบหกเดือน)"
    detail = clerk.get(asked["Location"]).content.decode()
    assert 'http-equiv="refresh"' not in detail, "a ready document's page stays still"
    download = reverse("prepared:download", args=[document.pk])
    assert download in detail
    response = clerk.get(download)
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    listing = clerk.get(reverse("prepared:list")).content.decode()
    assert reverse("prepared:detail", args=[document.pk]) in listing
    actions = list(
        AuditEntry.objects.filter(target_id=str(document.pk)).order_by("seq").values_list("action", flat=True)
    )
    assert actions == ["document.prepare", "document.download"]


def test_a_queued_document_page_reloads_itself_and_offers_no_file(
    client_as, django_capture_on_commit_callbacks
):
    clerk = client_as("clerk")
    asked = ask(clerk, django_capture_on_commit_callbacks, run=False)
    document = PreparedDocument.objects.get()
    assert document.status == Status.QUEUED
    with translation.override("th"):
        page = clerk.get(asked["Location"]).content.decode()
    assert '<meta http-equiv="refresh" content="3">' in page
    assert gettext("Waiting its turn") in page
    assert clerk.get(reverse("prepared:download", args=[document.pk])).status_code == 404


@pytest.mark.parametrize("username", ["auditor", "nayok", "staff1", "outsider"])
def test_nobody_else_sees_a_users_document(client_as, django_capture_on_commit_callbacks, username):
    ask(client_as("clerk"), django_capture_on_commit_callbacks)
    document = PreparedDocument.objects.get()
    other = client_as(username)
    assert other.get(reverse("prepared:detail", args=[document.pk])).status_code == 404
    assert other.get(reverse("prepared:download", args=[document.pk])).status_code == 404
    assert str(document.pk) not in other.get(reverse("prepared:list")).content.decode()


@pytest.mark.parametrize(
    ("username", "kind"),
    [("staff1", "gifts.ita_report"), ("nayok", "gifts.ita_report"), ("clerk", "no.such_kind")],
)
def test_a_kind_the_user_may_not_ask_for_is_a_404(client_as, username, kind):
    response = client_as(username).post(reverse("prepared:prepare", args=[kind]), QUERY)
    assert response.status_code == 404
    assert not PreparedDocument.objects.exists()


def test_a_second_click_queues_nothing_more(client_as, django_capture_on_commit_callbacks):
    clerk = client_as("clerk")
    first = ask(clerk, django_capture_on_commit_callbacks, run=False)
    second = ask(clerk, django_capture_on_commit_callbacks, run=False)
    assert first["Location"] == second["Location"]
    assert PreparedDocument.objects.count() == 1


def test_the_queue_refuses_a_fourth_pending_document_in_thai(
    client_as, settings, django_capture_on_commit_callbacks
):
    clerk = client_as("clerk")
    for year in ("2568", "2569", "2570"):
        assert (
            ask(
                clerk, django_capture_on_commit_callbacks, {"year": year, "period": "half"}, run=False
            ).status_code
            == 302
        )
    refused = ask(clerk, django_capture_on_commit_callbacks, {"year": "2571", "period": "half"}, run=False)
    assert refused.status_code == 429
    assert "คุณมีเอกสารที่กำลังจัดทำอยู่แล้ว 3 ฉบับ" in refused.content.decode()
    assert PreparedDocument.objects.count() == settings.PREPARED_DOCUMENTS_PENDING_LIMIT


@pytest.mark.parametrize(
    "query",
    [{"year": "abc", "period": "half"}, {"year": "2570", "period": "quarter"}, {"year": "99999"}],
)
def test_bad_parameters_are_refused_with_a_message_and_store_nothing(client_as, query):
    with translation.override("th"):
        response = client_as("clerk").post(PREPARE, query)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not PreparedDocument.objects.exists()
    assert not AuditEntry.objects.filter(action="document.prepare").exists()


def test_a_user_who_lost_the_right_before_the_worker_ran_gets_nothing(
    client_as, user_named, django_capture_on_commit_callbacks
):
    ask(client_as("clerk"), django_capture_on_commit_callbacks, run=False)
    document = PreparedDocument.objects.get()
    clerk: User = user_named("clerk")
    clerk.is_active = False
    clerk.save()
    assert services.document_render(str(document.pk)) == Status.FAILED
    document.refresh_from_db()
    assert (document.status, document.failure, bool(document.file)) == (Status.FAILED, "not_allowed", False)
    assert services.document_render(str(document.pk)) == "skipped", "a finished document is never run again"


def test_a_rendering_that_fails_says_so_and_fails_the_task(client_as, user_named):
    clerk = user_named("clerk")
    document = PreparedDocument.objects.create(
        organization=clerk.membership.organization,
        requested_by=clerk,
        kind=ITA_REPORT.kind,
        parameters={"period": "half"},  # no year: the report cannot be built
        title="ITA",
    )
    with pytest.raises(KeyError):
        services.document_render(str(document.pk))
    document.refresh_from_db()
    assert (document.status, document.failure) == (Status.FAILED, "error")
    with translation.override("th"):
        page = client_as("clerk").get(reverse("prepared:detail", args=[document.pk])).content.decode()
        assert services.failure_message(document) in page


def test_housekeeping_removes_old_files_and_fails_abandoned_work(
    client_as, django_capture_on_commit_callbacks, time_machine, settings
):
    time_machine.move_to(dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC), tick=False)
    ask(client_as("clerk"), django_capture_on_commit_callbacks)
    old = PreparedDocument.objects.get()
    stored = old.file.name
    assert default_storage.exists(stored)
    time_machine.move_to(dt.datetime(2026, 11, 6, 9, tzinfo=dt.UTC), tick=False)
    ask(client_as("clerk"), django_capture_on_commit_callbacks, {"year": "2569", "period": "year"}, run=False)
    stuck = PreparedDocument.objects.get(status=Status.QUEUED)
    time_machine.move_to(dt.datetime(2026, 11, 8, 10, tzinfo=dt.UTC), tick=False)
    assert services.purge(timezone.now()) == (1, 1)
    assert not PreparedDocument.objects.filter(pk=old.pk).exists()
    assert not default_storage.exists(stored), "the file goes with its row"
    stuck.refresh_from_db()
    assert (stuck.status, stuck.failure) == (Status.FAILED, "abandoned")
    assert settings.PREPARED_DOCUMENT_DAYS == 7


def test_the_list_is_paged(client_as, user_named):
    clerk = user_named("clerk")
    PreparedDocument.objects.bulk_create(
        PreparedDocument(
            organization=clerk.membership.organization, requested_by=clerk, kind="k", title=f"doc {i}"
        )
        for i in range(45)
    )
    page = client_as("clerk").get(reverse("prepared:list"), {"page": 3}).content.decode()
    assert len(re.findall(r'href="/documents/[0-9a-f-]{36}/"', page)) == 5


def test_the_list_costs_the_same_queries_for_2_and_40_documents(client_as, user_named):
    clerk = user_named("clerk")
    client = client_as("clerk")

    def queries_with(count):
        PreparedDocument.objects.bulk_create(
            PreparedDocument(
                organization=clerk.membership.organization, requested_by=clerk, kind="k", title="d"
            )
            for _ in range(count - PreparedDocument.objects.count())
        )
        client.get(reverse("prepared:list"))  # warm the session and the per-request caches alike
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("prepared:list")).status_code == 200
        return len(captured)

    assert queries_with(2) == queries_with(40)


def test_every_app_producer_is_registered():
    assert producers() == {"gifts.ita_report": ITA_REPORT}
