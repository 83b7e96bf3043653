"""The handbook (measure 3): each rule with its citation and worked examples computed by ``legal/``, and
anonymised cases an administrator publishes from the organization's rulings."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from gifts.models import Ruling
from participation import services
from participation.handbook import build_handbook
from participation.models import PublishedCase

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 6, 15)


def test_every_rule_has_plain_words_and_each_citation_its_text():
    rules = build_handbook("th", TODAY)
    assert [rule.key for rule in rules] == ["gifts", "former", "routing", "interests", "recusal", "penalties"]
    for rule in rules:
        assert rule.plain.strip()
        for label, text in rule.citations:
            assert label.startswith(("มาตรา", "ประกาศ")) and text.strip()


def test_examples_are_decided_by_the_law_as_code():
    rules = {rule.key: rule for rule in build_handbook("th", TODAY)}
    gifts = {example.code for example in rules["gifts"].examples}
    assert gifts == {"permitted", "report_required", "must_not_accept"}
    over = next(e for e in rules["gifts"].examples if e.code == "report_required")
    assert over.deadline == dt.date(2026, 7, 15)
    assert "ข้อ" in over.citation or "ประกาศ" in over.citation
    assert rules["former"].examples[0].code == "out_of_scope"
    assert [e.code for e in rules["routing"].examples] == [
        "supervisor",
        "supervisor",
        "council_chair",
        "nacc",
    ]
    assert rules["interests"].examples[0].code == "prohibited"
    assert [e.code for e in rules["recusal"].examples] == ["recuse", "recuse", "may_rule"]
    english = {rule.key: rule for rule in build_handbook("en", TODAY)}
    assert english["gifts"].citations[0][0].startswith("Organic Act on Anti-Corruption")


def test_an_administrator_publishes_an_anonymised_case(org, client, client_as, file_gift, user_named):
    filing = file_gift("staff1")
    from gifts import services as gifts

    nayok = user_named("nayok")
    gifts.filing_rule(
        actor=nayok,
        official=nayok.membership.official,
        filing=filing,
        decision="return",
        reason="ผู้ให้เป็นคู่สัญญา",
    )
    ruling = Ruling.objects.get()
    draft = services.draft_case_summary(ruling)
    assert (
        "ธนากร" not in draft["summary"]
        and "สมพงษ์" not in draft["summary"]
        and "ก่อสร้างดี" not in draft["summary"]
    )
    url = reverse("participation:case_publish", args=[ruling.pk])
    assert client_as("auditor").get(url).status_code == 404
    assert client_as("outsider").get(url).status_code == 404
    admin = client_as("clerk")
    assert admin.post(url, {"title": "", "summary": ""}).status_code == 400
    assert (
        admin.post(
            url, {"title": "ของขวัญจากคู่สัญญา", "summary": "เจ้าหน้าที่ได้รับกระเช้า ๕,๐๐๐ บาท", "lesson": "ส่งคืน"}
        ).status_code
        == 302
    )
    handbook = client.get(reverse("participation:handbook", args=[org.slug])).content.decode()
    assert "ของขวัญจากคู่สัญญา" in handbook
    case = PublishedCase.objects.get()
    assert admin.post(reverse("participation:case_withdraw", args=[case.pk])).status_code == 302
    assert (
        "ของขวัญจากคู่สัญญา"
        not in client.get(reverse("participation:handbook", args=[org.slug])).content.decode()
    )
    assert (
        client_as("outsider").post(reverse("participation:case_withdraw", args=[case.pk])).status_code == 404
    )
