"""Each gift submission stores the privacy notice it was made under (PDPA s.23; standards.md P-02), and the
form shows that notice without asking for consent (the filing is a legal duty, s.24(6))."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from privacy import services as privacy
from privacy.inventory import Activity
from privacy.models import S23_ELEMENTS

pytestmark = pytest.mark.django_db


def test_the_submission_stores_the_notice_in_force_and_a_later_one_the_new_version(
    demo_orgs, file_gift, user_named
):
    org = demo_orgs["bangsaothong"]
    first = file_gift("staff1", value=Decimal("4500"))
    assert first.versions.get().notice_version == "gifts-1"
    current = privacy.current_notice(organization=org, activity=Activity.GIFTS)
    privacy.notice_publish(
        actor=user_named("clerk"),
        organization=org,
        activity="gifts",
        content={field: getattr(current, field) for field in S23_ELEMENTS},
        change_note="ปรับปรุงช่องทางติดต่อ",
    )
    later = file_gift("staff2", value=Decimal("4500"))
    assert later.versions.get().notice_version == "gifts-2"
    assert first.versions.get().notice_version == "gifts-1"


def test_a_draft_has_no_notice_version_until_it_is_submitted(demo_orgs, file_gift):
    draft = file_gift("staff1", submit=False)
    assert draft.versions.get().notice_version == ""


def test_the_form_shows_the_short_notice_and_no_consent_box(demo_orgs, client_as):
    page = client_as("staff1").get(reverse("gifts:new"))
    html = page.content.decode()
    assert "privacy-short-notice" in html
    assert reverse("privacy:notice", args=["bangsaothong", "gifts"]) in html
    assert "consent" not in str(page.context["form"].fields).lower()
