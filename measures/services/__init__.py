"""Every write of the measures app. Each service is one transaction and writes an audit entry with the
change; services raise ``MeasureError`` with a message for the user."""

from __future__ import annotations

from measures.services.common import MeasureError
from measures.services.editing import (
    notice_approve,
    notice_create,
    notice_new_version,
    notice_next_year,
    notice_reopen,
    notice_update,
    override_add,
    section_add,
    section_move,
    section_remove,
    section_update,
)
from measures.services.issuing import (
    certificate_upload,
    issue_transcription,
    notice_publish,
    notice_sign,
)

__all__ = [
    "MeasureError",
    "certificate_upload",
    "issue_transcription",
    "notice_approve",
    "notice_create",
    "notice_new_version",
    "notice_next_year",
    "notice_publish",
    "notice_reopen",
    "notice_sign",
    "notice_update",
    "override_add",
    "section_add",
    "section_move",
    "section_remove",
    "section_update",
]
