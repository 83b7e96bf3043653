"""Tip-offs counted by month of the fiscal year, for the ITA report: counts only."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from participation import services
from participation.selectors import tipoff_counts_by_month
from tests.participation.conftest import at

pytestmark = pytest.mark.django_db


def test_counts_by_month_of_the_fiscal_year(org, report, user_named, time_machine):
    at(time_machine, dt.date(2025, 10, 3))
    first = report().tipoff
    at(time_machine, dt.date(2025, 10, 30))
    report()
    at(time_machine, dt.date(2026, 2, 14))
    services.tipoff_close(actor=user_named("clerk"), tipoff=first, outcome="not_found", note="ไม่พบ")
    report()
    at(time_machine, dt.date(2026, 10, 1))
    report()  # fiscal year 2570
    months = tipoff_counts_by_month(org, 2569)
    assert [m.month for m in months][:2] == [dt.date(2025, 10, 1), dt.date(2025, 11, 1)]
    assert len(months) == 12
    counts = {m.month: (m.received, m.closed) for m in months}
    assert counts[dt.date(2025, 10, 1)] == (2, 0)
    assert counts[dt.date(2026, 2, 1)] == (1, 1)
    assert sum(m.received for m in months) == 3
    assert first.number == "2569/0001"
    assert sum(m.received for m in tipoff_counts_by_month(org, 2570)) == 1


def test_the_counts_page(org, report, client_as):
    report()
    page = client_as("auditor").get(reverse("participation:tipoff_counts"), {"year": "abc"})
    assert page.status_code == 200 and sum(m.received for m in page.context["months"]) == 1
    assert client_as("staff1").get(reverse("participation:tipoff_counts")).status_code == 404
    assert client_as("outsider").get(reverse("participation:tipoff_counts")).context["open"] == 0
