"""Public pages of the meetings app, open without login: the organization's schedule, its iCalendar feed
by Buddhist-era year, and an official's personal feed behind a secret link."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from coi_portal.thai import be_year, ce_year
from meetings import ics, selectors
from meetings.expected import meetings_expecting
from meetings.forms import YearForm
from meetings.models import FeedToken
from meetings.services.planning import FIRST_YEAR_BE, LAST_YEAR_BE

FEED_DAYS_BACK = 366


@login_not_required
@require_GET
def public_schedule(request: HttpRequest, org: str) -> HttpResponse:
    organization = selectors.public_organization(org)
    year_be = YearForm(request.GET).year_be()
    feed = reverse("meetings:ics", args=[organization.slug, year_be])
    context = {
        "organization": organization,
        "year_be": year_be,
        "months": selectors.schedule(organization, ce_year(year_be)),
        "feed_url": request.build_absolute_uri(feed),
    }
    return render(request, "meetings/public_schedule.html", context)


def _calendar(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=ics.CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@login_not_required
@require_GET
def year_feed(request: HttpRequest, org: str, year: int) -> HttpResponse:
    """The meetings for the months of Buddhist-era ``year``; a year without meetings is an empty calendar."""
    organization = selectors.public_organization(org)
    in_range = FIRST_YEAR_BE <= year <= LAST_YEAR_BE
    meetings = list(selectors.year_meetings(organization, ce_year(year))) if in_range else []
    name = f"{organization.short_name_th}: ประชุมตามมาตรการ ๕ และ ๗ ปี {year}"
    data = ics.calendar_bytes(meetings, name=name, uid=f"{organization.slug}-{year}@coi-portal")
    return _calendar(data, f"{organization.slug}-{year}.ics")


@login_not_required
@require_GET
def personal_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The meetings the link's official is expected at, from a year back on. An unknown or revoked link
    gives an empty calendar rather than an error, so calendar apps drop the events they had."""
    feed = FeedToken.objects.filter(token=token, revoked_at__isnull=True).select_related("official").first()
    if feed is None:
        data = ics.calendar_bytes([], name="ลิงก์ปฏิทินนี้ถูกยกเลิกแล้ว", uid="revoked@coi-portal")
        return _calendar(data, "meetings.ics")
    today = timezone.localdate()
    since = today - dt.timedelta(days=FEED_DAYS_BACK)
    meetings = meetings_expecting(feed.official, on=today).filter(date__gte=since)
    name = f"การประชุมของ {feed.official.full_name_th} ({be_year(today)})"
    data = ics.calendar_bytes(
        list(meetings.select_related("organization", "village")), name=name, uid=f"feed-{feed.pk}@coi-portal"
    )
    return _calendar(data, "meetings.ics")
