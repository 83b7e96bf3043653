"""Demo data: the organization of the seed notice (อบต.บางเสาธง), its people and accounts, and a neighbour.

Every function is idempotent: rows are found by a natural key and only created or corrected when they
differ, so running ``seed_demo`` twice changes nothing. Names other than the Chief Executive's (printed on
the 2562 notice) are fictional.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser
from django.db import models

from coi_portal.models import Membership
from declarations.models import (
    Kinship,
    Office,
    Official,
    Organization,
    OrganizationKind,
    Position,
    Relationship,
    Spouse,
    SpouseKind,
    Tenure,
    Village,
)

DEFAULT_PASSWORD = "demo-pass-2562"  # noqa: S105 - documented demo password, refused with DEBUG off
BANGSAOTHONG_VILLAGES = (2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)
VILLAGE_NAMES = {
    2: "บ้านคลองสี่",
    5: "บ้านคลองบางพลี",
    6: "บ้านหนองจอก",
    7: "บ้านบางเสาธง",
    8: "บ้านคลองหกวา",
    9: "บ้านเสาธงกลาง",
    10: "บ้านคลองสวน",
    11: "บ้านคลองกระทิง",
    12: "บ้านหัวคู",
    13: "บ้านคลองลาดกระบัง",
    14: "บ้านเสาธงใหม่",
}
ORG_TH = "องค์การบริหารส่วนตำบลบางเสาธง"


@dataclass(frozen=True)
class PositionSpec:
    key: str
    title_th: str
    title_en: str
    office: Office
    division: str = ""
    reports_to: str | None = None


# key, Thai title, English title, office, division, reports to
_POSITION_ROWS = (
    ("nayok", f"นายก{ORG_TH}", "Chief Executive", "chief_executive", "", None),
    ("deputy", f"รองนายก{ORG_TH}", "Deputy Chief Executive", "deputy_chief_executive", "", "nayok"),
    (
        "secretary",
        f"เลขานุการนายก{ORG_TH}",
        "Secretary to the Chief Executive",
        "executive_secretary",
        "",
        "nayok",
    ),
    ("chair", f"ประธานสภา{ORG_TH}", "Council Chair", "council_chair", "", None),
    ("vicechair", f"รองประธานสภา{ORG_TH}", "Council Vice-Chair", "council_vice_chair", "", "chair"),
    ("member", f"สมาชิกสภา{ORG_TH}", "Council Member", "council_member", "", "chair"),
    ("palad", f"ปลัด{ORG_TH}", "Permanent Secretary", "permanent_secretary", "สำนักปลัด", "nayok"),
    (
        "finance_director",
        "ผู้อำนวยการกองคลัง",
        "Director of the Finance Division",
        "division_director",
        "กองคลัง",
        "palad",
    ),
    ("accountant", "นักวิชาการเงินและบัญชี", "Finance Officer", "local_official", "กองคลัง", "finance_director"),
    (
        "community_dev",
        "นักพัฒนาชุมชน",
        "Community Development Officer",
        "local_official",
        "กองสวัสดิการสังคม",
        "palad",
    ),
    ("hr_officer", "นักทรัพยากรบุคคล", "Human Resources Officer", "local_official", "สำนักปลัด", "palad"),
    (
        "internal_auditor",
        "นักวิชาการตรวจสอบภายใน",
        "Internal Auditor",
        "local_official",
        "หน่วยตรวจสอบภายใน",
        "palad",
    ),
    ("driver", "พนักงานขับรถยนต์", "Driver", "contract_employee", "สำนักปลัด", "palad"),
)
POSITIONS = tuple(
    PositionSpec(key, th, en, Office(office), division, boss)
    for key, th, en, office, division, boss in _POSITION_ROWS
)


@dataclass(frozen=True)
class PersonSpec:
    username: str | None
    prefix_th: str
    first_th: str
    last_th: str
    first_en: str
    last_en: str
    positions: tuple[str, ...]
    took_office_on: dt.date
    village: int | None = None
    roles: frozenset[str] = field(default_factory=frozenset)

    @property
    def prefix_en(self) -> str:
        return {"นาย": "Mr.", "นาง": "Mrs.", "นางสาว": "Ms."}.get(self.prefix_th, "")


COUNCIL_TERM = "2021-12-01"
# username (None: no account), prefix, Thai names, English names, position keys, took office, village, roles
_PEOPLE_ROWS: tuple[tuple[str | None, str, str, str, str, str, str, str, int | None, str], ...] = (
    ("nayok", "นาย", "เกษม", "แซ่ลี", "Kasem", "Saelee", "nayok", "2017-06-01", None, ""),
    ("deputy", "นาย", "ประเสริฐ", "ใจดี", "Prasert", "Jaidee", "deputy", COUNCIL_TERM, None, ""),
    ("secretary", "นางสาว", "พรทิพย์", "ศรีสุข", "Porntip", "Srisuk", "secretary", COUNCIL_TERM, None, ""),
    ("chair", "นาย", "สมบัติ", "รุ่งเรือง", "Sombat", "Rungruang", "member chair", COUNCIL_TERM, 6, ""),
    ("vicechair", "นาง", "วันเพ็ญ", "ทองดี", "Wanpen", "Thongdee", "member vicechair", COUNCIL_TERM, 8, ""),
    ("member1", "นาย", "บุญมี", "มั่นคง", "Boonmee", "Mankong", "member", COUNCIL_TERM, 2, ""),
    ("member2", "นาง", "สายใจ", "พูลผล", "Saijai", "Poonphon", "member", COUNCIL_TERM, 9, ""),
    ("palad", "นาย", "วิชัย", "สุขสวัสดิ์", "Wichai", "Suksawat", "palad", "2015-10-01", None, ""),
    (
        "director",
        "นางสาว",
        "กาญจนา",
        "มีทรัพย์",
        "Kanjana",
        "Meesap",
        "finance_director",
        "2016-04-01",
        None,
        "",
    ),
    ("staff1", "นาย", "ธนากร", "แก้วมณี", "Thanakorn", "Kaewmanee", "accountant", "2019-02-01", None, ""),
    ("staff2", "นางสาว", "ศิริพร", "สุขสวัสดิ์", "Siriporn", "Suksawat", "community_dev", "2020-07-01", None, ""),
    ("worker1", "นาย", "สมชาย", "ทองคำ", "Somchai", "Thongkham", "driver", "2022-01-04", None, ""),
    (
        "auditor",
        "นาง",
        "อรวรรณ",
        "ตรงธรรม",
        "Orawan",
        "Trongtham",
        "internal_auditor",
        "2018-03-01",
        None,
        "auditor",
    ),
    (
        "clerk",
        "นางสาว",
        "มาลี",
        "ใจซื่อ",
        "Malee",
        "Jaisue",
        "hr_officer",
        "2019-05-01",
        None,
        "administrator integrity_officer",
    ),
    # Council members of the other villages have no login account.
    (None, "นาย", "สมศักดิ์", "บุญเรือง", "Somsak", "Boonruang", "member", COUNCIL_TERM, 5, ""),
    (None, "นาย", "ประยูร", "แสงทอง", "Prayoon", "Saengthong", "member", COUNCIL_TERM, 7, ""),
    (None, "นาง", "บุษบา", "ศรีงาม", "Butsaba", "Sringam", "member", COUNCIL_TERM, 10, ""),
    (None, "นาย", "อำนาจ", "พึ่งบุญ", "Amnat", "Phuengboon", "member", COUNCIL_TERM, 11, ""),
    (None, "นาย", "ชาญ", "ดีงาม", "Chan", "Deengam", "member", COUNCIL_TERM, 12, ""),
    (None, "นาง", "ละเอียด", "ชื่นใจ", "La-iat", "Chuenjai", "member", COUNCIL_TERM, 13, ""),
    (None, "นาย", "ทองใบ", "รักษ์ถิ่น", "Thongbai", "Rakthin", "member", COUNCIL_TERM, 14, ""),
)
BANGSAOTHONG_PEOPLE = tuple(
    PersonSpec(
        username,
        prefix,
        first_th,
        last_th,
        first_en,
        last_en,
        tuple(keys.split()),
        dt.date.fromisoformat(took),
        village,
        frozenset(roles.split()),
    )
    for username, prefix, first_th, last_th, first_en, last_en, keys, took, village, roles in _PEOPLE_ROWS
)


def _sync(model: type[models.Model], lookup: dict[str, Any], values: dict[str, Any]) -> Any:
    """Get the row by ``lookup``; create it, or update only the fields that differ."""
    row = model._default_manager.filter(**lookup).first()
    if row is None:
        return model._default_manager.create(**lookup, **values)
    changed = [name for name, value in values.items() if getattr(row, name) != value]
    for name in changed:
        setattr(row, name, values[name])
    if changed:
        row.save(update_fields=changed)
    return row


def _account(username: str, password: str, *, email: str, is_staff: bool = False) -> AbstractUser:
    user = _sync(
        get_user_model(), {"username": username}, {"email": email, "is_staff": is_staff, "is_active": True}
    )
    if not user.check_password(password):
        user.set_password(password)
        user.save(update_fields=["password"])
    return user


def seed_bangsaothong(password: str) -> Organization:
    org = _sync(
        Organization,
        {"slug": "bangsaothong"},
        {
            "name_th": ORG_TH,
            "name_en": "Bang Sao Thong Subdistrict Administrative Organization",
            "kind": OrganizationKind.SAO,
            "district": "บางเสาธง",
            "province": "สมุทรปราการ",
            "address": "เลขที่ 101 หมู่ที่ 7 ตำบลบางเสาธง อำเภอบางเสาธง จังหวัดสมุทรปราการ 10570",
            "phone": "02-707-1671",
            "email": "saraban@bangsaothong.example",
            "website": "https://www.sao-bangsaothong.go.th",
        },
    )
    villages = {
        moo: _sync(Village, {"organization": org, "moo_no": moo}, {"name": VILLAGE_NAMES[moo]})
        for moo in BANGSAOTHONG_VILLAGES
    }
    positions: dict[str, Position] = {}
    for spec in POSITIONS:
        positions[spec.key] = _sync(
            Position,
            {"organization": org, "title_th": spec.title_th},
            {
                "title_en": spec.title_en,
                "office": spec.office,
                "division": spec.division,
                "reports_to": positions[spec.reports_to] if spec.reports_to else None,
            },
        )
    officials = {
        person.username or person.first_th: _person(org, person, positions, villages, password)
        for person in BANGSAOTHONG_PEOPLE
    }
    _sync(
        Spouse,
        {"official": officials["nayok"], "first_name_th": "สมศรี"},
        {
            "prefix_th": "นาง",
            "last_name_th": "แซ่ลี",
            "kind": SpouseKind.REGISTERED,
            "started_on": dt.date(1995, 2, 14),
        },
    )
    _sync(
        Spouse,
        {"official": officials["member1"], "first_name_th": "ลำดวน"},
        {
            "prefix_th": "นาง",
            "last_name_th": "ศรีประเสริฐ",
            "kind": SpouseKind.COHABITING,
            "started_on": dt.date(2010, 5, 1),
        },
    )
    # staff2 is the permanent secretary's niece: kin of the second degree as docs/legal.md counts them.
    _sync(
        Relationship,
        {"official": officials["staff2"], "relative": officials["palad"]},
        {"organization": org, "kind": Kinship.NEPHEW_NIECE, "degree": 2, "note": "หลานสาวของปลัด"},
    )
    return org


def _person(
    org: Organization,
    person: PersonSpec,
    positions: dict[str, Position],
    villages: dict[int, Village],
    password: str,
) -> Official:
    lookup = {"organization": org, "first_name_th": person.first_th, "last_name_th": person.last_th}
    official: Official = _sync(
        Official,
        lookup,
        {
            "prefix_th": person.prefix_th,
            "prefix_en": person.prefix_en,
            "first_name_en": person.first_en,
            "last_name_en": person.last_en,
            "village": villages[person.village] if person.village else None,
            "took_office_on": person.took_office_on,
            "left_office_on": None,
            "email": f"{person.username}@bangsaothong.example" if person.username else "",
        },
    )
    for key in person.positions:
        _sync(
            Tenure,
            {"official": official, "position": positions[key]},
            {"started_on": person.took_office_on, "ended_on": None},
        )
    if person.username:
        user = _account(
            person.username, password, email=official.email, is_staff="administrator" in person.roles
        )
        _sync(
            Membership,
            {"user": user},
            {
                "organization": org,
                "official": official,
                "is_administrator": "administrator" in person.roles,
                "is_auditor": "auditor" in person.roles,
                "is_integrity_officer": "integrity_officer" in person.roles,
            },
        )
    return official


def seed_khlongdan(password: str) -> Organization:
    """A neighbouring organization whose one account must never see Bang Sao Thong's data."""
    org = _sync(
        Organization,
        {"slug": "khlongdan"},
        {
            "name_th": "องค์การบริหารส่วนตำบลคลองด่าน",
            "name_en": "Khlong Dan Subdistrict Administrative Organization",
            "kind": OrganizationKind.SAO,
            "district": "บางบ่อ",
            "province": "สมุทรปราการ",
        },
    )
    _sync(Village, {"organization": org, "moo_no": 1}, {"name": "บ้านคลองด่าน"})
    position = _sync(
        Position,
        {"organization": org, "title_th": "ปลัดองค์การบริหารส่วนตำบลคลองด่าน"},
        {"title_en": "Permanent Secretary", "office": Office.PERMANENT_SECRETARY, "division": "สำนักปลัด"},
    )
    official = _sync(
        Official,
        {"organization": org, "first_name_th": "สุรชัย", "last_name_th": "ริมคลอง"},
        {"prefix_th": "นาย", "took_office_on": dt.date(2018, 1, 1), "email": "outsider@khlongdan.example"},
    )
    _sync(
        Tenure,
        {"official": official, "position": position},
        {"started_on": dt.date(2018, 1, 1), "ended_on": None},
    )
    # The outsider is even an administrator and auditor of their own organization: isolation must hold
    # whatever the role.
    user = _account("outsider", password, email=official.email, is_staff=True)
    _sync(
        Membership,
        {"user": user},
        {
            "organization": org,
            "official": official,
            "is_administrator": True,
            "is_auditor": True,
            "is_integrity_officer": True,
        },
    )
    return org


DEMO_ACCOUNTS = (*(p.username for p in BANGSAOTHONG_PEOPLE if p.username), "outsider")
