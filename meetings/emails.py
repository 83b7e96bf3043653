"""The meetings app's messages, one function each, from templates/meetings/emails/<name>.*.

Sending follows ``coi_portal.emails.send`` (always Thai, absolute links, only officials with an address);
the templates live with the app's own.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from coi_portal.emails import address_of
from declarations.models import Official
from meetings.ics import summary
from meetings.models import Meeting


def _send(name: str, official: Official, context: dict[str, Any]) -> int:
    address = address_of(official)
    if address is None:
        return 0
    with translation.override("th"):
        context = {**context, "official": official, "site_url": settings.SITE_URL}
        subject = render_to_string(f"meetings/emails/{name}_subject.txt", context).strip()
        text = render_to_string(f"meetings/emails/{name}.txt", context)
        html = render_to_string(f"meetings/emails/{name}.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [address])
    message.attach_alternative(html, "text/html")
    return message.send()


def reminder(meeting: Meeting, official: Official, days_left: int) -> int:
    """To one expected official: the meeting is in ``days_left`` days (7: a week, 1: tomorrow)."""
    context = {
        "meeting": meeting,
        "title": summary(meeting),
        "days_left": days_left,
        "link": reverse("meetings:detail", args=[meeting.pk]),
    }
    return _send("meeting_reminder", official, context)
