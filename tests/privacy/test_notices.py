"""Privacy notices (standards.md P-01, P-02): every activity has a versioned notice with every s.23 element;
an empty element is refused; submissions keep the version they were made under."""

from __future__ import annotations

import pytest
from django.urls import reverse

from coi_portal.models import AuditEntry
from privacy import services
from privacy.inventory import RECORD_TYPES, Activity, record_types_for
from privacy.models import S23_ELEMENTS, PrivacyNotice
from privacy.notices import default_content, missing_elements
from privacy.pdpa import LawfulBasis

pytestmark = pytest.mark.django_db


def content_of(notice):
    return {name: getattr(notice, name) for name in S23_ELEMENTS}


@pytest.mark.parametrize("activity", list(Activity), ids=[a.value for a in Activity])
def test_every_activity_has_a_notice_with_every_s23_element(org, activity):
    notice = services.current_notice(organization=org, activity=activity)
    assert notice.version == 1
    assert missing_elements(notice) == []
    thai, english = default_content(org, activity)
    assert missing_elements(thai) == [] and missing_elements(english) == []
    assert org.name_th in notice.controller and org.phone in notice.controller
    assert "มาตรา ๓๐" in notice.rights


@pytest.mark.parametrize("element", S23_ELEMENTS)
def test_a_notice_missing_an_element_is_refused_and_nothing_is_stored(org, user_named, element, english):
    notice = services.current_notice(organization=org, activity=Activity.GIFTS)
    content = {**content_of(notice), element: "   "}
    assert missing_elements(content) == [element]
    with pytest.raises(services.PrivacyError, match=element):
        services.notice_publish(
            actor=user_named("clerk"), organization=org, activity="gifts", content=content
        )
    assert PrivacyNotice.objects.filter(organization=org, activity="gifts").count() == 1


def test_mandatory_filings_rest_on_the_law_never_on_consent():
    for record in RECORD_TYPES:
        assert record.basis in (LawfulBasis.PUBLIC_TASK, LawfulBasis.LEGAL_OBLIGATION), record.key
    for record in record_types_for(Activity.GIFTS) + record_types_for(Activity.INTERESTS):
        assert record.basis is LawfulBasis.LEGAL_OBLIGATION


def test_a_new_version_is_published_and_the_old_one_stays(org, user_named, client):
    first = services.current_notice(organization=org, activity=Activity.GIFTS)
    assert services.notice_version_for(organization=org, activity="gifts") == "gifts-1"
    second = services.notice_publish(
        actor=user_named("clerk"),
        organization=org,
        activity="gifts",
        content={**content_of(first), "retention": "เก็บรักษา ๑๒ ปี"},
        english={"retention": "Kept 12 years"},
        change_note="ระยะเวลาเก็บรักษาใหม่",
    )
    assert second.version == 2
    assert services.notice_version_for(organization=org, activity="gifts") == "gifts-2"
    assert services.notice_by_label(org, "gifts-1") == first
    assert AuditEntry.objects.filter(action="privacy.notice_publish", target_id=str(second.pk)).exists()
    old = client.get(reverse("privacy:notice_version", args=[org.slug, "gifts", 1]))
    assert "เก็บรักษา ๑๒ ปี" not in old.content.decode()
    assert old.context["notice"] == first and old.context["in_force"] == second
    assert "alert-warning" in old.content.decode()
    current = client.get(reverse("privacy:notice", args=[org.slug, "gifts"])).content.decode()
    assert "เก็บรักษา ๑๒ ปี" in current


def test_the_notice_form_publishes_a_version_and_refuses_an_empty_element(org, client_as):
    client = client_as("clerk")
    url = reverse("privacy:notice_new_version", args=["tipoffs"])
    form = client.get(url).context["form"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    data["effective_on"] = data["effective_on"].isoformat()
    data["change_note"] = "ถ้อยคำใหม่"
    bad = client.post(url, {**data, "rights": ""})
    assert bad.status_code == 400
    assert PrivacyNotice.objects.filter(organization=org, activity="tipoffs").count() == 1
    good = client.post(url, data)
    assert good.status_code == 302
    assert PrivacyNotice.objects.filter(organization=org, activity="tipoffs").count() == 2


def test_only_privacy_keepers_publish_notices(client_as):
    url = reverse("privacy:notice_new_version", args=["gifts"])
    assert client_as("clerk").get(url).status_code == 200
    for username in ("staff1", "nayok", "auditor", "outsider"):
        response = client_as(username).get(url)
        assert response.status_code == (200 if username == "outsider" else 404), username
    assert client_as("clerk").get(reverse("privacy:notice_new_version", args=["nonsense"])).status_code == 404


def test_outsider_publishes_for_their_own_organization_only(client_as, org, other_org):
    client_as("outsider").get(reverse("privacy:notice_new_version", args=["gifts"]))
    assert PrivacyNotice.objects.filter(organization=other_org, activity="gifts").exists()
    assert not PrivacyNotice.objects.filter(organization=org).exists()


def test_public_notice_pages_show_every_element_in_thai_and_english(org, client):
    response = client.get(reverse("privacy:notice", args=[org.slug, "interests"]))
    page = response.content.decode()
    assert response.status_code == 200
    for element in S23_ELEMENTS:
        assert f"element-{element}" in page
    client.cookies["django_language"] = "en"
    english = client.get(reverse("privacy:notice", args=[org.slug, "interests"])).content.decode()
    assert "Purposes of the processing" in english
    assert "A legal duty (s.126, s.127), not consent." in english


def test_unknown_activities_and_versions_lead_back_to_the_notices(org, client):
    response = client.get(reverse("privacy:notice", args=[org.slug, "nonsense"]))
    assert response.status_code == 302 and response["Location"] == reverse("privacy:policy", args=[org.slug])
    response = client.get(reverse("privacy:notice_version", args=[org.slug, "gifts", 99]))
    assert response.status_code == 302
    assert client.get(reverse("privacy:policy", args=["nowhere"])).status_code == 404


def test_the_short_notice_tag_shows_the_version_and_links_the_full_notice(org, client):
    page = client.get(reverse("participation:tipoff_new", args=[org.slug])).content.decode()
    assert "privacy-short-notice" in page
    assert reverse("privacy:notice", args=[org.slug, "tipoffs"]) in page
    assert 'type="checkbox" name="consent"' not in page
