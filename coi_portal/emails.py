"""Sending one message: a subject, a text body and an HTML body from templates/emails/<name>.*.

Mail is always in Thai (the recipient's choice of language is not known), and links are absolute.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from declarations.models import Official


def address_of(official: Official | None) -> str | None:
    """The official's e-mail, else the e-mail of their account; None when there is neither."""
    if official is None:
        return None
    if official.email:
        return official.email
    membership = getattr(official, "membership", None)
    return membership.user.email if membership is not None and membership.user.email else None


def send(name: str, recipients: Iterable[Official | None], context: dict[str, Any]) -> int:
    """Send ``emails/<name>`` to each official with an address; returns how many were sent."""
    addresses = sorted({a for a in (address_of(o) for o in recipients) if a})
    if not addresses:
        return 0
    with translation.override("th"):
        context = {**context, "site_url": settings.SITE_URL}
        subject = render_to_string(f"emails/{name}_subject.txt", context).strip()
        text = render_to_string(f"emails/{name}.txt", context)
        html = render_to_string(f"emails/{name}.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, addresses)
    message.attach_alternative(html, "text/html")
    return message.send()
