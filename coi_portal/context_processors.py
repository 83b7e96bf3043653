from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from coi_portal.permissions import capabilities


def portal(request: HttpRequest) -> dict[str, Any]:
    """``can``: the viewer's capabilities, computed only if a template asks."""
    user = getattr(request, "user", None)
    return {"can": SimpleLazyObject(lambda: capabilities(user))}
