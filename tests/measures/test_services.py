"""The writes of the measures app: workflow, editing a draft, approval with overrides, versions, next year,
certificates. Each is one transaction with its audit entry."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from django.db import IntegrityError, transaction

from coi_portal.models import AuditEntry
from measures import selectors, services
from measures.lint import Code
from measures.models import Notice, SignerCertificate
from measures.services import MeasureError
from measures.workflow import TRANSITIONS, Status, can_transition
from tests.measures.conftest import PASSWORD

# The workflow table, row by row (no database).

ALL = [(source, target) for source in Status for target in Status if source != target]


@pytest.mark.parametrize(("source", "target"), ALL, ids=[f"{s}->{t}" for s, t in ALL])
def test_transition_table(source, target):
    allowed = {
        (Status.DRAFT, Status.APPROVED),
        (Status.APPROVED, Status.DRAFT),
        (Status.APPROVED, Status.SIGNED),
        (Status.SIGNED, Status.PUBLISHED),
    }
    assert can_transition(source, target) is ((source, target) in allowed)
    assert allowed == TRANSITIONS


pytestmark = pytest.mark.django_db


def test_create_starts_from_the_standard_text_with_the_chief_executive_as_signer(draft):
    assert draft.status == Status.DRAFT
    assert draft.version == 1
    assert draft.title.endswith("ประจำปีงบประมาณ พ.ศ. ๒๕๗๐")
    assert draft.issuing_body == "ประกาศองค์การบริหารส่วนตำบลบางเสาธง"
    assert draft.signer_name == "นายเกษม แซ่ลี"
    assert draft.signer_position == "นายกองค์การบริหารส่วนตำบลบางเสาธง"
    assert draft.sections.count() == 3
    assert len(draft.identifier) == 16
    assert AuditEntry.objects.filter(action="measures.notice_create", target_id=str(draft.pk)).exists()


def test_the_standard_no_gift_text_passes_the_check(draft):
    assert [f for f in selectors.lint_notice(draft) if f.is_error] == []


def test_a_measure_notice_starts_with_the_usual_headings_to_fill_in(org, user_named):
    notice = services.notice_create(
        actor=user_named("clerk"), organization=org, kind="measures", year_be=2570
    )
    assert notice.sections.first().heading == "ความเป็นมา"
    assert {f.code for f in selectors.lint_notice(notice)} == {Code.EMPTY_SECTION}


def test_one_document_per_kind_and_year(draft, org, user_named):
    with pytest.raises(MeasureError):
        services.notice_create(actor=user_named("clerk"), organization=org, kind="no_gift", year_be=2570)


def test_sections_are_added_moved_and_removed_in_order(draft, user_named):
    clerk = user_named("clerk")
    added = services.section_add(actor=clerk, notice=draft, heading="ภาคผนวก", body="๑. หนึ่ง")
    assert added.order == 4
    services.section_move(actor=clerk, section=added, offset=-1)
    assert [s.heading for s in draft.sections.all()] == ["", "", "ภาคผนวก", ""]
    first = draft.sections.first()
    services.section_move(actor=clerk, section=first, offset=-1)  # already first: nothing changes
    services.section_remove(actor=clerk, section=first)
    assert [(s.order, s.heading) for s in draft.sections.all()] == [(1, ""), (2, "ภาคผนวก"), (3, "")]
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"measures.section_add", "measures.section_move", "measures.section_remove"} <= actions


def test_update_changes_fields_and_records_before_and_after(draft, user_named):
    services.notice_update(actor=user_named("clerk"), notice=draft, changes={"title": "ชื่อใหม่"})
    draft.refresh_from_db()
    assert draft.title == "ชื่อใหม่"
    entry = AuditEntry.objects.get(action="measures.notice_update")
    assert entry.before["title"].startswith("ประกาศเจตนารมณ์")
    assert entry.after["title"] == "ชื่อใหม่"


def test_the_signer_must_be_of_the_organization(draft, demo_orgs, user_named):
    outsider = user_named("outsider").membership.official
    with pytest.raises(MeasureError):
        services.notice_update(actor=user_named("clerk"), notice=draft, changes={"signer": outsider})


def test_only_a_draft_is_edited(approved, user_named):
    clerk = user_named("clerk")
    section = approved.sections.first()
    for attempt in (
        lambda: services.notice_update(actor=clerk, notice=approved, changes={"title": "x"}),
        lambda: services.section_add(actor=clerk, notice=approved, heading="x", body="y"),
        lambda: services.section_update(actor=clerk, section=section, heading="x", body="y"),
        lambda: services.section_remove(actor=clerk, section=section),
        lambda: services.section_move(actor=clerk, section=section, offset=1),
    ):
        with pytest.raises(MeasureError, match="Only a draft"):
            attempt()


def test_approval_is_blocked_by_errors_until_each_code_is_overridden(draft, user_named):
    clerk = user_named("clerk")
    services.section_add(
        actor=clerk, notice=draft, heading="", body="ให้พนักงานเทศบาลทุกคน ตามมาตรา ๑๐๓ แห่งพระราชบัญญัติ"
    )
    with pytest.raises(MeasureError) as error:
        services.notice_approve(actor=clerk, notice=draft)
    assert "REPEALED_SECTION" in str(error.value)
    assert "STAFF_TITLE" in str(error.value)
    services.override_add(actor=clerk, notice=draft, code="REPEALED_SECTION", reason="ข้อความอ้างอิงประวัติ")
    with pytest.raises(MeasureError, match="STAFF_TITLE"):
        services.notice_approve(actor=clerk, notice=draft)
    services.override_add(actor=clerk, notice=draft, code="STAFF_TITLE", reason="ยกข้อความของหน่วยงานอื่น")
    notice = services.notice_approve(actor=clerk, notice=draft)
    assert notice.status == Status.APPROVED
    entry = AuditEntry.objects.get(action="measures.notice_approve")
    assert entry.after["overrides"] == ["REPEALED_SECTION", "STAFF_TITLE"]


@pytest.mark.parametrize(("code", "reason"), [("NOT_A_CODE", "เหตุผล"), ("ORG_NAME", "   ")])
def test_an_override_needs_a_known_code_and_a_reason(draft, user_named, code, reason):
    with pytest.raises(MeasureError):
        services.override_add(actor=user_named("clerk"), notice=draft, code=code, reason=reason)


def test_approval_needs_a_signer(draft, user_named):
    services.notice_update(actor=user_named("clerk"), notice=draft, changes={"signer": None})
    with pytest.raises(MeasureError, match="signs"):
        services.notice_approve(actor=user_named("clerk"), notice=draft)


def test_reopen_returns_an_approved_notice_to_draft(approved, user_named):
    assert services.notice_reopen(actor=user_named("clerk"), notice=approved).status == Status.DRAFT


def test_publish_only_what_is_signed(approved, user_named):
    with pytest.raises(MeasureError):
        services.notice_publish(actor=user_named("clerk"), notice=approved)


def test_publish_a_signed_notice(signed, user_named):
    notice = services.notice_publish(actor=user_named("clerk"), notice=signed.notice)
    assert notice.status == Status.PUBLISHED
    assert notice.published_at is not None


def test_a_change_after_signing_is_a_new_version_and_the_old_one_is_superseded_once_signed(
    signed, user_named, nayok_certificate
):
    clerk, old = user_named("clerk"), signed.notice
    new = services.notice_new_version(actor=clerk, notice=old)
    assert (new.version, new.previous, new.status, new.signed_on) == (2, old, Status.DRAFT, None)
    assert new.identifier != old.identifier
    assert [s.body for s in new.sections.all()] == [s.body for s in old.sections.all()]
    assert selectors.issue_state(signed).current  # the new version is not issued yet
    with pytest.raises(MeasureError):
        services.notice_new_version(actor=clerk, notice=old)
    services.notice_approve(actor=clerk, notice=new)
    services.notice_sign(
        actor=user_named("nayok"), notice=new, certificate=nayok_certificate, password=PASSWORD
    )
    state = selectors.issue_state(signed)
    assert not state.current
    assert state.newer_version == new
    old.refresh_from_db()
    assert old.status == Status.SIGNED


def test_a_draft_gets_no_new_version(draft, user_named):
    with pytest.raises(MeasureError):
        services.notice_new_version(actor=user_named("clerk"), notice=draft)


def test_next_years_notice_from_this_one(historical, user_named):
    copy = services.notice_next_year(actor=user_named("clerk"), notice=historical)
    assert (copy.year_be, copy.version, copy.status, copy.signed_on, copy.previous) == (
        2563,
        1,
        Status.DRAFT,
        None,
        None,
    )
    assert copy.title.endswith("ประจำปี ๒๕๖๓")
    assert copy.based_on == historical
    assert [s.body for s in copy.sections.all()] == [s.body for s in historical.sections.all()]
    assert not copy.overrides.exists()
    with pytest.raises(MeasureError):
        services.notice_next_year(actor=user_named("clerk"), notice=historical)


def test_certificate_upload_keeps_the_file_as_uploaded_and_not_the_password(nayok_certificate, nayok_p12):
    assert bytes(nayok_certificate.pkcs12) == nayok_p12
    assert nayok_certificate.subject.startswith("CN=นายเกษม แซ่ลี")
    assert nayok_certificate.self_signed
    assert len(nayok_certificate.fingerprint) == 64
    for row in SignerCertificate.objects.values():
        assert PASSWORD not in str({k: v for k, v in row.items() if k != "pkcs12"})
    entry = AuditEntry.objects.get(action="measures.certificate_upload")
    assert PASSWORD not in str(entry.after)


def _weak_p12() -> bytes:
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)  # noqa: S505 - the weak key to refuse
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "weak")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return pkcs12.serialize_key_and_certificates(
        b"weak", key, cert, None, serialization.BestAvailableEncryption(PASSWORD.encode())
    )


def _unprotected_p12(nayok_p12: bytes) -> bytes:
    key, cert, _ = pkcs12.load_key_and_certificates(nayok_p12, PASSWORD.encode())
    assert isinstance(key, rsa.RSAPrivateKey)
    return pkcs12.serialize_key_and_certificates(b"x", key, cert, None, serialization.NoEncryption())


@pytest.mark.parametrize(
    ("make", "password", "message"),
    [
        (lambda p12: p12, "wrong-password", "password does not open"),
        (lambda p12: b"not a certificate", PASSWORD, "not a PKCS#12"),
        (lambda p12: _weak_p12(), PASSWORD, "too weak"),
        (_unprotected_p12, PASSWORD, "not protected by a password"),
    ],
    ids=["wrong-password", "not-pkcs12", "weak-key", "no-password"],
)
def test_bad_certificates_are_refused(
    upload, nayok_p12, official_of, make, password, message, org, user_named
):
    with pytest.raises(MeasureError, match=message):
        services.certificate_upload(
            actor=user_named("clerk"),
            organization=org,
            kind="personal",
            official=official_of("nayok"),
            data=make(nayok_p12),
            password=password,
        )
    assert not SignerCertificate.objects.exists()


def test_a_personal_certificate_belongs_to_an_official_of_the_organization(org, user_named, nayok_p12):
    with pytest.raises(MeasureError):
        services.certificate_upload(
            actor=user_named("clerk"),
            organization=org,
            kind="personal",
            official=user_named("outsider").membership.official,
            data=nayok_p12,
            password=PASSWORD,
        )


def test_notice_version_is_unique_per_document(draft):
    with pytest.raises(IntegrityError), transaction.atomic():
        Notice.objects.create(
            organization=draft.organization, kind=draft.kind, year_be=draft.year_be, title="x"
        )
