"""Every write of the gifts app. Each service is one transaction, writes an audit entry with the change, and
sends mail only after commit. Services raise ``GiftError`` with a message for the user.
"""

from __future__ import annotations

from gifts.services.aftercare import custody_add, return_record
from gifts.services.common import GiftError, latest_version, policy_for
from gifts.services.filing import draft_create, draft_update, filing_comment, filing_send_back, filing_submit
from gifts.services.ruling import filing_rule, nacc_mark_sent, nacc_record_answer

__all__ = [
    "GiftError",
    "custody_add",
    "draft_create",
    "draft_update",
    "filing_comment",
    "filing_rule",
    "filing_send_back",
    "filing_submit",
    "latest_version",
    "nacc_mark_sent",
    "nacc_record_answer",
    "policy_for",
    "return_record",
]
