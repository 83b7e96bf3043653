"""The domain error of the business-interest work."""

from __future__ import annotations


class InterestError(Exception):
    """A request the rules refuse; ``str(error)`` is the message for the user."""
