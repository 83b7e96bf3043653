"""Each key page costs the same number of SQL queries whatever the amount of data behind it: the same page
is requested in a small and in a large generated organization (or before and after more rows are added),
and the counts must be equal. A query per row (N+1) shows up here as a difference."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from coi_portal import audit
from coi_portal.scale.generator import Size, add_organization
from declarations.models import Official
from gifts.models import GiftFiling, ReviewNote
from measures.demo import seed_historical_notice
from meetings.models import FeedToken
from tests.performance.conftest import ADMINISTRATOR, CHIEF_EXECUTIVE, STAFF, client_for
from tests.responses import close_response

pytestmark = pytest.mark.django_db


def both(sized_orgs, count_queries, who, url_of, data_of=None):
    """The query counts of one page in the small and the large organization, with the responses."""
    results = {}
    for size, org in sized_orgs.items():
        data = data_of(org) if data_of else None
        results[size] = count_queries(client_for(org, who), url_of(org), data)
    return results


def assert_same_count(results, status=200):
    small, large = results["small"], results["large"]
    assert small[0].status_code == status, small[0].status_code
    assert large[0].status_code == status, large[0].status_code
    assert len(small[1]) == len(large[1]), (
        f"{len(small[1])} queries in the small organization, {len(large[1])} in the large one:\n"
        + small[1].difference(large[1])
    )


@pytest.mark.parametrize("who", [CHIEF_EXECUTIVE, STAFF], ids=["chief_executive", "staff"])
def test_home_dashboard(sized_orgs, count_queries, who):
    assert_same_count(both(sized_orgs, count_queries, who, lambda org: reverse("home")))


def test_filing_form_get(sized_orgs, count_queries):
    assert_same_count(both(sized_orgs, count_queries, STAFF, lambda org: reverse("gifts:new")))


def gift_form(org):
    return {
        "received_on": (timezone.localdate() - dt.timedelta(days=3)).isoformat(),
        "giver_name": "นายสมพงษ์ ค้าดี",
        "giver_organization": "บริษัท ก่อสร้างดี จำกัด",
        "giver_relation": "none",
        "giver_deals_with_agency": "on",
        "occasion": "new_year",
        "kind": "property",
        "description": "กระเช้าของขวัญ",
        "value": "5,000",
        "value_basis": "market_price",
        "accepted_out_of_necessity": "on",
        "necessity_reason": "ปฏิเสธไม่ได้",
        "action": "submit",
    }


def test_filing_form_post_files_and_routes(sized_orgs, count_queries):
    results = both(sized_orgs, count_queries, STAFF, lambda org: reverse("gifts:new"), gift_form)
    assert_same_count(results, status=302)
    for org in sized_orgs.values():
        latest = GiftFiling.objects.filter(organization=org).order_by("-id").first()
        assert latest.status == "submitted"


def test_reviewer_inbox(sized_orgs, count_queries):
    results = both(
        sized_orgs, count_queries, CHIEF_EXECUTIVE, lambda org: reverse("gifts:inbox") + "?status=closed"
    )
    assert_same_count(results)
    assert all(len(r[0].context["rows"]) > 0 for r in results.values())


def await_ruling(org, count):
    """``count`` of the chief executive's closed filings put back to awaiting a ruling (some overdue)."""
    filings = GiftFiling.objects.filter(organization=org, status="closed", reviewer__isnull=False)
    chief = filings.values_list("reviewer", flat=True).first()
    keys = list(filings.filter(reviewer=chief).order_by("pk").values_list("pk", flat=True)[:count])
    GiftFiling.objects.filter(pk__in=keys).update(status="submitted")


def test_reviewer_inbox_awaiting(sized_orgs, count_queries):
    """One filing awaits the small organization's chief executive, eight the large one's."""
    await_ruling(sized_orgs["small"], 1)
    await_ruling(sized_orgs["large"], 8)
    results = both(sized_orgs, count_queries, CHIEF_EXECUTIVE, lambda org: reverse("gifts:inbox"))
    assert_same_count(results)
    assert len(results["small"][0].context["rows"]) < len(results["large"][0].context["rows"])


