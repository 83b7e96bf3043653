"""The editor through the test client: editing sections, previewing, approving with overrides, signing,
publishing, versions; bad input answers 400 with a message and stores nothing."""

from __future__ import annotations

import re

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from measures.models import IssuedDocument, Notice
from measures.workflow import Status
from tests.measures.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_editor_page_shows_sections_findings_and_actions(client_as, historical):
    client = client_as("clerk")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = client.get(reverse("measures:detail", args=[historical.pk])).content.decode()
    assert "มาตรการป้องกัน" in page
    assert "ORG_NAME" in page and "องค์การบริหารส่วนตำบลบางเสด็จ" in page
    assert "Suggested fix:" in page
    assert "historical text as issued" in page
    assert "Start next year" in page


def test_admin_edits_moves_adds_and_removes_sections(client_as, draft):
    client = client_as("clerk")
    first, second, third = draft.sections.all()
    url = reverse("measures:section_edit", args=[draft.pk, second.pk])
    response = client.post(url, {"heading": "เจตนารมณ์", "body": "(๑) ข้อหนึ่ง\n(๒) ข้อสอง\n\n\n"})
    assert response.status_code == 302
    second.refresh_from_db()
    assert (second.heading, second.body) == ("เจตนารมณ์", "(๑) ข้อหนึ่ง\n\n(๒) ข้อสอง")
    client.post(reverse("measures:section_move", args=[draft.pk, second.pk]), {"direction": "up"})
    assert [s.pk for s in draft.sections.all()] == [second.pk, first.pk, third.pk]
    client.post(reverse("measures:section_add", args=[draft.pk]), {"heading": "ภาคผนวก", "body": "ข้อความ"})
    client.post(reverse("measures:section_remove", args=[draft.pk, third.pk]))
    assert [s.heading for s in draft.sections.all()] == ["เจตนารมณ์", "", "ภาคผนวก"]


def test_preview_renders_the_printed_text_without_inline_style_or_script(client_as, historical):
    response = client_as("clerk").get(reverse("measures:preview", args=[historical.pk]))
    page = response.content.decode()
    assert response.status_code == 200
    assert "การขัดกันระหว่างประโยชน์ส่วนบุคคลและประโยชน์ส่วนรวม ตามความในมาตรา ๑๐๐" in page
    assert "(นายเกษม แซ่ลี)" in page
    assert "css/measures.css" in page
    assert "data:image/svg+xml" in page  # the QR code, allowed by the CSP's img-src data:
    assert not re.search(r"<style|style=|<script>", page)


