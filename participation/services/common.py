"""Shared pieces of the participation services."""

from __future__ import annotations


class ParticipationError(Exception):
    """A request the rules refuse; ``str(error)`` is the message for the user."""
