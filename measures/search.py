"""The public search's provider for published measure notices (``privacy.search``): the notices a visitor
can already open on an organization's "published notices" page, found by words of their title or year."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from coi_portal.thai import arabic_digits
from declarations.models import Organization
from measures.models import Notice
from privacy.search import MAX_RESULTS, SearchResult

PUBLISHED = "published"


def published_notices(
    words: Sequence[str], organization: Organization | None, language: str
) -> Iterator[SearchResult]:
    found = Notice.objects.filter(status=PUBLISHED).select_related("organization")
    if organization is not None:
        found = found.filter(organization=organization)
    for word in words:
        plain = arabic_digits(word)
        matching = Q(title__icontains=word)
        if plain.isdecimal() and len(plain) == 4:
            matching |= Q(year_be=int(plain))
        found = found.filter(matching)
    seen: set[tuple[int, str, int]] = set()
    for notice in found.order_by("organization_id", "-year_be", "kind", "-version")[: MAX_RESULTS * 4]:
        key = (notice.organization_id, notice.kind, notice.year_be)
        if key in seen:
            continue
        seen.add(key)
        url = reverse("measures:public_list", args=[notice.organization.slug])
        yield SearchResult(notice.title, url, "", _("Published notice"), notice.organization.name_th)
