"""Public privacy notices of an organization, open without login: the index (the organization's privacy
policy), the notice in force for an activity, and any earlier version a submission was made under."""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.http import require_GET

from privacy import selectors, services
from privacy.inventory import Activity
from privacy.models import S23_ELEMENTS, PrivacyNotice, element_label
from privacy.notices import controller_text
from privacy.notices import title as notice_title


@login_not_required
@require_GET
def policy(request: HttpRequest, org: str) -> HttpResponse:
    organization = selectors.public_organization(org)
    language = translation.get_language()
    notices = [
        (
            activity.value,
            notice_title(activity, language),
            services.current_notice(organization=organization, activity=activity),
        )
        for activity in Activity
    ]
    controller = controller_text(organization)
    context = {
        "organization": organization,
        "notices": notices,
        "controller": controller[1] if language == "en" else controller[0],
    }
    return render(request, "privacy/policy.html", context)


def _elements(notice: PrivacyNotice, language: str) -> list[tuple[str, str, str, str]]:
    """(element, heading, text, lang of the text): English where the notice has it, else the Thai text."""
    rows = []
    for name in S23_ELEMENTS:
        heading = element_label(name)
        english = notice.english.get(name, "") if language == "en" else ""
        rows.append((name, heading, english or getattr(notice, name), "en" if english else "th"))
    return rows


def _notice_page(request: HttpRequest, org: str, activity: str, version: int | None) -> HttpResponse:
    organization = selectors.public_organization(org)
    if activity not in Activity.__members__.values():
        return redirect("privacy:policy", organization.slug)
    notice = selectors.public_notice(organization, Activity(activity), version)
    if notice is None:
        return redirect("privacy:notice", organization.slug, activity)
    language = translation.get_language()
    context = {
        "organization": organization,
        "notice": notice,
        "title": notice_title(activity, language),
        "elements": _elements(notice, language),
        "history": selectors.notice_history(organization, Activity(activity)),
        "in_force": services.current_notice(organization=organization, activity=activity),
    }
    return render(request, "privacy/notice.html", context)


@login_not_required
@require_GET
def notice(request: HttpRequest, org: str, activity: str) -> HttpResponse:
    return _notice_page(request, org, activity, None)


@login_not_required
@require_GET
def notice_version(request: HttpRequest, org: str, activity: str, version: int) -> HttpResponse:
    return _notice_page(request, org, activity, version)
