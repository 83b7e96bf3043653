"""The registers of data-subject requests and of breaches: auditors read them, privacy keepers write."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from coi_portal import permissions
from privacy import selectors, services
from privacy.forms import BreachCloseForm, BreachForm, BreachNotifyForm, RequestCloseForm, SubjectRequestForm


@require_http_methods(["GET", "POST"])
def requests(request: HttpRequest) -> HttpResponse:
    rows = selectors.subject_requests(user=request.user)
    organization = selectors.privacy_reader_organization(request.user)
    form = SubjectRequestForm(
        request.POST or None, organization=organization, initial={"received_on": timezone.localdate()}
    )
    if request.method == "POST":
        organization = selectors.privacy_keeper_organization(request.user)
        if form.is_valid():
            try:
                item = services.request_open(
                    actor=permissions.acting_user(request), organization=organization, **form.cleaned_data
                )
                messages.success(request, _("The request is registered. Answer it by the date shown."))
                return redirect("privacy:request_detail", item.pk)
            except services.PrivacyError as error:
                form.add_error(None, str(error))
    context = {
        "rows": rows,
        "form": form,
        "today": timezone.localdate(),
        "can_manage": permissions.can_manage_privacy(request.user),
    }
    return render(request, "privacy/requests.html", context, status=400 if request.method == "POST" else 200)


@require_http_methods(["GET", "POST"])
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = selectors.subject_request_get(user=request.user, pk=pk)
    form = RequestCloseForm(request.POST or None, initial={"closed_on": timezone.localdate()})
    if request.method == "POST":
        selectors.privacy_keeper_organization(request.user)
        if form.is_valid():
            try:
                services.request_close(
                    actor=permissions.acting_user(request), request=item, **form.cleaned_data
                )
                messages.success(request, _("The request is closed."))
                return redirect("privacy:request_detail", item.pk)
            except services.PrivacyError as error:
                form.add_error(None, str(error))
    context = {
        "item": item,
        "form": form,
        "today": timezone.localdate(),
        "can_manage": permissions.can_manage_privacy(request.user),
    }
    return render(
        request, "privacy/request_detail.html", context, status=400 if request.method == "POST" else 200
    )


@require_http_methods(["GET", "POST"])
def breaches(request: HttpRequest) -> HttpResponse:
    rows = selectors.breaches(user=request.user)
    form = BreachForm(request.POST or None)
    if request.method == "POST":
        organization = selectors.privacy_keeper_organization(request.user)
        if form.is_valid():
            try:
                breach = services.breach_record(
                    actor=permissions.acting_user(request), organization=organization, **form.cleaned_data
                )
                messages.success(
                    request, _("The breach is recorded. Notify the PDPC Office by the deadline shown.")
                )
                return redirect("privacy:breach_detail", breach.pk)
            except services.PrivacyError as error:
                form.add_error(None, str(error))
    context = {"rows": rows, "form": form, "can_manage": permissions.can_manage_privacy(request.user)}
    return render(request, "privacy/breaches.html", context, status=400 if request.method == "POST" else 200)


@require_http_methods(["GET", "POST"])
def breach_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A breach, the record of its notifications, and closing it (``action`` = ``notify`` or ``close``)."""
    breach = selectors.breach_get(user=request.user, pk=pk)
    action = request.POST.get("action")
    notify = BreachNotifyForm(request.POST if action == "notify" else None)
    close = BreachCloseForm(request.POST if action == "close" else None)
    if request.method == "POST":
        selectors.privacy_keeper_organization(request.user)
        form = notify if action == "notify" else close
        if form.is_bound and form.is_valid():
            try:
                if action == "notify":
                    services.breach_notified(
                        actor=permissions.acting_user(request), breach=breach, **notify.cleaned_data
                    )
                else:
                    services.breach_close(
                        actor=permissions.acting_user(request), breach=breach, **close.cleaned_data
                    )
                messages.success(request, _("Saved."))
                return redirect("privacy:breach_detail", breach.pk)
            except services.PrivacyError as error:
                form.add_error(None, str(error))
    context = {
        "breach": breach,
        "notify": notify,
        "close": close,
        "now": timezone.now(),
        "can_manage": permissions.can_manage_privacy(request.user),
    }
    return render(
        request, "privacy/breach_detail.html", context, status=400 if request.method == "POST" else 200
    )
