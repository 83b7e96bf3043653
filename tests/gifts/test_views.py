"""Filing in the browser's terms: the posted field names, good input, and bad input that stores nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from gifts.models import Attachment, GiftFiling, GiftVersion
from gifts.workflow import Status
from tests.gifts.test_uploads import png_bytes
from tests.responses import close_response

pytestmark = pytest.mark.django_db


def post_data(**changes):
    data = {
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
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_staff_files_5000_from_a_contractor_and_it_goes_to_the_chief_executive(
    demo_orgs, client_as, user_named
):
    response = client_as("staff1").post(reverse("gifts:new"), post_data())
    filing = GiftFiling.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("gifts:detail", args=[filing.pk])
    assert filing.status == Status.SUBMITTED
    assert filing.reviewer == user_named("nayok").membership.official
    page = client_as("staff1").get(response["Location"]).content.decode()
    assert "ต้องรายงาน" in page
    assert "มาตรา ๑๒๘ (เดิมมาตรา ๑๐๓)" in page


def test_thai_digits_and_a_draft(demo_orgs, client_as):
    response = client_as("staff1").post(reverse("gifts:new"), post_data(value="๕,๐๐๐.๕๐", action="draft"))
    assert response.status_code == 302
    filing = GiftFiling.objects.get()
    assert filing.status == Status.DRAFT
    assert str(filing.versions.get().value) == "5000.50"


def test_preview_shows_the_law_and_stores_nothing(demo_orgs, client_as):
    response = client_as("staff2").post(reverse("gifts:new"), post_data(value="2000", action="preview"))
    assert response.status_code == 200
    assert "รับได้ ไม่ต้องรายงาน" in response.content.decode() or "ไม่ต้องรายงาน" in response.content.decode()
    assert not GiftFiling.objects.exists()


def test_a_2000_baht_new_year_basket_is_recorded_as_permitted(demo_orgs, client_as):
    client_as("staff2").post(reverse("gifts:new"), post_data(value="2000", giver_organization=""))
    filing = GiftFiling.objects.get()
    assert filing.status == Status.RECORDED
    assert filing.reviewer is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        pytest.param({"value": "-5"}, "value", id="negative"),
        pytest.param({"value": "0"}, "value", id="zero"),
        pytest.param({"value": "10000000.01"}, "value", id="huge"),
        pytest.param({"value": "ห้าพันบาท"}, "value", id="not-a-number"),
        pytest.param({"value": "1e9"}, "value", id="exponent"),
        pytest.param({"value": "NaN"}, "value", id="nan"),
        pytest.param({"value": "12.345"}, "value", id="three-decimals"),
        pytest.param(
            {"received_on": (timezone.localdate() + dt.timedelta(days=1)).isoformat()},
            "received_on",
            id="future-date",
        ),
        pytest.param({"received_on": "31/12/2569"}, "received_on", id="not-iso-date"),
        pytest.param({"giver_relation": "boss"}, "giver_relation", id="tampered-relation"),
        pytest.param({"occasion": "bribe"}, "occasion", id="tampered-occasion"),
        pytest.param({"occasion": "other", "occasion_other": ""}, "occasion_other", id="other-without-text"),
        pytest.param({"giver_name": ""}, "giver_name", id="no-giver"),
    ],
)
def test_bad_input_gets_a_message_and_stores_nothing(demo_orgs, client_as, changes, field):
    response = client_as("staff1").post(reverse("gifts:new"), post_data(**changes))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert "กรุณาแก้ไข" in response.content.decode()
    assert not GiftFiling.objects.exists()
    assert not GiftVersion.objects.exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        pytest.param(SimpleUploadedFile("photo.jpg", b"MZ\x90\x00not an image"), "JPEG", id="disguised"),
        pytest.param(
            SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024)), "10", id="oversized"
        ),
    ],
)
def test_bad_upload_stores_nothing(demo_orgs, client_as, upload, message):
    response = client_as("staff1").post(reverse("gifts:new"), {**post_data(), "attachments": [upload]})
    assert response.status_code == 400
    assert message in str(response.context["form"].errors["attachments"])
    assert not GiftFiling.objects.exists()
    assert not Attachment.objects.exists()


def test_six_files_are_too_many(demo_orgs, client_as):
    files = [SimpleUploadedFile(f"p{i}.png", png_bytes()) for i in range(6)]
    response = client_as("staff1").post(reverse("gifts:new"), {**post_data(), "attachments": files})
    assert response.status_code == 400
    assert not GiftFiling.objects.exists()


def test_photo_is_stored_under_a_random_name_and_served_privately(demo_orgs, client_as):
    upload = SimpleUploadedFile("../../basket.png", png_bytes())
    client_as("staff1").post(reverse("gifts:new"), {**post_data(), "attachments": [upload]})
    attachment = Attachment.objects.get()
    assert "basket" not in attachment.file.name
    assert attachment.original_name == "basket.png"
    url = reverse("gifts:attachment", args=[attachment.version.filing_id, attachment.pk])
    response = client_as("nayok").get(url)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "filename=" in response["Content-Disposition"]
    close_response(response)
    assert client_as("staff2").get(url).status_code == 404


def test_another_persons_filing_is_404(demo_orgs, client_as):
    client_as("staff1").post(reverse("gifts:new"), post_data(action="draft"))
    filing = GiftFiling.objects.get()
    assert client_as("staff2").get(reverse("gifts:edit", args=[filing.pk])).status_code == 404
    assert client_as("staff2").post(reverse("gifts:submit", args=[filing.pk])).status_code == 404
    assert GiftFiling.objects.get().status == Status.DRAFT


def test_a_ruled_filing_cannot_be_resubmitted_or_ruled_again(demo_orgs, client_as):
    client_as("staff1").post(reverse("gifts:new"), post_data())
    filing = GiftFiling.objects.get()
    boss = client_as("nayok")
    response = boss.post(
        reverse("gifts:rule", args=[filing.pk]), {"decision": "return", "reason": "ไม่เหมาะสม"}
    )
    assert response.status_code == 302
    assert client_as("staff1").post(reverse("gifts:submit", args=[filing.pk])).status_code == 404
    again = boss.post(reverse("gifts:rule", args=[filing.pk]), {"decision": "keep", "reason": "x"})
    assert again.status_code == 404
    assert GiftFiling.objects.get().ruling.decision == "return"


def test_ruling_form_needs_reason_and_return_impossible_reason(demo_orgs, client_as):
    client_as("member1").post(reverse("gifts:new"), post_data(value="4500"))
    filing = GiftFiling.objects.get()
    chair = client_as("chair")
    response = chair.post(reverse("gifts:rule", args=[filing.pk]), {"decision": "hand_over", "reason": "x"})
    assert response.status_code == 400
    assert "return_impossible_reason" in response.context["form"].errors
    response = chair.post(reverse("gifts:rule", args=[filing.pk]), {"decision": "sell", "reason": "x"})
    assert response.status_code == 400
    assert GiftFiling.objects.get().status == Status.SUBMITTED
