"""The home page's four numbers, from one query, agree with the lists they link to."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from gifts import selectors
from gifts.models import GiftFiling
from gifts.services.common import policy_for
from gifts.workflow import Status
from tests.gifts.test_views import post_data

pytestmark = pytest.mark.django_db


def test_counts_match_the_inbox_and_the_filers_list(demo_orgs, client_as, user_named):
    staff = client_as("staff1")
    for _ in range(3):
        assert staff.post(reverse("gifts:new"), post_data()).status_code == 302
    assert staff.post(reverse("gifts:new"), post_data(action="draft")).status_code == 302
    nayok, staff1 = user_named("nayok"), user_named("staff1")
    late = GiftFiling.objects.filter(status=Status.SUBMITTED).first()
    due = policy_for(late.organization).ruling_due_days
    GiftFiling.objects.filter(pk=late.pk).update(submitted_at=timezone.now() - dt.timedelta(days=due + 1))

    reviewer = selectors.gift_counts(user=nayok)
    assert reviewer["inbox_count"] == selectors.inbox(user=nayok).count() == 3
    assert reviewer["inbox_overdue"] == selectors.inbox(user=nayok, overdue_only=True).count() == 1
    filer = selectors.gift_counts(user=staff1)
    mine = selectors.my_filings(user=staff1)
    assert filer["my_open"] == mine.exclude(status__in=[Status.CLOSED, Status.RECORDED]).count() == 4
    assert filer["my_action"] == mine.filter(status__in=[Status.DRAFT]).count() == 1
    assert filer["inbox_count"] == 0

    page = client_as("nayok").get(reverse("home"))
    assert page.status_code == 200
    assert page.context["inbox_count"] == 3
    assert page.context["inbox_overdue"] == 1


def test_an_account_without_an_official_sees_zeros(demo_orgs, user_named):
    assert selectors.gift_counts(user=user_named("clerk")) == {
        "inbox_count": 0,
        "inbox_overdue": 0,
        "my_open": 0,
        "my_action": 0,
    }
