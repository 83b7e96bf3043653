"""Generated gift filings of one organization, in every status, as the services would have left them:
routed, numbered per fiscal year, with their versions, notes, rulings, returns, custody and NACC reports."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from coi_portal.scale import pools
from coi_portal.scale.bulk import Ids, RawJson, Table
from coi_portal.scale.people import OrgContext, Person
from declarations.models import Office
from gifts.models import CustodyEntry, GiftFiling, GiftVersion, NaccReport, ReturnRecord, ReviewNote, Ruling
from gifts.workflow import Status

TODAY = dt.date(2026, 11, 1)
REPORTS_TO_NACC = {Office.CHIEF_EXECUTIVE, Office.COUNCIL_CHAIR}
COUNCIL = {Office.COUNCIL_VICE_CHAIR, Office.COUNCIL_MEMBER}
EMPTY_LIST = RawJson("[]")
DECISIONS = ("keep", "keep", "return", "return", "hand_over")


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, 0), tzinfo=dt.UTC)


def _fiscal_year_be(day: dt.date) -> int:
    return day.year + 543 + (1 if day.month >= 10 else 0)


class GiftWriter:
    def __init__(self) -> None:
        self.filings = Table(
            GiftFiling,
            "id organization filer status number recipient recipient_office reviewer "
            "reviewer_position reviewer_title routing_reason manual_review possible_breach late "
            "created_at submitted_at closed_at",
        )
        self.versions = Table(
            GiftVersion,
            "id filing number created_by created_at submitted_at received_on giver_name "
            "giver_organization giver_relation giver_deals_with_agency occasion occasion_other "
            "occasion_customary kind description value value_basis to_general_public "
            "accepted_out_of_necessity necessity_reason answer outcome reason regime citations "
            "report_deadline earlier_value total_value",
        )
        self.rulings = Table(
            Ruling,
            "id filing decision reason return_impossible_reason source decided_by decider_name "
            "decider_title decided_on created_at document document_sha256",
        )
        self.notes = Table(
            ReviewNote,
            "id filing version kind author author_title text created_at",
        )
        self.returns = Table(
            ReturnRecord,
            "id filing returned_on method note evidence evidence_name recorded_by created_at",
        )
        self.custody = Table(
            CustodyEntry,
            "id filing kind on by_name location on_display hold_until note recorded_by created_at",
        )
        self.nacc = Table(
            NaccReport,
            "id filing letter letter_sha256 sent_on sent_ref answer_received_on answer_ref",
        )
        self.ids = {
            m: Ids(m, 20000)
            for m in (GiftFiling, GiftVersion, Ruling, ReviewNote, ReturnRecord, CustodyEntry, NaccReport)
        }

    def tables(self) -> list[Table]:
        return [self.filings, self.versions, self.rulings, self.notes, self.returns, self.custody, self.nacc]

    def organization(self, org: OrgContext, per_official: int, rng: random.Random) -> None:
        planned = []
        for person in org.people:
            for _ in range(per_official):
                received = TODAY - dt.timedelta(days=rng.randint(3, 1000))
                planned.append((received + dt.timedelta(days=rng.randint(0, 20)), received, person))
        planned.sort(key=lambda item: item[0])
        counters: dict[int, int] = {}
        for submitted_on, received, person in planned:
            self._filing(org, person, received, min(submitted_on, TODAY), counters, rng)

    def _filing(
        self,
        org: OrgContext,
        person: Person,
        received: dt.date,
        submitted_on: dt.date,
        counters: dict[int, int],
        rng: random.Random,
    ) -> None:
        template = rng.choice(pools.GIFTS)
        assessed = pools.assessment(template)
        status = self._status(assessed["outcome"], person, (TODAY - submitted_on).days, rng)
        filing_id = self.ids[GiftFiling]()
        reviewer = self._reviewer(org, person) if status not in (Status.DRAFT, Status.RECORDED) else None
        number = ""
        if status != Status.DRAFT:
            fiscal = _fiscal_year_be(submitted_on)
            counters[fiscal] = counters.get(fiscal, 0) + 1
            number = f"{counters[fiscal]}/{fiscal}"
        submitted_at = _at(submitted_on) if status != Status.DRAFT else None
        decided_on = submitted_on + dt.timedelta(days=rng.randint(3, 25))
        closed_at = _at(decided_on + dt.timedelta(days=7)) if status == Status.CLOSED else None
        nacc = person.office in REPORTS_TO_NACC
        deadline = assessed["deadline_days"]
        routed = status not in (Status.DRAFT, Status.RECORDED)
        recipient = ""
        if routed:
            recipient = "nacc" if nacc else "council_chair" if person.office in COUNCIL else "supervisor"
        self.filings.add(
            filing_id,
            org.id,
            person.id,
            status,
            number,
            recipient,
            reviewer.office if reviewer else "",
            reviewer.id if reviewer else None,
            reviewer.position_id if reviewer else None,
            reviewer.title if reviewer else "",
            f"ผู้รายงานดำรงตำแหน่ง{person.title}" if routed else "",
            False,
            False,
            deadline is not None and (submitted_on - received).days > deadline,
            _at(received, 9),
            submitted_at,
            closed_at,
        )
        giver = f"{rng.choice(pools.FIRST_NAMES)} {rng.choice(pools.LAST_NAMES)}"
        two_versions = status == Status.RESUBMITTED or (
            status in (Status.RULED, Status.CLOSED) and not nacc and rng.random() < 0.1
        )
        versions = 2 if two_versions else 1
        for number_ in range(1, versions + 1):
            version_id = self.ids[GiftVersion]()
            self._version(
                version_id,
                filing_id,
                number_,
                person,
                received,
                submitted_at,
                giver,
                template,
                assessed,
                answer="ส่งใบเสร็จเพิ่มเติมแล้ว" if number_ == 2 else "",
            )
            if status in (Status.MORE_INFO, Status.RESUBMITTED) or number_ == 2:
                self._notes(filing_id, version_id, number_, person, reviewer, submitted_on)
        if status in (Status.RULED, Status.CLOSED):
            self._ruling(filing_id, status, person, reviewer, nacc, decided_on, rng)
        elif status == Status.AWAITING_NACC:
            self.nacc.add(self.ids[NaccReport](), filing_id, "", "", None, "", None, "")

    @staticmethod
    def _status(outcome: str, person: Person, age: int, rng: random.Random) -> Status:
        if rng.random() < 0.03:
            return Status.DRAFT
        if outcome in ("permitted", "out_of_scope"):
            return Status.RECORDED
        if person.office in REPORTS_TO_NACC:
            return Status.AWAITING_NACC if age < 120 else Status.RULED
        if age < 30:
            return rng.choice((Status.SUBMITTED, Status.SUBMITTED, Status.MORE_INFO, Status.RESUBMITTED))
        if rng.random() < 0.03:
            return Status.SUBMITTED
        return Status.CLOSED if rng.random() < 0.75 else Status.RULED

    @staticmethod
    def _reviewer(org: OrgContext, person: Person) -> Person | None:
        if person.office in REPORTS_TO_NACC:
            return None
        if person.office in COUNCIL:
            return org.first(Office.COUNCIL_CHAIR, Office.CHIEF_EXECUTIVE)
        return org.first(Office.CHIEF_EXECUTIVE)

    def _version(
        self,
        version_id: int,
        filing_id: int,
        number: int,
        person: Person,
        received: dt.date,
        submitted_at: dt.datetime | None,
        giver: str,
        template: pools.GiftTemplate,
        assessed: dict[str, Any],
        answer: str,
    ) -> None:
        submitted = submitted_at is not None
        deadline = assessed["deadline_days"]
        self.versions.add(
            version_id,
            filing_id,
            number,
            person.user_id,
            _at(received, 9),
            submitted_at,
            received,
            giver,
            template.giver_organization,
            template.relation,
            template.deals,
            template.occasion,
            "",
            template.occasion != "other",
            template.kind,
            template.description,
            template.value,
            "market_price",
            template.to_general_public,
            template.necessity,
            "",
            answer,
            assessed["outcome"] if submitted else "",
            assessed["reason"] if submitted else "",
            assessed["regime"] if submitted else "",
            assessed["citations"] if submitted else EMPTY_LIST,
            received + dt.timedelta(days=deadline) if submitted and deadline is not None else None,
            0,
            assessed["total"] if submitted else None,
        )

    def _notes(
        self,
        filing_id: int,
        version_id: int,
        number: int,
        person: Person,
        reviewer: Person | None,
        submitted_on: dt.date,
    ) -> None:
        if number == 1 and reviewer is not None:
            self.notes.add(
                self.ids[ReviewNote](),
                filing_id,
                version_id,
                "send_back",
                reviewer.id,
                reviewer.title,
                "ขอใบเสร็จหรือหลักฐานราคา",
                _at(submitted_on, 14),
            )
        elif number == 2:
            self.notes.add(
                self.ids[ReviewNote](),
                filing_id,
                version_id,
                "answer",
                person.id,
                "",
                "ส่งใบเสร็จเพิ่มเติมแล้ว",
                _at(submitted_on + dt.timedelta(days=2), 11),
            )

    def _ruling(
        self,
        filing_id: int,
        status: Status,
        person: Person,
        reviewer: Person | None,
        nacc: bool,
        decided_on: dt.date,
        rng: random.Random,
    ) -> None:
        decision = rng.choice(DECISIONS)
        self.rulings.add(
            self.ids[Ruling](),
            filing_id,
            decision,
            "พิจารณาตามประกาศ ป.ป.ช. แล้ว",
            "ผู้ให้ไม่รับคืน" if decision == "hand_over" else "",
            "nacc" if nacc else "reviewer",
            reviewer.id if reviewer else None,
            reviewer.name if reviewer else "คณะกรรมการ ป.ป.ช.",
            reviewer.title if reviewer else "สำนักงาน ป.ป.ช.",
            decided_on,
            _at(decided_on, 15),
            "",
            "",
        )
        if nacc:
            self.nacc.add(
                self.ids[NaccReport](),
                filing_id,
                "",
                "",
                decided_on - dt.timedelta(days=2),
                f"ปช {rng.randint(1, 9999)}",
                decided_on,
                f"ปช.{rng.randint(1, 9999)}",
            )
        if status != Status.CLOSED:
            return
        closed_on = decided_on + dt.timedelta(days=7)
        if decision == "return":
            self.returns.add(
                self.ids[ReturnRecord](),
                filing_id,
                closed_on,
                "in_person",
                "ส่งคืนด้วยตนเอง",
                "",
                "",
                person.user_id,
                _at(closed_on, 16),
            )
        elif decision == "hand_over":
            self.custody.add(
                self.ids[CustodyEntry](),
                filing_id,
                "received",
                closed_on,
                "เจ้าหน้าที่พัสดุ",
                "ห้องพัสดุ",
                False,
                closed_on + dt.timedelta(days=365),
                "",
                person.user_id,
                _at(closed_on, 16),
            )
