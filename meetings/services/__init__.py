"""Every write of the meetings app. Each service is one transaction with its audit entry; services raise
``MeetingError`` with a message for the user."""

from __future__ import annotations

from meetings.services.common import MeetingError
from meetings.services.feeds import current_token, feed_token_issue, feed_token_revoke
from meetings.services.keeping import (
    meeting_cancel,
    meeting_move,
    meeting_record_held,
    minutes_record,
    photo_add,
)
from meetings.services.planning import PlanResult, check_year, default_place, plan_year
from meetings.services.records import agenda_add, agenda_remove, interests_declare, resolution_add

__all__ = [
    "MeetingError",
    "PlanResult",
    "agenda_add",
    "agenda_remove",
    "check_year",
    "current_token",
    "default_place",
    "feed_token_issue",
    "feed_token_revoke",
    "interests_declare",
    "meeting_cancel",
    "meeting_move",
    "meeting_record_held",
    "minutes_record",
    "photo_add",
    "plan_year",
    "resolution_add",
]
