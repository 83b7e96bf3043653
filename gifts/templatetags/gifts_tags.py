"""Template filters of the gifts pages. They only format."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import translation

from gifts.presentation import OUTCOME_TEXT, REASON_TEXT, RECIPIENT_TEXT, citations_of, routing_steps

register = template.Library()


@register.filter
def outcome_text(code: str) -> str:
    return str(OUTCOME_TEXT.get(code, code))


@register.filter
def reason_text(code: str) -> str:
    return str(REASON_TEXT.get(code, code))


@register.filter
def recipient_text(code: str) -> str:
    return str(RECIPIENT_TEXT.get(code, code))


@register.filter
def citation_labels(rows: list[dict[str, Any]]) -> list[str]:
    english = translation.get_language() == "en"
    return [c.label_en() if english else c.label_th() for c in citations_of(rows)]


@register.filter
def routing_sentences(reason: str) -> list[str]:
    return routing_steps(reason)


@register.filter
def assessment_citation_labels(citations: Any) -> list[str]:
    english = translation.get_language() == "en"
    return [c.label_en() if english else c.label_th() for c in citations]
