"""The audit log: written with every change, secrets masked, never edited, readable by administrators."""

from __future__ import annotations

import pytest
from django.db import transaction
from django.urls import reverse

from coi_portal import audit
from coi_portal.models import AuditEntry
from declarations.models import Village


def test_secrets_are_masked_at_any_depth():
    data = {"password": "x", "nested": {"api_token": "y", "name": "ok"}, "rows": [{"national_id": "1"}]}
    assert audit.mask_secrets(data) == {
        "password": "***",
        "nested": {"api_token": "***", "name": "ok"},
        "rows": [{"national_id": "***"}],
    }


@pytest.mark.django_db
def test_entries_are_append_only(demo_orgs, admin):
    entry = audit.record(actor=admin, action="test.action", organization=demo_orgs["bangsaothong"])
    entry.action = "changed"
    with pytest.raises(ValueError, match="append-only"):
        entry.save()
    with pytest.raises(ValueError, match="append-only"):
        entry.delete()


@pytest.mark.django_db
def test_an_entry_rolls_back_with_its_change(demo_orgs, admin):
    org = demo_orgs["bangsaothong"]
    before = AuditEntry.objects.count()

    def change_then_fail() -> None:
        with transaction.atomic():
            Village.objects.create(organization=org, moo_no=99)
            audit.record(actor=admin, action="village.create", organization=org)
            raise RuntimeError

    with pytest.raises(RuntimeError):
        change_then_fail()
    assert AuditEntry.objects.count() == before
    assert not Village.objects.filter(moo_no=99).exists()


@pytest.mark.django_db
def test_admin_change_writes_an_entry_with_before_and_after(demo_orgs, client_as):
    client = client_as("clerk")
    village = demo_orgs["bangsaothong"].villages.get(moo_no=9)
    url = reverse("admin:declarations_village_change", args=[village.pk])
    response = client.post(
        url,
        {"organization": village.organization_id, "moo_no": 9, "name": "บ้านเสาธงกลาง (ใหม่)"},
        REMOTE_ADDR="192.0.2.7",
    )
    assert response.status_code == 302
    entry = AuditEntry.objects.get(action="admin.village.change")
    assert entry.actor_username == "clerk"
    assert entry.before["name"] == "บ้านเสาธงกลาง"
    assert entry.after["name"] == "บ้านเสาธงกลาง (ใหม่)"
    assert entry.ip == "192.0.2.7"
    assert entry.organization == village.organization


@pytest.mark.django_db
def test_administrator_filters_the_audit_page(demo_orgs, client_as, admin):
    org = demo_orgs["bangsaothong"]
    audit.record(actor=admin, action="gift.submit", organization=org)
    audit.record(actor=admin, action="notice.sign", organization=org)
    page = client_as("clerk").get(reverse("audit_log"), {"action": "gift"}).content.decode()
    assert "gift.submit" in page
    assert "notice.sign" not in page


@pytest.mark.django_db
def test_bad_filter_dates_give_a_message_not_an_error(demo_orgs, client_as):
    response = client_as("clerk").get(
        reverse("audit_log"), {"date_from": "2026-02-01", "date_to": "2026-01-01"}
    )
    assert response.status_code == 200
    response = client_as("clerk").get(reverse("audit_log"), {"date_from": "not-a-date"})
    assert response.status_code == 200


@pytest.mark.django_db
def test_audit_page_shows_only_the_viewers_organization(demo_orgs, client_as, admin, outsider):
    audit.record(actor=admin, action="bangsaothong.secret", organization=demo_orgs["bangsaothong"])
    audit.record(actor=outsider, action="khlongdan.own", organization=demo_orgs["khlongdan"])
    page = client_as("outsider").get(reverse("audit_log")).content.decode()
    assert "khlongdan.own" in page
    assert "bangsaothong.secret" not in page


@pytest.mark.django_db
def test_deleting_a_user_keeps_the_entry(demo_orgs, user_named):
    user = user_named("worker1")
    entry = audit.record(actor=user, action="x", organization=demo_orgs["bangsaothong"])
    user.delete()
    entry.refresh_from_db()
    assert entry.actor_username == "worker1"
