"""Citations: numbered as in force on the date of the facts, deciding clause first, printable in Thai."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from legal.citations import Citation, announcement_clause, statute, to_thai_digits
from legal.gifts import GiftFacts, Relation, assess_gift
from legal.rules import AnnouncementClauses, build_rules
from legal.vocabulary import Instrument

A61, A42 = Instrument.ACT2561, Instrument.ACT2542
N43, N63 = Instrument.NACC2543, Instrument.NACC2563

D2542 = date(2017, 6, 1)
D2543 = date(2019, 6, 3)
D2563 = date(2023, 6, 1)


def cited(facts: GiftFacts) -> list[tuple[Instrument, str, str | None, int | None]]:
    return [(c.instrument, c.section, c.old_section, c.paragraph) for c in assess_gift(facts).citations]


def facts(received_on: date, value: str = "5000", **changes: object) -> GiftFacts:
    return GiftFacts(received_on=received_on, value=Decimal(value), **changes)  # type: ignore[arg-type]


GIFT_CITATIONS = [
    pytest.param(
        facts(D2542, "2000"), [(N43, "5(2)", None, None), (A42, "103", None, None)], id="2542-within-limit"
    ),
    pytest.param(
        facts(D2543, "2000"), [(N43, "5(2)", None, None), (A61, "128", "103", None)], id="2543-within-limit"
    ),
    pytest.param(
        facts(D2563, "2000"), [(N63, "", None, None), (A61, "128", "103", None)], id="2563-within-limit"
    ),
    pytest.param(
        facts(D2542, giver_relation=Relation.ASCENDANT),
        [(N43, "5(1)", None, None), (A42, "103", None, None)],
        id="2542-relative-from-the-announcement",
    ),
    pytest.param(
        facts(D2543, giver_relation=Relation.ASCENDANT),
        [(A61, "128", "103", 2), (N43, "5(1)", None, None)],
        id="2543-relative-statute-then-announcement-list",
    ),
    pytest.param(
        facts(D2563, giver_relation=Relation.ASCENDANT),
        [(A61, "128", "103", 2)],
        id="2563-relative-s128-para-2",
    ),
    pytest.param(
        facts(D2542, to_general_public=True),
        [(N43, "5(3)", None, None), (A42, "103", None, None)],
        id="2542-general-public",
    ),
    pytest.param(facts(D2563, due_by_law=True), [(A61, "128", "103", None)], id="2563-lawful-income-s128"),
    pytest.param(facts(D2542, due_by_law=True), [(A42, "103", None, None)], id="2542-lawful-income-s103"),
    pytest.param(
        facts(D2563, left_office_on=date(2020, 1, 1)), [(A61, "128", "103", 3)], id="2563-former-s128-para-3"
    ),
    pytest.param(
        facts(D2543, left_office_on=date(2016, 1, 1)),
        [(A61, "128", "103", 3), (N43, "8", None, None)],
        id="2543-former-s128-para-3-and-clause-8",
    ),
    pytest.param(
        facts(D2542, left_office_on=date(2014, 1, 1)),
        [(A42, "103", None, 2), (N43, "8", None, None)],
        id="2542-former-s103-para-2",
    ),
    pytest.param(
        facts(D2563),
        [(N63, "", None, None), (A61, "128", "103", None), (A61, "169", "122", None)],
        id="2563-report-announcement-s128-penalty",
    ),
    pytest.param(
        facts(D2543, customary_occasion=False),
        [
            (N43, "6", None, None),
            (N43, "3", None, None),
            (A61, "128", "103", None),
            (A61, "169", "122", None),
        ],
        id="2543-not-customary-report-clause-then-definition",
    ),
    pytest.param(
        facts(D2563, accepted_out_of_necessity=False),
        [(A61, "128", "103", None), (A61, "169", "122", None)],
        id="2563-must-not-accept-s128-and-s169",
    ),
    pytest.param(
        facts(D2542, accepted_out_of_necessity=False),
        [(A42, "103", None, None), (A42, "122", None, None)],
        id="2542-must-not-accept-s103-and-s122",
    ),
]


@pytest.mark.parametrize(("gift", "expected"), GIFT_CITATIONS)
def test_gift_citations_deciding_clause_first(
    gift: GiftFacts, expected: list[tuple[Instrument, str, str | None, int | None]]
) -> None:
    assert cited(gift) == expected


@pytest.mark.parametrize(
    "gift",
    [facts(D2542), facts(D2543), facts(D2563), facts(D2563, giver_relation=Relation.SPOUSE)],
    ids=["2542", "2543", "2563", "2563-relative"],
)
def test_every_built_in_citation_carries_its_texts(gift: GiftFacts) -> None:
    for citation in assess_gift(gift).citations:
        assert citation.text_th
        assert citation.text_en


def test_2023_gift_prints_as_section_128_formerly_103() -> None:
    citation = statute(A61, "128", old_section="103")
    assert citation.label_th() == (
        "มาตรา ๑๒๘ (เดิมมาตรา ๑๐๓) แห่งพระราชบัญญัติประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. ๒๕๖๑"
    )
    assert citation.label_en() == "Organic Act on Anti-Corruption B.E. 2561, s.128 (formerly s.103)"
    assert str(citation) == citation.label_en()


def test_paragraphs_print_in_thai_words_and_english_numbers() -> None:
    citation = statute(A61, "128", paragraph=3, old_section="103", old_paragraph=2)
    assert citation.label_th().startswith("มาตรา ๑๒๘ วรรคสาม (เดิมมาตรา ๑๐๓ วรรคสอง) แห่ง")
    assert citation.label_en().endswith("s.128 para 3 (formerly s.103 para 2)")


def test_2017_gift_cites_the_2542_act_without_an_old_number() -> None:
    citation = statute(A42, "103")
    assert citation.old_section is None
    assert citation.label_th().startswith("มาตรา ๑๐๓ แห่งพระราชบัญญัติประกอบรัฐธรรมนูญ")
    assert citation.label_th().endswith("พ.ศ. ๒๕๔๒")
    assert citation.label_en() == "Organic Act on Counter Corruption B.E. 2542, s.103"


def test_inserted_sections_print_with_latin_suffixes_in_english() -> None:
    citation = statute(Instrument.TAO2537, "47 ตรี(6)")
    assert citation.label_th() == "มาตรา ๔๗ ตรี(๖) แห่งพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. ๒๕๓๗"
    assert (
        citation.label_en()
        == "Tambon Council and Tambon Administrative Organization Act B.E. 2537, s.47 ter(6)"
    )


def test_announcement_clauses_print_as_clauses() -> None:
    citation = announcement_clause(N43, "relative", "5(1)")
    assert citation.label_th().startswith("ข้อ ๕(๑) แห่งประกาศคณะกรรมการ ป.ป.ช.")
    assert citation.label_en().endswith("B.E. 2543, cl.5(1)")


def test_an_unconfirmed_clause_number_cites_the_announcement_whole() -> None:
    citation = announcement_clause(N63, "report", "")
    assert citation.label_th().startswith("ประกาศคณะกรรมการ ป.ป.ช.")
    assert citation.label_en().startswith("NACC Announcement")
    assert "cl." not in citation.label_en()


def test_clause_numbers_come_from_the_rules_table() -> None:
    rules = build_rules(nacc2563_clauses=AnnouncementClauses(report="7", within_limit="5(2)"))
    result = assess_gift(facts(D2563), rules=rules)
    assert (result.citations[0].instrument, result.citations[0].section) == (N63, "7")


def test_a_clause_without_stored_text_is_still_cited() -> None:
    citation = statute(A61, "999")
    assert (citation.text_th, citation.text_en) == ("", "")
    assert announcement_clause(N63, "no-such-kind", "9").text_en == ""


def test_other_instruments_print_their_titles() -> None:
    assert statute(Instrument.CRIMINAL_CODE, "152").label_en() == "Criminal Code, s.152"
    assert statute(Instrument.APA2539, "13(3)").label_th().startswith("มาตรา ๑๓(๓) แห่งพระราชบัญญัติวิธีปฏิบัติราชการ")


def test_thai_digits() -> None:
    assert to_thai_digits("มาตรา 64/2(3) 2561") == "มาตรา ๖๔/๒(๓) ๒๕๖๑"


def test_citation_is_a_frozen_value_with_the_contract_field_order() -> None:
    citation = Citation(A61, "128", "103", "ไทย", "English")
    assert (citation.instrument, citation.section, citation.old_section) == ("act2561", "128", "103")
    assert citation == Citation(A61, "128", "103", "ไทย", "English")
    assert hash(citation) == hash(Citation(A61, "128", "103", "ไทย", "English"))
