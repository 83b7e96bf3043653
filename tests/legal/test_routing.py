"""Routing of gift reports: the default table, dated changes, and filers with several offices."""

from __future__ import annotations

from datetime import date

import pytest

from legal.routing import (
    OFFICE_RANK,
    Office,
    Recipient,
    highest_office,
    recipient_for_offices,
    report_recipient,
)
from legal.rules import DEFAULT_RULES, EARLIEST, RoutingRow, build_rules

DAY = date(2024, 3, 1)

DEFAULT_TABLE = [
    pytest.param(Office.CHIEF_EXECUTIVE, Recipient.NACC, id="chief-executive-to-nacc-no-superior"),
    pytest.param(Office.DEPUTY_CHIEF_EXECUTIVE, Recipient.SUPERVISOR, id="deputy-to-chief-executive"),
    pytest.param(Office.EXECUTIVE_SECRETARY, Recipient.SUPERVISOR, id="secretary-to-chief-executive"),
    pytest.param(Office.COUNCIL_CHAIR, Recipient.NACC, id="chair-to-nacc-never-to-self"),
    pytest.param(Office.COUNCIL_VICE_CHAIR, Recipient.COUNCIL_CHAIR, id="vice-chair-to-chair"),
    pytest.param(Office.COUNCIL_MEMBER, Recipient.COUNCIL_CHAIR, id="member-to-chair"),
    pytest.param(
        Office.PERMANENT_SECRETARY, Recipient.SUPERVISOR, id="permanent-secretary-to-chief-executive"
    ),
    pytest.param(
        Office.DEPUTY_PERMANENT_SECRETARY, Recipient.SUPERVISOR, id="deputy-secretary-to-chief-executive"
    ),
    pytest.param(Office.DIVISION_DIRECTOR, Recipient.SUPERVISOR, id="director-to-chief-executive"),
    pytest.param(Office.LOCAL_OFFICIAL, Recipient.SUPERVISOR, id="official-to-chief-executive"),
    pytest.param(Office.PERMANENT_EMPLOYEE, Recipient.SUPERVISOR, id="permanent-employee-to-chief-executive"),
    pytest.param(Office.CONTRACT_EMPLOYEE, Recipient.SUPERVISOR, id="contract-employee-to-chief-executive"),
]


@pytest.mark.parametrize(("office", "recipient"), DEFAULT_TABLE)
def test_default_routing(office: Office, recipient: Recipient) -> None:
    assert report_recipient(office, on=DAY) is recipient


@pytest.mark.parametrize("on", [date(2017, 1, 1), date(2019, 1, 1), date(2024, 1, 1)], ids=str)
def test_default_table_covers_every_office_under_every_regime(on: date) -> None:
    for office in Office:
        assert report_recipient(office, on=on) in Recipient


def test_on_defaults_to_today() -> None:
    assert report_recipient(Office.COUNCIL_MEMBER) is Recipient.COUNCIL_CHAIR


def test_office_given_as_its_string_value() -> None:
    assert report_recipient("council_member", on=DAY) is Recipient.COUNCIL_CHAIR  # type: ignore[arg-type]


def test_a_later_row_supersedes_from_its_date_only() -> None:
    switch = date(2025, 10, 1)
    rules = build_rules(
        routing=(
            *DEFAULT_RULES.routing,
            RoutingRow(
                valid_from=switch, office=Office.COUNCIL_CHAIR, recipient=Recipient.COUNCIL_VICE_CHAIR
            ),
        )
    )
    assert report_recipient(Office.COUNCIL_CHAIR, on=date(2025, 9, 30), rules=rules) is Recipient.NACC
    assert report_recipient(Office.COUNCIL_CHAIR, on=switch, rules=rules) is Recipient.COUNCIL_VICE_CHAIR
    assert report_recipient(Office.COUNCIL_MEMBER, on=switch, rules=rules) is Recipient.COUNCIL_CHAIR


def test_of_two_rows_from_the_same_day_the_later_one_wins() -> None:
    rules = build_rules(
        routing=(
            RoutingRow(valid_from=EARLIEST, office=Office.CHIEF_EXECUTIVE, recipient=Recipient.NACC),
            RoutingRow(valid_from=EARLIEST, office=Office.CHIEF_EXECUTIVE, recipient=Recipient.SUPERVISOR),
        )
    )
    assert report_recipient(Office.CHIEF_EXECUTIVE, on=DAY, rules=rules) is Recipient.SUPERVISOR


def test_a_table_without_a_row_for_the_office_or_day_raises() -> None:
    rules = build_rules(
        routing=(
            RoutingRow(valid_from=date(2030, 1, 1), office=Office.LOCAL_OFFICIAL, recipient=Recipient.NACC),
        )
    )
    with pytest.raises(LookupError, match="local_official"):
        report_recipient(Office.LOCAL_OFFICIAL, on=DAY, rules=rules)
    with pytest.raises(LookupError):
        report_recipient(Office.COUNCIL_MEMBER, on=date(2031, 1, 1), rules=rules)


@pytest.mark.parametrize(
    ("offices", "recipient"),
    [
        pytest.param(
            {Office.COUNCIL_CHAIR, Office.COUNCIL_MEMBER}, Recipient.NACC, id="chair-is-also-a-member"
        ),
        pytest.param(
            [Office.COUNCIL_MEMBER, Office.COUNCIL_VICE_CHAIR],
            Recipient.COUNCIL_CHAIR,
            id="vice-chair-is-also-a-member",
        ),
        pytest.param(
            (Office.LOCAL_OFFICIAL, Office.PERMANENT_SECRETARY),
            Recipient.SUPERVISOR,
            id="permanent-secretary-is-a-local-official",
        ),
        pytest.param([Office.CHIEF_EXECUTIVE], Recipient.NACC, id="single-office"),
    ],
)
def test_filer_with_several_offices_is_routed_by_the_highest(
    offices: set[Office], recipient: Recipient
) -> None:
    assert recipient_for_offices(offices, on=DAY) is recipient


def test_rank_order_is_total_and_puts_the_chair_above_the_seat() -> None:
    assert sorted(OFFICE_RANK) == sorted(Office)
    assert highest_office([Office.COUNCIL_MEMBER, Office.COUNCIL_CHAIR]) is Office.COUNCIL_CHAIR
    assert highest_office(iter(Office)) is Office.CHIEF_EXECUTIVE


def test_no_office_is_an_error() -> None:
    with pytest.raises(ValueError, match="at least one office"):
        recipient_for_offices([], on=DAY)
