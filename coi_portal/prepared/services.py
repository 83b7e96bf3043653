"""Asking for a prepared document, rendering it, and handing it over (``coi_portal.prepared``)."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from coi_portal import audit
from coi_portal.models import PreparedDocument
from coi_portal.permissions import organization_of
from coi_portal.prepared import Producer, producers
from coi_portal.tasks import after_commit

logger = logging.getLogger("coi_portal.prepared")
Status = PreparedDocument.Status
PENDING = PreparedDocument.PENDING


class PrepareError(Exception):
    """A request the queue refuses for now; ``str(error)`` is the message for the user."""


@transaction.atomic
def document_request(*, actor: User, producer: Producer, parameters: dict[str, Any]) -> PreparedDocument:
    """Queue ``producer``'s document for ``actor``. The same request while it is still pending gives the
    pending one back (a second click queues nothing); more than ``PREPARED_DOCUMENTS_PENDING_LIMIT``
    pending at once is refused."""
    from coi_portal.prepared.tasks import render_document

    organization = organization_of(actor)
    if organization is None:
        raise PrepareError(_("Your account belongs to no organization."))
    # One user's requests take turns here, so two clicks cannot both pass the checks below.
    User.objects.select_for_update().filter(pk=actor.pk).first()
    pending = PreparedDocument.objects.filter(requested_by=actor, status__in=PENDING)
    same = [d for d in pending.filter(kind=producer.kind) if d.parameters == parameters]
    if same:
        return same[0]
    limit = settings.PREPARED_DOCUMENTS_PENDING_LIMIT
    if pending.count() >= limit:
        raise PrepareError(
            ngettext(
                "You already have %(count)d document being prepared. Wait until it is ready.",
                "You already have %(count)d documents being prepared. Wait until one of them is ready.",
                limit,
            )
            % {"count": limit}
        )
    with translation.override("th"):
        title = producer.title(parameters)
    document = PreparedDocument.objects.create(
        organization=organization,
        requested_by=actor,
        kind=producer.kind,
        parameters=parameters,
        title=title,
    )
    audit.record(
        actor=actor,
        action="document.prepare",
        organization=organization,
        target=document,
        after={"kind": producer.kind, "parameters": parameters},
    )
    after_commit(render_document, str(document.pk))
    return document


@transaction.atomic
def document_downloaded(*, actor: User, document: PreparedDocument) -> None:
    """Each download of a prepared document is an access to the records it holds (standards.md P-06)."""
    audit.record(
        actor=actor,
        action="document.download",
        organization=document.organization,
        target=document,
        after={"kind": document.kind, "parameters": document.parameters},
    )


def document_render(document_id: str) -> str:
    """Render a queued document: claim it, render outside any transaction, store the file. Returns the
    status it ends in; a document already claimed by another worker is left alone."""
    document = _claim(document_id)
    if document is None:
        return "skipped"
    producer = producers().get(document.kind)
    user = document.requested_by
    if producer is None or not (
        user.is_active and producer.allowed(user) and organization_of(user) == document.organization
    ):
        _fail(document, "not_allowed")
        return Status.FAILED
    try:
        with translation.override("th"):
            data, filename = producer.render(user, document.parameters)
    except Exception:
        logger.exception("event=prepared_document_failed id=%s kind=%s", document.pk, document.kind)
        _fail(document, "error")
        raise
    _store(document, data, filename)
    return Status.READY


@transaction.atomic
def _claim(document_id: str) -> PreparedDocument | None:
    document = (
        PreparedDocument.objects.select_for_update()
        .select_related("requested_by", "organization")
        .filter(pk=document_id, status=Status.QUEUED)
        .first()
    )
    if document is None:
        return None
    document.status, document.started_at = Status.RUNNING, timezone.now()
    document.save(update_fields=["status", "started_at"])
    return document


@transaction.atomic
def _store(document: PreparedDocument, data: bytes, filename: str) -> None:
    document.file.save(filename, ContentFile(data), save=False)
    document.status, document.filename, document.size = Status.READY, filename, len(data)
    document.finished_at = timezone.now()
    document.save(update_fields=["file", "status", "filename", "size", "finished_at"])


def _fail(document: PreparedDocument, reason: str) -> None:
    document.status, document.failure, document.finished_at = Status.FAILED, reason, timezone.now()
    document.save(update_fields=["status", "failure", "finished_at"])


def expires_at(document: PreparedDocument) -> dt.datetime:
    return document.requested_at + dt.timedelta(days=settings.PREPARED_DOCUMENT_DAYS)


def purge(now: dt.datetime) -> tuple[int, int]:
    """Remove documents older than ``PREPARED_DOCUMENT_DAYS`` with their files, and fail those a worker
    claimed or never took a day ago (a worker that died). Returns (removed, abandoned)."""
    old = PreparedDocument.objects.filter(
        requested_at__lt=now - dt.timedelta(days=settings.PREPARED_DOCUMENT_DAYS)
    )
    removed = 0
    for document in old.iterator():
        if document.file:
            document.file.delete(save=False)
        document.delete()
        removed += 1
    stale = now - dt.timedelta(days=1)
    abandoned = PreparedDocument.objects.filter(status__in=PENDING, requested_at__lt=stale).update(
        status=Status.FAILED, failure="abandoned", finished_at=now
    )
    return removed, abandoned


def failure_message(document: PreparedDocument) -> str:
    return {
        "not_allowed": _("You may no longer see the records this document would hold."),
        "abandoned": _("The preparation stopped before it finished. Ask for the document again."),
    }.get(
        document.failure,
        _(
            "The document could not be prepared. Ask for it again; if it fails again, tell the portal's "
            "administrator."
        ),
    )
