"""Log-ins, log-outs and failed log-ins go to the audit log (ASVS 7.1: authentication events are logged)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from coi_portal import audit
from coi_portal.permissions import organization_of


@receiver(user_logged_in)
def on_login(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    audit.record(actor=user, action="auth.login", organization=organization_of(user), target=user)


@receiver(user_logged_out)
def on_logout(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        audit.record(actor=user, action="auth.logout", organization=organization_of(user), target=user)


@receiver(user_login_failed)
def on_login_failed(sender: Any, credentials: dict[str, Any], request: Any = None, **kwargs: Any) -> None:
    # The username is kept (masked password) so an administrator can see attacks; no organization is known.
    audit.record(
        actor=None,
        action="auth.login_failed",
        organization=None,
        after={"username": str(credentials.get("username", ""))[:150]},
    )
