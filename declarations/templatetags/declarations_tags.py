"""Template filters of the business-interest pages. They only format."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import translation

from declarations.presentation import OUTCOME_TEXT, REASON_TEXT, TAO_TEXT, citation_labels
from legal.citations import Citation

register = template.Library()


def _english() -> bool:
    return translation.get_language() == "en"


@register.filter
def interest_outcome(code: str) -> str:
    return str(OUTCOME_TEXT.get(code, code))


@register.filter
def interest_reason(code: str) -> str:
    return str(REASON_TEXT.get(code, code))


@register.filter
def tao_text(section: str) -> str:
    return str(TAO_TEXT.get(section, section))


@register.filter
def interest_citations(rows: list[dict[str, Any]]) -> list[str]:
    """Stored citations (JSON) as labels in the active language."""
    return citation_labels(rows, english=_english())


@register.filter
def citation_label(citation: Citation) -> str:
    return citation.label_en() if _english() else citation.label_th()
