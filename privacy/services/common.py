"""Shared pieces of the privacy services."""

from __future__ import annotations


class PrivacyError(Exception):
    """A request the rules refuse; ``str(error)`` is the message for the user."""
