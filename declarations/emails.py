"""The business-interest messages, one function each. Mail is in Thai, with absolute links, like the
portal's other mail (``coi_portal.emails``); the templates live in ``templates/declarations/emails/``."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from coi_portal.emails import address_of
from declarations.models import Finding, Official, RoundMember


def _send(name: str, official: Official, context: dict[str, Any]) -> int:
    address = address_of(official)
    if address is None:
        return 0
    with translation.override("th"):
        context = {**context, "official": official, "site_url": settings.SITE_URL}
        subject = render_to_string(f"declarations/emails/{name}_subject.txt", context).strip()
        text = render_to_string(f"declarations/emails/{name}.txt", context)
        html = render_to_string(f"declarations/emails/{name}.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [address])
    message.attach_alternative(html, "text/html")
    return message.send()


def round_due(member: RoundMember, *, overdue: bool) -> int:
    """To an official who has not yet declared in a round: due soon, or overdue."""
    context = {"round": member.round, "overdue": overdue, "link": reverse("declarations:interests_mine")}
    return _send("round_due", member.official, context)


def cure_due(finding: Finding) -> int:
    """To an official whose interest must be ended within the cure period, a few days before it ends."""
    context = {"finding": finding, "link": reverse("declarations:finding_detail", args=[finding.pk])}
    return _send("cure_due", finding.official, context)
