"""The audit log: ``record()`` is called by services inside their transaction.

The client address of the current request is kept in a context variable by ``AuditContextMiddleware`` so
that services need not carry the request around.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Mapping
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models
from django.http import HttpRequest, HttpResponse

from coi_portal.models import AuditEntry
from declarations.models import Organization

_client_ip: contextvars.ContextVar[str | None] = contextvars.ContextVar("audit_client_ip", default=None)

SECRET_KEYS = ("password", "secret", "token", "passphrase", "private_key", "otp", "national_id", "id_number")
MASK = "***"


def mask_secrets(data: Any) -> Any:
    """Replace the value of any key that names a secret, at any depth."""
    if isinstance(data, Mapping):
        return {
            key: MASK if any(word in str(key).lower() for word in SECRET_KEYS) else mask_secrets(value)
            for key, value in data.items()
        }
    if isinstance(data, list | tuple):
        return [mask_secrets(item) for item in data]
    return data


def record(
    *,
    actor: AbstractBaseUser | AnonymousUser | None,
    action: str,
    organization: Organization | None,
    target: models.Model | None = None,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry. Call it inside the service's transaction so the entry and the change commit
    together or not at all."""
    authenticated = actor is not None and actor.is_authenticated
    return AuditEntry.objects.create(
        organization=organization,
        actor_id=actor.pk if authenticated and actor is not None else None,
        actor_username=actor.get_username() if authenticated and actor is not None else "",
        action=action,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        target_label=str(target)[:300] if target is not None else "",
        before=mask_secrets(dict(before)) if before is not None else None,
        after=mask_secrets(dict(after)) if after is not None else None,
        ip=_client_ip.get(),
    )


def client_ip(request: HttpRequest) -> str | None:
    """The client address. Behind a proxy, REMOTE_ADDR is set correctly by the proxy's WSGI server."""
    return request.META.get("REMOTE_ADDR") or None


class AuditContextMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        token = _client_ip.set(client_ip(request))
        try:
            return self.get_response(request)
        finally:
            _client_ip.reset(token)
