"""Every participation URL against every persona: 200, 302 (to login, a redirect, or after a POST), 400 (a
handler's empty form) or 404 for what the viewer may not see."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from gifts.models import Ruling
from gifts.uploads import check_file
from participation import services
from tests.gifts.test_uploads import png_bytes
from tests.privacy.test_permissions import ACCOUNTS, EVERYONE, PERSONAS, USERNAMES
from tests.urlwalk import walk

pytestmark = pytest.mark.django_db

HANDLER_ONLY = [404, 404, 404, 404, 200, 404, 302, 404]
MANAGERS = [404, 404, 404, 404, 200, 404, 302, 200]
OWN_ORGANIZATION = [200, 200, 200, 200, 200, 200, 302, 404]
MATRIX = {
    "participation:tipoff_new": ("GET", EVERYONE),
    "participation:tipoff_follow": ("GET", EVERYONE),
    "participation:handbook": ("GET", EVERYONE),
    "participation:activities_public": ("GET", EVERYONE),
    "participation:activity_file_public": ("GET", EVERYONE),
    "participation:risks_public": ("GET", EVERYONE),
    "participation:ita_index": ("GET", [302] * 8),
    "participation:ita_year": ("GET", EVERYONE),
    "participation:tipoff_inbox": ("GET", ACCOUNTS),
    "participation:tipoff_counts": ("GET", [404, 404, 404, 404, 200, 200, 302, 200]),
    # A tip-off naming the finance director, routed to the integrity officer (clerk).
    "participation:tipoff_detail": ("GET", HANDLER_ONLY),
    "participation:tipoff_ask": ("POST", [404, 404, 404, 404, 400, 404, 302, 404]),
    "participation:tipoff_close": ("POST", [404, 404, 404, 404, 400, 404, 302, 404]),
    "participation:tipoff_evidence": ("GET", HANDLER_ONLY),
    "participation:activities": ("GET", ACCOUNTS),
    "participation:activity_new": ("GET", MANAGERS),
    "participation:activity_detail": ("GET", OWN_ORGANIZATION),
    "participation:activity_file": ("GET", OWN_ORGANIZATION),
    "participation:risks": ("GET", ACCOUNTS),
    "participation:risk_edit": ("GET", HANDLER_ONLY),
    "participation:ita_manage": ("GET", ACCOUNTS),
    "participation:ita_item_action": ("POST", [404, 404, 404, 404, 302, 404, 302, 404]),
    "participation:cases": ("GET", MANAGERS),
    "participation:case_publish": ("GET", HANDLER_ONLY),
    "participation:case_withdraw": ("POST", [404, 404, 404, 404, 302, 404, 302, 404]),
}


def test_every_participation_route_is_in_the_matrix():
    assert {r.name for r in walk() if r.name.startswith("participation:")} == set(MATRIX)


@pytest.fixture
def records(org, user_named, file_gift):
    clerk = user_named("clerk")
    risk = services.risk_add(
        actor=clerk, organization=org, fiscal_year=2569, title="ความเสี่ยง", likelihood=2, impact=3
    )
    item = services.ita_item_save(
        actor=clerk, organization=org, fiscal_year=2569, code="O21", title="การประเมินความเสี่ยง"
    )
    activity = services.activity_record(
        actor=clerk,
        organization=org,
        data={
            "title": "อบรม",
            "held_on": timezone.localdate(),
            "kind": "training",
            "measure": 1,
            "description": "",
            "other_attendees": 4,
            "top_executive_present": False,
            "published": True,
        },
        photos=[check_file(SimpleUploadedFile("a.png", png_bytes()))],
    )
    photo = check_file(SimpleUploadedFile("p.png", png_bytes()))
    submitted = services.tipoff_submit(
        organization=org,
        subject="gift",
        what="x",
        named=[user_named("director").membership.official],
        files=[photo],
    )
    # The ruling's own workflow (and its PDF) is the gifts app's; a row is enough here.
    ruling = Ruling.objects.create(
        filing=file_gift("staff1"),
        decision="keep",
        reason="รับได้",
        decider_name="นายเกษม แซ่ลี",
        decider_title="นายก",
        decided_on=timezone.localdate(),
    )
    case = services.case_publish(actor=clerk, ruling=ruling, title="t", summary="s")
    return {
        "tipoff": submitted.tipoff,
        "evidence": submitted.tipoff.evidence.get(),
        "activity": activity,
        "file": activity.files.first(),
        "risk": risk,
        "item": item,
        "ruling": ruling,
        "case": case,
    }


def url_for(name, r):
    slug = "bangsaothong"
    args = {
        "participation:tipoff_new": [slug],
        "participation:handbook": [slug],
        "participation:activities_public": [slug],
        "participation:activity_file_public": [slug, r["activity"].pk, r["file"].pk],
        "participation:risks_public": [slug],
        "participation:ita_index": [slug],
        "participation:ita_year": [slug, 2569],
        "participation:tipoff_detail": [r["tipoff"].pk],
        "participation:tipoff_ask": [r["tipoff"].pk],
        "participation:tipoff_close": [r["tipoff"].pk],
        "participation:tipoff_evidence": [r["tipoff"].pk, r["evidence"].pk],
        "participation:activity_detail": [r["activity"].pk],
        "participation:activity_file": [r["activity"].pk, r["file"].pk],
        "participation:risk_edit": [r["risk"].pk],
        "participation:ita_manage": [2569],
        "participation:ita_item_action": [r["item"].pk],
        "participation:case_publish": [r["ruling"].pk],
        "participation:case_withdraw": [r["case"].pk],
    }
    return reverse(name, args=args.get(name, []))


@pytest.mark.parametrize("name", sorted(MATRIX))
@pytest.mark.parametrize("persona", PERSONAS)
def test_permission_matrix(client_as, records, name, persona):
    method, expected = MATRIX[name]
    client = client_as(USERNAMES[persona])
    url = url_for(name, records)
    response = client.post(url, {}) if method == "POST" else client.get(url)
    response.close()
    assert response.status_code == expected[PERSONAS.index(persona)], f"{persona} {method} {url}"
