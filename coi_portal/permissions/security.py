"""Security: the second factor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coi_portal.permissions.base import AnyUser

if TYPE_CHECKING:
    pass


from coi_portal.permissions.base import is_administrator


def is_second_factor_required(user: AnyUser | None) -> bool:
    """Administrators, and platform operators (who only work in the Django admin), must pass a TOTP second
    factor when ``OTP_REQUIRED_FOR_ADMINISTRATORS`` is on; everyone else may choose to."""
    from django.conf import settings

    if not settings.OTP_REQUIRED_FOR_ADMINISTRATORS or user is None or not user.is_authenticated:
        return False
    return is_administrator(user) or bool(getattr(user, "is_superuser", False))


def can_manage_second_factor(user: AnyUser | None) -> bool:
    """Every active account may set up its own second factor and backup codes."""
    return user is not None and user.is_authenticated and user.is_active


def can_turn_off_second_factor(user: AnyUser | None) -> bool:
    return can_manage_second_factor(user) and not is_second_factor_required(user)
