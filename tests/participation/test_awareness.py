"""Awareness activities, the risk register and the ITA evidence index (measures 1-3, ITA evidence)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from participation import demo, services
from participation.models import AwarenessActivity, ItaItem, ItaLink, Risk
from tests.gifts.test_uploads import png_bytes
from tests.participation.conftest import at

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 6, 15)


@pytest.fixture(autouse=True)
def frozen(time_machine):
    at(time_machine, TODAY)


def test_recording_an_activity_with_attendees_and_a_photo(org, client, client_as, official):
    data = {
        "title": "อบรม No Gift",
        "held_on": "2026-06-10",
        "kind": "training",
        "measure": "1",
        "other_attendees": "3",
        "top_executive_present": "on",
        "published": "on",
        "attendees": [official("staff1").pk, official("nayok").pk],
    }
    admin = client_as("clerk")
    assert (
        admin.post(reverse("participation:activity_new"), {**data, "held_on": "2026-06-16"}).status_code
        == 400
    )
    assert client_as("staff1").post(reverse("participation:activity_new"), data).status_code == 404
    photo = SimpleUploadedFile("p.png", png_bytes())
    response = admin.post(reverse("participation:activity_new"), {**data, "photos": [photo]})
    activity = AwarenessActivity.objects.get()
    assert response.status_code == 302 and activity.attendees.count() == 2 and activity.files.count() == 1
    photo = activity.files.get()
    public = client.get(reverse("participation:activities_public", args=[org.slug])).content.decode()
    assert "อบรม No Gift" in public and 'alt="' in public
    image = client.get(reverse("participation:activity_file_public", args=[org.slug, activity.pk, photo.pk]))
    assert image.status_code == 200 and image["X-Content-Type-Options"] == "nosniff"
    AwarenessActivity.objects.update(published=False)
    hidden = client.get(reverse("participation:activity_file_public", args=[org.slug, activity.pk, photo.pk]))
    assert hidden.status_code == 302
    assert (
        "อบรม No Gift"
        not in client.get(reverse("participation:activities_public", args=[org.slug])).content.decode()
    )
    assert (
        client_as("staff1").get(reverse("participation:activity_detail", args=[activity.pk])).status_code
        == 200
    )
    assert (
        client_as("outsider").get(reverse("participation:activity_detail", args=[activity.pk])).status_code
        == 404
    )
    # Closing a file response ends the request (and the database connection): last.
    image.close()


def test_the_risk_register_grows_from_the_notice_risk_analysis(org, client, client_as):
    demo.seed_participation(org)
    risks = Risk.objects.filter(organization=org)
    assert risks.count() == 6
    assert risks.get(number=5).title.startswith("เจ้าหน้าที่ของรัฐได้ทราบข้อมูลโครงการตัดถนน")
    assert {m.measure_no for m in risks.get(number=3).measures.all()} == {1, 4}
    risk = risks.get(number=1)
    url = reverse("participation:risk_edit", args=[risk.pk])
    admin = client_as("clerk")
    assert (
        admin.post(url, {"action": "risk", "title": risk.title, "likelihood": "6", "impact": "2"}).status_code
        == 400
    )
    assert (
        admin.post(
            url, {"action": "risk", "title": risk.title, "likelihood": "4", "impact": "5", "owner": "กองช่าง"}
        ).status_code
        == 302
    )
    risk.refresh_from_db()
    assert risk.level == 20
    measure = risk.measures.first()
    saved = admin.post(
        url,
        {
            "action": "measure",
            "measure": measure.pk,
            "measure_no": "1",
            "description": "อบรม",
            "result": "อบรมครบ 40 คน",
            "result_on": "2026-06-01",
        },
    )
    assert saved.status_code == 302
    measure.refresh_from_db()
    assert measure.result == "อบรมครบ 40 คน"
    public = client.get(reverse("participation:risks_public", args=[org.slug])).content.decode()
    assert "อบรมครบ 40 คน" in public
    assert client_as("staff1").get(url).status_code == 404
    assert client_as("staff1").get(reverse("participation:risks")).status_code == 200


def test_ita_items_are_editable_data_keyed_by_year_and_code(org, client, client_as, english):
    demo.seed_participation(org)
    assert set(ItaItem.objects.filter(organization=org, fiscal_year=2568).values_list("code", flat=True)) == {
        "O16",
        "O20",
        "O21",
        "O22",
        "O23",
        "O24",
        "O25",
        "O26",
    }
    o20 = ItaItem.objects.get(organization=org, fiscal_year=2569, code="O20")
    assert o20.title.startswith("การขับเคลื่อนนโยบาย NO GIFT POLICY")
    assert reverse("gift_reports:public_register", args=[org.slug]) in o20.links.values_list("url", flat=True)
    admin = client_as("clerk")
    duplicate = admin.post(reverse("participation:ita_manage", args=[2569]), {"code": "o20", "title": "ซ้ำ"})
    assert duplicate.status_code == 400
    assert (
        admin.post(
            reverse("participation:ita_manage", args=[2570]), {"code": "O18", "title": "ใหม่"}
        ).status_code
        == 302
    )
    item = ItaItem.objects.get(fiscal_year=2570, code="O18")
    action = reverse("participation:ita_item_action", args=[item.pk])
    admin.post(action, {"action": "link", "label": "ภายนอก", "url": "javascript:alert(1)"})
    assert not item.links.exists()
    admin.post(action, {"action": "link", "label": "คู่มือ", "url": f"/o/{org.slug}/handbook/"})
    admin.post(action, {"action": "rename", "code": "O17", "title": "ใหม่ (แก้รหัส)"})
    item.refresh_from_db()
    assert item.code == "O17" and item.links.count() == 1
    page = client.get(reverse("participation:ita_year", args=[org.slug, 2570])).content.decode()
    assert "O17" in page and f"/o/{org.slug}/handbook/" in page
    admin.post(action, {"action": "unlink", "link": item.links.get().pk})
    assert not ItaLink.objects.filter(item=item).exists()
    admin.post(action, {"action": "remove"})
    assert not ItaItem.objects.filter(pk=item.pk).exists()
    assert (
        client_as("auditor")
        .post(reverse("participation:ita_manage", args=[2570]), {"code": "X", "title": "x"})
        .status_code
        == 404
    )
    with pytest.raises(services.ParticipationError):
        services.ita_item_save(actor=None, organization=org, fiscal_year=2570, code="", title="x")


def test_the_demo_is_idempotent(org):
    from privacy.demo import seed_privacy
    from privacy.models import PrivacyNotice, SpouseNotice, SubjectRequest

    demo.seed_participation(org)
    seed_privacy(org)
    counts = (
        Risk.objects.count(),
        ItaItem.objects.count(),
        ItaLink.objects.count(),
        AwarenessActivity.objects.count(),
        PrivacyNotice.objects.count(),
        SpouseNotice.objects.count(),
        SubjectRequest.objects.count(),
    )
    demo.seed_participation(org)
    seed_privacy(org)
    assert counts == (
        Risk.objects.count(),
        ItaItem.objects.count(),
        ItaLink.objects.count(),
        AwarenessActivity.objects.count(),
        PrivacyNotice.objects.count(),
        SpouseNotice.objects.count(),
        SubjectRequest.objects.count(),
    )
    assert counts[0] == 6 and counts[1] == 17
