"""Personal data for the organization's accounts: the privacy page, “my data”, spouse notices, the record of
processing, retention and holds, and new versions of the notices."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from coi_portal import permissions
from privacy import documents, exports, selectors, services
from privacy.forms import HoldForm, NoticeForm, RetentionForm, SpouseNoticeGivenForm
from privacy.inventory import BY_KEY, Activity, text
from privacy.models import S23_ELEMENTS
from privacy.notices import title as notice_title
from privacy.ropa import build_ropa


def _attachment(
    data: bytes, content_type: str, filename: str, disposition: str = "attachment"
) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    organization = permissions.organization_of(request.user)
    if organization is None:
        raise Http404
    context: dict[str, object] = {"organization": organization}
    if permissions.can_manage_privacy(request.user) or permissions.can_read_privacy_records(request.user):
        context["counts"] = selectors.dashboard_counts(organization)
    context["activities"] = [(a.value, notice_title(a, translation.get_language())) for a in Activity]
    context["can_manage"] = permissions.can_manage_privacy(request.user)
    return render(request, "privacy/dashboard.html", context)


@require_GET
def my_data(request: HttpRequest) -> HttpResponse:
    if not permissions.can_download_own_data(request.user):
        raise Http404
    return render(request, "privacy/my_data.html", {"official": permissions.official_of(request.user)})


@never_cache
@require_GET
def my_data_download(request: HttpRequest) -> HttpResponse:
    """The official's own records as a ZIP; the export and each spouse in it are audited."""
    official = permissions.official_of(request.user)
    if official is None:
        raise Http404
    data = exports.export_zip(official)
    services.record_my_data_export(actor=permissions.acting_user(request), official=official)
    return _attachment(data, "application/zip", f"my-data-{timezone.localdate():%Y%m%d}.zip")


@require_GET
def spouse_notices(request: HttpRequest) -> HttpResponse:
    rows = selectors.spouse_rows(user=request.user)
    return render(request, "privacy/spouse_notices.html", {"rows": rows, "today": timezone.localdate()})


@never_cache
@require_GET
def spouse_notice_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    notice = selectors.spouse_notice_get(user=request.user, pk=pk)
    data = documents.render_spouse_notice_pdf(notice)
    services.record_spouse_access(
        actor=request.user, spouses=notice.spouse, purpose="export", where="s25_notice"
    )
    return _attachment(data, "application/pdf", f"spouse-notice-{notice.pk}.pdf", "inline")


@require_http_methods(["GET", "POST"])
def spouse_notice_given(request: HttpRequest, pk: int) -> HttpResponse:
    notice = selectors.spouse_notice_get(user=request.user, pk=pk)
    form = SpouseNoticeGivenForm(request.POST or None, initial={"given_on": timezone.localdate()})
    if request.method == "POST" and form.is_valid():
        try:
            services.spouse_notice_record_given(
                actor=permissions.acting_user(request), notice=notice, **form.cleaned_data
            )
            messages.success(request, _("Recorded that the notice was given."))
            return redirect("privacy:spouse_notices")
        except services.PrivacyError as error:
            form.add_error(None, str(error))
    status = 400 if request.method == "POST" else 200
    return render(
        request, "privacy/spouse_notice_given.html", {"notice": notice, "form": form}, status=status
    )


@require_GET
def ropa(request: HttpRequest) -> HttpResponse:
    organization = selectors.privacy_reader_organization(request.user)
    return render(
        request, "privacy/ropa.html", {"ropa": build_ropa(organization, translation.get_language())}
    )


@never_cache
@require_GET
def ropa_pdf(request: HttpRequest) -> HttpResponse:
    organization = selectors.privacy_reader_organization(request.user)
    return _attachment(documents.render_ropa_pdf(organization), "application/pdf", "ropa.pdf", "inline")


def _retention_page(
    request: HttpRequest, form: RetentionForm, hold_form: HoldForm, status: int
) -> HttpResponse:
    organization = selectors.privacy_reader_organization(request.user)
    language = translation.get_language()
    years = services.retention_years(organization)
    rows = [
        (key, text(record.name, language), record.retention_years, years[key], record.disposal)
        for key, record in BY_KEY.items()
    ]
    context = {
        "rows": rows,
        "holds": selectors.holds(organization),
        "form": form,
        "hold_form": hold_form,
        "can_manage": permissions.can_manage_privacy(request.user),
    }
    return render(request, "privacy/retention.html", context, status=status)


@require_http_methods(["GET", "POST"])
def retention(request: HttpRequest) -> HttpResponse:
    """Retention periods and legal holds: auditors read, privacy keepers change them."""
    form = RetentionForm(request.POST or None)
    if request.method == "POST":
        organization = selectors.privacy_keeper_organization(request.user)
        if form.is_valid():
            try:
                services.retention_set(
                    actor=permissions.acting_user(request), organization=organization, **form.cleaned_data
                )
                messages.success(request, _("Saved."))
                return redirect("privacy:retention")
            except services.PrivacyError as error:
                form.add_error(None, str(error))
        return _retention_page(request, form, HoldForm(), 400)
    return _retention_page(request, form, HoldForm(), 200)


@require_POST
def hold_add(request: HttpRequest) -> HttpResponse:
    organization = selectors.privacy_keeper_organization(request.user)
    form = HoldForm(request.POST)
    if form.is_valid():
        try:
            services.hold_place(
                actor=permissions.acting_user(request), organization=organization, **form.cleaned_data
            )
            messages.success(
                request, _("The hold is in place: the retention job will not dispose of these records.")
            )
            return redirect("privacy:retention")
        except services.PrivacyError as error:
            form.add_error(None, str(error))
    return _retention_page(request, RetentionForm(), form, 400)


@require_POST
def hold_release(request: HttpRequest, pk: int) -> HttpResponse:
    hold = selectors.hold_get(user=request.user, pk=pk)
    try:
        services.hold_release(actor=permissions.acting_user(request), hold=hold)
        messages.success(request, _("The hold is released."))
    except services.PrivacyError as error:
        messages.error(request, str(error))
    return redirect("privacy:retention")


@require_http_methods(["GET", "POST"])
def notice_new_version(request: HttpRequest, activity: str) -> HttpResponse:
    """Publish a new version of a notice, starting from the version in force."""
    organization = selectors.privacy_keeper_organization(request.user)
    if activity not in Activity.__members__.values():
        raise Http404
    current = services.current_notice(organization=organization, activity=activity)
    initial = {name: getattr(current, name) for name in S23_ELEMENTS}
    initial |= {f"en_{name}": current.english.get(name, "") for name in S23_ELEMENTS}
    initial |= {"effective_on": timezone.localdate(), "dpo": current.dpo}
    form = NoticeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.notice_publish(
                actor=permissions.acting_user(request),
                organization=organization,
                activity=activity,
                content=form.content(),
                english=form.english(),
                change_note=form.cleaned_data["change_note"],
                effective_on=form.cleaned_data["effective_on"],
                dpo=form.cleaned_data["dpo"],
            )
            messages.success(request, _("The new version is published."))
            return redirect("privacy:notice", organization.slug, activity)
        except services.PrivacyError as error:
            form.add_error(None, str(error))
    context = {"form": form, "current": current, "title": notice_title(activity, translation.get_language())}
    status = 400 if request.method == "POST" else 200
    return render(request, "privacy/notice_form.html", context, status=status)
