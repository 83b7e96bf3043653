"""Concurrency: people pressing at once never produce two rulings, two submissions, two equal register
numbers or a forked audit chain.

CI runs these on PostgreSQL, where row locks make the losers wait and then get the clear ``GiftError``: that is
asserted strictly there. SQLite's in-memory test database (laptops) cannot hold concurrent writers: a loser may
be refused with ``OperationalError`` instead, as in ``tests/gifts/test_review.py``; the outcome (exactly one
winner, nothing half-stored) is asserted on both.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import OperationalError, connection, transaction

from coi_portal import audit
from coi_portal.models import AuditEntry
from gifts import services
from gifts.models import GiftFiling, GiftVersion, Ruling
from gifts.services import GiftError
from gifts.workflow import Status
from tests.gifts.conftest import facts

pytestmark = pytest.mark.django_db(transaction=True)


def race(calls: list[Callable[[], Any]]) -> list[str]:
    """Run ``calls`` at once, each in its own thread and database connection; "won", "refused" (GiftError),
    "locked" (SQLite's refusal) or "error: …"."""
    barrier = threading.Barrier(len(calls))
    outcomes: list[str] = []

    def run(call: Callable[[], Any]) -> None:
        barrier.wait()
        try:
            call()
            outcomes.append("won")
        except GiftError:
            outcomes.append("refused")
        except OperationalError as error:
            outcomes.append("locked" if connection.vendor == "sqlite" else f"error: {error}")
        except Exception as error:
            outcomes.append(f"error: {error!r}")
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def assert_one_winner(outcomes: list[str], total: int) -> None:
    assert len(outcomes) == total
    assert outcomes.count("won") == 1, outcomes
    assert not [o for o in outcomes if o.startswith("error")], outcomes
    if connection.vendor == "postgresql":
        assert outcomes.count("refused") == total - 1, "every loser gets the clear message"


def test_twenty_reviewers_pressing_at_once_give_exactly_one_ruling(demo_orgs, file_gift, user_named):
    filing = file_gift("staff1")
    boss = user_named("nayok")
    official = boss.membership.official
    decisions = ["keep", "return"] * 10

    def rule(decision: str) -> Callable[[], Any]:
        return lambda: services.filing_rule(
            actor=boss, official=official, filing=filing, decision=decision, reason="พร้อมกัน"
        )

    outcomes = race([rule(d) for d in decisions])
    assert_one_winner(outcomes, 20)
    assert Ruling.objects.filter(filing=filing).count() == 1
    assert AuditEntry.objects.filter(action="gift.rule", target_id=str(filing.pk)).count() == 1
    filing.refresh_from_db()
    assert filing.status in {Status.RULED, Status.CLOSED}
    assert audit.verify().ok


def test_two_submissions_of_one_draft_make_one_submission(demo_orgs, file_gift, user_named):
    draft = file_gift("staff1", submit=False)
    staff = user_named("staff1")
    outcomes = race([lambda: services.filing_submit(actor=staff, filing=draft)] * 2)
    assert_one_winner(outcomes, 2)
    draft.refresh_from_db()
    assert draft.status == Status.SUBMITTED
    assert draft.number
    assert GiftVersion.objects.filter(filing=draft).count() == 1
    assert AuditEntry.objects.filter(action="gift.submit", target_id=str(draft.pk)).count() == 1
    assert audit.verify().ok


def test_drafts_submitted_at_once_get_different_register_numbers(demo_orgs, user_named):
    people = ["staff1", "staff2", "worker1", "director", "palad"]
    drafts = []
    for username in people:
        user = user_named(username)
        drafts.append(
            (user, services.draft_create(actor=user, filer=user.membership.official, facts=facts()))
        )
    outcomes = race(
        [lambda u=user, d=draft: services.filing_submit(actor=u, filing=d) for user, draft in drafts]
    )
    assert not [o for o in outcomes if o.startswith("error")], outcomes
    if connection.vendor == "postgresql":
        assert outcomes == ["won"] * len(people)
    numbers = list(GiftFiling.objects.exclude(number="").values_list("number", flat=True))
    assert len(numbers) == outcomes.count("won")
    assert len(set(numbers)) == len(numbers), numbers
    assert audit.verify().ok


def test_the_audit_lock_never_waits_for_a_row_another_writer_holds(demo_orgs, user_named):
    """The deadlock the load test found, made to happen on purpose. One writer locks the organization's row
    (as register numbering does), then writes its audit entry. Another inserts a row that points at the
    organization (a foreign key PostgreSQL checks at commit) and writes its audit entry first. Were the check
    left to the commit, the second would hold the chain's lock while waiting for the row, and the first the row
    while waiting for the lock. ``audit.record`` runs the pending checks before it takes the chain's lock, so
    both go through, one after the other."""
    from declarations.models import Organization, Village

    org = demo_orgs["bangsaothong"]
    clerk = user_named("clerk")
    holds_chain = threading.Event()
    holds_row = threading.Event()

    def numbering() -> None:
        with transaction.atomic():
            Organization.objects.select_for_update().get(pk=org.pk)
            holds_row.set()
            holds_chain.wait(timeout=3)  # with the protection the other never gets that far first
            audit.record(actor=clerk, action="test.numbering", organization=org)

    def inserting() -> None:
        holds_row.wait(timeout=10)
        with transaction.atomic():
            Village.objects.create(organization=org, moo_no=77)
            audit.record(actor=clerk, action="test.inserting", organization=org)
            holds_chain.set()

    outcomes = race([numbering, inserting])
    if connection.vendor == "postgresql":
        assert outcomes == ["won", "won"], outcomes
    else:
        assert not [o for o in outcomes if o.startswith("error")], outcomes
    assert audit.verify().ok
