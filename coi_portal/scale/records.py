"""Generated records of one organization beyond gifts: the year's interest-declaration round and its
declarations, the contract register, the annual notices and the year's meetings with their attendance."""

from __future__ import annotations

import datetime as dt
import random
import secrets
import uuid
from decimal import Decimal

from coi_portal.scale import pools
from coi_portal.scale.bulk import Ids, Table
from coi_portal.scale.people import OrgContext
from declarations.models import (
    Contract,
    DeclarationRound,
    InterestDeclaration,
    InterestItem,
    Office,
    RoundMember,
)
from declarations.names import normalised_name
from measures.models import Notice, NoticeSection
from meetings.models import Attendee, FeedToken, Meeting

ROUND_YEAR = 2026
FISCAL_START = dt.date(2025, 10, 1)
TODAY = dt.date(2026, 11, 1)
SECTION_TEXTS = (
    ("หลักการและเหตุผล", "เพื่อป้องกันการขัดกันระหว่างประโยชน์ส่วนบุคคลกับประโยชน์ส่วนรวม"),
    ("มาตรการที่ ๑", "๑. ผู้บริหารและพนักงานต้องไม่รับของขวัญเกินกว่าที่กฎหมายกำหนด"),
    ("มาตรการที่ ๕", "๑. จัดประชุมประจำเดือนเพื่อแยกเรื่องส่วนตัวออกจากตำแหน่งหน้าที่"),
    ("มาตรการที่ ๗", "๑. จัดเวทีประชาคมหมู่บ้านเรื่องการดูแลทรัพย์สินของราชการ"),
)
_KEYS = {name: normalised_name(name) for name in pools.COMPANIES}


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0), tzinfo=dt.UTC)


