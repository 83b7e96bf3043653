"""The privacy app's messages, one function each (in Thai, like every message of the portal)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from coi_portal.models import Membership
from privacy.models import Breach


def send(template: str, addresses: Iterable[str], context: dict[str, Any]) -> int:
    """Send ``<template>_subject.txt``, ``<template>.txt`` and ``<template>.html`` (e.g.
    ``privacy/emails/breach_alert``) to ``addresses``; returns how many addresses."""
    to = sorted({address for address in addresses if address})
    if not to:
        return 0
    with translation.override("th"):
        context = {**context, "site_url": settings.SITE_URL}
        subject = render_to_string(f"{template}_subject.txt", context).strip()
        text = render_to_string(f"{template}.txt", context)
        html = render_to_string(f"{template}.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, to)
    message.attach_alternative(html, "text/html")
    message.send()
    return len(to)


def privacy_officers(organization_id: int) -> list[str]:
    """The e-mail addresses of an organization's administrators and integrity officers."""
    memberships = Membership.objects.filter(organization_id=organization_id, user__is_active=True).filter(
        is_administrator=True
    ) | Membership.objects.filter(
        organization_id=organization_id, user__is_active=True, is_integrity_officer=True
    )
    addresses = []
    for membership in memberships.select_related("user", "official"):
        address = (membership.official.email if membership.official else "") or membership.user.email
        addresses.append(address)
    return addresses


def breach_alert(breach: Breach) -> int:
    """To the privacy officers: 48 hours have passed and the PDPC Office is not yet notified."""
    link = reverse("privacy:breach_detail", args=[breach.pk])
    return send(
        "privacy/emails/breach_alert",
        privacy_officers(breach.organization_id),
        {"breach": breach, "link": link},
    )
