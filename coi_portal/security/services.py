"""Writes of the second factor: enrolment, verification, backup codes, removal. Each is one transaction and
writes an audit entry; secrets (the TOTP key, the codes) never go into the entry."""

from __future__ import annotations

import time

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp import devices_for_user, verify_token
from django_otp.models import Device
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from coi_portal import audit, tasks
from coi_portal.permissions import can_turn_off_second_factor, organization_of
from coi_portal.thai import arabic_digits

BACKUP_CODES = 10
TOTP_TOLERANCE = 1
DEVICE_NAME = "authenticator"


class SecurityError(Exception):
    """A request the rules refuse; ``str(error)`` is the message for the user."""


def normalise_token(token: str) -> str:
    """Digits typed with spaces, dashes or Thai digits become what the devices compare."""
    return "".join(ch for ch in arabic_digits(token or "").lower() if ch.isalnum())


def totp_matches(key_hex: str, token: str) -> int | None:
    """The time step ``token`` belongs to for the hex ``key_hex`` (one step of tolerance), or None."""
    if not token.isdecimal():
        return None
    totp = TOTP(bytes.fromhex(key_hex), step=30, t0=0, digits=6)
    totp.time = time.time()
    return totp.t() if totp.verify(int(token), tolerance=TOTP_TOLERANCE) else None


def _new_codes(device: StaticDevice) -> list[str]:
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


@transaction.atomic
def second_factor_enrol(*, actor: User, key_hex: str, token: str) -> tuple[TOTPDevice, list[str]]:
    """Confirm an authenticator app by a code it shows for ``key_hex``; returns the device and ten one-time
    backup codes (shown once)."""
    if any(devices_for_user(actor, confirmed=True)):
        raise SecurityError(_("Two-step verification is already on for this account."))
    step = totp_matches(key_hex, normalise_token(token))
    if step is None:
        raise SecurityError(
            _("The code is not right. Check the time on your phone and type the newest code.")
        )
    device = TOTPDevice.objects.create(user=actor, name=DEVICE_NAME, key=key_hex, confirmed=True, last_t=step)
    backup = StaticDevice.objects.create(user=actor, name="backup", confirmed=True)
    codes = _new_codes(backup)
    audit.record(
        actor=actor,
        action="security.second_factor_enrol",
        organization=organization_of(actor),
        target=actor,
        after={"device": "totp", "backup_codes": len(codes)},
    )
    return device, codes


@transaction.atomic
def second_factor_check(*, actor: User, token: str) -> Device | None:
    """The device that accepts ``token`` (an app code or a backup code, each used once), or None. Devices
    slow down repeated failures themselves (django-otp throttling); every attempt is audited."""
    token = normalise_token(token)
    device = None
    if token:
        for candidate in list(devices_for_user(actor, confirmed=True)):
            device = verify_token(actor, candidate.persistent_id, token)
            if device is not None:
                break
    audit.record(
        actor=actor,
        action="auth.second_factor" if device is not None else "auth.second_factor_failed",
        organization=organization_of(actor),
        target=actor,
        after={"device": type(device).__name__ if device is not None else ""},
    )
    return device


@transaction.atomic
def backup_codes_renew(*, actor: User) -> list[str]:
    """Ten new backup codes; the old ones stop working."""
    backup = StaticDevice.objects.select_for_update().filter(user=actor, confirmed=True).first()
    if backup is None:
        raise SecurityError(_("Turn on two-step verification first."))
    codes = _new_codes(backup)
    audit.record(
        actor=actor,
        action="security.backup_codes_renew",
        organization=organization_of(actor),
        target=actor,
        after={"backup_codes": len(codes)},
    )
    return codes


@transaction.atomic
def second_factor_remove(*, actor: User) -> int:
    """Turn two-step verification off for an account that does not need it; returns the devices removed."""
    if not can_turn_off_second_factor(actor):
        raise SecurityError(_("Administrators must keep two-step verification on."))
    removed = 0
    for model in (TOTPDevice, StaticDevice):
        removed += model.objects.filter(user=actor).delete()[1].get(model._meta.label, 0)
    audit.record(
        actor=actor,
        action="security.second_factor_remove",
        organization=organization_of(actor),
        target=actor,
        after={"devices": removed},
    )
    return removed


@transaction.atomic
def password_changed(*, actor: User) -> None:
    """After a password change: an entry, and an e-mail to the owner (never the password) after commit."""
    audit.record(
        actor=actor, action="auth.password_change", organization=organization_of(actor), target=actor
    )
    tasks.after_commit(tasks.notify_password_changed, actor.pk, timezone.now().isoformat())
