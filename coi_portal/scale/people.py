"""One generated organization: its villages, positions, officials with their tenures, spouses and accounts."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model

from coi_portal.models import Membership
from coi_portal.scale import pools
from coi_portal.scale.bulk import Ids, Table
from declarations.models import Office, Official, Organization, Position, Spouse, Tenure, Village
from gifts.models import GiftPolicy

User = get_user_model()

TITLES = {
    Office.CHIEF_EXECUTIVE: "นายก{org}",
    Office.DEPUTY_CHIEF_EXECUTIVE: "รองนายก{org}",
    Office.EXECUTIVE_SECRETARY: "เลขานุการนายก{org}",
    Office.COUNCIL_CHAIR: "ประธานสภา{org}",
    Office.COUNCIL_VICE_CHAIR: "รองประธานสภา{org}",
    Office.COUNCIL_MEMBER: "สมาชิกสภา{org}",
    Office.PERMANENT_SECRETARY: "ปลัด{org}",
    Office.DEPUTY_PERMANENT_SECRETARY: "รองปลัด{org}",
    Office.DIVISION_DIRECTOR: "ผู้อำนวยการกอง",
    Office.LOCAL_OFFICIAL: "นักวิชาการ",
    Office.PERMANENT_EMPLOYEE: "ลูกจ้างประจำ",
    Office.CONTRACT_EMPLOYEE: "พนักงานจ้าง",
}
# The first offices filled; the rest are council members (two a village) and staff.
CORE = (
    Office.CHIEF_EXECUTIVE,
    Office.PERMANENT_SECRETARY,
    Office.COUNCIL_CHAIR,
    Office.DIVISION_DIRECTOR,
    Office.LOCAL_OFFICIAL,
    Office.COUNCIL_MEMBER,
    Office.DEPUTY_CHIEF_EXECUTIVE,
    Office.COUNCIL_VICE_CHAIR,
    Office.DEPUTY_PERMANENT_SECRETARY,
    Office.EXECUTIVE_SECRETARY,
    Office.DEPUTY_CHIEF_EXECUTIVE,
    Office.DIVISION_DIRECTOR,
    Office.DIVISION_DIRECTOR,
)
STAFF = (Office.LOCAL_OFFICIAL, Office.LOCAL_OFFICIAL, Office.PERMANENT_EMPLOYEE, Office.CONTRACT_EMPLOYEE)
DIVISIONS = ("สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุข")
NOW = dt.datetime(2026, 10, 1, 9, 0, tzinfo=dt.UTC)


@dataclass
class Person:
    id: int
    office: str
    position_id: int
    title: str
    user_id: int
    name: str
    took_office_on: dt.date


@dataclass
class OrgContext:
    index: int
    id: int
    name: str
    short: str
    villages: list[tuple[int, int]] = field(default_factory=list)  # (id, moo_no)
    people: list[Person] = field(default_factory=list)

    def first(self, *offices: str) -> Person:
        for office in offices:
            for person in self.people:
                if person.office == office:
                    return person
        return self.people[0]


def slug_for(index: int) -> str:
    return f"scale-{index:05d}"


def offices_for(count: int, villages: int) -> list[str]:
    offices: list[str] = list(CORE[:count])
    council = max(0, 2 * villages - 1)
    while len(offices) < count and council:
        offices.append(Office.COUNCIL_MEMBER)
        council -= 1
    while len(offices) < count:
        offices.append(STAFF[len(offices) % len(STAFF)])
    return offices


class PeopleWriter:
    def __init__(self) -> None:
        self.orgs = Table(
            Organization,
            "id name_th name_en kind slug district province address phone email website",
        )
        self.villages = Table(
            Village,
            "id organization moo_no name partly_inside",
        )
        self.positions = Table(
            Position,
            "id organization title_th title_en office division",
        )
        self.officials = Table(
            Official,
            "id organization prefix_th first_name_th last_name_th prefix_en first_name_en "
            "last_name_en email village took_office_on",
        )
        self.tenures = Table(
            Tenure,
            "id official position started_on",
        )
        self.spouses = Table(
            Spouse,
            "id official prefix_th first_name_th last_name_th kind started_on",
        )
        self.users = Table(
            User,
            "id password is_superuser username first_name last_name email is_staff is_active date_joined",
        )
        self.memberships = Table(
            Membership,
            "id user organization official is_administrator is_auditor is_integrity_officer",
        )
        self.policies = Table(
            GiftPolicy,
            "id organization public_columns",
        )
        self.ids = {
            model: Ids(model)
            for model in (
                Organization,
                Village,
                Position,
                Official,
                Tenure,
                Spouse,
                User,
                Membership,
                GiftPolicy,
            )
        }

    def tables(self) -> list[Table]:
        return [
            self.orgs,
            self.villages,
            self.positions,
            self.officials,
            self.tenures,
            self.spouses,
            self.users,
            self.memberships,
            self.policies,
        ]

    def organization(self, index: int, officials: int, rng: random.Random) -> OrgContext:
        place = f"{rng.choice(pools.PLACE_WORDS)}{rng.choice(pools.PLACE_ENDINGS)}"
        kind = rng.choices(("sao", "municipality", "pao"), weights=(70, 28, 2))[0]
        prefix = {"sao": "องค์การบริหารส่วนตำบล", "municipality": "เทศบาลตำบล", "pao": "องค์การบริหารส่วนจังหวัด"}
        short = {"sao": "อบต.", "municipality": "ทต.", "pao": "อบจ."}[kind]
        name = f"{prefix[kind]}{place}"
        org = OrgContext(index=index, id=self.ids[Organization](), name=name, short=f"{short}{place}")
        province = rng.choice(pools.PROVINCES)
        self.orgs.add(
            org.id,
            f"{name} {index}",
            f"{place} {index}",
            kind,
            slug_for(index),
            f"อำเภอ{rng.choice(pools.PLACE_WORDS)}{rng.choice(pools.PLACE_ENDINGS)}",
            province,
            f"{rng.randint(1, 200)} หมู่ 1 จังหวัด{province}",
            "0 2000 0000",
            "",
            "",
        )
        self.policies.add(self.ids[GiftPolicy](), org.id, [])
        for moo in range(1, rng.randint(6, 12) + 1):
            village_id = self.ids[Village]()
            org.villages.append((village_id, moo))
            self.villages.add(
                village_id,
                org.id,
                moo,
                f"บ้าน{rng.choice(pools.PLACE_WORDS)}{rng.choice(pools.PLACE_ENDINGS)}",
                False,
            )
        for k, office in enumerate(offices_for(officials, len(org.villages))):
            org.people.append(self._person(org, k, office, rng))
        return org

    def _person(self, org: OrgContext, k: int, office: str, rng: random.Random) -> Person:
        title = TITLES[Office(office)].format(org=org.short)
        position_id, official_id, user_id = self.ids[Position](), self.ids[Official](), self.ids[User]()
        division = "" if k < 3 else rng.choice(DIVISIONS)
        self.positions.add(position_id, org.id, title, "", office, division)
        first, last = rng.choice(pools.FIRST_NAMES), rng.choice(pools.LAST_NAMES)
        prefix = rng.choice(("นาย", "นาง", "นางสาว"))
        took = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 1500))
        village = None
        if office == Office.COUNCIL_MEMBER and org.villages:
            village = org.villages[k % len(org.villages)][0]
        self.officials.add(official_id, org.id, prefix, first, last, "", "", "", "", village, took)
        self.tenures.add(self.ids[Tenure](), official_id, position_id, took)
        if rng.random() < 0.5:
            self.spouses.add(
                self.ids[Spouse](),
                official_id,
                "นาง" if prefix == "นาย" else "นาย",
                rng.choice(pools.FIRST_NAMES),
                last,
                "registered",
                took - dt.timedelta(days=2000),
            )
        username = f"s{org.index:05d}u{k:02d}"
        self.users.add(user_id, "!", False, username, first, last, "", False, True, NOW)
        self.memberships.add(
            self.ids[Membership](),
            user_id,
            org.id,
            official_id,
            office == Office.PERMANENT_SECRETARY,
            False,
            False,
        )
        return Person(official_id, office, position_id, title, user_id, f"{prefix}{first} {last}", took)
