"""Every state change writes an audit entry.

By inspection: every write service (public, ``@transaction.atomic``) of every services module of every app
calls ``audit.record``, directly or through a helper. By scenario: each service of gifts, of the portal's
legal rules and of the second factor is called and leaves its entry, in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from django.utils import timezone
from django_otp.plugins.otp_totp.models import default_key

from coi_portal import services as portal_services
from coi_portal.models import AuditEntry
from coi_portal.security import services as security_services
from gifts import services as gift_services
from privacy.services import ensure_default_notices
from tests.gifts.conftest import facts
from tests.security.conftest import totp_code
from tests.security.servicewalk import project_services

# Apps whose every service is also run in a scenario below.
SCENARIO_MODULES = ("gifts.services", "coi_portal.services", "coi_portal.security.services")


def test_every_write_service_of_every_app_writes_an_audit_entry():
    services = project_services()
    apps = {s.app for s in services}
    assert {"gifts", "coi_portal", "security"} <= apps
    assert len(services) >= 20
    silent = [s.label for s in services if not s.audits]
    assert silent == [], f"write services without an audit entry: {silent}"


class Recorder:
    """Runs a service and checks that it left exactly the entries named, for the target named."""

    def __init__(self) -> None:
        self.called: set[str] = set()

    def expect(self, name: str, actions: list[str], target: Any, call: Callable[[], Any]) -> Any:
        last = AuditEntry.objects.order_by("-seq").values_list("seq", flat=True).first() or 0
        result = call()
        new = list(AuditEntry.objects.filter(seq__gt=last).order_by("seq"))
        assert [e.action for e in new] == actions, name
        if target is not None:
            assert all(e.target_id == str(target.pk) for e in new), name
        assert all(e.created_at and e.hash for e in new)
        self.called.add(name)
        return result


@pytest.mark.django_db
def test_each_gifts_service_writes_its_entry(demo_orgs, user_named):
    run = Recorder()
    staff, boss, clerk, chair = (user_named(n) for n in ("staff1", "nayok", "clerk", "chair"))
    org = demo_orgs["bangsaothong"]
    gift_services.policy_for(org).__class__.objects.filter(organization=org).update(
        comments_before_ruling=True
    )
    # The privacy notices in force (a submission stores their version) are published once, beforehand.
    ensure_default_notices(org)

    draft = run.expect(
        "draft_create",
        ["gift.draft_create"],
        None,
        lambda: gift_services.draft_create(actor=staff, filer=staff.membership.official, facts=facts()),
    )
    run.expect(
        "draft_update",
        ["gift.draft_update"],
        draft,
        lambda: gift_services.draft_update(actor=staff, filing=draft, facts={"value": Decimal("5200")}),
    )
    run.expect(
        "filing_submit",
        ["gift.submit"],
        draft,
        lambda: gift_services.filing_submit(actor=staff, filing=draft),
    )
    director = user_named("palad")
    run.expect(
        "filing_comment",
        ["gift.comment"],
        draft,
        lambda: gift_services.filing_comment(
            actor=director, official=director.membership.official, title="ปลัด", filing=draft, text="เห็นควรคืน"
        ),
    )
    run.expect(
        "filing_send_back",
        ["gift.send_back"],
        draft,
        lambda: gift_services.filing_send_back(
            actor=boss, official=boss.membership.official, filing=draft, comment="ขอใบเสร็จ"
        ),
    )
    gift_services.draft_update(actor=staff, filing=draft, facts={"answer": "แนบแล้ว"})
    gift_services.filing_submit(actor=staff, filing=draft)
    run.expect(
        "filing_rule",
        ["gift.rule"],
        draft,
        lambda: gift_services.filing_rule(
            actor=boss, official=boss.membership.official, filing=draft, decision="return", reason="ให้คืน"
        ),
    )
    run.expect(
        "return_record",
        ["gift.return"],
        draft,
        lambda: gift_services.return_record(
            actor=staff, filing=draft, returned_on=timezone.localdate(), method="in_person"
        ),
    )

    kept = gift_services.filing_submit(
        actor=staff,
        filing=gift_services.draft_create(actor=staff, filer=staff.membership.official, facts=facts()),
    )
    gift_services.filing_rule(
        actor=boss,
        official=boss.membership.official,
        filing=kept,
        decision="hand_over",
        reason="คืนไม่ได้",
        return_impossible_reason="ผู้ให้ไม่รับคืน",
    )
    run.expect(
        "custody_add",
        ["gift.custody_received"],
        kept,
        lambda: gift_services.custody_add(
            actor=clerk, filing=kept, kind="received", on=timezone.localdate(), by_name="นางสาวเก็บ ดี"
        ),
    )

    nacc = gift_services.filing_submit(
        actor=chair,
        filing=gift_services.draft_create(actor=chair, filer=chair.membership.official, facts=facts()),
    )
    today = timezone.localdate()
    run.expect(
        "nacc_mark_sent",
        ["gift.nacc_sent"],
        nacc,
        lambda: gift_services.nacc_mark_sent(actor=clerk, filing=nacc, sent_on=today, sent_ref="สป 1/2569"),
    )
    run.expect(
        "nacc_record_answer",
        ["gift.rule"],
        nacc,
        lambda: gift_services.nacc_record_answer(
            actor=clerk, filing=nacc, received_on=today, answer_ref="ปช 1", decision="keep", reason="ได้"
        ),
    )
    expected = {s.name for s in project_services() if s.module.startswith("gifts.services")}
    assert run.called == expected


@pytest.mark.django_db
def test_each_portal_and_security_service_writes_its_entry(demo_orgs, user_named, settings):
    run = Recorder()
    clerk, staff = user_named("clerk"), user_named("staff1")
    run.expect(
        "rule_setting_save",
        ["rules.change"],
        None,
        lambda: portal_services.rule_setting_save(
            actor=clerk, organization=demo_orgs["bangsaothong"], name="gift_limit_nacc2563", confirmed=True
        ),
    )
    key = default_key()
    run.expect(
        "second_factor_enrol",
        ["security.second_factor_enrol"],
        staff,
        lambda: security_services.second_factor_enrol(actor=staff, key_hex=key, token=totp_code(key)),
    )
    run.expect(
        "second_factor_check",
        ["auth.second_factor"],
        staff,
        lambda: security_services.second_factor_check(actor=staff, token=totp_code(key, offset_steps=1)),
    )
    run.expect(
        "backup_codes_renew",
        ["security.backup_codes_renew"],
        staff,
        lambda: security_services.backup_codes_renew(actor=staff),
    )
    run.expect(
        "second_factor_remove",
        ["security.second_factor_remove"],
        staff,
        lambda: security_services.second_factor_remove(actor=staff),
    )
    run.expect(
        "password_changed",
        ["auth.password_change"],
        staff,
        lambda: security_services.password_changed(actor=staff),
    )
    expected = {
        s.name
        for s in project_services()
        if s.module in ("coi_portal.services", "coi_portal.security.services")
    }
    assert run.called == expected


@pytest.mark.django_db
def test_a_refused_change_leaves_no_entry(demo_orgs, user_named):
    staff = user_named("staff1")
    filing = gift_services.draft_create(
        actor=staff,
        filer=staff.membership.official,
        facts=facts(received_on=dt.date.today() + dt.timedelta(days=3)),
    )
    before = AuditEntry.objects.count()
    with pytest.raises(gift_services.GiftError):
        gift_services.filing_submit(actor=staff, filing=filing)
    assert AuditEntry.objects.count() == before