def closed_filing(org):
    return GiftFiling.objects.filter(organization=org, status="closed", ruling__decision="return").order_by(
        "pk"
    )[0]


def add_notes(filing, count):
    for official in Official.objects.filter(organization=filing.organization)[:count]:
        ReviewNote.objects.create(filing=filing, kind="comment", author=official, text="ความเห็นประกอบ")


def test_filing_detail(sized_orgs, count_queries):
    """One note on the small organization's filing; the large one's has a second version and six notes."""
    add_notes(closed_filing(sized_orgs["small"]), 1)
    large = closed_filing(sized_orgs["large"])
    add_notes(large, 6)
    second = large.versions.get()
    second.pk, second.number, second.description = None, 2, "กระเช้าของขวัญ (แก้ไข)"
    second.save()
    results = both(
        sized_orgs,
        count_queries,
        ADMINISTRATOR,
        lambda org: reverse("gifts:detail", args=[closed_filing(org).pk]),
    )
    assert_same_count(results)


@pytest.mark.parametrize(
    "query",
    ["?year=", "?year=&status=closed", "?year=&outcome=report_required&giver=สม", "?year=&page=2"],
    ids=["all_years", "closed", "outcome_and_giver", "second_page"],
)
def test_organization_register_with_filters(sized_orgs, count_queries, query):
    results = both(
        sized_orgs, count_queries, ADMINISTRATOR, lambda org: reverse("gift_reports:register") + query
    )
    assert_same_count(results)


def test_public_register(sized_orgs, count_queries):
    results = both(
        sized_orgs, count_queries, None, lambda org: reverse("gift_reports:public_register", args=[org.slug])
    )
    assert_same_count(results)


def test_audit_page(demo_orgs, client_as, count_queries):
    client = client_as("clerk")
    client.get(reverse("audit_log"))  # the session's first request writes it; not part of the page
    first = count_queries(client, reverse("audit_log"))
    org = demo_orgs["bangsaothong"]
    for n in range(120):
        audit.record(actor=None, action="test.bulk", organization=org, after={"n": n})
    second = count_queries(client, reverse("audit_log"))
    assert first[0].status_code == second[0].status_code == 200
    assert len(first[1]) == len(second[1]), first[1].difference(second[1])


def test_ics_year_feed(sized_orgs, count_queries):
    """Buddhist-era 2569: the generated meetings of fiscal 2569 and the village meetings of 2026."""
    results = both(
        sized_orgs, count_queries, None, lambda org: reverse("meetings:ics", args=[org.slug, 2569])
    )
    assert_same_count(results)
    events = [r[0].content.count(b"BEGIN:VEVENT") for r in results.values()]
    assert all(events), events


def test_ics_personal_feed(sized_orgs, count_queries):
    def url(org):
        token = FeedToken.objects.get(official__organization=org).token
        return reverse("meetings:personal_feed", args=[token])

    assert_same_count(both(sized_orgs, count_queries, None, url))


def test_measure_notice_pdf_download(demo_orgs, sized_orgs, count_queries, client):
    """The issued PDF of the demo organization's notice, before and after another organization's notices."""
    org = demo_orgs["bangsaothong"]
    notice = seed_historical_notice(org, Official.objects.get(membership__user__username="nayok"))
    issued = notice.issued.get()
    url = reverse("measures:issued_pdf", args=[notice.identifier, issued.pk])
    first = count_queries(client, url)
    add_organization(3, Size(orgs=1, officials=8, gifts=1))
    second = count_queries(client, url)
    assert first[0].status_code == second[0].status_code == 200
    assert first[0]["Content-Type"] == "application/pdf"
    close_response(first[0])
    close_response(second[0])
    assert len(first[1]) == len(second[1]), first[1].difference(second[1])
