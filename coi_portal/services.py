"""Portal-wide writes: administrators' confirmations and changes of the legal rules table."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.utils.translation import gettext as _

from coi_portal import audit
from coi_portal.models import RuleSetting
from coi_portal.rules import EDITABLE
from declarations.models import Organization
from legal.rules import DEFAULT_RULES


class RuleError(Exception):
    """A change the rules table refuses; ``str(error)`` is the message for the user."""


@transaction.atomic
def rule_setting_save(
    *,
    actor: User,
    organization: Organization,
    name: str,
    value: str = "",
    valid_from: dt.date | None = None,
    confirmed: bool = False,
    note: str = "",
) -> RuleSetting:
    """Confirm a fact, or change an editable one; an empty value returns to the built-in table."""
    known = {fact.name for fact in DEFAULT_RULES.facts} | set(EDITABLE)
    if name not in known:
        raise RuleError(_("Unknown legal fact."))
    parsed: Any = None
    if value.strip():
        if name not in EDITABLE:
            raise RuleError(_("This fact can be confirmed but not changed here."))
        try:
            parsed = EDITABLE[name].parse(value)
        except (ValueError, ArithmeticError) as error:
            raise RuleError(_("The value is not valid for this fact.")) from error
    setting = RuleSetting.objects.select_for_update().filter(organization=organization, name=name).first()
    before = {"value": setting.value, "confirmed": setting.confirmed} if setting else None
    setting = setting or RuleSetting(organization=organization, name=name)
    setting.value = parsed.isoformat() if isinstance(parsed, dt.date) else parsed
    setting.valid_from = valid_from
    setting.confirmed = confirmed
    setting.note = note.strip()
    setting.changed_by = actor.get_username()
    setting.save()
    audit.record(
        actor=actor,
        action="rules.change",
        organization=organization,
        target=setting,
        before=before,
        after={
            "value": setting.value,
            "valid_from": str(valid_from or ""),
            "confirmed": confirmed,
            "note": setting.note,
        },
    )
    return setting
