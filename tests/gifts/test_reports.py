"""The ITA report on gifts: fiscal periods, who may see it, the nil report and a report with rows (page and PDF,
the PDF prepared in the background through ``coi_portal.prepared``)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from coi_portal.models import AuditEntry, PreparedDocument
from gifts import register, reports, services

PAGE = reverse("gift_reports:ita_report")
PREPARE = reverse("prepared:prepare", args=["gifts.ita_report"])
BANGKOK = ZoneInfo("Asia/Bangkok")


def at(time_machine, day):
    time_machine.move_to(dt.datetime(day.year, day.month, day.day, 10, 0, tzinfo=BANGKOK), tick=False)


def rule(user_named, filing, decision, reviewer="nayok"):
    user = user_named(reviewer)
    return services.filing_rule(
        actor=user,
        official=user.membership.official,
        filing=filing,
        decision=decision,
        reason="พิจารณาแล้ว",
        return_impossible_reason="ของสดส่งคืนไม่ได้" if decision == "hand_over" else "",
    )


def pdf_text(content):
    result = subprocess.run(["pdftotext", "-raw", "-", "-"], input=content, capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def squeeze(text):
    return re.sub(r"\s+", "", text)


def prepared_pdf(client, query, capture):
    """Ask for the PDF as the page's button does, let the task run at commit; the downloaded bytes."""
    with capture(execute=True):
        asked = client.post(PREPARE, query)
    assert asked.status_code == 302
    page = client.get(asked["Location"]).content.decode()
    download = re.search(r'href="(/documents/[^"]+/file/)"', page)
    assert download, "the document is ready once its task has run"
    response = client.get(download.group(1))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return b"".join(response.streaming_content)


# --- Fiscal periods (no database) --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "kind", "start", "end"),
    [
        pytest.param(2570, "half", dt.date(2026, 10, 1), dt.date(2027, 3, 31), id="half-2570"),
        pytest.param(2570, "year", dt.date(2026, 10, 1), dt.date(2027, 9, 30), id="year-2570"),
        pytest.param(2567, "half", dt.date(2023, 10, 1), dt.date(2024, 3, 31), id="half-2567-leap-year"),
        pytest.param(2563, "year", dt.date(2019, 10, 1), dt.date(2020, 9, 30), id="year-2563"),
    ],
)
def test_period_of(year, kind, start, end):
    period = reports.period_of(year, kind)
    assert (period.start, period.end) == (start, end)
    assert period.months == (6 if kind == "half" else 12)


def test_period_labels_use_the_full_buddhist_year():
    period = reports.period_of(2570, "half")
    assert (period.start_label, period.end_label) == ("1 ต.ค. 2569", "31 มี.ค. 2570")


def test_unknown_period_is_refused():
    with pytest.raises(ValueError, match="quarter"):
        reports.period_of(2570, "quarter")


@pytest.mark.parametrize(
    ("day", "year"),
    [
        pytest.param(dt.date(2026, 9, 30), 2569, id="last-day-of-2569"),
        pytest.param(dt.date(2026, 10, 1), 2570, id="first-day-of-2570"),
        pytest.param(dt.date(2027, 1, 1), 2570, id="new-year-inside-2570"),
    ],
)
def test_fiscal_year_of(day, year):
    assert register.fiscal_year_of(day) == year


# --- The report --------------------------------------------------------------------------------------


