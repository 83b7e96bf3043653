"""The allowed-transitions table, row by row, and the services that walk it."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.core import mail
from django.utils import timezone, translation

from coi_portal.models import AuditEntry
from gifts import services
from gifts.models import GiftFiling, Ruling
from gifts.services import GiftError
from gifts.workflow import TRANSITIONS, Status, can_transition

pytestmark = pytest.mark.django_db

ALLOWED = [
    ("draft", "recorded"),
    ("draft", "submitted"),
    ("draft", "awaiting_nacc"),
    ("submitted", "more_info"),
    ("submitted", "ruled"),
    ("resubmitted", "more_info"),
    ("resubmitted", "ruled"),
    ("more_info", "resubmitted"),
    ("awaiting_nacc", "ruled"),
    ("ruled", "closed"),
]


@pytest.mark.parametrize(("source", "target"), [(s, t) for s in Status.values for t in Status.values])
def test_transition_table_row_by_row(source, target):
    assert can_transition(source, target) == ((source, target) in ALLOWED)


def test_table_has_exactly_the_documented_rows():
    assert {(s.value, t.value) for s, t in TRANSITIONS} == set(ALLOWED)


def nayok(user_named):
    return user_named("nayok")


def test_submission_freezes_the_version_and_audits(demo_orgs, file_gift, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        filing = file_gift("staff1")
    version = filing.versions.get()
    assert version.locked
    assert version.outcome == "report_required"
    assert version.reason == "over_limit"
    assert version.regime == "act2561_nacc2563"
    assert version.report_deadline >= version.received_on + dt.timedelta(days=30)
    assert version.report_deadline <= version.received_on + dt.timedelta(days=40)
    assert version.report_deadline.weekday() < 5
    assert version.citations[0]["instrument"] in {"nacc2563", "act2561"}
    assert AuditEntry.objects.filter(action="gift.submit", target_id=str(filing.pk)).exists()
    assert [m.to for m in mail.outbox] == [["nayok@bangsaothong.example"]]


def test_a_submitted_filing_cannot_be_edited_or_submitted_again(demo_orgs, file_gift, user_named):
    filing = file_gift("staff1")
    with pytest.raises(GiftError):
        services.draft_update(actor=user_named("staff1"), filing=filing, facts={"value": Decimal(1)})
    with pytest.raises(GiftError):
        services.filing_submit(actor=user_named("staff1"), filing=filing)


def test_send_back_then_answer_in_a_new_version(demo_orgs, file_gift, user_named):
    filing = file_gift("staff1")
    boss = user_named("nayok")
    services.filing_send_back(
        actor=boss, official=boss.membership.official, filing=filing, comment="ขอใบเสร็จด้วย"
    )
    assert GiftFiling.objects.get(pk=filing.pk).status == Status.MORE_INFO
    staff = user_named("staff1")
    services.draft_update(
        actor=staff, filing=filing, facts={"value": Decimal("4800.00"), "answer": "แนบใบเสร็จแล้ว"}
    )
    filing = services.filing_submit(actor=staff, filing=filing)
    assert filing.status == Status.RESUBMITTED
    first, second = filing.versions.order_by("number")
    assert (first.value, second.value) == (Decimal("5000.00"), Decimal("4800.00"))
    assert first.locked and second.locked
    assert filing.reviewer == boss.membership.official


def test_only_the_reviewer_rules_and_only_once(demo_orgs, file_gift, user_named):
    filing = file_gift("staff1")
    palad = user_named("palad")
    with pytest.raises(GiftError):
        services.filing_rule(
            actor=palad, official=palad.membership.official, filing=filing, decision="keep", reason="x"
        )
    boss = user_named("nayok")
    services.filing_rule(
        actor=boss,
        official=boss.membership.official,
        filing=filing,
        decision="return",
        reason="มูลค่าเกินและผู้ให้เป็นคู่สัญญา",
    )
    with pytest.raises(GiftError):
        services.filing_rule(
            actor=boss, official=boss.membership.official, filing=filing, decision="keep", reason="again"
        )
    assert Ruling.objects.filter(filing=filing).count() == 1
    ruling = Ruling.objects.get(filing=filing)
    assert ruling.document_sha256
    with ruling.document.open("rb") as document:
        assert document.read().startswith(b"%PDF-")


def test_keep_closes_at_once(demo_orgs, file_gift, user_named):
    filing = file_gift("staff1")
    boss = user_named("nayok")
    services.filing_rule(
        actor=boss,
        official=boss.membership.official,
        filing=filing,
        decision="keep",
        reason="ของที่ระลึกตามประเพณี",
    )
    assert GiftFiling.objects.get(pk=filing.pk).status == Status.CLOSED


def test_hand_over_needs_a_reason_it_cannot_be_returned(demo_orgs, file_gift, user_named):
    filing = file_gift("member1")
    chair = user_named("chair")
    with translation.override("en"), pytest.raises(GiftError, match="cannot be returned"):
        services.filing_rule(
            actor=chair,
            official=chair.membership.official,
            filing=filing,
            decision="hand_over",
            reason="ไม่เหมาะสม",
        )
    assert GiftFiling.objects.get(pk=filing.pk).status == Status.SUBMITTED


def test_return_is_recorded_by_the_filer_and_closes(demo_orgs, file_gift, user_named):
    filing = file_gift("staff1")
    boss = user_named("nayok")
    services.filing_rule(
        actor=boss, official=boss.membership.official, filing=filing, decision="return", reason="ให้ส่งคืน"
    )
    with pytest.raises(GiftError):
        services.return_record(
            actor=user_named("staff1"),
            filing=filing,
            returned_on=timezone.localdate() + dt.timedelta(days=1),
            method="in_person",
        )
    services.return_record(
        actor=user_named("staff1"),
        filing=filing,
        returned_on=timezone.localdate(),
        method="in_person",
        note="คืนให้ผู้จัดการบริษัท",
    )
    assert GiftFiling.objects.get(pk=filing.pk).status == Status.CLOSED


def test_custody_ledger_after_hand_over(demo_orgs, file_gift, user_named):
    filing = file_gift("member1")
    chair = user_named("chair")
    services.filing_rule(
        actor=chair,
        official=chair.membership.official,
        filing=filing,
        decision="hand_over",
        reason="ไม่เหมาะสม",
        return_impossible_reason="ไม่ทราบตัวผู้ให้",
    )
    clerk = user_named("clerk")
    with pytest.raises(GiftError):
        services.custody_add(
            actor=clerk, filing=filing, kind="disposed", on=timezone.localdate(), by_name="x"
        )
    entry = services.custody_add(
        actor=clerk,
        filing=filing,
        kind="received",
        on=timezone.localdate(),
        by_name="นางสาวมาลี ใจซื่อ",
        location="ห้องพัสดุ สำนักปลัด",
    )
    assert entry.hold_until == timezone.localdate() + dt.timedelta(days=365)
    assert GiftFiling.objects.get(pk=filing.pk).status == Status.CLOSED


def test_nacc_route_letter_sent_then_answer_is_the_ruling(demo_orgs, file_gift, user_named):
    filing = file_gift("chair")
    clerk = user_named("clerk")
    with pytest.raises(GiftError):
        services.nacc_record_answer(
            actor=clerk,
            filing=filing,
            received_on=timezone.localdate(),
            answer_ref="1",
            decision="keep",
            reason="x",
        )
    services.nacc_mark_sent(actor=clerk, filing=filing, sent_on=timezone.localdate(), sent_ref="สป 0023/123")
    ruling = services.nacc_record_answer(
        actor=clerk,
        filing=filing,
        received_on=timezone.localdate(),
        answer_ref="ปช 0001/99",
        decision="return",
        reason="ให้ส่งคืน",
    )
    assert ruling.source == "nacc"
    assert GiftFiling.objects.get(pk=filing.pk).status == Status.RULED


def test_earlier_gifts_from_the_same_giver_on_the_same_occasion_are_summed(demo_orgs, file_gift):
    first = file_gift("staff1", value=Decimal("2000"), giver_organization="บริษัท ก่อสร้างดี จำกัด")
    assert first.status == Status.RECORDED
    second = file_gift("staff1", value=Decimal("1500"), giver_organization="ก่อสร้างดี")
    version = second.versions.get()
    assert version.earlier_value == Decimal("2000.00")
    assert version.total_value == Decimal("3500.00")
    assert version.outcome == "report_required"
    assert list(version.earlier_filings.all()) == [first]
    other_occasion = file_gift("staff1", value=Decimal("2000"), occasion="songkran")
    assert other_occasion.status == Status.RECORDED


def test_future_receipt_is_refused(demo_orgs, file_gift):
    with pytest.raises(GiftError):
        file_gift("staff1", received_on=timezone.localdate() + dt.timedelta(days=1))
    assert not GiftFiling.objects.exclude(status=Status.DRAFT).exists()
