"""The breach register: record a breach (the 72-hour deadline is set from when the organization became
aware), record the notifications, close it, and warn at 48 hours when the PDPC Office is still not told."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from coi_portal import audit
from declarations.models import Organization
from privacy import emails, pdpa
from privacy.models import Breach, BreachRisk
from privacy.services.common import PrivacyError


def _snapshot(breach: Breach) -> dict[str, object]:
    return {
        "risk": breach.risk,
        "aware_at": breach.aware_at.isoformat(),
        "pdpc_notified_at": breach.pdpc_notified_at.isoformat() if breach.pdpc_notified_at else None,
        "subjects_notified_at": breach.subjects_notified_at.isoformat()
        if breach.subjects_notified_at
        else None,
        "closed": breach.closed_at is not None,
    }


@transaction.atomic
def breach_record(
    *,
    actor: User,
    organization: Organization,
    title: str,
    description: str,
    aware_at: dt.datetime,
    risk: str,
    data_affected: str = "",
    people_affected: int | None = None,
    measures: str = "",
) -> Breach:
    if aware_at > timezone.now():
        raise PrivacyError(_("The time of awareness cannot be in the future."))
    breach = Breach.objects.create(
        organization=organization,
        title=title.strip(),
        description=description.strip(),
        aware_at=aware_at,
        risk=BreachRisk(risk),
        data_affected=data_affected.strip(),
        people_affected=people_affected,
        measures=measures.strip(),
        pdpc_deadline=pdpa.breach_notify_by(aware_at),
        created_by=actor,
    )
    audit.record(
        actor=actor,
        action="privacy.breach_record",
        organization=organization,
        target=breach,
        after=_snapshot(breach),
    )
    return breach


@transaction.atomic
def breach_notified(
    *,
    actor: User,
    breach: Breach,
    pdpc_notified_at: dt.datetime | None = None,
    pdpc_reference: str = "",
    subjects_notified_at: dt.datetime | None = None,
    measures: str | None = None,
) -> Breach:
    """Record when the PDPC Office and the people affected were told (each only once set)."""
    breach = Breach.objects.select_for_update().get(pk=breach.pk)
    if breach.closed_at is not None:
        raise PrivacyError(_("This breach is closed."))
    before = _snapshot(breach)
    now = timezone.now()
    for moment in (pdpc_notified_at, subjects_notified_at):
        if moment is not None and not breach.aware_at <= moment <= now:
            raise PrivacyError(_("A notification time must fall between awareness and now."))
    if pdpc_notified_at is not None:
        breach.pdpc_notified_at = pdpc_notified_at
        breach.pdpc_reference = pdpc_reference.strip()
    if subjects_notified_at is not None:
        breach.subjects_notified_at = subjects_notified_at
    if measures is not None and measures.strip():
        breach.measures = measures.strip()
    breach.save()
    audit.record(
        actor=actor,
        action="privacy.breach_notified",
        organization=breach.organization,
        target=breach,
        before=before,
        after=_snapshot(breach),
    )
    return breach


@transaction.atomic
def breach_close(*, actor: User, breach: Breach, no_notification_reason: str = "") -> Breach:
    """Close a breach once the law is met: a no-risk breach says why nobody was told; any other breach has
    told the PDPC Office; a high-risk breach has also told the people affected (standards.md P-10)."""
    breach = Breach.objects.select_for_update().get(pk=breach.pk)
    if breach.closed_at is not None:
        raise PrivacyError(_("This breach is closed."))
    if breach.risk == BreachRisk.NONE and not no_notification_reason.strip():
        raise PrivacyError(_("Say why the breach poses no risk and needs no notification."))
    if breach.needs_pdpc and breach.pdpc_notified_at is None:
        raise PrivacyError(_("Record the notification to the PDPC Office first."))
    if breach.risk == BreachRisk.HIGH and breach.subjects_notified_at is None:
        raise PrivacyError(_("A high-risk breach must also be notified to the people affected."))
    before = _snapshot(breach)
    breach.no_notification_reason = no_notification_reason.strip()
    breach.closed_at = timezone.now()
    breach.save(update_fields=["no_notification_reason", "closed_at"])
    audit.record(
        actor=actor,
        action="privacy.breach_close",
        organization=breach.organization,
        target=breach,
        before=before,
        after=_snapshot(breach),
    )
    return breach


def send_breach_alerts(*, now: dt.datetime | None = None) -> int:
    """Warn each organization's administrators and integrity officers of every open breach that needs the
    PDPC Office, is still not notified, and has passed 48 hours since awareness. Each breach is alerted
    once: the alert is claimed before sending and released when sending fails. Returns the alerts sent.
    ``manage.py breach_alerts`` runs it from cron every hour (README)."""
    moment = now or timezone.now()
    sent = 0
    due = Breach.objects.filter(
        closed_at__isnull=True,
        pdpc_notified_at__isnull=True,
        alert_sent_at__isnull=True,
        risk__in=[BreachRisk.RISK, BreachRisk.HIGH],
        aware_at__lte=moment - dt.timedelta(hours=pdpa.BREACH_ALERT_HOURS),
    )
    for breach_id in due.values_list("pk", flat=True):
        with transaction.atomic():
            claimed = Breach.objects.filter(pk=breach_id, alert_sent_at__isnull=True).update(
                alert_sent_at=moment
            )
        if not claimed:
            continue
        breach = Breach.objects.select_related("organization").get(pk=breach_id)
        try:
            delivered = emails.breach_alert(breach)
        except Exception:
            Breach.objects.filter(pk=breach_id).update(alert_sent_at=None)
            raise
        if delivered:
            sent += 1
            audit.record(
                actor=None,
                action="privacy.breach_alert",
                organization=breach.organization,
                target=breach,
                after={"deadline": breach.pdpc_deadline.isoformat(), "recipients": delivered},
            )
        else:
            Breach.objects.filter(pk=breach_id).update(alert_sent_at=None)
    return sent
