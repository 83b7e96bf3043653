"""“Download my data” (PDPA s.30-s.31; standards.md P-09): an official's own records, nobody else's, and
the download is audited with each spouse in it."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from django.urls import reverse

from coi_portal.models import AuditEntry
from participation import services as participation

pytestmark = pytest.mark.django_db


def archive(response):
    return zipfile.ZipFile(io.BytesIO(response.content))


def test_an_official_downloads_their_own_records(org, client_as, file_gift, user_named):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from gifts import services as gifts
    from gifts.uploads import check_file
    from tests.gifts.conftest import facts
    from tests.gifts.test_uploads import png_bytes

    user = user_named("nayok")
    photo = check_file(SimpleUploadedFile("basket.png", png_bytes()))
    draft = gifts.draft_create(actor=user, filer=user.membership.official, facts=facts(), files=[photo])
    gifts.filing_submit(actor=user, filing=draft)
    file_gift("staff1", giver_name="นายไม่เกี่ยว ข้องเลย")
    participation.tipoff_submit(
        organization=org, subject="gift", what="นายกรับกระเช้า", named=[user.membership.official]
    )

    response = client_as("nayok").get(reverse("privacy:my_data_download"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"] and response["Cache-Control"].startswith("private")
    with archive(response) as zipped:
        names = zipped.namelist()
        data = json.loads(zipped.read("data.json"))
        assert "README.txt" in names
        assert any(name.startswith("files/") and name.endswith("basket.png") for name in names)
    assert data["official"]["first_name_th"] == "เกษม"
    assert data["account"]["username"] == "nayok"
    assert [t["office"] for t in data["tenures"]] == ["chief_executive"]
    assert [s["first_name_th"] for s in data["spouses"]] == ["สมศรี"]
    assert len(data["gift_filings"]) == 1
    assert data["gift_filings"][0]["versions"][0]["attachments"][0]["name"] == "basket.png"
    text = json.dumps(data, ensure_ascii=False)
    assert "นายไม่เกี่ยว" not in text
    assert "tipoff" not in text.lower() and "นายกรับกระเช้า" not in text
    assert AuditEntry.objects.filter(action="privacy.my_data_export", actor_username="nayok").count() == 1
    assert AuditEntry.objects.filter(action="privacy.spouse_data_export", actor_username="nayok").count() == 1


def test_the_page_and_who_may_download(client_as, user_named):
    assert client_as("staff1").get(reverse("privacy:my_data")).status_code == 200
    assert client_as("staff1").post(reverse("privacy:my_data_download")).status_code == 405
    from coi_portal.models import Membership

    Membership.objects.filter(user=user_named("auditor")).update(official=None)
    assert client_as("auditor").get(reverse("privacy:my_data_download")).status_code == 404
    anonymous = client_as(None).get(reverse("privacy:my_data_download"))
    assert anonymous.status_code == 302 and anonymous["Location"].startswith("/accounts/login/")
