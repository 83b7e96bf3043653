"""seed_demo: the organization of the seed notice, its accounts, and idempotency."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.contrib.auth import authenticate, get_user_model
from django.core.management import CommandError, call_command
from django.test import RequestFactory, override_settings

from coi_portal import demo
from declarations.models import Official, Organization, Relationship, Spouse


def snapshot() -> dict[str, list[tuple]]:
    """Every row of every model of the portal's own apps and auth, for comparing two states."""
    state = {}
    for label in ("declarations", "coi_portal", "auth", "gifts"):
        for model in apps.get_app_config(label).get_models():
            state[model._meta.label] = sorted(model._default_manager.values_list(), key=repr)
    return state


@pytest.mark.django_db
@override_settings(DEBUG=True)
def test_running_twice_changes_nothing():
    call_command("seed_demo")
    first = snapshot()
    call_command("seed_demo")
    assert snapshot() == first


@pytest.mark.django_db
@override_settings(DEBUG=False)
def test_refuses_with_debug_off_unless_forced():
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")
    call_command("seed_demo", "--force", "--password", "another-long-password")
    assert get_user_model().objects.get(username="nayok").check_password("another-long-password")


@pytest.mark.django_db
def test_demo_organization_matches_the_seed_notice(demo_orgs):
    org = Organization.objects.get(slug="bangsaothong")
    assert org.name_th == "องค์การบริหารส่วนตำบลบางเสาธง"
    assert (org.district, org.province) == ("บางเสาธง", "สมุทรปราการ")
    assert list(org.villages.values_list("moo_no", flat=True)) == [2, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]
    nayok = get_user_model().objects.get(username="nayok").membership.official
    assert nayok.full_name_th == "นายเกษม แซ่ลี"
    assert nayok.tenures.get().position.title_th == "นายกองค์การบริหารส่วนตำบลบางเสาธง"
    assert Spouse.objects.filter(official=nayok).exists()
    assert Spouse.objects.filter(official__membership__user__username="member1").exists()
    member1 = Official.objects.get(membership__user__username="member1")
    member2 = Official.objects.get(membership__user__username="member2")
    assert member1.village != member2.village
    niece = Relationship.objects.get()
    assert (niece.official.membership.user.username, niece.relative.membership.user.username) == (
        "staff2",
        "palad",
    )
    clerk = get_user_model().objects.get(username="clerk").membership
    assert clerk.is_administrator and clerk.is_integrity_officer
    assert get_user_model().objects.get(username="auditor").membership.is_auditor
    outsider = get_user_model().objects.get(username="outsider").membership
    assert outsider.organization.slug == "khlongdan"


@pytest.mark.django_db
@pytest.mark.parametrize("username", demo.DEMO_ACCOUNTS)
def test_every_demo_account_can_log_in(demo_orgs, username):
    request = RequestFactory().post("/accounts/login/")
    assert authenticate(request, username=username, password=demo.DEFAULT_PASSWORD) is not None


@pytest.mark.django_db
def test_the_summary_says_where_to_sign_in_and_the_public_sites_at_the_served_address(settings):
    settings.SITE_URL = "http://127.0.0.1:8123"
    from coi_portal.management.commands.seed_demo import summary

    text = summary("demo-pass-2562")
    assert "Sign in:      http://127.0.0.1:8123/accounts/login/" in text
    assert "http://127.0.0.1:8123/o/bangsaothong/" in text and "http://127.0.0.1:8123/o/khlongdan/" in text
    assert all(username in text for username in demo.DEMO_ACCOUNTS)
    assert len(text.splitlines()) < 30


def test_demo_mail_is_written_to_a_folder_as_readable_text_and_a_message(tmp_path):
    from django.core.mail import EmailMessage

    from coi_portal.mail_folder import MailFolderBackend

    connection = MailFolderBackend(file_path=str(tmp_path))
    message = EmailMessage("มีรายงานรอท่านพิจารณา", "เรียน นายก อบต.\nเปิดดูได้ที่ ...", to=["nayok@example.go.th"])
    message.attach("memo.pdf", b"%PDF-1.4", "application/pdf")
    assert connection.send_messages([message, message]) == 2
    texts = sorted(tmp_path.glob("*.txt"))
    assert len(texts) == 2 and len(list(tmp_path.glob("*.eml"))) == 2
    text = texts[0].read_text(encoding="utf-8")
    assert "Subject: มีรายงานรอท่านพิจารณา" in text and "เรียน นายก อบต." in text
    assert "Attachments: memo.pdf" in text
