"""The gifts app's messages, one function each."""

from __future__ import annotations

from django.urls import reverse

from coi_portal.emails import send
from gifts.models import GiftFiling


def _link(filing: GiftFiling) -> str:
    return reverse("gifts:detail", args=[filing.pk])


def filing_submitted(filing: GiftFiling) -> int:
    """To the reviewer: a report awaits their ruling."""
    return send("gift_submitted", [filing.reviewer], {"filing": filing, "link": _link(filing)})


def filing_sent_back(filing: GiftFiling, comment: str) -> int:
    """To the filer: the reviewer asks for more information."""
    return send(
        "gift_sent_back", [filing.filer], {"filing": filing, "comment": comment, "link": _link(filing)}
    )


def filing_ruled(filing: GiftFiling) -> int:
    """To the filer: the ruling and what to do next."""
    return send(
        "gift_ruled", [filing.filer], {"filing": filing, "ruling": filing.ruling, "link": _link(filing)}
    )


def reminder(filing: GiftFiling, kind: str, recipient_is_filer: bool) -> int:
    """An overdue reminder: ``kind`` is ``ruling`` (to the reviewer) or ``return`` (to the filer)."""
    to = filing.filer if recipient_is_filer else filing.reviewer
    return send("gift_reminder", [to], {"filing": filing, "kind": kind, "link": _link(filing)})
