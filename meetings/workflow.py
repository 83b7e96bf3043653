"""The statuses of a meeting and the changes between them. Only services change a status."""

from __future__ import annotations

from meetings.models import MeetingStatus

ALLOWED: dict[str, frozenset[str]] = {
    MeetingStatus.PLANNED: frozenset({MeetingStatus.MOVED, MeetingStatus.CANCELLED, MeetingStatus.HELD}),
    MeetingStatus.MOVED: frozenset({MeetingStatus.MOVED, MeetingStatus.CANCELLED, MeetingStatus.HELD}),
    # Recording a held meeting again corrects its attendance; a held meeting is never moved or cancelled.
    MeetingStatus.HELD: frozenset({MeetingStatus.HELD}),
    MeetingStatus.CANCELLED: frozenset(),
}


def can_transition(current: str, target: str) -> bool:
    return target in ALLOWED.get(current, frozenset())
