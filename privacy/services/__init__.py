"""Writes about personal data, one transaction with its audit entry each. Import from here:
``privacy.services.notice_version_for``, ``privacy.services.spouse_notice_needed``,
``privacy.services.record_spouse_access`` are the hooks the other apps call."""

from __future__ import annotations

from privacy.services.breaches import breach_close, breach_notified, breach_record, send_breach_alerts
from privacy.services.common import PrivacyError
from privacy.services.exports import record_my_data_export
from privacy.services.notices import (
    current_notice,
    ensure_default_notices,
    notice_by_label,
    notice_publish,
    notice_version_for,
)
from privacy.services.requests import request_close, request_open
from privacy.services.retention import hold_place, hold_release, retention_set, retention_years
from privacy.services.spouses import (
    record_spouse_access,
    spouse_notice_needed,
    spouse_notice_record_given,
    sync_spouse_notices,
)

__all__ = [
    "PrivacyError",
    "breach_close",
    "breach_notified",
    "breach_record",
    "current_notice",
    "ensure_default_notices",
    "hold_place",
    "hold_release",
    "notice_by_label",
    "notice_publish",
    "notice_version_for",
    "record_my_data_export",
    "record_spouse_access",
    "request_close",
    "request_open",
    "retention_set",
    "retention_years",
    "send_breach_alerts",
    "spouse_notice_needed",
    "spouse_notice_record_given",
    "sync_spouse_notices",
]