def test_draft_pdf_is_the_unsigned_rendering(client_as, draft):
    response = client_as("auditor").get(reverse("measures:draft_pdf", args=[draft.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    assert response["Cache-Control"] == "private, no-store"


def test_approve_is_refused_with_the_errors_named_then_allowed_after_overrides(client_as, draft):
    client = client_as("clerk")
    section = draft.sections.first()
    client.post(
        reverse("measures:section_edit", args=[draft.pk, section.pk]),
        {"heading": "", "body": "บุคลากรขององค์การบริหารส่วนตำบลบางเสด็จ"},
    )
    with translation.override("en"):
        response = client.post(reverse("measures:approve", args=[draft.pk]), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert b"ORG_NAME" in response.content
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    response = client.post(
        reverse("measures:override", args=[draft.pk]), {"code": "ORG_NAME", "reason": "ชื่อเดิมของตำบล"}
    )
    assert response.status_code == 302
    assert client.post(reverse("measures:approve", args=[draft.pk])).status_code == 302
    draft.refresh_from_db()
    assert draft.status == Status.APPROVED


def test_override_of_a_code_without_findings_is_refused(client_as, draft):
    response = client_as("clerk").post(
        reverse("measures:override", args=[draft.pk]), {"code": "ORG_NAME", "reason": "x"}
    )
    assert response.status_code == 400
    assert not draft.overrides.exists()


def test_signer_signs_with_the_password_and_lands_on_the_verification_page(
    client_as, approved, nayok_certificate
):
    client = client_as("nayok")
    page = client.get(reverse("measures:sign", args=[approved.pk]))
    assert page.status_code == 200
    assert page["Cache-Control"].startswith("max-age=0")
    response = client.post(
        reverse("measures:sign", args=[approved.pk]), {"password": PASSWORD, "confirm": "on"}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("measures:verify_notice", args=[approved.identifier])
    approved.refresh_from_db()
    assert approved.status == Status.SIGNED


def test_wrong_password_answers_400_and_issues_nothing(client_as, approved, nayok_certificate):
    response = client_as("nayok").post(
        reverse("measures:sign", args=[approved.pk]), {"password": "nope", "confirm": "on"}
    )
    assert response.status_code == 400
    assert not IssuedDocument.objects.exists()


def test_a_signer_without_certificate_is_told_whom_to_ask(client_as, approved):
    with translation.override("en"):
        response = client_as("nayok").get(
            reverse("measures:sign", args=[approved.pk]), HTTP_ACCEPT_LANGUAGE="en"
        )
    assert b"no-certificate" in response.content


def test_admin_publishes_a_signed_notice_and_starts_a_new_version(client_as, signed):
    client = client_as("clerk")
    notice = signed.notice
    assert client.post(reverse("measures:publish", args=[notice.pk])).status_code == 302
    response = client.post(reverse("measures:new_version", args=[notice.pk]))
    new = Notice.objects.get(previous=notice)
    assert response["Location"] == reverse("measures:detail", args=[new.pk])
    assert new.status == Status.DRAFT


def test_next_year_from_the_list_of_a_published_notice(client_as, historical):
    response = client_as("clerk").post(reverse("measures:next_year", args=[historical.pk]))
    copy = Notice.objects.get(year_be=2563)
    assert response["Location"] == reverse("measures:detail", args=[copy.pk])


def test_new_notice_form(client_as, org):
    client = client_as("clerk")
    response = client.post(reverse("measures:new"), {"kind": "measures", "year_be": "๒๕๗๑"})
    notice = Notice.objects.get(year_be=2571)
    assert response["Location"] == reverse("measures:detail", args=[notice.pk])
    again = client.post(reverse("measures:new"), {"kind": "measures", "year_be": "2571"})
    assert again.status_code == 400
    assert client.post(reverse("measures:new"), {"kind": "measures", "year_be": "25"}).status_code == 400


def test_edit_fields_with_bad_input_answers_400(client_as, draft):
    response = client_as("clerk").post(
        reverse("measures:edit", args=[draft.pk]), {"title": "", "signed_on": "not-a-date"}
    )
    assert response.status_code == 400
    draft.refresh_from_db()
    assert draft.title


def test_edit_fields_fills_the_printed_name_from_the_signer(client_as, draft, official_of):
    palad = official_of("palad")
    response = client_as("clerk").post(
        reverse("measures:edit", args=[draft.pk]),
        {
            "title": draft.title,
            "issuing_body": draft.issuing_body,
            "signer": palad.pk,
            "signer_position": "ปลัด",
            "signed_on": "2027-01-12",
        },
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.signer, draft.signer_name, str(draft.signed_on)) == (
        palad,
        palad.full_name_th,
        "2027-01-12",
    )


def test_an_approved_notice_is_not_edited(client_as, approved):
    section = approved.sections.first()
    client = client_as("clerk")
    assert client.get(reverse("measures:section_edit", args=[approved.pk, section.pk])).status_code == 404
    assert client.post(reverse("measures:edit", args=[approved.pk]), {"title": "x"}).status_code == 404


def test_certificate_upload_page(client_as, org, nayok_p12, official_of):
    client = client_as("clerk")
    data = {"kind": "personal", "official": official_of("nayok").pk, "password": PASSWORD}
    response = client.post(
        reverse("measures:certificates"), {**data, "file": SimpleUploadedFile("k.p12", nayok_p12)}
    )
    assert response.status_code == 302
    page = client.get(reverse("measures:certificates")).content.decode()
    assert "นายเกษม แซ่ลี" in page
    bad = client.post(
        reverse("measures:certificates"),
        {**data, "password": "x", "file": SimpleUploadedFile("k.p12", nayok_p12)},
    )
    assert bad.status_code == 400
    missing = client.post(
        reverse("measures:certificates"),
        {"kind": "personal", "password": PASSWORD, "file": SimpleUploadedFile("k.p12", nayok_p12)},
    )
    assert missing.status_code == 400


@pytest.mark.parametrize(
    ("name", "method"),
    [
        ("measures:approve", "get"),
        ("measures:publish", "get"),
        ("measures:preview", "post"),
        ("measures:detail", "post"),
    ],
)
def test_wrong_method_is_refused(client_as, draft, name, method):
    response = getattr(client_as("clerk"), method)(reverse(name, args=[draft.pk]))
    assert response.status_code == 405


def test_outsider_gets_404_on_every_notice_of_the_demo_organization(client_as, historical, draft):
    client = client_as("outsider")
    for notice in (historical, draft):
        for name in ("measures:detail", "measures:preview", "measures:draft_pdf"):
            assert client.get(reverse(name, args=[notice.pk])).status_code == 404
    assert "มาตรการในการสร้างจิตสำนึก" not in client.get(reverse("measures:list")).content.decode()
