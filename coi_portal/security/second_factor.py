"""When a session must still pass the second factor, and where to send it.

On its first protected request a logged-in session is marked ``required`` when the account must use a second
factor (an administrator, with ``OTP_REQUIRED_FOR_ADMINISTRATORS`` on) or has chosen to (it has a confirmed
device); later requests read the mark without a query. Logging out flushes the session and its mark.
django-otp's ``OTPMiddleware`` tells whether the session has passed.
"""

from __future__ import annotations

from urllib.parse import urlencode

import django_otp
from django.http import HttpRequest
from django.urls import reverse

from coi_portal.permissions import AnyUser, is_second_factor_required

SESSION_KEY = "security_second_factor"
REQUIRED = "required"
NOT_REQUIRED = "none"


def needs_second_factor(user: AnyUser) -> bool:
    """Whether a fresh login of ``user`` must pass a second factor."""
    return is_second_factor_required(user) or django_otp.user_has_device(user)


def is_verified(request: HttpRequest) -> bool:
    verified = getattr(request.user, "is_verified", None)
    return bool(verified()) if callable(verified) else False


def is_pending(request: HttpRequest) -> bool:
    """The session is logged in but has not yet passed a second factor it needs."""
    if not request.user.is_authenticated or is_verified(request):
        return False
    mark = request.session.get(SESSION_KEY)
    if mark is None:  # a session from before the mark existed
        mark = REQUIRED if needs_second_factor(request.user) else NOT_REQUIRED
        request.session[SESSION_KEY] = mark
    return mark == REQUIRED


def next_step_url(request: HttpRequest, next_url: str) -> str:
    """The verification page for an account with a device, the enrolment page for one without."""
    name = "security:verify" if django_otp.user_has_device(request.user) else "security:enroll"
    return f"{reverse(name)}?{urlencode({'next': next_url})}"
