"""Review: one ruling under concurrency, memo comments, overdue flags and the mail that goes out."""

from __future__ import annotations

import datetime as dt
import threading
from decimal import Decimal

import pytest
import time_machine
from django.core import mail
from django.db import OperationalError, connection
from django.urls import reverse
from django.utils import timezone

from gifts import selectors, services
from gifts.models import GiftFiling, GiftPolicy, Ruling
from gifts.services import GiftError
from gifts.workflow import Status


@pytest.mark.django_db(transaction=True)
def test_two_reviewers_pressing_at_once_give_exactly_one_ruling(demo_orgs, file_gift, user_named):
    filing = file_gift("staff1")
    boss = user_named("nayok")
    official = boss.membership.official
    outcomes: list[str] = []
    barrier = threading.Barrier(4)

    def press(decision: str) -> None:
        barrier.wait()
        try:
            services.filing_rule(actor=boss, official=official, filing=filing, decision=decision, reason="x")
            outcomes.append("ruled")
        except GiftError:
            outcomes.append("refused")
        except OperationalError:
            # SQLite's in-memory test database locks whole tables: a writer that cannot wait is refused
            # outright. PostgreSQL (CI) takes the row lock and the others get the clear message above.
            outcomes.append("refused" if connection.vendor == "sqlite" else "error")
        finally:
            connection.close()

    threads = [threading.Thread(target=press, args=(d,)) for d in ("keep", "return", "keep", "return")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) == ["refused", "refused", "refused", "ruled"]
    assert Ruling.objects.filter(filing=filing).count() == 1


@pytest.mark.django_db
def test_director_and_permanent_secretary_comment_when_the_organization_asks(demo_orgs, file_gift, client_as):
    GiftPolicy.objects.update_or_create(
        organization=demo_orgs["bangsaothong"], defaults={"comments_before_ruling": True}
    )
    filing = file_gift("staff1")
    for username in ("director", "palad"):
        response = client_as(username).post(
            reverse("gifts:comment", args=[filing.pk]), {"text": "เห็นควรให้ส่งคืน"}
        )
        assert response.status_code == 302
    assert filing.notes.filter(kind="comment").count() == 2
    assert (
        client_as("staff2").post(reverse("gifts:comment", args=[filing.pk]), {"text": "x"}).status_code == 404
    )
    page = client_as("nayok").get(reverse("gifts:detail", args=[filing.pk])).content.decode()
    assert "เห็นควรให้ส่งคืน" in page
    assert client_as("nayok").get(reverse("gifts:rule", args=[filing.pk])).status_code == 200


@pytest.mark.django_db
def test_comments_are_off_by_default(demo_orgs, file_gift, client_as):
    filing = file_gift("staff1")
    assert (
        client_as("director").post(reverse("gifts:comment", args=[filing.pk]), {"text": "x"}).status_code
        == 404
    )


@pytest.mark.django_db
def test_ruling_overdue_after_30_days(demo_orgs, file_gift):
    filing = file_gift("staff1")
    today = timezone.localdate()
    assert not selectors.is_ruling_overdue(filing, today=today + dt.timedelta(days=30))
    assert selectors.is_ruling_overdue(filing, today=today + dt.timedelta(days=31))


@pytest.mark.django_db
def test_return_overdue_after_15_days(demo_orgs, file_gift, user_named):
    filing = file_gift("staff1")
    boss = user_named("nayok")
    services.filing_rule(
        actor=boss, official=boss.membership.official, filing=filing, decision="return", reason="x"
    )
    filing = GiftFiling.objects.get(pk=filing.pk)
    today = timezone.localdate()
    assert not selectors.is_return_overdue(filing, today=today + dt.timedelta(days=15))
    assert selectors.is_return_overdue(filing, today=today + dt.timedelta(days=16))


@pytest.mark.django_db
def test_a_report_after_the_deadline_is_flagged_late(demo_orgs, file_gift):
    with time_machine.travel(dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC), tick=False):
        late = file_gift("staff1", received_on=dt.date(2026, 1, 10))
        on_time = file_gift("staff2", received_on=dt.date(2026, 2, 20))
    assert late.late is True
    assert on_time.late is False


@pytest.mark.django_db
def test_the_filer_is_told_of_a_send_back_and_of_the_ruling(
    demo_orgs, file_gift, user_named, django_capture_on_commit_callbacks
):
    filing = file_gift("staff1")
    boss = user_named("nayok")
    with django_capture_on_commit_callbacks(execute=True):
        services.filing_send_back(
            actor=boss, official=boss.membership.official, filing=filing, comment="ขอใบเสร็จ"
        )
    assert mail.outbox[-1].to == ["staff1@bangsaothong.example"]
    assert "ขอใบเสร็จ" in mail.outbox[-1].body
    staff = user_named("staff1")
    services.draft_update(actor=staff, filing=filing, facts={"value": Decimal("5100")})
    services.filing_submit(actor=staff, filing=filing)
    with django_capture_on_commit_callbacks(execute=True):
        services.filing_rule(
            actor=boss, official=boss.membership.official, filing=filing, decision="keep", reason="ตามประเพณี"
        )
    assert mail.outbox[-1].to == ["staff1@bangsaothong.example"]
    assert "ผลการพิจารณา" in mail.outbox[-1].subject


@pytest.mark.django_db
def test_reviewer_sees_what_changed_between_versions(demo_orgs, file_gift, user_named, client_as):
    filing = file_gift("staff1")
    boss = user_named("nayok")
    services.filing_send_back(actor=boss, official=boss.membership.official, filing=filing, comment="?")
    staff = user_named("staff1")
    services.draft_update(actor=staff, filing=filing, facts={"value": Decimal("5100"), "answer": "แก้มูลค่า"})
    services.filing_submit(actor=staff, filing=filing)
    page = client_as("nayok").get(reverse("gifts:detail", args=[filing.pk])).content.decode()
    assert "<del>5000.00</del>" in page
    assert "<ins>5100.00</ins>" in page
    assert GiftFiling.objects.get(pk=filing.pk).status == Status.RESUBMITTED


@pytest.mark.django_db
def test_inbox_filters_by_office_status_and_overdue(demo_orgs, file_gift, client_as):
    file_gift("staff1")
    file_gift("palad")
    client = client_as("nayok")
    assert len(client.get(reverse("gifts:inbox")).context["rows"]) == 2
    rows = client.get(reverse("gifts:inbox"), {"office": "permanent_secretary"}).context["rows"]
    assert [f.filer.membership.user.username for f, _overdue in rows] == ["palad"]
    assert client.get(reverse("gifts:inbox"), {"overdue": "1"}).context["rows"] == []
    assert client.get(reverse("gifts:inbox"), {"status": "closed"}).context["rows"] == []
    assert client.get(reverse("gifts:inbox"), {"status": "bogus", "office": "bogus"}).status_code == 200
