"""The statuses of a gift filing and the transitions services may make. Only services change status."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("draft")
    RECORDED = "recorded", _("recorded (no report needed)")
    SUBMITTED = "submitted", _("reported, awaiting a ruling")
    AWAITING_NACC = "awaiting_nacc", _("reported to the NACC")
    MORE_INFO = "more_info", _("sent back for more information")
    RESUBMITTED = "resubmitted", _("answered, awaiting a ruling")
    RULED = "ruled", _("ruled")
    CLOSED = "closed", _("closed")


TRANSITIONS: frozenset[tuple[Status, Status]] = frozenset(
    {
        (Status.DRAFT, Status.RECORDED),
        (Status.DRAFT, Status.SUBMITTED),
        (Status.DRAFT, Status.AWAITING_NACC),
        (Status.SUBMITTED, Status.MORE_INFO),
        (Status.SUBMITTED, Status.RULED),
        (Status.RESUBMITTED, Status.MORE_INFO),
        (Status.RESUBMITTED, Status.RULED),
        (Status.MORE_INFO, Status.RESUBMITTED),
        (Status.AWAITING_NACC, Status.RULED),
        (Status.RULED, Status.CLOSED),
    }
)

AWAITING_RULING = (Status.SUBMITTED, Status.RESUBMITTED)
EDITABLE_BY_FILER = (Status.DRAFT, Status.MORE_INFO)


def can_transition(source: str, target: str) -> bool:
    return (Status(source), Status(target)) in TRANSITIONS
