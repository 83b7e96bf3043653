"""The public search also finds published measure notices and scheduled meetings (standards.md W-04), and
only those: a draft notice never shows."""

from __future__ import annotations

import pytest
from django.urls import reverse

from declarations.models import Official
from measures import services as measures
from measures.demo import seed_historical_notice
from meetings.demo import seed_meetings
from meetings.models import Meeting
from privacy.search import search

pytestmark = pytest.mark.django_db


def test_a_published_notice_is_found_by_its_title_and_its_year(org):
    nayok = Official.objects.get(organization=org, membership__user__username="nayok")
    notice = seed_historical_notice(org, nayok)
    by_word = search("มาตรการ", organization=org)
    by_year = search("๒๕๖๒", organization=org)
    url = reverse("measures:public_list", args=[org.slug])
    for results in (by_word, by_year):
        assert any(r.url == url and r.title == notice.title for r in results)


def test_a_draft_notice_is_not_found(org, user_named):
    draft = measures.notice_create(actor=user_named("clerk"), organization=org, kind="no_gift", year_be=2570)
    assert not [r for r in search(draft.title.split()[0], organization=org) if r.title == draft.title]


def test_a_scheduled_meeting_is_found_by_its_place(org, client):
    seed_meetings(org)
    meeting = Meeting.objects.filter(organization=org).order_by("date").first()
    word = meeting.place.split()[0]
    results = search(word, organization=org)
    assert any(r.url.startswith(reverse("meetings:public_schedule", args=[org.slug])) for r in results)
    page = client.get(reverse("privacy:search"), {"q": word, "org": org.slug})
    assert page.status_code == 200
    assert reverse("meetings:public_schedule", args=[org.slug]) in page.content.decode()
