"""The personal calendar link of an official: issue a new secret, or revoke the current one."""

from __future__ import annotations

import secrets

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from coi_portal import audit
from declarations.models import Official
from meetings.models import FeedToken


def current_token(official: Official) -> FeedToken | None:
    return FeedToken.objects.filter(official=official, revoked_at__isnull=True).first()


def _revoke(official: Official) -> int:
    return FeedToken.objects.filter(official=official, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


@transaction.atomic
def feed_token_issue(*, actor: User, official: Official) -> FeedToken:
    """A new secret link for the official; the previous one stops working."""
    revoked = _revoke(official)
    token = FeedToken.objects.create(official=official, token=secrets.token_urlsafe(32))
    audit.record(
        actor=actor,
        action="meetings.feed_issue",
        organization=official.organization,
        target=official,
        after={"revoked_previous": bool(revoked)},
    )
    return token


@transaction.atomic
def feed_token_revoke(*, actor: User, official: Official) -> bool:
    """Stop the official's link; False when there was none."""
    revoked = _revoke(official)
    if revoked:
        audit.record(
            actor=actor, action="meetings.feed_revoke", organization=official.organization, target=official
        )
    return bool(revoked)
