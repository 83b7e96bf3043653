"""Shared vocabulary of the law-as-code package.

These enumerations sit in their own module so that the dated rules table (`legal.rules`) and the rule
modules that read it (`legal.gifts`, `legal.routing`, `legal.interests`) can all import them without
import cycles. The public modules re-export the names the rest of the portal uses.
"""

from __future__ import annotations

from enum import StrEnum


class Office(StrEnum):
    """An office in a Subdistrict Administrative Organization (อบต.)."""

    CHIEF_EXECUTIVE = "chief_executive"  # นายก อบต.
    DEPUTY_CHIEF_EXECUTIVE = "deputy_chief_executive"  # รองนายก อบต.
    EXECUTIVE_SECRETARY = "executive_secretary"  # เลขานุการนายก อบต.
    COUNCIL_CHAIR = "council_chair"  # ประธานสภา อบต.
    COUNCIL_VICE_CHAIR = "council_vice_chair"  # รองประธานสภา อบต.
    COUNCIL_MEMBER = "council_member"  # สมาชิกสภา อบต.
    PERMANENT_SECRETARY = "permanent_secretary"  # ปลัด อบต.
    DEPUTY_PERMANENT_SECRETARY = "deputy_permanent_secretary"  # รองปลัด อบต.
    DIVISION_DIRECTOR = "division_director"  # ผู้อำนวยการกอง / หัวหน้าสำนักปลัด
    LOCAL_OFFICIAL = "local_official"  # พนักงานส่วนตำบล
    PERMANENT_EMPLOYEE = "permanent_employee"  # ลูกจ้างประจำ
    CONTRACT_EMPLOYEE = "contract_employee"  # พนักงานจ้าง


class Recipient(StrEnum):
    """Who receives and rules on a gift report."""

    SUPERVISOR = "supervisor"  # head of the agency as superior and appointing authority (the นายก)
    COUNCIL_CHAIR = "council_chair"
    COUNCIL_VICE_CHAIR = "council_vice_chair"
    NACC = "nacc"  # คณะกรรมการ ป.ป.ช.


class Regime(StrEnum):
    """The statute and NACC gift announcement in force on a date.

    Members are declared in chronological order; `list(Regime)` is that order.
    """

    ACT2542_NACC2543 = "act2542_nacc2543"
    ACT2561_NACC2543 = "act2561_nacc2543"
    ACT2561_NACC2563 = "act2561_nacc2563"


class Relation(StrEnum):
    """The giver's relation to the official who receives a gift."""

    ASCENDANT = "ascendant"
    DESCENDANT = "descendant"
    SIBLING = "sibling"  # full or half sibling
    UNCLE_AUNT = "uncle_aunt"  # ลุง ป้า น้า อา
    SPOUSE = "spouse"
    SPOUSE_ASCENDANT = "spouse_ascendant"
    SPOUSE_DESCENDANT = "spouse_descendant"
    ADOPTER = "adopter"
    ADOPTED_CHILD = "adopted_child"
    COUSIN = "cousin"
    SIBLING_IN_LAW = "sibling_in_law"
    NEPHEW_NIECE = "nephew_niece"
    OTHER = "other"
    NONE = "none"


class Confidence(StrEnum):
    """How sure the research notes (law.md) are of a fact in the rules table."""

    CONFIRMED = "C"  # read in a primary text
    SUPPORTED = "S"  # a secondary source states it
    MEMORY = "M"  # widely quoted practice; not retrieved
    UNKNOWN = "?"  # unknown or conflicting


class Instrument(StrEnum):
    """A legal instrument that a citation can point into."""

    ACT2561 = "act2561"  # Organic Act on Anti-Corruption B.E. 2561
    ACT2542 = "act2542"  # Organic Act on Counter Corruption B.E. 2542 (repealed 22 Jul 2018)
    NACC2563 = "nacc2563"  # NACC gift announcement B.E. 2563
    NACC2543 = "nacc2543"  # NACC gift announcement B.E. 2543
    NACC_SHARES2563 = "nacc_shares2563"  # NACC notification on the share limit under s.126, B.E. 2563
    TAO2537 = "tao2537"  # Tambon Council and Tambon Administrative Organization Act B.E. 2537
    APA2539 = "apa2539"  # Administrative Procedure Act B.E. 2539
    CRIMINAL_CODE = "criminal_code"
