"""The PDPA's clocks as pure functions: one row per legal case."""

from __future__ import annotations

import datetime as dt

import pytest

from privacy import pdpa

RECEIVED = dt.date(2026, 1, 1)


@pytest.mark.parametrize(
    ("kind", "due"),
    [
        pytest.param("access", dt.date(2026, 1, 31), id="access-30-days-s30"),
        pytest.param("erasure", dt.date(2026, 4, 1), id="erasure-90-days-notification-2567"),
        pytest.param("rectification", dt.date(2026, 1, 31), id="correction-30-days"),
        pytest.param("objection", dt.date(2026, 1, 31), id="objection-30-days"),
        pytest.param("portability", dt.date(2026, 1, 31), id="portability-30-days"),
    ],
)
def test_request_deadline(kind, due):
    assert pdpa.request_due_on(kind, RECEIVED) == due


def test_an_unknown_request_kind_is_refused():
    with pytest.raises(ValueError, match="nonsense"):
        pdpa.request_due_on("nonsense", RECEIVED)


@pytest.mark.parametrize(
    ("aware", "notify_by", "alert_at"),
    [
        pytest.param(
            dt.datetime(2026, 3, 1, 9, 0, tzinfo=dt.UTC),
            dt.datetime(2026, 3, 4, 9, 0, tzinfo=dt.UTC),
            dt.datetime(2026, 3, 3, 9, 0, tzinfo=dt.UTC),
            id="72h-deadline-48h-alert",
        ),
        pytest.param(
            dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.UTC),
            dt.datetime(2027, 1, 3, 23, 30, tzinfo=dt.UTC),
            dt.datetime(2027, 1, 2, 23, 30, tzinfo=dt.UTC),
            id="across-the-new-year-no-holiday-extension",
        ),
    ],
)
def test_breach_clocks(aware, notify_by, alert_at):
    assert pdpa.breach_notify_by(aware) == notify_by
    assert pdpa.breach_alert_at(aware) == alert_at


def test_spouse_notice_is_due_30_days_after_the_portal_learns_of_the_spouse():
    assert pdpa.spouse_notice_due(dt.date(2026, 2, 1)) == dt.date(2026, 3, 3)


def test_every_refusal_reason_has_a_thai_and_an_english_label_naming_a_section_or_cause():
    for reason in pdpa.RefusalReason:
        assert pdpa.REFUSAL_TH[reason].strip()
        assert pdpa.REFUSAL_EN[reason].strip()
    assert pdpa.RefusalReason("s24_6") is pdpa.RefusalReason.LEGAL_OBLIGATION
    assert "๒๔ (๖)" in pdpa.REFUSAL_TH[pdpa.RefusalReason.LEGAL_OBLIGATION]
