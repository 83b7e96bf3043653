"""ASVS 3.7.1 on the portal's own grave acts: a gift ruling and a notice signature need a password typed in
the last minutes. The form shows the password field when it is needed, so the reviewer's typed reasons are
not lost; a wrong password stores nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
import time_machine
from django.test import Client
from django.urls import reverse

from coi_portal import demo
from gifts.models import GiftFiling, Ruling
from gifts.services import draft_create, filing_submit
from tests.gifts.conftest import facts

pytestmark = pytest.mark.django_db

START = dt.datetime(2026, 3, 2, 2, 0, tzinfo=dt.UTC)


def _filing_for_nayok(user_named) -> GiftFiling:
    staff1 = user_named("staff1")
    filing = draft_create(
        actor=staff1,
        filer=staff1.membership.official,
        facts=facts(value=Decimal("5000"), received_on=dt.date(2026, 2, 27)),
    )
    return filing_submit(actor=staff1, filing=filing)


def test_a_ruling_long_after_log_in_asks_for_the_password_in_the_form_itself(demo_orgs, user_named):
    with time_machine.travel(START, tick=False) as clock:
        filing = _filing_for_nayok(user_named)
        client = Client()
        client.post(reverse("login"), {"username": "nayok", "password": demo.DEFAULT_PASSWORD})
        url = reverse("gifts:rule", args=[filing.pk])
        assert "recent-password" not in client.get(url).content.decode(), "just logged in: no field"
        clock.shift(dt.timedelta(minutes=20))
        assert 'name="confirm_password"' in client.get(url).content.decode()
        ruling = {"decision": "return", "reason": "ผู้ให้มีส่วนได้เสียกับหน่วยงาน"}
        asked = client.post(url, ruling)
        assert asked.status_code == 302 and asked["Location"].startswith(reverse("security:reauthenticate"))
        wrong = client.post(url, {**ruling, "confirm_password": "not-the-password-1"})
        assert wrong["Location"].startswith(reverse("security:reauthenticate"))
        assert not Ruling.objects.filter(filing=filing).exists()
        done = client.post(url, {**ruling, "confirm_password": demo.DEFAULT_PASSWORD})
        assert done.status_code == 302 and done["Location"] == reverse("gifts:detail", args=[filing.pk])
        assert Ruling.objects.get(filing=filing).reason == ruling["reason"]


def test_signing_long_after_log_in_asks_for_the_password(demo_orgs, user_named):
    from measures.models import Notice

    with time_machine.travel(START, tick=False) as clock:
        notice = Notice.objects.create(
            organization=demo_orgs["bangsaothong"], kind="no_gift", year_be=2569, title="ประกาศทดสอบ"
        )
        client = Client()
        client.post(reverse("login"), {"username": "nayok", "password": demo.DEFAULT_PASSWORD})
        clock.shift(dt.timedelta(minutes=20))
        response = client.post(reverse("measures:sign", args=[notice.pk]), {"password": "x"})
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("security:reauthenticate"))
