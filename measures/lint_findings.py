"""What the notice lint speaks in: codes, severities, where a finding is, the finding itself, and the
snapshot of a notice (``NoticeDraft``) and of its organization (``LintContext``) that the checks read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from django.utils.translation import gettext as _

from legal.rules import DEFAULT_RULES, LegalRules


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Code(StrEnum):
    ORG_NAME = "ORG_NAME"
    STAFF_TITLE = "STAFF_TITLE"
    REPEALED_SECTION = "REPEALED_SECTION"
    REPEALED_ACT = "REPEALED_ACT"
    STALE_PENALTY = "STALE_PENALTY"
    TITLE_YEAR = "TITLE_YEAR"
    EMPTY_SECTION = "EMPTY_SECTION"
    NUMBERING = "NUMBERING"
    NACC2543 = "NACC2543"
    SPELLING = "SPELLING"
    SIGNATURE = "SIGNATURE"


SEVERITY = {
    Code.NUMBERING: Severity.WARNING,
    Code.SPELLING: Severity.WARNING,
}


@dataclass(frozen=True)
class Location:
    """Where a finding is: ``part`` is title, issuing_body, heading, paragraph or signature; sections and
    paragraphs count from 1."""

    part: str
    section: int | None = None
    paragraph: int | None = None

    def label(self) -> str:
        if self.part == "paragraph":
            return _("section %(section)s, paragraph %(paragraph)s") % {
                "section": self.section,
                "paragraph": self.paragraph,
            }
        if self.part == "heading":
            return _("section %(section)s, heading") % {"section": self.section}
        if self.part == "section":
            return _("section %(section)s") % {"section": self.section}
        return {
            "title": _("title"),
            "issuing_body": _("issuing body"),
            "signature": _("signature block"),
        }.get(self.part, _("notice"))

    def sort_key(self) -> tuple[int, int, int]:
        rank = {"title": 0, "issuing_body": 1, "heading": 2, "section": 2, "paragraph": 2, "signature": 3}
        return rank.get(self.part, 4), self.section or 0, self.paragraph or 0


@dataclass(frozen=True)
class Finding:
    code: Code
    message: str
    fix: str
    location: Location

    @property
    def severity(self) -> Severity:
        return SEVERITY.get(self.code, Severity.ERROR)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def as_line(self) -> str:
        """One line for the command line: code, severity, where, message and fix."""
        return f"{self.code} {self.severity} [{self.location.label()}] {self.message} → {self.fix}"


@dataclass(frozen=True)
class NoticeDraft:
    """What the lint reads of a notice. ``sections`` holds (heading, body) pairs in order."""

    year_be: int
    title: str
    issuing_body: str = ""
    sections: tuple[tuple[str, str], ...] = ()
    signer_name: str = ""
    signer_position: str = ""
    signed_on: dt.date | None = None


@dataclass(frozen=True)
class LintContext:
    """The organization the notice is for, the day it is checked and the legal table."""

    organization_name: str
    organization_kind: str
    today: dt.date
    rules: LegalRules = field(default=DEFAULT_RULES)
