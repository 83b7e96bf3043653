"""The risk register and the ITA evidence index: edited by administrators and integrity officers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from coi_portal import audit
from declarations.models import Organization
from participation.models import ItaItem, ItaLink, Risk, RiskMeasure
from participation.services.common import ParticipationError


def _risk_snapshot(risk: Risk) -> dict[str, Any]:
    return {"title": risk.title, "likelihood": risk.likelihood, "impact": risk.impact, "owner": risk.owner}


def _score(value: int) -> int:
    if not 1 <= value <= 5:
        raise ParticipationError(_("Likelihood and impact are scored from 1 to 5."))
    return value


@transaction.atomic
def risk_add(
    *,
    actor: User,
    organization: Organization,
    fiscal_year: int,
    title: str,
    likelihood: int,
    impact: int,
    owner: str = "",
) -> Risk:
    last = Risk.objects.filter(organization=organization, fiscal_year=fiscal_year).aggregate(
        top=Max("number")
    )
    risk = Risk.objects.create(
        organization=organization,
        fiscal_year=fiscal_year,
        number=(last["top"] or 0) + 1,
        title=title.strip(),
        likelihood=_score(likelihood),
        impact=_score(impact),
        owner=owner.strip(),
    )
    audit.record(
        actor=actor,
        action="participation.risk_add",
        organization=organization,
        target=risk,
        after=_risk_snapshot(risk),
    )
    return risk


@transaction.atomic
def risk_update(*, actor: User, risk: Risk, title: str, likelihood: int, impact: int, owner: str) -> Risk:
    risk = Risk.objects.select_for_update().get(pk=risk.pk)
    before = _risk_snapshot(risk)
    risk.title, risk.likelihood, risk.impact, risk.owner = (
        title.strip(),
        _score(likelihood),
        _score(impact),
        owner.strip(),
    )
    risk.save()
    audit.record(
        actor=actor,
        action="participation.risk_update",
        organization=risk.organization,
        target=risk,
        before=before,
        after=_risk_snapshot(risk),
    )
    return risk


@transaction.atomic
def measure_save(
    *,
    actor: User,
    risk: Risk,
    measure: RiskMeasure | None,
    measure_no: int | None,
    description: str,
    result: str,
    result_on: dt.date | None,
) -> RiskMeasure:
    """Add a measure that answers ``risk`` (``measure`` None) or record its result."""
    if not description.strip():
        raise ParticipationError(_("Say what is done against the risk."))
    before = None
    if measure is None:
        measure = RiskMeasure(risk=risk)
    else:
        before = {"description": measure.description, "result": measure.result}
    measure.measure_no = measure_no
    measure.description = description.strip()
    measure.result = result.strip()
    measure.result_on = result_on
    measure.save()
    audit.record(
        actor=actor,
        action="participation.risk_measure_save",
        organization=risk.organization,
        target=risk,
        before=before,
        after={"measure_no": measure_no, "description": measure.description, "result": measure.result},
    )
    return measure


def _valid_url(url: str) -> str:
    url = url.strip()
    if not (url.startswith("/") and not url.startswith("//")) and not url.startswith("https://"):
        raise ParticipationError(_("Give a page of the portal (starting with /) or an https:// address."))
    return url


@transaction.atomic
def ita_item_save(
    *,
    actor: User,
    organization: Organization,
    fiscal_year: int,
    code: str,
    title: str,
    item: ItaItem | None = None,
) -> ItaItem:
    """Add an item, or change the code or title of one (codes change from year to year)."""
    code = code.strip().upper()
    if not code or not title.strip():
        raise ParticipationError(_("Give the item's code and title."))
    before = None if item is None else {"code": item.code, "title": item.title}
    if item is None:
        last = ItaItem.objects.filter(organization=organization, fiscal_year=fiscal_year).aggregate(
            top=Max("position")
        )
        item = ItaItem(organization=organization, fiscal_year=fiscal_year, position=(last["top"] or 0) + 1)
    item.code, item.title = code, title.strip()
    try:
        with transaction.atomic():
            item.save()
    except IntegrityError:
        raise ParticipationError(_("The year already has an item with this code.")) from None
    audit.record(
        actor=actor,
        action="participation.ita_item_save",
        organization=organization,
        target=item,
        before=before,
        after={"fiscal_year": fiscal_year, "code": code, "title": item.title},
    )
    return item


@transaction.atomic
def ita_item_remove(*, actor: User, item: ItaItem) -> None:
    before = {"id": item.pk, "fiscal_year": item.fiscal_year, "code": item.code, "links": item.links.count()}
    organization = item.organization
    item.delete()
    audit.record(
        actor=actor, action="participation.ita_item_remove", organization=organization, before=before
    )


@transaction.atomic
def ita_link_add(*, actor: User, item: ItaItem, label: str, url: str) -> ItaLink:
    if not label.strip():
        raise ParticipationError(_("Name the evidence."))
    last = item.links.aggregate(top=Max("position"))
    link = ItaLink.objects.create(
        item=item, label=label.strip(), url=_valid_url(url), position=(last["top"] or 0) + 1
    )
    audit.record(
        actor=actor,
        action="participation.ita_link_add",
        organization=item.organization,
        target=item,
        after={"label": link.label, "url": link.url},
    )
    return link


@transaction.atomic
def ita_link_remove(*, actor: User, link: ItaLink) -> None:
    before = {"label": link.label, "url": link.url}
    link.delete()
    audit.record(
        actor=actor,
        action="participation.ita_link_remove",
        organization=link.item.organization,
        target=link.item,
        before=before,
    )
