"""The statuses of a notice version and the transitions services may make. Only services change status.

A signed or published version is never edited: a change makes a new version (a draft copy) that must be
signed again, and the old one stays as it was, superseded once the new one is issued.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("draft")
    APPROVED = "approved", _("approved, awaiting signature")
    SIGNED = "signed", _("signed")
    PUBLISHED = "published", _("published")


TRANSITIONS: frozenset[tuple[Status, Status]] = frozenset(
    {
        (Status.DRAFT, Status.APPROVED),
        (Status.APPROVED, Status.DRAFT),
        (Status.APPROVED, Status.SIGNED),
        (Status.SIGNED, Status.PUBLISHED),
    }
)

EDITABLE = (Status.DRAFT,)
ISSUED = (Status.SIGNED, Status.PUBLISHED)


def can_transition(source: str, target: str) -> bool:
    return (Status(source), Status(target)) in TRANSITIONS
