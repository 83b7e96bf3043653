"""The check before approval, on the seed notice and on small texts, one class at a time (no database)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from django.utils import translation

from legal.rules import DEFAULT_RULES
from measures.lint import Code, LintContext, NoticeDraft, Severity, blocking, lint
from measures.textformat import body_of, parse_notice_text
from tests.measures.conftest import SEED_TEXT

SAO = LintContext("องค์การบริหารส่วนตำบลบางเสาธง", "sao", dt.date(2026, 11, 25))


def seed_draft(**changes) -> NoticeDraft:
    parsed = parse_notice_text(SEED_TEXT)
    draft = NoticeDraft(
        year_be=2562,
        title=parsed.title_lines[0],
        issuing_body=parsed.title_lines[1],
        sections=tuple((section.heading, body_of(section.paragraphs)) for section in parsed.sections),
        signer_name=parsed.signer_name,
        signer_position=parsed.signer_position,
        signed_on=parsed.signed_on,
    )
    return dataclasses.replace(draft, **changes)


def small(*paragraphs: str, **changes) -> NoticeDraft:
    base = NoticeDraft(
        year_be=2570,
        title="มาตรการ ประจำปี ๒๕๗๐",
        issuing_body="ขององค์การบริหารส่วนตำบลบางเสาธง",
        sections=(("มาตรการป้องกัน", body_of(list(paragraphs) or ["ข้อความ"])),),
        signer_name="นายเกษม แซ่ลี",
        signer_position="นายกองค์การบริหารส่วนตำบลบางเสาธง",
        signed_on=dt.date(2027, 1, 11),
    )
    return dataclasses.replace(base, **changes)


def codes(findings) -> set[Code]:
    return {finding.code for finding in findings}


@pytest.fixture(scope="module")
def seed_findings():
    with translation.override("en"):
        return lint(seed_draft(), SAO)


# The seed notice: every class that applies to it is found.


def test_seed_finds_every_class_that_applies(seed_findings):
    assert codes(seed_findings) == {
        Code.ORG_NAME,
        Code.STAFF_TITLE,
        Code.REPEALED_SECTION,
        Code.REPEALED_ACT,
        Code.STALE_PENALTY,
        Code.NUMBERING,
        Code.SPELLING,
    }


def test_seed_names_bang_sadet_in_measure_one(seed_findings):
    found = [f for f in seed_findings if f.code == Code.ORG_NAME]
    assert len(found) == 1
    assert "องค์การบริหารส่วนตำบลบางเสด็จ" in found[0].message
    assert "องค์การบริหารส่วนตำบลบางเสาธง" in found[0].fix
    assert (found[0].location.section, found[0].location.paragraph) == (5, 1)


def test_seed_calls_its_staff_by_the_municipal_title(seed_findings):
    found = [f for f in seed_findings if f.code == Code.STAFF_TITLE]
    assert [(f.location.section, f.location.paragraph) for f in found] == [(5, 1), (5, 5)]
    assert all("พนักงานเทศบาล" in f.message and "พนักงานส่วนตำบล" in f.fix for f in found)


@pytest.mark.parametrize(
    ("old", "current"),
    [
        ("๑๐๐", "มาตรา ๑๒๖"),
        ("๑๐๑", "มาตรา ๑๒๗"),
        ("๑๐๒", "no equivalent"),
        ("๑๐๓", "มาตรา ๑๒๘"),
        ("๑๐๓/๑", "มาตรา ๑๒๙"),
        ("๑๒๒", "มาตรา ๑๖๘"),
    ],
)
def test_seed_cites_repealed_sections_with_their_current_ones(seed_findings, old, current):
    found = [f for f in seed_findings if f.code == Code.REPEALED_SECTION and f"Section {old} " in f.message]
    assert found, old
    assert all(current in f.fix for f in found)
    assert all("22 July B.E. 2561" in f.message for f in found)


def test_current_section_text_comes_from_legal_texts(seed_findings):
    fix = next(f.fix for f in seed_findings if "Section ๑๐๓ " in f.message)
    assert "ห้ามมิให้เจ้าพนักงานของรัฐผู้ใดรับทรัพย์สินหรือประโยชน์อื่นใดอันอาจคำนวณเป็นเงินได้" in fix
    fix = next(f.fix for f in seed_findings if "Section ๑๒๒ " in f.message)
    assert all(section in fix for section in ("มาตรา ๑๖๘", "มาตรา ๑๖๙", "มาตรา ๑๗๐"))


def test_seed_quotes_the_old_criminal_code_fine(seed_findings):
    found = [f for f in seed_findings if f.code == Code.STALE_PENALTY]
    assert len(found) == 1
    assert "สองหมื่นบาทถึงสองแสนบาท" in found[0].fix
    assert "21 March B.E. 2560" in found[0].message


def test_seed_numbering_restarts_and_jumps(seed_findings):
    found = [f for f in seed_findings if f.code == Code.NUMBERING]
    assert [(f.location.section, f.location.paragraph) for f in found] == [(2, 5), (3, 24)]
    assert "starts again at ๑ after ๓" in found[0].message
    assert "goes from ๔ to ๒" in found[1].message
    assert all(f.severity is Severity.WARNING for f in found)


def test_seed_misspellings(seed_findings):
    found = {f.message: f.fix for f in seed_findings if f.code == Code.SPELLING}
    assert found == {
        "“อาญ่” is misspelled.": "Write “อาญา”.",
        "“เจ้าของพนักงาน” is misspelled.": "Write “เจ้าพนักงาน”.",
    }


def test_seed_dated_before_2563_may_still_cite_the_2543_announcement(seed_findings):
    assert Code.NACC2543 not in codes(seed_findings)


def test_the_same_text_dated_today_cites_the_2543_announcement():
    findings = lint(seed_draft(year_be=2570, signed_on=None, title="มาตรการ ประจำปี ๒๕๗๐"), SAO)
    assert Code.NACC2543 in codes(findings)


def test_findings_are_in_the_order_of_the_text_and_unique(seed_findings):
    keys = [f.location.sort_key() for f in seed_findings]
    assert keys == sorted(keys)
    assert len(seed_findings) == len(set(seed_findings))


def test_each_finding_prints_as_one_line_starting_with_its_code(seed_findings):
    for finding in seed_findings:
        line = finding.as_line()
        assert line.startswith(f"{finding.code} {finding.severity} ")
        assert "\n" not in line


# Dates of effect come from the legal table.


@pytest.mark.parametrize(("days", "found"), [(-1, False), (0, True)], ids=["day-before", "day-of"])
def test_repealed_sections_from_the_day_the_2561_act_took_effect(days, found):
    day = DEFAULT_RULES.act2561_in_force + dt.timedelta(days=days)
    draft = small("ตามมาตรา ๑๐๓ แห่งพระราชบัญญัติ", signed_on=day, title="มาตรการ ประจำปี " + str(day.year + 543))
    assert (Code.REPEALED_SECTION in codes(lint(draft, SAO))) is found


def test_repealed_sections_follow_a_changed_table():
    rules = DEFAULT_RULES.with_changes(
        act2561_in_force=dt.date(2027, 6, 1), nacc2563_effective=dt.date(2027, 6, 1)
    )
    draft = small("ตามมาตรา ๑๐๓")
    assert Code.REPEALED_SECTION not in codes(lint(draft, dataclasses.replace(SAO, rules=rules)))


@pytest.mark.parametrize(("days", "found"), [(-1, False), (0, True)], ids=["day-before", "day-of"])
def test_2543_announcement_from_the_day_the_2563_one_took_effect(days, found):
    day = DEFAULT_RULES.nacc2563_effective + dt.timedelta(days=days)
    text = "ประกาศคณะกรรมการ ป.ป.ช. เรื่อง หลักเกณฑ์การรับทรัพย์สิน พ.ศ. ๒๕๔๓"
    draft = small(text, signed_on=day, title="มาตรการ ประจำปี " + str(day.year + 543))
    assert (Code.NACC2543 in codes(lint(draft, SAO))) is found


def test_criminal_code_sections_are_not_taken_for_the_repealed_act():
    assert Code.REPEALED_SECTION not in codes(lint(small("ประมวลกฎหมายอาญา มาตรา ๑๐๐ ว่าด้วยเรื่องอื่น"), SAO))


@pytest.mark.parametrize(("day", "found"), [(dt.date(2017, 3, 20), False), (dt.date(2017, 3, 21), True)])
def test_old_fine_of_section_152_from_21_march_2017(day, found):
    draft = small("มาตรา ๑๕๒ ... ปรับตั้งแต่สอง พันบาทถึงสองหมื่นบาท", signed_on=day, title="มาตรการ ประจำปี ๒๕๖๐")
    assert (Code.STALE_PENALTY in codes(lint(draft, SAO))) is found


# Organization names and titles.


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("บุคลากรขององค์การบริหารส่วนตำบลบางเสาธงทุกคน", False),
        ("บุคลากรของ อบต.บางเสาธง", False),
        ("บุคลากรของ อบต.บางเสด็จ", True),
        ("เทศบาลตำบลบางเสาธง ซึ่งเป็นหน่วยงานอื่น", True),
        ("องค์การบริหารส่วนจังหวัดสมุทรปราการ", True),
        ("สมาชิกสภาองค์การบริหารส่วนตำบล ทุกคน", False),
    ],
    ids=["own-name", "own-short-name", "other-short-name", "same-place-other-kind", "province", "no-name"],
)
def test_other_organizations(text, found):
    assert (Code.ORG_NAME in codes(lint(small(text), SAO))) is found


def test_a_municipality_may_not_call_its_staff_by_the_sao_title():
    municipality = LintContext("เทศบาลตำบลบางเสาธง", "municipality", SAO.today)
    draft = small(
        "ให้พนักงานส่วนตำบลทุกคน", issuing_body="ของเทศบาลตำบลบางเสาธง", signer_position="นายกเทศมนตรีตำบลบางเสาธง"
    )
    findings = [f for f in lint(draft, municipality) if f.code == Code.STAFF_TITLE]
    assert len(findings) == 1
    assert "พนักงานเทศบาล" in findings[0].fix


# Structure, title year, signature.


def test_empty_sections_and_a_notice_without_sections():
    draft = small(sections=(("ความเป็นมา", "ข้อความ"), ("กฎหมายที่เกี่ยวข้อง", "  \n ")))
    found = [f for f in lint(draft, SAO) if f.code == Code.EMPTY_SECTION]
    assert [f.location.section for f in found] == [2]
    assert Code.EMPTY_SECTION in codes(lint(small(sections=()), SAO))


@pytest.mark.parametrize(
    ("title", "year", "signed_on", "found"),
    [
        ("มาตรการ ประจำปี ๒๕๗๐", 2570, dt.date(2027, 1, 11), False),
        ("มาตรการ ประจำปี ๒๕๖๙", 2570, dt.date(2027, 1, 11), True),
        ("มาตรการ ประจำปี ๒๕๗๐", 2570, dt.date(2026, 12, 30), True),
        ("มาตรการ ประจำปี 2570", 2570, None, False),
        ("ประกาศ ประจำปีงบประมาณ พ.ศ. ๒๕๗๐", 2570, dt.date(2026, 10, 1), False),
        ("ประกาศ ประจำปีงบประมาณ พ.ศ. ๒๕๗๐", 2570, dt.date(2026, 9, 30), True),
        ("ประกาศเจตนารมณ์ไม่มีปี", 2570, dt.date(2027, 1, 11), False),
    ],
    ids=[
        "same",
        "title-vs-year",
        "title-vs-date",
        "no-date-yet",
        "fiscal-october",
        "fiscal-september",
        "no-year",
    ],
)
def test_year_in_the_title(title, year, signed_on, found):
    draft = small(title=title, year_be=year, signed_on=signed_on)
    assert (Code.TITLE_YEAR in codes(lint(draft, SAO))) is found


def test_missing_signer_is_an_error():
    assert Code.SIGNATURE in codes(lint(small(signer_name=""), SAO))


def test_blocking_leaves_out_warnings_and_overridden_codes(seed_findings):
    remaining = blocking(seed_findings, {Code.REPEALED_SECTION, Code.REPEALED_ACT})
    assert codes(remaining) == {Code.ORG_NAME, Code.STAFF_TITLE, Code.STALE_PENALTY}
    errors = {f.code for f in seed_findings if f.is_error}
    assert blocking(seed_findings, errors) == []


def test_a_clean_text_has_no_findings():
    assert lint(small("๑. ส่งเสริมให้พนักงานส่วนตำบลทุกคนมีจิตสำนึก", "๒. จัดประชุมทุกเดือน"), SAO) == []
