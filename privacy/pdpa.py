"""The Personal Data Protection Act B.E. 2562 as the portal applies it: lawful bases, the clocks of
data-subject requests, breach notification and the spouse notice, and the legal reasons a request may be
refused.

Pure Python (no ORM, no settings), like ``legal/``: dates in, dates out. Periods are counted in calendar days
from the day after the start (Civil and Commercial Code s.193/3) and are *not* moved past holidays: the
portal shows the earliest day the law could mean, so that nobody relies on an extension that may not apply.
Sources: standards.md §2 (facts 2.2-2.8), tagged there [S] unless noted.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

# s.30 para 3: an access request is answered within 30 days of receipt.
ACCESS_DAYS = 30
# PDPC notification on erasure (2567): within 90 days of the request, backups included.
ERASURE_DAYS = 90
# Other rights (s.31-s.36) have no fixed period in the Act; the portal applies the access period.
OTHER_REQUEST_DAYS = 30
# s.37(4): notify the PDPC Office within 72 hours of becoming aware, unless there is no risk.
BREACH_NOTIFY_HOURS = 72
# The portal's own early warning, a day before the legal deadline.
BREACH_ALERT_HOURS = 48
# s.25 para 2: data collected from someone else (a spouse, from the official) is notified within 30 days.
SPOUSE_NOTICE_DAYS = 30


class LawfulBasis(StrEnum):
    """The basis of processing (s.24, s.19). Mandatory filings never rest on consent (s.19 para 3)."""

    PUBLIC_TASK = "s24_4"  # a task in the public interest or the exercise of state authority
    LEGAL_OBLIGATION = "s24_6"  # compliance with a law binding the controller
    LEGITIMATE_INTEREST = "s24_5"
    CONSENT = "s19"


BASIS_TH = {
    LawfulBasis.PUBLIC_TASK: "มาตรา ๒๔ (๔) การปฏิบัติหน้าที่ในการดำเนินภารกิจเพื่อประโยชน์สาธารณะ"
    "หรือการใช้อำนาจรัฐที่ได้มอบให้",
    LawfulBasis.LEGAL_OBLIGATION: "มาตรา ๒๔ (๖) การปฏิบัติตามกฎหมายของผู้ควบคุมข้อมูลส่วนบุคคล",
    LawfulBasis.LEGITIMATE_INTEREST: "มาตรา ๒๔ (๕) ประโยชน์โดยชอบด้วยกฎหมายของผู้ควบคุมข้อมูลส่วนบุคคล",
    LawfulBasis.CONSENT: "มาตรา ๑๙ ความยินยอมของเจ้าของข้อมูลส่วนบุคคล",
}
BASIS_EN = {
    LawfulBasis.PUBLIC_TASK: "s.24(4): a public task or the exercise of state authority",
    LawfulBasis.LEGAL_OBLIGATION: "s.24(6): compliance with a law binding the controller",
    LawfulBasis.LEGITIMATE_INTEREST: "s.24(5): the controller's legitimate interest",
    LawfulBasis.CONSENT: "s.19: the data subject's consent",
}


class RequestKind(StrEnum):
    """A right a data subject may exercise (s.19, s.30-s.36)."""

    ACCESS = "access"  # s.30
    PORTABILITY = "portability"  # s.31
    OBJECTION = "objection"  # s.32
    ERASURE = "erasure"  # s.33
    RESTRICTION = "restriction"  # s.34
    RECTIFICATION = "rectification"  # s.35, s.36
    WITHDRAW_CONSENT = "withdraw_consent"  # s.19 para 5


class RefusalReason(StrEnum):
    """Why a request may be refused, each with its section. ``s24_4``/``s24_6``: the data are kept for a
    public task or a legal duty (s.32 para 1(2), s.33 para 1(5) read with s.24(4) and (6))."""

    PUBLIC_TASK = "s24_4"
    LEGAL_OBLIGATION = "s24_6"
    LEGAL_CLAIMS = "s33_legal_claims"  # s.33 para 1(5): establishing or defending legal claims
    OTHERS_RIGHTS = "s30_others"  # s.30 para 2: would harm the rights and freedoms of others
    COURT_ORDER = "s30_law"  # s.30 para 2: a law or court order
    IDENTITY_UNVERIFIED = "identity"  # the requester could not be identified as the data subject


REFUSAL_TH = {
    RefusalReason.PUBLIC_TASK: "มาตรา ๒๔ (๔) เก็บรักษาไว้เพื่อปฏิบัติภารกิจเพื่อประโยชน์สาธารณะหรือใช้อำนาจรัฐ",
    RefusalReason.LEGAL_OBLIGATION: "มาตรา ๒๔ (๖) เก็บรักษาไว้เพื่อปฏิบัติตามกฎหมาย",
    RefusalReason.LEGAL_CLAIMS: "มาตรา ๓๓ วรรคหนึ่ง (๕) เพื่อการก่อตั้ง ใช้ หรือยกขึ้นต่อสู้สิทธิเรียกร้องตามกฎหมาย",
    RefusalReason.OTHERS_RIGHTS: "มาตรา ๓๐ วรรคสอง อาจกระทบต่อสิทธิและเสรีภาพของบุคคลอื่น",
    RefusalReason.COURT_ORDER: "มาตรา ๓๐ วรรคสอง เป็นไปตามกฎหมายหรือคำสั่งศาล",
    RefusalReason.IDENTITY_UNVERIFIED: "ไม่สามารถยืนยันตัวตนของผู้ยื่นคำขอว่าเป็นเจ้าของข้อมูล",
}
REFUSAL_EN = {
    RefusalReason.PUBLIC_TASK: "s.24(4): kept for a public task or the exercise of state authority",
    RefusalReason.LEGAL_OBLIGATION: "s.24(6): kept to comply with a law",
    RefusalReason.LEGAL_CLAIMS: "s.33 para 1(5): to establish, exercise or defend legal claims",
    RefusalReason.OTHERS_RIGHTS: "s.30 para 2: would harm the rights and freedoms of others",
    RefusalReason.COURT_ORDER: "s.30 para 2: as a law or court order requires",
    RefusalReason.IDENTITY_UNVERIFIED: "the requester could not be identified as the data subject",
}


def request_days(kind: RequestKind | str) -> int:
    """The number of days to answer a request of ``kind``: 90 for erasure, else 30."""
    return ERASURE_DAYS if RequestKind(kind) is RequestKind.ERASURE else OTHER_REQUEST_DAYS


def request_due_on(kind: RequestKind | str, received_on: dt.date) -> dt.date:
    """The last day to answer a request received on ``received_on`` (the day of receipt not counted)."""
    return received_on + dt.timedelta(days=request_days(kind))


def breach_notify_by(aware_at: dt.datetime) -> dt.datetime:
    """When the PDPC Office must have been told of a breach the controller became aware of at ``aware_at``."""
    return aware_at + dt.timedelta(hours=BREACH_NOTIFY_HOURS)


def breach_alert_at(aware_at: dt.datetime) -> dt.datetime:
    """When the portal warns that a breach is still not notified (48 hours, a day before the deadline)."""
    return aware_at + dt.timedelta(hours=BREACH_ALERT_HOURS)


def spouse_notice_due(needed_since: dt.date) -> dt.date:
    """The last day to give a spouse the s.25 notice when the portal learned of them on ``needed_since``."""
    return needed_since + dt.timedelta(days=SPOUSE_NOTICE_DAYS)
