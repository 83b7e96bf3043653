"""The declaration of business interests as an official PDF (แบบแสดงการมีส่วนได้เสียทางธุรกิจ)."""

from __future__ import annotations

from django.utils import translation

from coi_portal.documents import render_pdf
from declarations.models import InterestDeclaration
from declarations.selectors import positions_held


def render_declaration_pdf(declaration: InterestDeclaration) -> bytes:
    """The declaration as filed, with the findings of the cross-check at the time it is printed."""
    official = declaration.official
    day = declaration.submitted_at.date()
    context = {
        "declaration": declaration,
        "official": official,
        "organization": declaration.organization,
        "positions": positions_held(official=official, on=day),
        "items": list(declaration.items.all()),
        "outside_work": list(declaration.outside_work.all()),
        "findings": list(declaration.findings.filter(status="open")),
    }
    with translation.override("th"):
        return render_pdf(
            "declarations/documents/declaration.html",
            context,
            title=f"แบบแสดงการมีส่วนได้เสียทางธุรกิจ {official.full_name_th} ฉบับที่ {declaration.version}",
            author=declaration.organization.name_th,
            keywords=["business interests", "s.126"],
        )
