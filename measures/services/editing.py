"""Writing a notice: create, edit the fields and sections of a draft, override findings, approve, reopen,
start a new version or next year's notice. Every service is one transaction with its audit entry."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from coi_portal import audit
from coi_portal.rules import rules_for
from coi_portal.thai import thai_digits
from declarations.models import Official, Organization
from measures import selectors, standard_texts
from measures.lint import Code
from measures.models import LintOverride, Notice, NoticeKind, NoticeSection
from measures.services.common import MeasureError, locked, require_draft, snapshot, transition
from measures.workflow import ISSUED, Status

type Actor = User | None

NOTICE_FIELDS = ("title", "issuing_body", "signer", "signer_name", "signer_position", "signed_on")


@transaction.atomic
def notice_create(
    *, actor: Actor, organization: Organization, kind: str, year_be: int, title: str = ""
) -> Notice:
    """A draft for ``year_be``: the standard text of its kind, the current Chief Executive as signer."""
    if Notice.objects.filter(organization=organization, kind=kind, year_be=year_be).exists():
        raise MeasureError(_("This organization already has this document for that year; open it instead."))
    if kind == NoticeKind.NO_GIFT:
        text = standard_texts.no_gift_announcement(organization, year_be, rules_for(organization))
    else:
        text = standard_texts.measure_notice(organization, year_be)
    notice = Notice.objects.create(
        organization=organization,
        kind=kind,
        year_be=year_be,
        title=title or text.title,
        issuing_body=text.issuing_body,
        **_default_signer(organization),
    )
    _add_sections(notice, text.sections)
    audit.record(
        actor=actor,
        action="measures.notice_create",
        organization=organization,
        target=notice,
        after=snapshot(notice),
    )
    return notice


def _default_signer(organization: Organization) -> dict[str, Any]:
    tenure = selectors.chief_executive_of(organization)
    if tenure is None:
        return {}
    return {
        "signer": tenure.official,
        "signer_name": tenure.official.full_name_th,
        "signer_position": tenure.position.title_th,
    }


def _add_sections(notice: Notice, sections: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> None:
    NoticeSection.objects.bulk_create(
        NoticeSection(notice=notice, order=order, heading=heading, body=body)
        for order, (heading, body) in enumerate(sections, start=1)
    )


@transaction.atomic
def notice_update(*, actor: Actor, notice: Notice, changes: dict[str, Any]) -> Notice:
    """Change the title, issuing body, signer and date of a draft (only the keys of ``NOTICE_FIELDS``)."""
    notice = locked(notice)
    require_draft(notice)
    signer = changes.get("signer")
    if isinstance(signer, Official) and signer.organization_id != notice.organization_id:
        raise MeasureError(_("The signer must be an official of the organization."))
    before = snapshot(notice)
    for name in NOTICE_FIELDS:
        if name in changes:
            setattr(notice, name, changes[name])
    notice.save()
    _record(actor, "measures.notice_update", notice, before)
    return notice


@transaction.atomic
def section_add(*, actor: Actor, notice: Notice, heading: str, body: str) -> NoticeSection:
    notice = locked(notice)
    require_draft(notice)
    before = snapshot(notice)
    last = notice.sections.aggregate(last=Max("order"))["last"] or 0
    section = NoticeSection.objects.create(notice=notice, order=last + 1, heading=heading, body=body)
    _record(actor, "measures.section_add", notice, before)
    return section


@transaction.atomic
def section_update(*, actor: Actor, section: NoticeSection, heading: str, body: str) -> NoticeSection:
    notice = locked(section.notice)
    require_draft(notice)
    before = snapshot(notice)
    section.heading, section.body = heading, body
    section.save(update_fields=["heading", "body"])
    _record(actor, "measures.section_update", notice, before)
    return section


@transaction.atomic
def section_remove(*, actor: Actor, section: NoticeSection) -> None:
    notice = locked(section.notice)
    require_draft(notice)
    before = snapshot(notice)
    section.delete()
    _renumber(notice)
    _record(actor, "measures.section_remove", notice, before)


@transaction.atomic
def section_move(*, actor: Actor, section: NoticeSection, offset: int) -> None:
    """Move a section ``offset`` places (-1 up, +1 down); at either end nothing changes."""
    notice = locked(section.notice)
    require_draft(notice)
    before = snapshot(notice)
    sections = list(notice.sections.all())
    index = next(i for i, item in enumerate(sections) if item.pk == section.pk)
    target = index + offset
    if 0 <= target < len(sections):
        sections.insert(target, sections.pop(index))
        _renumber(notice, sections)
        _record(actor, "measures.section_move", notice, before)


def _renumber(notice: Notice, sections: list[NoticeSection] | None = None) -> None:
    sections = sections if sections is not None else list(notice.sections.all())
    for order, item in enumerate(sections, start=1):
        item.order = order
    NoticeSection.objects.bulk_update(sections, ["order"])


@transaction.atomic
def override_add(*, actor: User, notice: Notice, code: str, reason: str) -> LintOverride:
    """Record why the errors of ``code`` may stand; one override per code, the latest reason wins."""
    notice = locked(notice)
    require_draft(notice)
    if code not in {item.value for item in Code} or not reason.strip():
        raise MeasureError(_("Give the finding and a written reason."))
    override, _created = LintOverride.objects.update_or_create(
        notice=notice,
        code=code,
        defaults={"reason": reason.strip(), "created_by": actor, "created_by_name": actor.get_username()},
    )
    audit.record(
        actor=actor,
        action="measures.override_add",
        organization=notice.organization,
        target=notice,
        after={"code": code, "reason": override.reason},
    )
    return override


@transaction.atomic
def notice_approve(*, actor: Actor, notice: Notice) -> Notice:
    """Approve a draft for signature: refused while an error finding is not overridden."""
    notice = locked(notice)
    if notice.signer_id is None:
        raise MeasureError(_("Choose who signs the notice before approving it."))
    remaining = selectors.blocking_findings(notice)
    if remaining:
        codes = ", ".join(sorted({finding.code for finding in remaining}))
        raise MeasureError(
            _("The check found errors that are not overridden (%(codes)s): correct them or give a reason.")
            % {"codes": codes}
        )
    transition(notice, Status.APPROVED)
    notice.approved_at = timezone.now()
    notice.save(update_fields=["status", "approved_at", "updated_at"])
    audit.record(
        actor=actor,
        action="measures.notice_approve",
        organization=notice.organization,
        target=notice,
        before={"status": Status.DRAFT},
        after={"status": notice.status, "overrides": sorted(selectors.overridden_codes(notice))},
    )
    return notice


@transaction.atomic
def notice_reopen(*, actor: Actor, notice: Notice) -> Notice:
    """Send an approved, unsigned notice back to draft for changes."""
    notice = locked(notice)
    transition(notice, Status.DRAFT)
    notice.approved_at = None
    notice.save(update_fields=["status", "approved_at", "updated_at"])
    audit.record(
        actor=actor,
        action="measures.notice_reopen",
        organization=notice.organization,
        target=notice,
        before={"status": Status.APPROVED},
        after={"status": notice.status},
    )
    return notice


@transaction.atomic
def notice_new_version(*, actor: Actor, notice: Notice) -> Notice:
    """A draft copy of a signed or published version, to be changed and signed again. The old version
    stays as issued; it is superseded once the new one is issued."""
    notice = locked(notice)
    if notice.status not in ISSUED:
        raise MeasureError(_("Only a signed or published notice gets a new version; edit the draft instead."))
    if not selectors.is_latest_version(notice):
        raise MeasureError(_("A newer version of this notice already exists."))
    copy = _copy(notice, year_be=notice.year_be, version=notice.version + 1, previous=notice)
    audit.record(
        actor=actor,
        action="measures.notice_new_version",
        organization=notice.organization,
        target=copy,
        after={"previous": notice.pk, "version": copy.version},
    )
    return copy


@transaction.atomic
def notice_next_year(*, actor: Actor, notice: Notice) -> Notice:
    """Start next year's notice from this one: same text, the year in the title moved on, no date."""
    year = notice.year_be + 1
    if Notice.objects.filter(organization=notice.organization, kind=notice.kind, year_be=year).exists():
        raise MeasureError(_("The notice for %(year)s already exists.") % {"year": year})
    title = notice.title.replace(thai_digits(notice.year_be), thai_digits(year)).replace(
        str(notice.year_be), str(year)
    )
    copy = _copy(notice, year_be=year, version=1, previous=None, title=title)
    audit.record(
        actor=actor,
        action="measures.notice_next_year",
        organization=notice.organization,
        target=copy,
        after={"based_on": notice.pk, "year_be": year},
    )
    return copy


def _copy(notice: Notice, *, year_be: int, version: int, previous: Notice | None, title: str = "") -> Notice:
    copy = Notice.objects.create(
        organization=notice.organization,
        kind=notice.kind,
        year_be=year_be,
        version=version,
        previous=previous,
        based_on=notice,
        title=title or notice.title,
        issuing_body=notice.issuing_body,
        signer=notice.signer,
        signer_name=notice.signer_name,
        signer_position=notice.signer_position,
        # A copy is dated when it is signed.
        signed_on=None,
    )
    _add_sections(copy, [(section.heading, section.body) for section in notice.sections.all()])
    return copy


def _record(actor: Actor, action: str, notice: Notice, before: dict[str, Any]) -> None:
    audit.record(
        actor=actor,
        action=action,
        organization=notice.organization,
        target=notice,
        before=before,
        after=snapshot(notice),
    )
