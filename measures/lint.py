"""Check a notice before approval: findings with a code, a severity, a message, a suggested fix and where.

Errors block approval unless an administrator overrides the finding's code with a written reason;
warnings never block. The checks read a plain snapshot (``NoticeDraft``) and the legal table
(``legal.rules``: the 2561 Act's and the NACC 2563 announcement's dates of effect), so they run without a
database, for the editor, for ``manage.py lint_measure`` and in tests alike.

The date a notice is judged on is its signing date, or today while it has none: a notice signed in
January 2562 may still cite the NACC 2543 announcement, one signed today may not.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

from django.utils.translation import gettext as _

from coi_portal.templatetags.thai import be_date
from coi_portal.thai import arabic_digits, be_year, thai_digits
from legal.citations import TITLES_TH, statute
from legal.rules import LegalRules
from legal.vocabulary import Instrument
from measures.lint_findings import Code, Finding, LintContext, Location, NoticeDraft, Severity
from measures.lint_tables import (
    MISSPELLINGS,
    ORG_PREFIXES,
    PENALTY_CHANGES,
    ROLE_TITLES,
    SECTION_MOVES,
)
from measures.textformat import fiscal_year_be, numbered, paragraphs_of

__all__ = ["Code", "Finding", "LintContext", "Location", "NoticeDraft", "Severity", "blocking", "lint"]


def lint(draft: NoticeDraft, context: LintContext) -> list[Finding]:
    """Every finding on ``draft``, in the order of the text."""
    on = draft.signed_on or context.today
    findings: list[Finding] = []
    for location, text in _units(draft):
        findings += _organization_names(text, location, context)
        findings += _staff_titles(text, location, context)
        if on >= context.rules.act2561_in_force:
            findings += _repealed_sections(text, location, context.rules)
        if on >= context.rules.nacc2563_effective:
            findings += _nacc2543(text, location)
        findings += _stale_penalties(text, location, on)
        findings += _misspellings(text, location)
    findings += _structure(draft)
    findings += _title_year(draft)
    findings += _signature(draft)
    # One finding per code, place and message: a paragraph that cites "มาตรา ๑๐๐" three times has one.
    unique = list(dict.fromkeys(findings))
    return sorted(unique, key=lambda finding: finding.location.sort_key())


def blocking(findings: Iterable[Finding], overridden: Iterable[str]) -> list[Finding]:
    """The errors that are not overridden: what stops an approval."""
    codes = set(overridden)
    return [finding for finding in findings if finding.is_error and finding.code not in codes]


def _units(draft: NoticeDraft) -> Iterator[tuple[Location, str]]:
    yield Location("title"), draft.title
    yield Location("issuing_body"), draft.issuing_body
    for number, (heading, body) in enumerate(draft.sections, start=1):
        yield Location("heading", number), heading
        for index, paragraph in enumerate(paragraphs_of(body), start=1):
            yield Location("paragraph", number, index), paragraph
    yield Location("signature"), f"{draft.signer_name}\n{draft.signer_position}"


_THAI_RUN = r"[\u0e01-\u0e4e]+"


def _organization_names(text: str, location: Location, context: LintContext) -> list[Finding]:
    own_kind = context.organization_kind
    own_place = _place_of(context.organization_name, own_kind)
    findings = []
    for kind, prefixes in ORG_PREFIXES.items():
        for prefix in prefixes:
            # "อบต. บางเสด็จ" may have a space; a full name never does ("องค์การบริหารส่วนตำบล ทุกคน").
            gap = r"\s?" if prefix.endswith(".") else ""
            for match in re.finditer(re.escape(prefix) + gap + "(" + _THAI_RUN + ")", text):
                place = match.group(1)
                if kind == own_kind and own_place and place.startswith(own_place):
                    continue
                found = match.group(0)
                findings.append(
                    Finding(
                        Code.ORG_NAME,
                        _("The text names another organization: “%(found)s”.") % {"found": found},
                        _("Replace it with “%(own)s”, or remove it.") % {"own": context.organization_name},
                        location,
                    )
                )
    return findings


def _place_of(name: str, kind: str) -> str:
    for prefix in ORG_PREFIXES.get(kind, ()):
        if name.startswith(prefix):
            return name[len(prefix) :].strip()
    return ""


def _staff_titles(text: str, location: Location, context: LintContext) -> list[Finding]:
    findings = []
    for titles in ROLE_TITLES.values():
        own = titles.get(context.organization_kind)
        for kind, title in titles.items():
            if kind == context.organization_kind or own is None:
                continue
            for _match in re.finditer(re.escape(title), text):
                findings.append(
                    Finding(
                        Code.STAFF_TITLE,
                        _("“%(title)s” is a title of another kind of organization.") % {"title": title},
                        _("Use “%(own)s”.") % {"own": own},
                        location,
                    )
                )
    return findings


_SECTION = re.compile(r"มาตรา\s*([0-9๐-๙]+(?:/[0-9๐-๙]+)?)")
_CRIMINAL_CODE = "ประมวลกฎหมายอาญา"


def _repealed_sections(text: str, location: Location, rules: LegalRules) -> list[Finding]:
    findings = []
    for match in _SECTION.finditer(text):
        number = arabic_digits(match.group(1))
        move = SECTION_MOVES.get(number)
        if move is None or _CRIMINAL_CODE in text[max(0, match.start() - 25) : match.start()]:
            continue
        findings.append(
            Finding(
                Code.REPEALED_SECTION,
                _("Section %(old)s of the Organic Act B.E. 2542 is cited; that Act was repealed on %(date)s.")
                % {"old": thai_digits(number), "date": be_date(rules.act2561_in_force)},
                _section_fix(number),
                location,
            )
        )
    if "๒๕๔๒" in text and "ป้องกันและปราบปรามการทุจริต" in text:
        findings.append(
            Finding(
                Code.REPEALED_ACT,
                _("The Organic Act B.E. 2542 is cited; it was repealed on %(date)s.")
                % {"date": be_date(rules.act2561_in_force)},
                _("Cite the %(act)s.") % {"act": TITLES_TH[Instrument.ACT2561]},
                location,
            )
        )
    return findings


def _section_fix(old: str) -> str:
    move = SECTION_MOVES[old]
    if not move.new:
        return _("The Organic Act B.E. 2561 has no equivalent: remove the citation.")
    citations = [statute(Instrument.ACT2561, section, paragraph=paragraph) for section, paragraph in move.new]
    label = "; ".join(citation.label_th() for citation in citations)
    texts = " ".join(f"“{citation.text_th}”" for citation in citations if citation.text_th)
    fix = _("Cite %(current)s.") % {"current": label}
    if move.note:
        fix += f" ({move.note})"
    return f"{fix} {texts}".strip()


def _nacc2543(text: str, location: Location) -> list[Finding]:
    if not re.search(r"(๒๕๔๓|2543)", text) or not re.search(r"ป\.ป\.ช\.|ธรรมจรรยา", text):
        return []
    return [
        Finding(
            Code.NACC2543,
            _("The NACC announcement B.E. 2543 on ethical gifts is cited; it was replaced in 2563 (2020)."),
            _("Cite the %(announcement)s.") % {"announcement": TITLES_TH[Instrument.NACC2563]},
            location,
        )
    ]


def _stale_penalties(text: str, location: Location, on: dt.date) -> list[Finding]:
    squeezed = re.sub(r"\s+", "", text)
    findings = []
    for change in PENALTY_CHANGES:
        cited = thai_digits(change.section) in text or change.section in text
        if on < change.valid_from or not cited or not any(old in squeezed for old in change.stale):
            continue
        findings.append(
            Finding(
                Code.STALE_PENALTY,
                _("The penalty quoted for section %(section)s of the Criminal Code changed on %(date)s.")
                % {"section": thai_digits(change.section), "date": be_date(change.valid_from)},
                _("Quote the current penalty: “%(current)s” (%(source)s).")
                % {"current": change.current, "source": change.source},
                location,
            )
        )
    return findings


def _misspellings(text: str, location: Location) -> list[Finding]:
    return [
        Finding(
            Code.SPELLING,
            _("“%(wrong)s” is misspelled.") % {"wrong": wrong},
            _("Write “%(right)s”.") % {"right": right},
            location,
        )
        for wrong, right in MISSPELLINGS.items()
        if wrong in text
    ]


def _structure(draft: NoticeDraft) -> list[Finding]:
    findings = []
    if not draft.sections:
        findings.append(
            Finding(
                Code.EMPTY_SECTION, _("The notice has no sections."), _("Add a section."), Location("notice")
            )
        )
    for number, (_heading, body) in enumerate(draft.sections, start=1):
        paragraphs = paragraphs_of(body)
        if not paragraphs:
            findings.append(
                Finding(
                    Code.EMPTY_SECTION,
                    _("Section %(section)s has no text.") % {"section": number},
                    _("Write its text or remove the section."),
                    Location("section", number),
                )
            )
        findings += _numbering(paragraphs, number)
    return findings


def _numbering(paragraphs: list[str], section: int) -> list[Finding]:
    """Numbered items of one style within a section run 1, 2, 3 …; a restart or a jump is reported."""
    last: dict[str, int] = {}
    findings = []
    for index, paragraph in enumerate(paragraphs, start=1):
        item = numbered(paragraph)
        if item is None:
            continue
        style, number = item
        previous = last.get(style)
        expected = 1 if previous is None else previous + 1
        if number != expected:
            message = (
                _("The numbered list starts again at %(number)s after %(previous)s.")
                if number == 1
                else _("The numbered list goes from %(previous)s to %(number)s.")
            )
            findings.append(
                Finding(
                    Code.NUMBERING,
                    message % {"number": thai_digits(number), "previous": thai_digits(previous or 0)},
                    _("Number the items %(expected)s, or make them a separate section.")
                    % {"expected": thai_digits(expected)},
                    Location("paragraph", section, index),
                )
            )
        last[style] = number
    return findings


_TITLE_YEAR = re.compile(r"ประจำปี(งบประมาณ)?\s*(?:พ\.ศ\.)?\s*([0-9๐-๙]{4})")


def _title_year(draft: NoticeDraft) -> list[Finding]:
    match = _TITLE_YEAR.search(draft.title)
    if match is None:
        return []
    fiscal, year = bool(match.group(1)), int(arabic_digits(match.group(2)))
    findings = []
    if year != draft.year_be:
        findings.append(
            Finding(
                Code.TITLE_YEAR,
                _("The title says %(title_year)s but the notice is for %(year)s.")
                % {"title_year": thai_digits(year), "year": thai_digits(draft.year_be)},
                _("Correct the year in the title."),
                Location("title"),
            )
        )
    if draft.signed_on is not None:
        signed_year = fiscal_year_be(draft.signed_on) if fiscal else be_year(draft.signed_on)
        if signed_year != year:
            findings.append(
                Finding(
                    Code.TITLE_YEAR,
                    _("The title says %(title_year)s but the notice is dated %(date)s.")
                    % {"title_year": thai_digits(year), "date": be_date(draft.signed_on)},
                    _("Correct the year in the title or the signing date."),
                    Location("title"),
                )
            )
    return findings


def _signature(draft: NoticeDraft) -> list[Finding]:
    if draft.signer_name.strip() and draft.signer_position.strip():
        return []
    return [
        Finding(
            Code.SIGNATURE,
            _("The signer's name or position is missing."),
            _("Choose the signer and give the name and position as they are to be printed."),
            Location("signature"),
        )
    ]
