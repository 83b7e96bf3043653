"""The page for an unexpected error: no trace, a reference to quote, and 503 while the database is away.

It touches neither the database nor the session, and renders without a request context, so it works when
whatever failed is still failing (ASVS 7.4.1).
"""

from __future__ import annotations

import logging
import sys
import uuid

from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader

logger = logging.getLogger("coi_portal.security")

# Errors of a database that cannot be reached, as opposed to a query the database refused.
UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def _database_unavailable(error: BaseException | None) -> bool:
    while error is not None:
        if isinstance(error, UNAVAILABLE):
            return True
        if isinstance(error, DatabaseError):
            return False
        error = error.__cause__ or error.__context__
    return False


def server_error(request: HttpRequest) -> HttpResponse:
    """``handler500``: a friendly Thai page with a reference id that is also in the log."""
    reference = uuid.uuid4().hex[:12]
    unavailable = _database_unavailable(sys.exc_info()[1])
    logger.error(
        "event=server_error reference=%s unavailable=%s method=%s", reference, unavailable, request.method
    )
    name = "unavailable" if unavailable else "server_error"
    body = loader.get_template(f"coi_portal/security/{name}.html").render({"reference": reference})
    response = HttpResponse(body, status=503 if unavailable else 500)
    if unavailable:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
