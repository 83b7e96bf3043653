"""The name under which django-axes counts failed log-ins.

Every way in (the log-in page, which the Django admin's forwards to, and the recent-password check) ends in
``authenticate``, and axes stores the name given there in a 255-character column. No account's name is
longer than the user model allows, so the name is cut to that length: a longer one can match no account,
and still counts.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.http import HttpRequest


def username(request: HttpRequest, credentials: dict[str, Any] | None) -> str | None:
    """``AXES_USERNAME_CALLABLE``: the submitted name, at most as long as a user name can be."""
    model = get_user_model()
    field = model.USERNAME_FIELD
    value = (credentials or {}).get(field)
    if value is None:
        value = request.POST.get(field) if request is not None else None
    if value is None:
        return None
    limit = getattr(model._meta.get_field(field), "max_length", None) or 150
    return str(value)[:limit]
