"""What the portal's records say about an official and an agenda item, before the official declares.

The item names the company or person it concerns (``AgendaItem.counterparty``). A match is:

- ``self``, ``spouse``, ``relative``: the official's own name, a spouse's name, or the name of an official
  recorded as a relative (``Relationship``) appears in it;
- ``business``: a business the official declared for themselves or their spouse (s.126 declarations, the
  latest version, interests not ended before ``on``) is the same business, compared as the declarations
  app compares businesses (``declarations.names.same_business``).
"""

from __future__ import annotations

import datetime as dt
import re

from django.db.models import Q

from declarations.models import InterestDeclaration, Official, Relationship
from declarations.names import same_business

PREFIXES = ("นางสาว", "นาง", "นาย", "น.ส.", "mr.", "mrs.", "ms.")


def normalize(text: str) -> str:
    """Lower case, no spaces, no title prefixes: "นาง สมศรี  แซ่ลี" and "สมศรี แซ่ลี" compare equal."""
    text = text.strip().lower()
    for prefix in PREFIXES:
        text = text.replace(prefix, "")
    return re.sub(r"[\s.]+", "", text)


def _named(first: str, last: str, counterparty: str) -> bool:
    full = normalize(f"{first}{last}")
    return bool(full) and full in counterparty


def _people(official: Official, wanted: str) -> list[dict[str, str]]:
    matches: list[dict[str, str]] = []
    if _named(official.first_name_th, official.last_name_th, wanted):
        matches.append({"kind": "self", "name": official.full_name_th})
    for spouse in official.spouses.all():
        if _named(spouse.first_name_th, spouse.last_name_th, wanted):
            matches.append({"kind": "spouse", "name": str(spouse)})
    ties = Relationship.objects.filter(official=official).select_related("relative")
    back = Relationship.objects.filter(relative=official).select_related("official")
    for relative in [t.relative for t in ties] + [t.official for t in back]:
        if _named(relative.first_name_th, relative.last_name_th, wanted):
            matches.append({"kind": "relative", "name": relative.full_name_th})
    return matches


def _businesses(official: Official, counterparty: str, on: dt.date) -> list[dict[str, str]]:
    latest = InterestDeclaration.objects.filter(official=official).order_by("-version").first()
    if latest is None:
        return []
    items = latest.items.filter(Q(held_until__isnull=True) | Q(held_until__gte=on))
    return [
        {"kind": "business", "name": item.company_name}
        for item in items
        if same_business(item.company_name, item.juristic_number, counterparty, "")
    ]


def record_matches(official: Official, counterparty: str, *, on: dt.date) -> list[dict[str, str]]:
    """``[{"kind": …, "name": …}]`` for each recorded person or business of the official named in
    ``counterparty``; empty when the item names nobody."""
    wanted = normalize(counterparty)
    if not wanted:
        return []
    return _people(official, wanted) + _businesses(official, counterparty, on)
