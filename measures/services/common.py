"""Shared pieces of the measures services."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _

from measures.models import Notice
from measures.workflow import Status, can_transition


class MeasureError(Exception):
    """A request the rules refuse; ``str(error)`` is the message for the user."""


def locked(notice: Notice) -> Notice:
    """Re-read the notice under a row lock: concurrent requests on one notice run one after another."""
    return Notice.objects.select_for_update().select_related("organization").get(pk=notice.pk)


def transition(notice: Notice, target: Status) -> None:
    if not can_transition(notice.status, target):
        raise MeasureError(
            _("This notice cannot be changed this way (it is %(status)s).")
            % {"status": notice.get_status_display()}
        )
    notice.status = target


def require_draft(notice: Notice) -> None:
    if notice.status != Status.DRAFT:
        raise MeasureError(
            _("Only a draft can be edited; this notice is %(status)s.")
            % {"status": notice.get_status_display()}
        )


def snapshot(notice: Notice) -> dict[str, Any]:
    """The notice's own fields and text, for the audit log."""
    return {
        "status": notice.status,
        "title": notice.title,
        "issuing_body": notice.issuing_body,
        "signer": notice.signer_id,
        "signer_name": notice.signer_name,
        "signer_position": notice.signer_position,
        "signed_on": notice.signed_on.isoformat() if notice.signed_on else None,
        "sections": [[section.heading, section.body] for section in notice.sections.all()],
    }
