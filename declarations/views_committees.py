"""Procurement committees: appointing one for a procurement of the register, its page with the portal's
concerns about each member, and the member's own declaration before acting."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from coi_portal import permissions
from declarations import selectors_interests as selectors
from declarations.committees import concerns_for
from declarations.errors import InterestError
from declarations.forms_register import CommitteeForm, SeatDeclarationForm
from declarations.models import Official
from declarations.services_register import committee_create, seat_declare


@require_http_methods(["GET", "POST"])
def committee_new(request: HttpRequest, pk: int) -> HttpResponse:
    contract = selectors.contract_get_for_user(user=request.user, pk=pk)
    if not permissions.can_manage_committees(request.user):
        raise Http404
    today = timezone.localdate()
    officials = Official.objects.filter(
        organization=contract.organization, took_office_on__lte=today
    ).exclude(left_office_on__lte=today)
    form = CommitteeForm(request.POST or None, officials=officials, initial={"appointed_on": today})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            committee = committee_create(
                actor=permissions.acting_user(request),
                contract=contract,
                kind=data["kind"],
                appointed_on=data["appointed_on"],
                order_ref=data["order_ref"],
                members=form.seats(),
            )
            messages.success(
                request, _("The committee has been recorded. Each member declares before acting.")
            )
            return redirect("declarations:committee_detail", committee.pk)
        except InterestError as error:
            messages.error(request, str(error))
    status = 400 if request.method == "POST" else 200
    return render(
        request, "declarations/committees/form.html", {"form": form, "contract": contract}, status=status
    )


@require_GET
def committee_detail(request: HttpRequest, pk: int) -> HttpResponse:
    committee = selectors.committee_get_for_user(user=request.user, pk=pk)
    full = permissions.can_read_organization_records(request.user)
    own = permissions.official_of(request.user)
    seats = [
        (
            seat,
            concerns_for(seat, on=timezone.localdate())
            if full or (own and seat.official_id == own.pk)
            else [],
        )
        for seat in committee.members.all()
    ]
    context = {"committee": committee, "seats": seats, "full": full, "own": own}
    return render(request, "declarations/committees/detail.html", context)


@require_GET
def my_seats(request: HttpRequest) -> HttpResponse:
    if permissions.official_of(request.user) is None:
        raise Http404
    return render(
        request, "declarations/committees/mine.html", {"seats": selectors.seats_of(user=request.user)}
    )


@require_http_methods(["GET", "POST"])
def seat_declare_view(request: HttpRequest, pk: int) -> HttpResponse:
    seat = selectors.seat_get_for_user(user=request.user, pk=pk)
    form = SeatDeclarationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            seat_declare(actor=permissions.acting_user(request), seat=seat, **form.cleaned_data)
            messages.success(request, _("Your declaration has been recorded."))
            return redirect("declarations:committee_detail", seat.committee_id)
        except InterestError as error:
            messages.error(request, str(error))
    context = {"seat": seat, "form": form, "concerns": concerns_for(seat, on=timezone.localdate())}
    return render(
        request,
        "declarations/committees/declare.html",
        context,
        status=400 if request.method == "POST" else 200,
    )
