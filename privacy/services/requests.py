"""The register of data-subject requests: opening one (its deadline is set by the law) and closing it."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from coi_portal import audit
from declarations.models import Official, Organization
from privacy import pdpa
from privacy.models import RequestStatus, SubjectRequest
from privacy.services.common import PrivacyError


@transaction.atomic
def request_open(
    *,
    actor: User,
    organization: Organization,
    requester_name: str,
    kind: str,
    channel: str,
    received_on: dt.date,
    details: str = "",
    official: Official | None = None,
) -> SubjectRequest:
    """Register a request; its answer is due 30 days after receipt (90 for erasure)."""
    if received_on > timezone.localdate():
        raise PrivacyError(_("The date cannot be in the future."))
    if official is not None and official.organization_id != organization.pk:
        raise PrivacyError(_("Choose one of your organization's officials."))
    request = SubjectRequest.objects.create(
        organization=organization,
        requester_name=requester_name.strip(),
        official=official,
        kind=kind,
        channel=channel,
        received_on=received_on,
        due_on=pdpa.request_due_on(kind, received_on),
        details=details.strip(),
        created_by=actor,
    )
    audit.record(
        actor=actor,
        action="privacy.request_open",
        organization=organization,
        target=request,
        after={"kind": kind, "received_on": received_on.isoformat(), "due_on": request.due_on.isoformat()},
    )
    return request


@transaction.atomic
def request_close(
    *,
    actor: User,
    request: SubjectRequest,
    outcome: str,
    response: str,
    refusal_reason: str = "",
    closed_on: dt.date | None = None,
) -> SubjectRequest:
    """Complete or refuse a request; a refusal must name its legal reason (e.g. ``s24_6``)."""
    request = SubjectRequest.objects.select_for_update().get(pk=request.pk)
    if request.status != RequestStatus.OPEN:
        raise PrivacyError(_("This request is already closed."))
    if outcome not in (RequestStatus.COMPLETED, RequestStatus.REFUSED):
        raise PrivacyError(_("Choose whether the request was completed or refused."))
    if outcome == RequestStatus.REFUSED and refusal_reason not in pdpa.RefusalReason.__members__.values():
        raise PrivacyError(_("A refusal must give its legal reason."))
    day = closed_on or timezone.localdate()
    if day < request.received_on or day > timezone.localdate():
        raise PrivacyError(_("The closing date must fall between receipt and today."))
    request.status = outcome
    request.refusal_reason = refusal_reason if outcome == RequestStatus.REFUSED else ""
    request.response = response.strip()
    request.closed_on = day
    request.save(update_fields=["status", "refusal_reason", "response", "closed_on"])
    audit.record(
        actor=actor,
        action="privacy.request_close",
        organization=request.organization,
        target=request,
        after={
            "status": outcome,
            "refusal_reason": request.refusal_reason,
            "closed_on": day.isoformat(),
            "late": day > request.due_on,
        },
    )
    return request
