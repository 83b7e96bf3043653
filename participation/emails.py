"""The participation app's messages. A tip-off's mail says only that a case arrived or was answered, with
its number and a link: never its text, its code or its reporter."""

from __future__ import annotations

from django.urls import reverse

from participation import routing
from participation.models import TipOff
from privacy.emails import send


def _addresses(tipoff: TipOff) -> list[str]:
    addresses = []
    for user in routing.handlers_of(tipoff):
        official = getattr(user.membership, "official", None)
        addresses.append((official.email if official else "") or user.email)
    return addresses


def _to_handlers(template: str, tipoff_id: int) -> int:
    """``template`` to the tip-off's handlers; nothing when the tip-off is gone (a task runs later)."""
    tipoff = TipOff.objects.select_related("organization").filter(pk=tipoff_id).first()
    if tipoff is None:
        return 0
    link = reverse("participation:tipoff_detail", args=[tipoff.pk])
    return send(template, _addresses(tipoff), {"tipoff": tipoff, "link": link})


def tipoff_received(tipoff_id: int) -> int:
    """To the handlers: a new tip-off awaits them."""
    return _to_handlers("participation/emails/tipoff_received", tipoff_id)


def tipoff_answered(tipoff_id: int) -> int:
    """To the handlers: the reporter answered or added information."""
    return _to_handlers("participation/emails/tipoff_answered", tipoff_id)
