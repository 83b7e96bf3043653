"""The public search's provider for the meeting schedule (``privacy.search``): meetings of the current and
the coming year, found by their place or village, linking to the organization's public schedule."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from coi_portal.thai import be_year, date_en, date_long
from declarations.models import Organization
from meetings.models import Meeting
from privacy.search import MAX_RESULTS, SearchResult


def scheduled_meetings(
    words: Sequence[str], organization: Organization | None, language: str
) -> Iterator[SearchResult]:
    this_year = timezone.localdate().year
    found = Meeting.objects.filter(date__year__in=[this_year, this_year + 1]).select_related(
        "organization", "village"
    )
    if organization is not None:
        found = found.filter(organization=organization)
    for word in words:
        found = found.filter(Q(place__icontains=word) | Q(village__name__icontains=word))
    for meeting in found.order_by("date", "start_time")[:MAX_RESULTS]:
        url = reverse("meetings:public_schedule", args=[meeting.organization.slug])
        day = date_en(meeting.date) if language == "en" else date_long(meeting.date)
        title = f"{meeting.get_measure_display()} · {day}"
        yield SearchResult(
            title,
            f"{url}?year={be_year(meeting.date)}",
            meeting.place,
            _("Meeting schedule"),
            meeting.organization.name_th,
        )
