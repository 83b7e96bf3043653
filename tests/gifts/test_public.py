"""The public pages: the "Do I need to report this?" check and an organization's published register."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from coi_portal import thai
from gifts import register
from gifts.models import GiftPolicy
from gifts.services import policy_for
from legal.gifts import report_deadline

pytestmark = pytest.mark.django_db

CHECK = reverse("gift_reports:check")
TODAY = dt.date(2026, 6, 15)
ID_NUMBER = re.compile(r"(?<![0-9])[0-9](?:[- ]?[0-9]){12}(?![0-9])")
PHONE = re.compile(r"(?<![0-9])(?:\+66|0)[- ]?[0-9]{1,2}[- ]?[0-9]{3}[- ]?[0-9]{4}(?![0-9])")


@pytest.fixture(autouse=True)
def frozen(time_machine):
    time_machine.move_to(dt.datetime(2026, 6, 15, 10, 0, tzinfo=ZoneInfo("Asia/Bangkok")), tick=False)


def public_url(slug="bangsaothong"):
    return reverse("gift_reports:public_register", args=[slug])


def check_query(**changes):
    query = {
        "received_on": "2026-06-01",
        "value": "5,000",
        "giver_relation": "none",
        "occasion": "new_year",
        "accepted_out_of_necessity": "on",
        "office": "local_official",
    }
    query.update(changes)
    return {key: value for key, value in query.items() if value is not None}


# --- The check page ------------------------------------------------------------------------------------


def test_check_page_is_open_without_login(client):
    response = client.get(CHECK)
    assert response.status_code == 200
    assert "preview" not in response.context
    assert 'name="received_on"' in response.content.decode()


def test_check_page_works_for_a_logged_in_official_too(client_as):
    response = client_as("staff1").get(CHECK, check_query())
    assert response.status_code == 200
    assert response.context["preview"].assessment.outcome == "report_required"


def test_check_refuses_post(client):
    assert client.post(CHECK, check_query()).status_code == 405


@pytest.mark.parametrize(
    ("changes", "outcome", "recipient"),
    [
        pytest.param({}, "report_required", "supervisor", id="staff-over-limit-reports-to-chief-executive"),
        pytest.param({"value": "3000"}, "permitted", None, id="at-the-limit-may-be-kept"),
        pytest.param({"value": "๕,๐๐๐"}, "report_required", "supervisor", id="thai-digits-accepted"),
        pytest.param({"value": "5000 บาท"}, "report_required", "supervisor", id="baht-word-accepted"),
        pytest.param(
            {"giver_relation": "ascendant", "value": "50,000"}, "permitted", None, id="relative-any-value"
        ),
        pytest.param({"to_general_public": "on"}, "permitted", None, id="given-to-the-general-public"),
        pytest.param(
            {"accepted_out_of_necessity": None}, "must_not_accept", "supervisor", id="not-necessary"
        ),
        pytest.param({"office": "chief_executive"}, "report_required", "nacc", id="chief-executive-to-nacc"),
        pytest.param({"office": "council_member"}, "report_required", "council_chair", id="member-to-chair"),
        pytest.param(
            {"left_office_on": "2023-01-01"}, "out_of_scope", None, id="former-official-after-two-years"
        ),
        pytest.param(
            {"left_office_on": "2025-01-01"},
            "report_required",
            "supervisor",
            id="former-official-within-two-years",
        ),
        pytest.param(
            {"occasion": "other", "value": "1000"}, "report_required", "supervisor", id="not-customary"
        ),
        pytest.param(
            {"occasion": "other", "occasion_customary": "on", "value": "1000"},
            "permitted",
            None,
            id="other-customary-occasion",
        ),
    ],
)
def test_check_answers_what_the_law_says(client, changes, outcome, recipient):
    response = client.get(CHECK, check_query(**changes))
    assert response.status_code == 200
    preview = response.context["preview"]
    assert preview.assessment.outcome == outcome
    assert (preview.recipient or None) == recipient
    page = response.content.decode()
    assert 'class="mb-0 citations"' in page
    if outcome == "report_required":
        deadline = report_deadline(dt.date(2026, 6, 1))
        assert thai.date_long(deadline) in page


def test_check_under_the_old_announcement_has_no_fixed_deadline(client):
    response = client.get(CHECK, check_query(received_on="2019-01-10"))
    assert response.status_code == 200
    assert response.context["preview"].assessment.report_deadline is None


def test_plain_words_come_before_the_clauses(client):
    page = client.get(CHECK, check_query()).content.decode()
    assert page.index('class="lead mb-2 outcome"') < page.index("citations")
    assert "๑๒๘" in page


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        pytest.param({"value": "-5"}, "value", id="negative"),
        pytest.param({"value": "0"}, "value", id="zero"),
        pytest.param({"value": "99999999999"}, "value", id="huge"),
        pytest.param({"value": "1e5000"}, "value", id="huge-exponent"),
        pytest.param({"value": "abc"}, "value", id="not-a-number"),
        pytest.param({"value": "NaN"}, "value", id="nan"),
        pytest.param({"value": "Infinity"}, "value", id="infinity"),
        pytest.param({"value": "5000.001"}, "value", id="below-satang"),
        pytest.param({"value": "9" * 40}, "value", id="too-long"),
        pytest.param({"value": None}, "value", id="missing-value"),
        pytest.param({"received_on": "2026-06-16"}, "received_on", id="received-tomorrow"),
        pytest.param({"received_on": "2099-01-01"}, "received_on", id="received-far-future"),
        pytest.param({"received_on": "1999-12-31"}, "received_on", id="received-before-2000"),
        pytest.param({"received_on": "2026-02-30"}, "received_on", id="impossible-date"),
        pytest.param({"received_on": "15/06/2569"}, "received_on", id="not-iso"),
        pytest.param({"left_office_on": "2030-01-01"}, "left_office_on", id="left-office-in-the-future"),
        pytest.param({"office": "king"}, "office", id="unknown-office"),
        pytest.param({"giver_relation": "martian"}, "giver_relation", id="unknown-relation"),
        pytest.param({"occasion": "x" * 500}, "occasion", id="unknown-occasion"),
    ],
)
def test_bad_input_answers_400_with_a_message(client, changes, field):
    response = client.get(CHECK, check_query(**changes))
    assert response.status_code == 400
    form = response.context["form"]
    assert form.errors[field]
    page = response.content.decode()
    assert "alert-danger" in page
    assert str(form.errors[field][0]) in page.replace("&quot;", '"').replace("&#x27;", "'")
    assert "preview" not in response.context


# --- The public register ---------------------------------------------------------------------------------


@pytest.fixture
def published(demo_orgs, file_gift):
    return {
        "company": file_gift("staff1", giver_organization="บริษัท ก่อสร้างดี จำกัด"),
        "private": file_gift(
            "staff2",
            value=Decimal("1500"),
            giver_name="นางสาวลำใย เบอร์ 081-234-5678",
            giver_organization="",
            description="ผ้าไหม เลขบัตร 1-2345-67890-12-3 โทร 02-123-4567",
            necessity_reason="ผู้ให้ 3100500123456 มาส่งที่บ้าน",
        ),
        "big": file_gift("director", value=Decimal("60000"), giver_organization="ห้างร้านทอง โทร 0812345678"),
        "draft": file_gift("worker1", submit=False, giver_organization="ร่างที่ยังไม่ส่ง"),
    }


def test_public_register_needs_no_login(published, client):
    response = client.get(public_url())
    assert response.status_code == 200
    assert "องค์การบริหารส่วนตำบลบางเสาธง" in response.content.decode()


def test_public_register_for_a_logged_in_outsider_is_the_same_public_page(published, client_as):
    assert client_as("outsider").get(public_url()).status_code == 200


def test_unknown_organization_is_404(published, client):
    assert client.get(public_url("no-such-org")).status_code == 404


def test_register_not_published_is_404(published, client):
    policy = policy_for(published["company"].organization)
    policy.public_register = False
    policy.save()
    assert client.get(public_url()).status_code == 404


def test_public_register_refuses_post(published, client):
    assert client.post(public_url()).status_code == 405


def test_default_columns_show_positions_not_names(published, client):
    response = client.get(public_url())
    page = response.content.decode()
    assert "นักวิชาการเงินและบัญชี" in page
    assert "ธนากร" not in page
    assert "นายสมพงษ์" not in page, "a giver's personal name is never published"
    assert "ลำใย" not in page
    with translation.override("th"):
        assert str(register.PRIVATE_GIVER) in page
        assert str(register.VALUE_BANDS[3][1]) in page
        assert str(register.OUTCOME_LABELS["permitted"]) in page
    assert "บริษัท ก่อสร้างดี จำกัด" in page
    assert "ร่างที่ยังไม่ส่ง" not in page
    assert "กระเช้าของขวัญปีใหม่" not in page, "free-text descriptions are not a public column"


def test_organization_chooses_its_columns(published, client):
    policy = policy_for(published["company"].organization)
    policy.public_columns = ["value", "filer_name", "decision", "description", "national_id"]
    policy.save()
    page = client.get(public_url()).content.decode()
    assert "นายธนากร แก้วมณี" in page
    assert "60,000.00" in page
    assert "ผ้าไหม" not in page, "only the allowed column keys are honoured"
    assert "นักวิชาการเงินและบัญชี" not in page


def test_public_columns_default_and_order():
    policy = GiftPolicy(public_columns=[])
    assert register.public_columns(policy) == list(register.DEFAULT_PUBLIC_COLUMNS)
    policy.public_columns = ["decision", "received_on", "address", "phone"]
    assert register.public_columns(policy) == ["received_on", "decision"]


def _personal_numbers(text):
    return ID_NUMBER.findall(text) + PHONE.findall(text)


def test_public_html_and_register_csv_carry_no_id_or_phone_numbers(published, client, client_as):
    """standards.md P-04, with every allowed public column switched on."""
    policy = policy_for(published["company"].organization)
    policy.public_columns = list(register.PUBLIC_COLUMNS)
    policy.save()
    page = client.get(public_url()).content.decode()
    assert _personal_numbers(page) == []
    assert "02-707-1671" not in page and "หมู่ที่ 7" not in page, "the office address and phone stay off"
    csv_text = client_as("clerk").get(reverse("gift_reports:register_csv")).content.decode("utf-8-sig")
    assert _personal_numbers(csv_text) == []
    rows = list(csv.reader(io.StringIO(csv_text)))
    assert len(rows) == 4
    register_page = client_as("clerk").get(reverse("gift_reports:register")).content.decode()
    assert _personal_numbers(register_page) == []


@pytest.mark.parametrize(
    ("value", "band"),
    [
        pytest.param("0.01", 0, id="tiny"),
        pytest.param("3000", 0, id="at-3000"),
        pytest.param("3000.01", 1, id="just-over-3000"),
        pytest.param("10000", 1, id="at-10000"),
        pytest.param("10000.01", 2, id="just-over-10000"),
        pytest.param("50000", 2, id="at-50000"),
        pytest.param("50000.01", 3, id="over-50000"),
    ],
)
def test_value_bands(value, band):
    assert register.value_band(Decimal(value)) == str(register.VALUE_BANDS[band][1])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("โทร 081-234-5678", "โทร [number removed]", id="mobile"),
        pytest.param("+66 81 234 5678", "[number removed]", id="international"),
        pytest.param("02-707-1671", "[number removed]", id="landline"),
        pytest.param("๐๘๑๒๓๔๕๖๗๘", "[number removed]", id="thai-digits"),
        pytest.param("บัตร 1-2345-67890-12-3 ครับ", "บัตร [number removed] ครับ", id="id-with-dashes"),
        pytest.param("3100500123456", "[number removed]", id="id-plain"),
    ],
)
def test_redact_removes_id_and_phone_numbers(text, expected):
    with translation.override("en"):
        assert register.redact(text) == expected


@pytest.mark.parametrize("text", ["มูลค่า 5,000 บาท", "ปี 2567", "เลขที่ 12/2570", "10000000.00"])
def test_redact_keeps_ordinary_numbers(text):
    assert register.redact(text) == text


def test_public_register_paginates(published, client, monkeypatch):
    monkeypatch.setattr("gifts.views_public.PAGE_SIZE", 2)
    first = client.get(public_url())
    assert first.context["page"].paginator.num_pages == 2
    assert client.get(public_url(), {"page": "2"}).status_code == 200
    assert client.get(public_url(), {"page": "nonsense"}).status_code == 200


def test_public_register_query_count_does_not_grow(demo_orgs, file_gift, client):
    file_gift("staff1")
    client.get(public_url())
    with CaptureQueriesContext(connection) as small:
        client.get(public_url())
    for username in ("staff2", "director", "worker1", "member1"):
        file_gift(username)
    with CaptureQueriesContext(connection) as large:
        client.get(public_url())
    assert len(large.captured_queries) == len(small.captured_queries)