class RecordWriter:
    def __init__(self) -> None:
        self.rounds = Table(
            DeclarationRound,
            "id organization year title opened_on due_on include_all_staff opened_by created_at",
        )
        self.declarations = Table(
            InterestDeclaration,
            "id organization official version round nothing_to_declare submitted_at submitted_by late "
            "notice_version",
        )
        self.items = Table(
            InterestItem,
            "id declaration position holder activity company_name juristic_number business_form "
            "share_percent role held_since deals_with_organization notes spouse_name",
        )
        self.members = Table(
            RoundMember,
            "id round official office declaration filed_at late",
        )
        self.contracts = Table(
            Contract,
            "id organization kind contract_number subject counterparty_name "
            "counterparty_juristic_number counterparty_key value signed_on division source created_by "
            "created_at updated_at",
        )
        self.notices = Table(
            Notice,
            "id organization kind year_be version identifier title issuing_body status signer "
            "signer_name signer_position signed_on created_at updated_at approved_at",
        )
        self.sections = Table(
            NoticeSection,
            "id notice order heading body",
        )
        self.meetings = Table(
            Meeting,
            "id organization measure village for_month date start_time end_time place status uid "
            "sequence citizens created_at updated_at",
        )
        self.attendees = Table(
            Attendee,
            "id meeting official name office",
        )
        self.feeds = Table(
            FeedToken,
            "id official token created_at",
        )
        self.ids = {
            m: Ids(m, 20000)
            for m in (
                DeclarationRound,
                InterestDeclaration,
                InterestItem,
                RoundMember,
                Contract,
                Notice,
                NoticeSection,
                Meeting,
                Attendee,
                FeedToken,
            )
        }

    def tables(self) -> list[Table]:
        return [
            self.rounds,
            self.declarations,
            self.items,
            self.members,
            self.contracts,
            self.notices,
            self.sections,
            self.meetings,
            self.attendees,
            self.feeds,
        ]

    def organization(self, org: OrgContext, rng: random.Random, contracts: int = 20) -> None:
        self._declarations(org, rng)
        self._contracts(org, rng, contracts)
        self._notice(org)
        self._meetings(org, rng)

    def _declarations(self, org: OrgContext, rng: random.Random) -> None:
        clerk = org.first(Office.PERMANENT_SECRETARY)
        round_id = self.ids[DeclarationRound]()
        opened = dt.date(ROUND_YEAR, 1, 5)
        self.rounds.add(
            round_id,
            org.id,
            ROUND_YEAR,
            f"รอบการยื่นแบบ ปี {ROUND_YEAR + 543}",
            opened,
            opened + dt.timedelta(days=30),
            False,
            clerk.user_id,
            _at(opened),
        )
        for person in org.people:
            declaration_id = self.ids[InterestDeclaration]()
            filed = opened + dt.timedelta(days=rng.randint(1, 40))
            late = filed > opened + dt.timedelta(days=30)
            nothing = rng.random() < 0.7
            self.declarations.add(
                declaration_id, org.id, person.id, 1, round_id, nothing, _at(filed), person.user_id, late, ""
            )
            if not nothing:
                company = rng.choice(pools.COMPANIES)
                self.items.add(
                    self.ids[InterestItem](),
                    declaration_id,
                    0,
                    rng.choice(("self", "spouse")),
                    rng.choice(("contract_party", "partner_or_shareholder")),
                    company,
                    "",
                    "company",
                    Decimal(rng.randint(1, 40)),
                    "ผู้ถือหุ้น",
                    person.took_office_on,
                    rng.random() < 0.2,
                    "",
                    "",
                )
            self.members.add(
                self.ids[RoundMember](), round_id, person.id, person.office, declaration_id, _at(filed), late
            )

    def _contracts(self, org: OrgContext, rng: random.Random, count: int) -> None:
        clerk = org.first(Office.PERMANENT_SECRETARY)
        for n in range(1, count + 1):
            company = rng.choice(pools.COMPANIES)
            signed = TODAY - dt.timedelta(days=rng.randint(1, 700))
            subject = rng.choice(pools.CONTRACT_SUBJECTS).format(moo=rng.randint(1, 12))
            self.contracts.add(
                self.ids[Contract](),
                org.id,
                "contract",
                f"{n}/{signed.year + 543}",
                subject,
                company,
                "",
                _KEYS[company],
                Decimal(rng.randint(5, 5000) * 1000),
                signed,
                "กองช่าง",
                "manual",
                clerk.user_id,
                _at(signed),
                _at(signed),
            )

    def _notice(self, org: OrgContext) -> None:
        signer = org.first(Office.CHIEF_EXECUTIVE)
        notice_id = self.ids[Notice]()
        day = dt.date(2025, 10, 15)
        self.notices.add(
            notice_id,
            org.id,
            "measures",
            2569,
            1,
            secrets.token_urlsafe(12),
            f"ประกาศ{org.name} เรื่อง มาตรการป้องกันผลประโยชน์ทับซ้อน",
            org.name,
            "approved",
            signer.id,
            signer.name,
            signer.title,
            day,
            _at(day),
            _at(day),
            _at(day),
        )
        for order, (heading, body) in enumerate(SECTION_TEXTS, start=1):
            self.sections.add(self.ids[NoticeSection](), notice_id, order, heading, body)

    def _meetings(self, org: OrgContext, rng: random.Random) -> None:
        staff = [p for p in org.people if p.office not in (Office.COUNCIL_MEMBER, Office.COUNCIL_VICE_CHAIR)]
        for month in range(12):
            first = dt.date(
                FISCAL_START.year + (FISCAL_START.month + month - 1) // 12,
                (FISCAL_START.month + month - 1) % 12 + 1,
                1,
            )
            day = first + dt.timedelta(days=rng.randint(2, 8))
            meeting_id = self._meeting(org, 5, None, first, day, dt.time(9, 30), dt.time(11, 30), None)
            if day < TODAY:
                for person in staff[:8]:
                    self.attendees.add(self.ids[Attendee](), meeting_id, person.id, person.name, person.title)
        for village_id, moo in org.villages:
            first = dt.date(2026, (moo - 1) % 12 + 1, 1)
            day = first + dt.timedelta(days=rng.randint(10, 20))
            self._meeting(org, 7, village_id, first, day, dt.time(18, 0), dt.time(20, 0), rng.randint(20, 90))
        chief = org.first(Office.CHIEF_EXECUTIVE)
        self.feeds.add(self.ids[FeedToken](), chief.id, secrets.token_urlsafe(24), _at(FISCAL_START))

    def _meeting(
        self,
        org: OrgContext,
        measure: int,
        village: int | None,
        for_month: dt.date,
        day: dt.date,
        start: dt.time,
        end: dt.time,
        citizens: int | None,
    ) -> int:
        meeting_id = self.ids[Meeting]()
        held = day < TODAY
        self.meetings.add(
            meeting_id,
            org.id,
            measure,
            village,
            for_month,
            day,
            start,
            end,
            "ห้องประชุมสำนักงาน" if village is None else "ศาลาประชาคมหมู่บ้าน",
            "held" if held else "planned",
            f"{uuid.uuid4()}@coi-portal",
            0,
            citizens if held else None,
            _at(for_month),
            _at(for_month),
        )
        return meeting_id
