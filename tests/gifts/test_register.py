"""The organization's gift register: who may read it, what each row says, filters, exports, query counts."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from coi_portal.models import AuditEntry
from gifts import register, register_exports, services
from gifts.models import GiftFiling

pytestmark = pytest.mark.django_db

REGISTER = reverse("gift_reports:register")
CSV = reverse("gift_reports:register_csv")
XLSX = reverse("gift_reports:register_xlsx")


def rule(user_named, filing, decision, reviewer="nayok"):
    user = user_named(reviewer)
    return services.filing_rule(
        actor=user,
        official=user.membership.official,
        filing=filing,
        decision=decision,
        reason="พิจารณาแล้ว",
        return_impossible_reason="เป็นของที่ส่งคืนไม่ได้" if decision == "hand_over" else "",
    )


def csv_rows(response):
    content = response.content
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))


@pytest.fixture
def book(demo_orgs, file_gift, user_named):
    """A small register: a returned gift, a gift kept within the limit, a late report and one pending."""
    returned = file_gift("staff1", giver_organization="บริษัท ก่อสร้างดี จำกัด")
    rule(user_named, returned, "return")
    staff1 = user_named("staff1")
    services.return_record(
        actor=staff1, filing=returned, returned_on=timezone.localdate(), method="in_person", note="คืนที่สำนักงาน"
    )
    small = file_gift("staff2", value=Decimal("1500"), giver_name="นางสมศรี ใจงาม", giver_organization="")
    late = file_gift(
        "director",
        received_on=timezone.localdate() - dt.timedelta(days=45),
        giver_name="นายชาตรี รวยทรัพย์",
        giver_organization="หจก. วัสดุภัณฑ์",
        description='=HYPERLINK("http://evil.example") โทร 081-234-5678',
    )
    pending = file_gift("member1", accepted_out_of_necessity=False, giver_organization="ร้านทองแสงทอง")
    file_gift("staff1", submit=False, giver_organization="ร่างยังไม่ส่ง")
    return {"returned": returned, "small": small, "late": late, "pending": pending}


@pytest.mark.parametrize(
    ("username", "status"),
    [
        pytest.param("staff1", 404, id="staff"),
        pytest.param("member1", 404, id="council-member"),
        pytest.param("nayok", 404, id="chief-executive"),
        pytest.param("clerk", 200, id="administrator"),
        pytest.param("auditor", 200, id="auditor"),
        pytest.param("outsider", 200, id="outsider-own-organization"),
    ],
)
@pytest.mark.parametrize("url", [REGISTER, CSV, XLSX])
def test_register_access_by_persona(client_as, username, status, url):
    assert client_as(username).get(url).status_code == status


@pytest.mark.parametrize("url", [REGISTER, CSV, XLSX])
def test_anonymous_visitor_is_sent_to_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("url", [REGISTER, CSV, XLSX])
def test_wrong_method_is_refused(client_as, url):
    assert client_as("clerk").post(url).status_code == 405


def test_outsider_sees_nothing_of_the_other_organization(book, client_as):
    page = client_as("outsider").get(REGISTER).content.decode()
    assert "ธนากร" not in page
    assert book["returned"].number not in page
    rows = csv_rows(client_as("outsider").get(CSV))
    assert len(rows) == 1


def test_staff_gets_404_even_with_filters(book, client_as):
    assert client_as("staff1").get(REGISTER, {"year": "abc"}).status_code == 404


def test_register_lists_every_filing_but_drafts(book, client_as):
    response = client_as("clerk").get(REGISTER)
    assert response.status_code == 200
    page = response.content.decode()
    for filing in book.values():
        assert filing.number in page
    assert "ร่างยังไม่ส่ง" not in page
    assert "ธนากร แก้วมณี" in page
    assert "นักวิชาการเงินและบัญชี · กองคลัง" in page


def test_row_carries_the_register_columns(book, user_named):
    clerk = user_named("clerk")
    rows = {
        row.number: row
        for row in register.rows_of(register.register_filings(user=clerk, filters=register.RegisterFilters()))
    }
    returned = rows[book["returned"].number]
    assert returned.decision == "return"
    assert returned.action == "returned"
    assert returned.action_on == timezone.localdate()
    assert "คืนที่สำนักงาน" in returned.action_detail
    assert returned.decided_by.startswith("นายเกษม แซ่ลี")
    assert returned.days_to_report == 2
    assert returned.filer_position == "นักวิชาการเงินและบัญชี"
    assert returned.filer_division == "กองคลัง"
    late = rows[book["late"].number]
    assert late.days_to_report == 45
    assert late.over_deadline_days
    assert late.filing.late
    assert len(late.flags) >= 2
    small = rows[book["small"].number]
    assert small.outcome == "permitted"
    assert small.decision == ""
    assert [r.index for r in rows.values()] == [1, 2, 3, 4]
    pending = rows[book["pending"].number]
    assert pending.filing.possible_breach
    assert pending.outcome == "must_not_accept"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        pytest.param({"status": "closed"}, {"returned"}, id="status"),
        pytest.param({"outcome": "permitted"}, {"small"}, id="outcome"),
        pytest.param({"outcome": "must_not_accept"}, {"pending"}, id="outcome-must-not-accept"),
        pytest.param({"filer": "ธนากร"}, {"returned"}, id="filer-first-name"),
        pytest.param({"filer": "Kaewmanee"}, {"returned"}, id="filer-english-name"),
        pytest.param({"giver": "วัสดุภัณฑ์"}, {"late"}, id="giver-organization"),
        pytest.param({"giver": "สมศรี"}, {"small"}, id="giver-name"),
        pytest.param({"received_to": "__40_days_ago__"}, {"late"}, id="received-before"),
        pytest.param(
            {"received_from": "__40_days_ago__"}, {"returned", "small", "pending"}, id="received-after"
        ),
        pytest.param({"year": ""}, {"returned", "small", "late", "pending"}, id="all-years"),
        pytest.param({"year": "__last_year__"}, set(), id="last-fiscal-year"),
    ],
)
def test_filters(book, client_as, query, expected):
    today = timezone.localdate()
    replacements = {
        "__40_days_ago__": (today - dt.timedelta(days=40)).isoformat(),
        "__last_year__": str(register.fiscal_year_of(today) - 1),
    }
    query = {key: replacements.get(value, value) for key, value in query.items()}
    rows = csv_rows(client_as("clerk").get(CSV, query))[1:]
    numbers = {row[1] for row in rows}
    assert numbers == {book[name].number for name in expected}
    page = client_as("clerk").get(REGISTER, query).content.decode()
    for name in expected:
        assert book[name].number in page


@pytest.mark.parametrize(
    "query",
    [
        pytest.param({"year": "abc"}, id="year-not-a-number"),
        pytest.param({"year": "99999"}, id="year-out-of-range"),
        pytest.param({"status": "nonsense"}, id="unknown-status"),
        pytest.param({"received_from": "2026-02-30"}, id="impossible-date"),
        pytest.param({"received_from": "2025-05-01", "received_to": "2025-04-01"}, id="range-reversed"),
    ],
)
@pytest.mark.parametrize("url", [REGISTER, CSV, XLSX])
def test_bad_filters_answer_400_with_the_form(client_as, query, url):
    response = client_as("clerk").get(url, query)
    assert response.status_code == 400
    assert "alert-danger" in response.content.decode()


def test_csv_export(book, client_as):
    response = client_as("clerk").get(CSV)
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    rows = csv_rows(response)
    with translation.override("th"):
        assert rows[0] == [str(label) for label in register_exports.EXPORT_COLUMNS]
    assert len(rows) == 5
    by_number = {row[1]: row for row in rows[1:]}
    returned = by_number[book["returned"].number]
    assert returned[3] == "นายธนากร แก้วมณี"
    assert returned[12] == "5000.00"
    assert str(timezone.localdate().year + 543) in returned[6]
    late = by_number[book["late"].number]
    assert late[13] == "45"
    assert late[11].startswith("'=HYPERLINK"), "a formula typed by a filer must stay text"
    assert "081-234-5678" not in late[11]


def test_xlsx_export_reads_back(book, client_as):
    response = client_as("clerk").get(XLSX)
    assert response["Content-Type"] == register_xlsx_type()
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) == 5
    with translation.override("th"):
        assert list(values[0]) == [str(label) for label in register_exports.EXPORT_COLUMNS]
    by_number = {row[1]: row for row in values[1:]}
    returned = by_number[book["returned"].number]
    assert returned[12] == 5000
    assert isinstance(returned[12], int | float)
    assert isinstance(returned[6], str)
    assert str(timezone.localdate().year + 543) in returned[6]
    late_row = next(row for row in sheet.iter_rows(min_row=2) if row[1].value == book["late"].number)
    assert late_row[11].data_type == "s"
    assert late_row[11].value.startswith("=HYPERLINK")


def register_xlsx_type():
    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_exports_and_views_are_audited(book, client_as):
    client = client_as("auditor")
    client.get(REGISTER)
    client.get(CSV, {"status": "closed"})
    client.get(XLSX)
    actions = list(AuditEntry.objects.order_by("pk").values_list("action", "actor_username"))[-3:]
    assert actions == [
        ("gift.register_view", "auditor"),
        ("gift.register_export", "auditor"),
        ("gift.register_export", "auditor"),
    ]


def test_register_paginates(book, client_as, monkeypatch):
    monkeypatch.setattr("gifts.views_register.PAGE_SIZE", 3)
    client = client_as("clerk")
    first = client.get(REGISTER).content.decode()
    second = client.get(REGISTER, {"page": 2}).content.decode()
    assert book["returned"].number in first
    assert book["pending"].number in second
    assert book["pending"].number not in first
    assert client.get(REGISTER, {"page": 999}).status_code == 200


def _queries(client, url):
    client.get(url)  # warm up the session and caches
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("url", [REGISTER, CSV, XLSX])
def test_query_count_does_not_grow_with_rows(demo_orgs, file_gift, user_named, client_as, url):
    client = client_as("clerk")
    first = file_gift("staff1")
    rule(user_named, first, "keep")
    file_gift("staff2", value=Decimal("800"))
    small = _queries(client, url)
    for username in ("director", "worker1", "member2"):
        filing = file_gift(username)
        reviewer = "chair" if username.startswith("member") else "nayok"
        rule(user_named, filing, "hand_over", reviewer=reviewer)
    services.custody_add(
        actor=user_named("clerk"), filing=filing, kind="received", on=timezone.localdate(), by_name="งานพัสดุ"
    )
    file_gift("palad", giver_organization="บริษัท อื่น จำกัด")
    assert GiftFiling.objects.exclude(status="draft").count() == 6
    assert _queries(client, url) == small
