"""The record of processing (s.39; standards.md P-11) is generated from the data inventory."""

from __future__ import annotations

import pytest
from django.urls import reverse

from privacy.inventory import RECORD_TYPES
from privacy.ropa import build_ropa
from tests.privacy.conftest import pdf_text

pytestmark = pytest.mark.django_db


def test_every_record_type_appears_with_purpose_basis_recipients_retention_and_measures(org):
    ropa = build_ropa(org)
    assert [row.key for row in ropa.rows] == [record.key for record in RECORD_TYPES]
    for row in ropa.rows:
        for value in (row.purpose, row.basis, row.categories, row.recipients, row.retention, row.security):
            assert value.strip(), row.key
        assert row.basis.startswith("มาตรา ๒๔")
    assert org.name_th in ropa.controller


def test_the_page_and_the_pdf(org, client_as):
    client = client_as("auditor")
    page = client.get(reverse("privacy:ropa")).content.decode()
    assert "ropa-tipoffs" in page and "ropa-gift_filings" in page
    response = client.get(reverse("privacy:ropa_pdf"))
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert "บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล" in text
    assert "มาตรา ๓๙" in text and "การแจ้งเบาะแส" in text
    for username in ("staff1", "nayok", "chair"):
        assert client_as(username).get(reverse("privacy:ropa")).status_code == 404
        assert client_as(username).get(reverse("privacy:ropa_pdf")).status_code == 404
    assert client_as("outsider").get(reverse("privacy:ropa")).context["ropa"].organization.slug == "khlongdan"
