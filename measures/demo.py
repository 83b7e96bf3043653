"""Demo data of the measures app: the 2562 notice of the seed, nayok's demo certificate, and this fiscal
year's No Gift Policy announcement as a draft to approve and sign.

The 2562 notice was issued on paper in January 2019. It is loaded exactly as issued (a lint override
"historical text as issued" records why its errors stand), published, and stored as an unsigned
transcription: a digital signature made today would date it wrongly. The draft announcement is what the
demo signs. Idempotent: a second run finds everything in place and changes nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from coi_portal.models import Membership
from declarations.models import Official, Organization
from measures import selectors
from measures.certificates import make_self_signed_pkcs12
from measures.lint import Severity
from measures.models import (
    CertificateKind,
    LintOverride,
    Notice,
    NoticeKind,
    NoticeSection,
    SignerCertificate,
)
from measures.services import certificate_upload, issue_transcription, notice_create
from measures.textformat import body_of, fiscal_year_be, parse_notice_text
from measures.workflow import Status

SEED_FILE = Path(__file__).resolve().parent / "seed" / "bangsaothong-2562.txt"
SEED_YEAR = 2562
HISTORICAL_REASON = "historical text as issued"
SIGNER_USERNAME = "nayok"


@transaction.atomic
def seed_measures(organization: Organization, password: str) -> None:
    signer = Membership.objects.select_related("official").get(user__username=SIGNER_USERNAME).official
    assert signer is not None
    assert signer.organization_id == organization.pk
    seed_historical_notice(organization, signer)
    seed_demo_certificate(organization, signer, password)
    if not Notice.objects.filter(organization=organization, kind=NoticeKind.NO_GIFT).exists():
        notice_create(
            actor=None,
            organization=organization,
            kind=NoticeKind.NO_GIFT,
            year_be=fiscal_year_be(timezone.localdate()),
        )


def seed_historical_notice(organization: Organization, signer: Official) -> Notice:
    """The seed notice as the organization's published 2562 notice, text exactly as in the file."""
    existing = Notice.objects.filter(organization=organization, kind=NoticeKind.MEASURES, year_be=SEED_YEAR)
    if notice := existing.order_by("version").first():
        return notice
    parsed = parse_notice_text(SEED_FILE.read_text(encoding="utf-8"))
    title, issuing_body = parsed.title_lines
    notice = Notice.objects.create(
        organization=organization,
        kind=NoticeKind.MEASURES,
        year_be=SEED_YEAR,
        title=title,
        issuing_body=issuing_body,
        status=Status.PUBLISHED,
        signer=signer,
        signer_name=parsed.signer_name,
        signer_position=parsed.signer_position,
        signed_on=parsed.signed_on,
        published_at=timezone.make_aware(dt.datetime.combine(parsed.signed_on, dt.time())),
    )
    NoticeSection.objects.bulk_create(
        NoticeSection(notice=notice, order=order, heading=section.heading, body=body_of(section.paragraphs))
        for order, section in enumerate(parsed.sections, start=1)
    )
    codes = {finding.code for finding in selectors.lint_notice(notice) if finding.severity is Severity.ERROR}
    LintOverride.objects.bulk_create(
        LintOverride(notice=notice, code=code, reason=HISTORICAL_REASON, created_by_name="seed_demo")
        for code in sorted(codes)
    )
    issue_transcription(actor=None, notice=notice)
    return notice


def seed_demo_certificate(organization: Organization, signer: Official, password: str) -> SignerCertificate:
    """A self-signed demo certificate for the Chief Executive, protected by the demo password."""
    if certificate := selectors.personal_certificate(signer):
        return certificate
    data = make_self_signed_pkcs12(
        common_name=signer.full_name_th, organization_name=organization.name_th, password=password
    )
    admin = Membership.objects.filter(organization=organization, is_administrator=True).first()
    return certificate_upload(
        actor=admin.user if admin else None,
        organization=organization,
        kind=CertificateKind.PERSONAL,
        official=signer,
        data=data,
        password=password,
    )