@pytest.fixture
def season(demo_orgs, file_gift, user_named, time_machine):
    """Gifts across fiscal years 2569 and 2570; the clock ends on 10 May 2027."""
    at(time_machine, dt.date(2026, 9, 25))
    previous_year = file_gift("staff1", received_on=dt.date(2026, 9, 20), giver_organization="ร้านปีก่อน")
    at(time_machine, dt.date(2026, 11, 10))
    returned = file_gift("staff1", received_on=dt.date(2026, 11, 5))
    rule(user_named, returned, "return")
    services.return_record(
        actor=user_named("staff1"), filing=returned, returned_on=dt.date(2026, 11, 10), method="in_person"
    )
    kept_small = file_gift("staff2", received_on=dt.date(2026, 11, 6), value=Decimal("1000"))
    pending = file_gift(
        "director",
        received_on=dt.date(2026, 11, 7),
        accepted_out_of_necessity=False,
        giver_name="นายชาตรี รวยทรัพย์",
        giver_organization="",
    )
    handed = file_gift("member1", received_on=dt.date(2026, 11, 8), giver_organization="ห้างทองเยาวราช")
    rule(user_named, handed, "hand_over", reviewer="chair")
    services.custody_add(
        actor=user_named("clerk"), filing=handed, kind="received", on=dt.date(2026, 11, 10), by_name="งานพัสดุ"
    )
    at(time_machine, dt.date(2027, 5, 10))
    later = file_gift("worker1", received_on=dt.date(2027, 5, 5), giver_organization="บริษัท รถดี จำกัด")
    return {
        "previous_year": previous_year,
        "returned": returned,
        "kept_small": kept_small,
        "pending": pending,
        "handed": handed,
        "later": later,
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("username", "status"),
    [
        pytest.param("staff1", 404, id="staff"),
        pytest.param("nayok", 404, id="chief-executive"),
        pytest.param("clerk", 200, id="administrator"),
        pytest.param("auditor", 200, id="auditor"),
        pytest.param("outsider", 200, id="outsider-own-organization"),
    ],
)
def test_access_by_persona(demo_orgs, client_as, username, status):
    assert client_as(username).get(PAGE, {"year": "2570", "period": "half"}).status_code == status
    asked = client_as(username).post(PREPARE, {"year": "2570", "period": "half"})
    assert asked.status_code == (302 if status == 200 else status), "a 404 for those who may not see it"


@pytest.mark.django_db
@pytest.mark.parametrize(("method", "url"), [("get", PAGE), ("post", PREPARE)])
def test_anonymous_visitor_is_sent_to_login(client, method, url):
    response = getattr(client, method)(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.django_db
def test_wrong_method_is_refused(demo_orgs, client_as):
    assert client_as("clerk").post(PAGE).status_code == 405
    assert client_as("clerk").get(PREPARE).status_code == 405


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        pytest.param({"year": "abc"}, id="year-not-a-number"),
        pytest.param({"year": "1000"}, id="year-too-early"),
        pytest.param({"year": "99999"}, id="year-too-late"),
        pytest.param({"year": "2570", "period": "quarter"}, id="unknown-period"),
    ],
)
def test_bad_parameters_answer_400(demo_orgs, client_as, query):
    response = client_as("clerk").get(PAGE, query)
    assert response.status_code == 400
    assert "alert-danger" in response.content.decode()
    asked = client_as("clerk").post(PREPARE, query)
    assert asked.status_code == 400
    assert "alert-danger" in asked.content.decode()
    assert not PreparedDocument.objects.exists(), "nothing is queued from a refused request"


@pytest.mark.django_db
def test_outsider_report_never_shows_the_other_organization(season, client_as):
    report = client_as("outsider").get(PAGE, {"year": "2570", "period": "year"}).context["report"]
    assert report.nil
    assert report.organization.slug == "khlongdan"


@pytest.mark.django_db
def test_six_month_report_lists_gifts_above_the_limit_received_in_the_period(season, client_as):
    response = client_as("clerk").get(PAGE, {"year": "2570", "period": "half"})
    assert response.status_code == 200
    report = response.context["report"]
    assert [row.number for row in report.rows] == [
        season["returned"].number,
        season["pending"].number,
        season["handed"].number,
    ]
    assert report.totals == reports.Totals(reports=3, kept=0, returned=1, handed_over=1, pending=1)
    assert not report.nil
    page = response.content.decode()
    assert "นายธนากร แก้วมณี" in page
    assert "นายชาตรี" not in page, "a private giver is not named in a published report"
    assert "ห้างทองเยาวราช" in page


