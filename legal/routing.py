"""Who receives and rules on a gift report (law.md §10.3).

The recipient depends on the highest office the filer held on the day of receipt and on the routing row in
force on that day (`LegalRules.routing`). By default:

- the ปลัด and every office below it, and the นายก's own appointees (deputies, secretary), report to the
  นายก as head of the agency, superior and appointing authority (TAO Act s.59(3), s.60);
- council members and the vice-chair report to the council chair (2543 list, item (5));
- the นายก reports to the NACC, having no superior with power to dismiss (item (4));
- the council chair reports to the NACC, since item (5) would route the chair's report to the chair.

The chief executive's and the chair's rows are open questions (law.md §10.3, §12 item 4) and are data.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from legal.rules import LegalRules, resolve
from legal.vocabulary import Office, Recipient

__all__ = [
    "OFFICE_RANK",
    "Office",
    "Recipient",
    "highest_office",
    "recipient_for_offices",
    "report_recipient",
]

# Highest first. The นายก heads the organisation; the chair heads the other elected body and rules on the
# members' reports, so it outranks the นายก's appointees; a chair or vice-chair is also a council member and
# the chair's or vice-chair's office must win over the seat; the ปลัด, a career official, ranks below every
# elected or political office and above the staff it commands (s.60/1).
OFFICE_RANK: tuple[Office, ...] = (
    Office.CHIEF_EXECUTIVE,
    Office.COUNCIL_CHAIR,
    Office.DEPUTY_CHIEF_EXECUTIVE,
    Office.COUNCIL_VICE_CHAIR,
    Office.EXECUTIVE_SECRETARY,
    Office.COUNCIL_MEMBER,
    Office.PERMANENT_SECRETARY,
    Office.DEPUTY_PERMANENT_SECRETARY,
    Office.DIVISION_DIRECTOR,
    Office.LOCAL_OFFICIAL,
    Office.PERMANENT_EMPLOYEE,
    Office.CONTRACT_EMPLOYEE,
)


def highest_office(offices: Iterable[Office]) -> Office:
    """The highest of `offices` by `OFFICE_RANK`; raises ValueError when there is none."""
    held = {Office(o) for o in offices}
    if not held:
        raise ValueError("at least one office is needed")
    return min(held, key=OFFICE_RANK.index)


def report_recipient(office: Office, *, on: date | None = None, rules: LegalRules | None = None) -> Recipient:
    """Who receives a gift report by the holder of `office`, under the routing in force on `on`.

    `office` is the highest office the filer held on the day of receipt (for a former official, the last
    office held); `on` is that day and defaults to today. Raises LookupError when a custom table has no
    row for the office on that day.
    """
    day = date.today() if on is None else on
    return resolve(rules).recipient_on(Office(office), day)


def recipient_for_offices(
    offices: Iterable[Office], *, on: date | None = None, rules: LegalRules | None = None
) -> Recipient:
    """The recipient for a filer who held all of `offices` on the day: routed by the highest of them."""
    return report_recipient(highest_office(offices), on=on, rules=rules)
