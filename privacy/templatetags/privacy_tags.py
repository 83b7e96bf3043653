"""Template tags of the privacy app: the short privacy notice that every form shows (standards.md P-02)."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import translation

from privacy import pdpa
from privacy.inventory import Activity
from privacy.notices import title
from privacy.services import current_notice

register = template.Library()


@register.inclusion_tag("privacy/includes/short_notice.html", takes_context=True)
def privacy_notice(context: template.Context, activity: str, organization: Any = None) -> dict[str, Any]:
    """``{% privacy_notice "gifts" %}``: a short notice with the version and a link to the full one, for the
    organization of the page (``organization``) or of the viewer (``can.organization``)."""
    org = organization or context.get("organization") or getattr(context.get("can"), "organization", None)
    if org is None or not hasattr(org, "slug"):
        return {"notice": None}
    notice = current_notice(organization=org, activity=Activity(activity))
    return {"notice": notice, "organization": org, "title": title(activity, translation.get_language())}


@register.filter
def refusal_label(code: str) -> str:
    """The legal reason of a refused request, in the active language."""
    labels = pdpa.REFUSAL_EN if translation.get_language() == "en" else pdpa.REFUSAL_TH
    try:
        return labels[pdpa.RefusalReason(code)]
    except ValueError:
        return code
