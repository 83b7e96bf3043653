"""Reviewing a gift report: the inbox, ruling, send-back, comments and the NACC route."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from coi_portal import permissions
from coi_portal.security.reauth import require_recent_authentication
from declarations.models import Office
from gifts import selectors, services
from gifts.forms import CommentForm, NaccAnswerForm, NaccSentForm, RulingForm, SendBackForm
from gifts.services import GiftError
from gifts.workflow import Status


@require_GET
def inbox(request: HttpRequest) -> HttpResponse:
    if permissions.official_of(request.user) is None:
        raise Http404
    status = request.GET.get("status", "")
    status = status if status in Status.values else ""
    office = request.GET.get("office", "")
    office = office if office in Office.values else ""
    overdue = request.GET.get("overdue") == "1"
    filings = selectors.inbox(user=request.user, status=status, overdue_only=overdue, office=office)
    page = Paginator(filings, 50).get_page(request.GET.get("page"))
    rows = selectors.with_ruling_overdue(page)
    context = {
        "page": page,
        "rows": rows,
        "status": status,
        "statuses": Status,
        "office": office,
        "offices": Office,
    }
    return render(request, "gifts/inbox.html", context)


@require_http_methods(["GET", "POST"])
@require_recent_authentication
def rule(request: HttpRequest, pk: int) -> HttpResponse:
    filing = selectors.filing_get_for_user(user=request.user, pk=pk)
    if not permissions.can_rule_on(request.user, filing):
        raise Http404
    form = RulingForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.filing_rule(
                actor=permissions.acting_user(request),
                official=permissions.official_of(request.user),
                filing=filing,
                **form.cleaned_data,
            )
            messages.success(request, _("The ruling has been recorded."))
            return redirect("gifts:detail", filing.pk)
        except GiftError as error:
            messages.error(request, str(error))
            return redirect("gifts:detail", filing.pk)
    status = 400 if form.errors else 200
    context = {"filing": filing, "form": form, "send_back_form": SendBackForm()}
    return render(request, "gifts/rule.html", context, status=status)


@require_POST
def send_back(request: HttpRequest, pk: int) -> HttpResponse:
    filing = selectors.filing_get_for_user(user=request.user, pk=pk)
    if not permissions.can_rule_on(request.user, filing):
        raise Http404
    form = SendBackForm(request.POST)
    if not form.is_valid():
        context = {"filing": filing, "form": RulingForm(), "send_back_form": form}
        return render(request, "gifts/rule.html", context, status=400)
    try:
        services.filing_send_back(
            actor=permissions.acting_user(request),
            official=permissions.official_of(request.user),
            filing=filing,
            comment=form.cleaned_data["comment"],
        )
        messages.success(request, _("The filing has been sent back to the filer."))
    except GiftError as error:
        messages.error(request, str(error))
    return redirect("gifts:detail", filing.pk)


@require_POST
def comment(request: HttpRequest, pk: int) -> HttpResponse:
    filing = selectors.filing_get_for_user(user=request.user, pk=pk)
    official = permissions.official_of(request.user)
    if official is None or not permissions.can_comment_on_filing(request.user, filing):
        raise Http404
    form = CommentForm(request.POST)
    if form.is_valid():
        title = " ".join(t.position.title_th for t in official.tenures.filter(ended_on__isnull=True))
        services.filing_comment(
            actor=permissions.acting_user(request),
            official=official,
            title=title,
            filing=filing,
            text=form.cleaned_data["text"],
        )
        messages.success(request, _("Your comment has been added."))
    else:
        messages.error(request, _("Write a comment first."))
    return redirect("gifts:detail", filing.pk)


@require_http_methods(["GET", "POST"])
def nacc(request: HttpRequest, pk: int) -> HttpResponse:
    """An administrator records when the report went to the NACC, and later the NACC's answer."""
    filing = selectors.filing_get_for_user(user=request.user, pk=pk)
    if not permissions.can_manage_nacc_reports(request.user, filing) or filing.status != Status.AWAITING_NACC:
        raise Http404
    is_answer = request.POST.get("form") == "answer"
    sent_form = NaccSentForm(
        request.POST if request.method == "POST" and not is_answer else None, prefix="sent"
    )
    answer_form = NaccAnswerForm(request.POST if is_answer else None, prefix="answer")
    form = answer_form if is_answer else sent_form
    if request.method == "POST" and form.is_valid():
        try:
            if is_answer:
                services.nacc_record_answer(
                    actor=permissions.acting_user(request), filing=filing, **answer_form.cleaned_data
                )
            else:
                services.nacc_mark_sent(
                    actor=permissions.acting_user(request), filing=filing, **sent_form.cleaned_data
                )
            messages.success(request, _("Saved."))
            return redirect("gifts:detail", filing.pk)
        except GiftError as error:
            messages.error(request, str(error))
    status = 400 if request.method == "POST" else 200
    context = {"filing": filing, "sent_form": sent_form, "answer_form": answer_form}
    return render(request, "gifts/nacc.html", context, status=status)
