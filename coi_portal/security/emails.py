"""Messages about the account's own security, one function each (templates in
``templates/coi_portal/security/emails/``). They never contain a password, code or link that logs in."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from coi_portal.emails import address_of
from coi_portal.permissions import official_of

FOLDER = "coi_portal/security/emails"


def password_changed(user: User, *, changed_at: str) -> int:
    """To the owner: the password was changed at ``changed_at`` (ISO 8601); if it was not them, whom to
    call."""
    address = address_of(official_of(user)) or user.email
    if not address:
        return 0
    context = {"user": user, "when": dt.datetime.fromisoformat(changed_at), "site_url": settings.SITE_URL}
    with translation.override("th"):
        subject = render_to_string(f"{FOLDER}/password_changed_subject.txt", context).strip()
        text = render_to_string(f"{FOLDER}/password_changed.txt", context)
        html = render_to_string(f"{FOLDER}/password_changed.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [address])
    message.attach_alternative(html, "text/html")
    return message.send()
