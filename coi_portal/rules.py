"""The legal rules table in force for an organization: the built-in dated table of ``legal``, with the
organization's closure days and what its administrators have confirmed or changed (``RuleSetting``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.translation import gettext_lazy as _

from coi_portal.models import RuleSetting
from declarations.models import Organization
from legal.rules import DEFAULT_RULES, LegalRules, RoutingRow, build_rules
from legal.vocabulary import Office, Recipient


@dataclass(frozen=True)
class Editable:
    """A fact an administrator may change: how to read the stored value and apply it to the table."""

    label: Any
    parse: Callable[[str], Any]
    apply: Callable[[LegalRules, Any, dt.date | None], LegalRules]
    choices: tuple[tuple[str, Any], ...] = ()


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text.strip())


def _positive_int(text: str) -> int:
    number = int(text.strip())
    if number <= 0:
        raise ValueError(text)
    return number


def _baht(text: str) -> str:
    amount = Decimal(text.strip().replace(",", ""))
    if not amount.is_finite() or amount <= 0:
        raise InvalidOperation(text)
    return str(amount.quantize(Decimal("0.01")))


def _recipient(text: str) -> str:
    return Recipient(text.strip()).value


def _chair_routing(rules: LegalRules, value: str, since: dt.date | None) -> LegalRules:
    row = RoutingRow(
        valid_from=since or dt.date.today(), office=Office.COUNCIL_CHAIR, recipient=Recipient(value)
    )
    return rules.with_changes(routing=(*rules.routing, row))


EDITABLE: dict[str, Editable] = {
    "nacc2563_effective": Editable(
        _("Effective date of the NACC gift announcement B.E. 2563"),
        _date,
        lambda r, v, _s: r.with_changes(nacc2563_effective=_date(v)),
    ),
    "gift_limit_nacc2563": Editable(
        _("Gift limit per giver per occasion under the 2563 announcement (baht)"),
        _baht,
        lambda r, v, _s: r.with_changes(gift_limit_nacc2563=Decimal(v)),
    ),
    "report_days": Editable(
        _("Days to report a gift above the limit"),
        _positive_int,
        lambda r, v, _s: r.with_changes(report_days=v),
    ),
    "former_official_years": Editable(
        _("Years the gift rules still bind a former official"),
        _positive_int,
        lambda r, v, _s: r.with_changes(former_official_years=v),
    ),
    "routing.council_chair": Editable(
        _("Who receives the council chair's own gift reports (from the date given)"),
        _recipient,
        _chair_routing,
        choices=(("nacc", _("the NACC")), ("council_vice_chair", _("the Council Vice-Chair"))),
    ),
}


def rules_for(organization: Organization) -> LegalRules:
    rules = build_rules(extra_closure_days=frozenset(organization.closure_days.values_list("day", flat=True)))
    confirmed = []
    for setting in RuleSetting.objects.filter(organization=organization).order_by("name"):
        editable = EDITABLE.get(setting.name)
        if editable is not None and setting.value is not None:
            rules = editable.apply(rules, setting.value, setting.valid_from)
        if setting.confirmed and setting.name in {fact.name for fact in DEFAULT_RULES.facts}:
            confirmed.append(setting.name)
    return rules.with_confirmed(*confirmed) if confirmed else rules
