"""The organization's meeting schedule, planning a year, one meeting's page, and the official's own
meetings with their personal calendar link."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from coi_portal import permissions
from coi_portal.thai import be_year, ce_year
from declarations.models import Organization
from meetings import selectors, services
from meetings.expected import expected_officials, meetings_expecting
from meetings.forms import PlanForm, YearForm
from meetings.services import MeetingError


def _organization(request: HttpRequest) -> Organization:
    organization = permissions.organization_of(request.user)
    if organization is None or not permissions.can_view_meetings(request.user):
        raise Http404
    return organization


@require_GET
def index(request: HttpRequest) -> HttpResponse:
    organization = _organization(request)
    year_be = YearForm(request.GET).year_be()
    context = {
        "organization": organization,
        "year_be": year_be,
        "months": selectors.schedule(organization, ce_year(year_be)),
        "plan_form": PlanForm(initial={"year": year_be, "daily_limit": 2}),
        "can_plan": permissions.can_plan_meetings(request.user),
        "can_view_compliance": permissions.can_view_meeting_compliance(request.user),
    }
    return render(request, "meetings/index.html", context)


@require_POST
def plan(request: HttpRequest) -> HttpResponse:
    organization = _organization(request)
    if not permissions.can_plan_meetings(request.user):
        raise Http404
    form = PlanForm(request.POST)
    if not form.is_valid():
        messages.error(
            request, _("Give a Buddhist-era year and a number of village meetings a day from 1 to 20.")
        )
        return redirect("meetings:index")
    year_be = form.cleaned_data["year"]
    try:
        result = services.plan_year(
            organization=organization,
            year_be=year_be,
            actor=permissions.acting_user(request),
            daily_limit=form.cleaned_data["daily_limit"],
        )
    except MeetingError as error:
        messages.error(request, str(error))
        return redirect("meetings:index")
    messages.success(
        request,
        _("The meetings of %(year)s are planned: %(created)s new, %(updated)s changed, %(kept)s kept.")
        % {"year": year_be, "created": result.created, "updated": result.updated, "kept": result.kept},
    )
    return redirect(f"{reverse('meetings:index')}?year={year_be}")


@require_GET
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    meeting = selectors.meeting_with_records(selectors.meeting_get_for_user(user=request.user, pk=pk))
    own = permissions.official_of(request.user)
    declarations = [d for item in meeting.agenda.all() for d in item.declarations.all()]
    context = {
        "meeting": meeting,
        "expected": expected_officials(meeting),
        "can_keep": permissions.can_keep_meeting(request.user, meeting),
        "has_begun": meeting.date <= timezone.localdate(),
        "can_declare": permissions.can_declare_meeting_interests(request.user, meeting),
        "declared": own is not None and any(d.official_id == own.pk for d in declarations),
        "flagged": [d for d in declarations if d.flagged],
    }
    return render(request, "meetings/detail.html", context)


@require_GET
def mine(request: HttpRequest) -> HttpResponse:
    own = permissions.official_of(request.user)
    if own is None or not permissions.can_subscribe_to_meetings(request.user):
        raise Http404
    today = timezone.localdate()
    token = services.current_token(own)
    context = {
        "official": own,
        "meetings": selectors.upcoming(meetings_expecting(own, on=today), today=today, limit=20),
        "token": token,
        "feed_url": request.build_absolute_uri(reverse("meetings:personal_feed", args=[token.token]))
        if token
        else "",
        "year_be": be_year(today),
    }
    return render(request, "meetings/mine.html", context)


@require_POST
def feed_issue(request: HttpRequest) -> HttpResponse:
    own = permissions.official_of(request.user)
    if own is None or not permissions.can_subscribe_to_meetings(request.user):
        raise Http404
    services.feed_token_issue(actor=permissions.acting_user(request), official=own)
    messages.success(request, _("Your new calendar link is ready. A link given out before no longer works."))
    return redirect("meetings:mine")


@require_POST
def feed_revoke(request: HttpRequest) -> HttpResponse:
    own = permissions.official_of(request.user)
    if own is None or not permissions.can_subscribe_to_meetings(request.user):
        raise Http404
    if services.feed_token_revoke(actor=permissions.acting_user(request), official=own):
        messages.success(request, _("Your calendar link no longer works."))
    return redirect("meetings:mine")