@pytest.mark.django_db
def test_annual_report_adds_the_second_half(season, client_as):
    report = client_as("clerk").get(PAGE, {"year": "2570", "period": "year"}).context["report"]
    assert len(report.rows) == 4
    assert report.totals.pending == 2
    previous = client_as("clerk").get(PAGE, {"year": "2569", "period": "year"}).context["report"]
    assert [row.number for row in previous.rows] == [season["previous_year"].number]


@pytest.mark.django_db
def test_defaults_are_the_current_fiscal_year(season, client_as):
    report = client_as("clerk").get(PAGE).context["report"]
    assert (report.period.year, report.period.kind) == (2570, "year")


@pytest.mark.django_db
def test_nil_report_page(season, client_as):
    response = client_as("clerk").get(PAGE, {"year": "2560", "period": "half"})
    report = response.context["report"]
    assert report.nil
    assert report.totals.reports == 0
    page = response.content.decode()
    assert 'class="nil-sentence"' in page
    assert "องค์การบริหารส่วนตำบลบางเสาธง" in page
    with translation.override("th"):
        assert gettext("– none –") in page


@pytest.mark.django_db
def test_nil_report_pdf(season, client_as, django_capture_on_commit_callbacks):
    content = prepared_pdf(
        client_as("clerk"), {"year": "2560", "period": "half"}, django_capture_on_commit_callbacks
    )
    assert content.startswith(b"%PDF")
    text = squeeze(pdf_text(content))
    heading = (
        "รายงานผลการดำเนินการตามนโยบาย No Gift Policy / การรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา "
        "ประจำปีงบประมาณ พ.ศ. ๒๕๖๐ (รอบ ๖ เดือน: ๑ ต.ค. ๒๕๕๙ – ๓๑ มี.ค. ๒๕๖๐)"
    )
    assert squeeze(heading) in text
    nil = (
        "ในรอบระยะเวลาดังกล่าว ไม่มีผู้บริหาร สมาชิกสภา พนักงานส่วนตำบล ลูกจ้าง หรือพนักงานจ้าง "
        "ขององค์การบริหารส่วนตำบลบางเสาธง รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา"
        "ที่มีราคาหรือมูลค่าเกิน ๓,๐๐๐ บาท"
    )
    assert squeeze(nil) in text
    assert squeeze("– ไม่มี –") in text
    assert "ปัญหาอุปสรรคข้อเสนอแนะ" in text
    assert "ผู้รายงาน" in text and "ทราบ" in text
    assert "นายวิชัยสุขสวัสดิ์" in text, "the permanent secretary signs"
    assert "นายเกษมแซ่ลี" in text, "the chief executive acknowledges"
    assert not re.search(r"[0-9]", text), "an official document prints Thai digits only"


@pytest.mark.django_db
def test_report_pdf_with_rows(season, client_as, django_capture_on_commit_callbacks):
    content = prepared_pdf(
        client_as("clerk"), {"year": "2570", "period": "half"}, django_capture_on_commit_callbacks
    )
    text = squeeze(pdf_text(content))
    assert squeeze("ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ (รอบ ๖ เดือน: ๑ ต.ค. ๒๕๖๙ – ๓๑ มี.ค. ๒๕๗๐)") in text
    assert "นายธนากรแก้วมณี" in text
    assert "๕,๐๐๐.๐๐" in text
    assert "ส่งคืนผู้ให้" in text
    assert "บุคคลธรรมดา" in text
    assert "ชาตรี" not in text
    assert "ไม่มีผู้บริหาร" not in text
    assert not re.search(r"[0-9]", text)
    for action in ("document.prepare", "document.download"):
        assert AuditEntry.objects.filter(action=action, actor_username="clerk").exists()
