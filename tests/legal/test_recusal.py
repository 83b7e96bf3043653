"""Recusal under the Administrative Procedure Act B.E. 2539 s.13 (kept apart from the NACC relatives)."""

from __future__ import annotations

import pytest

from legal.recusal import Kinship, RecusalGround, Relationship, Tie, assess_recusal, must_recuse
from legal.rules import build_rules
from legal.vocabulary import Instrument

G = RecusalGround

CASES = [
    pytest.param(True, (), G.IS_FILER, id="13-1-decider-is-the-filer"),
    pytest.param(False, (Relationship(kind=Tie.SPOUSE),), G.SPOUSE_OR_FIANCE, id="13-2-spouse"),
    pytest.param(False, (Relationship(kind=Tie.FIANCE),), G.SPOUSE_OR_FIANCE, id="13-2-fiance"),
    pytest.param(False, (Relationship(kind=Tie.ASCENDANT, degree=1),), G.RELATIVE, id="13-3-parent"),
    pytest.param(
        False, (Relationship(kind=Tie.ASCENDANT, degree=4),), G.RELATIVE, id="13-3-great-grandparent"
    ),
    pytest.param(
        False, (Relationship(kind=Tie.DESCENDANT, degree=7),), G.RELATIVE, id="13-3-descendant-any-degree"
    ),
    pytest.param(False, (Relationship(kind=Tie.SIBLING, degree=1),), G.RELATIVE, id="13-3-sibling"),
    pytest.param(False, (Relationship(kind=Tie.COUSIN, degree=2),), G.RELATIVE, id="13-3-first-cousin"),
    pytest.param(
        False, (Relationship(kind=Tie.COUSIN, degree=3),), G.RELATIVE, id="13-3-second-cousin-3rd-degree"
    ),
    pytest.param(False, (Relationship(kind=Tie.COUSIN, degree=4),), None, id="13-3-third-cousin-too-far"),
    pytest.param(False, (Relationship(kind=Tie.UNCLE_AUNT, degree=2),), G.RELATIVE, id="13-3-uncle"),
    pytest.param(
        False, (Relationship(kind=Tie.NEPHEW_NIECE, degree=3),), G.RELATIVE, id="13-3-grand-nephew-3rd-degree"
    ),
    pytest.param(
        False, (Relationship(kind=Tie.NEPHEW_NIECE, degree=4),), None, id="13-3-great-grand-nephew-too-far"
    ),
    pytest.param(False, (Relationship(kind=Tie.IN_LAW, degree=1),), G.RELATIVE, id="13-3-parent-in-law"),
    pytest.param(False, (Relationship(kind=Tie.IN_LAW, degree=2),), G.RELATIVE, id="13-3-sibling-in-law-2nd"),
    pytest.param(
        False, (Relationship(kind=Tie.IN_LAW, degree=3),), None, id="13-3-in-law-3rd-degree-too-far"
    ),
    pytest.param(False, (Relationship(kind=Tie.COUSIN),), G.RELATIVE, id="13-3-unknown-degree-recuses"),
    pytest.param(
        False, (Relationship(kind=Tie.IN_LAW),), G.RELATIVE, id="13-3-unknown-in-law-degree-recuses"
    ),
    pytest.param(False, (Relationship(kind=Tie.REPRESENTATIVE),), G.REPRESENTATIVE, id="13-4-representative"),
    pytest.param(False, (Relationship(kind=Tie.CREDITOR),), G.CREDITOR_DEBTOR_EMPLOYER, id="13-5-creditor"),
    pytest.param(False, (Relationship(kind=Tie.DEBTOR),), G.CREDITOR_DEBTOR_EMPLOYER, id="13-5-debtor"),
    pytest.param(False, (Relationship(kind=Tie.EMPLOYER),), G.CREDITOR_DEBTOR_EMPLOYER, id="13-5-employer"),
    pytest.param(False, (), None, id="no-tie-may-decide"),
]


@pytest.mark.parametrize(("is_filer", "relationships", "ground"), CASES)
def test_apa_section_13(is_filer: bool, relationships: tuple[Relationship, ...], ground: G | None) -> None:
    result = assess_recusal(decider_is_filer=is_filer, relationships=relationships)
    assert result.ground is ground
    assert result.must_recuse is (ground is not None)
    assert must_recuse(decider_is_filer=is_filer, relationships=relationships) is result.must_recuse


def test_all_grounds_in_section_order_with_their_citations() -> None:
    result = assess_recusal(
        decider_is_filer=True,
        relationships=[
            Relationship(kind=Tie.EMPLOYER),
            Relationship(kind=Tie.SPOUSE),
            Relationship(kind=Tie.DEBTOR),
        ],
    )
    assert result.grounds == (G.IS_FILER, G.SPOUSE_OR_FIANCE, G.CREDITOR_DEBTOR_EMPLOYER)
    assert [(c.instrument, c.section) for c in result.citations] == [
        (Instrument.APA2539, "13(1)"),
        (Instrument.APA2539, "13(2)"),
        (Instrument.APA2539, "13(5)"),
    ]
    assert all(c.text_th for c in result.citations)


def test_a_far_tie_beside_a_near_one_still_recuses() -> None:
    ties = [Relationship(kind=Tie.COUSIN, degree=5), Relationship(kind=Tie.SIBLING, degree=1)]
    assert assess_recusal(relationships=ties).grounds == (G.RELATIVE,)


def test_wider_than_the_nacc_relatives_a_cousin_bars_the_decider() -> None:
    # A cousin's gift must be reported (not a NACC relative), yet a cousin may not rule on the report.
    assert must_recuse(relationships=[Relationship(kind=Tie.COUSIN, degree=2)])


def test_degree_limits_are_data() -> None:
    rules = build_rules(recusal_collateral_degrees=2, recusal_in_law_degrees=1)
    assert not must_recuse(relationships=[Relationship(kind=Tie.COUSIN, degree=3)], rules=rules)
    assert not must_recuse(relationships=[Relationship(kind=Tie.IN_LAW, degree=2)], rules=rules)


def test_kind_given_as_its_string_value() -> None:
    assert must_recuse(relationships=[Relationship(kind="spouse")])  # type: ignore[arg-type]


def test_degree_starts_at_one() -> None:
    with pytest.raises(ValueError, match="degree"):
        Relationship(kind=Tie.SIBLING, degree=0)


def test_kinship_is_the_same_vocabulary() -> None:
    assert Kinship.NEPHEW_NIECE is Tie.NEPHEW_NIECE
