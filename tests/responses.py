"""Closing streamed responses in tests.

``response.close()`` closes the served file but also sends ``request_finished``, whose receiver
``close_old_connections`` would close the test's own database connection (fatal on PostgreSQL inside the
test's transaction). The Django test client disconnects that receiver while it handles a request; this does
the same for the close.
"""

from __future__ import annotations

from django.core.signals import request_finished
from django.db import close_old_connections
from django.http.response import HttpResponseBase


def close_response(response: HttpResponseBase) -> None:
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)
