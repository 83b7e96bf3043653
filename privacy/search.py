"""A search over the public content (standards.md W-04): the site's pages, privacy notices, the public gift
registers, the handbook, awareness activities, risks and ITA items.

Each source is a provider: ``(words, organization or None, language) -> results``. Other apps add theirs with
``register`` (the measures notices and the meeting schedule, for example); a provider only ever returns what
a visitor could already read on a public page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext as _

from declarations.models import Organization

MAX_RESULTS = 50
MAX_QUERY = 100
MAX_ORGANIZATIONS = 5


@dataclass(frozen=True)
class SearchResult:
    title: str
    url: str
    snippet: str
    source: str
    organization: str = ""


type Provider = Callable[[Sequence[str], Organization | None, str], Iterable[SearchResult]]

_PROVIDERS: list[Provider] = []


def register(provider: Provider) -> Provider:
    """Add ``provider`` to the search; usable as a decorator."""
    if provider not in _PROVIDERS:
        _PROVIDERS.append(provider)
    return provider


def words_of(query: str) -> list[str]:
    return [word for word in query[:MAX_QUERY].split() if word][:8]


def matches(words: Sequence[str], *texts: str) -> bool:
    """Every word appears in one of ``texts`` (case-insensitive)."""
    haystack = " ".join(texts).casefold()
    return all(word.casefold() in haystack for word in words)


def snippet(text: str, words: Sequence[str], width: int = 160) -> str:
    lowered = text.casefold()
    positions = [lowered.find(word.casefold()) for word in words if word.casefold() in lowered]
    start = max(0, min(positions) - width // 3) if positions else 0
    piece = text[start : start + width].strip()
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def organizations_for(words: Sequence[str], organization: Organization | None) -> list[Organization]:
    """The organizations whose own pages a search reads: the one asked for; without one, those whose name
    holds one of the words (at most ``MAX_ORGANIZATIONS``), so a search of a portal shared by thousands of
    organizations reads a few of them, not all (docs/scaling.md)."""
    if organization is not None:
        return [organization]
    named = Q()
    for word in words:
        named |= Q(name_th__icontains=word) | Q(name_en__icontains=word)
    return list(Organization.objects.filter(named).order_by("name_th")[:MAX_ORGANIZATIONS])


def names_of(org: Organization, organization: Organization | None) -> tuple[str, ...]:
    """Texts a result also matches on: its organization's names when the search spans organizations (so
    "บางเสาธง ของขวัญ" finds that organization's register), none within one organization."""
    return (org.name_th, org.name_en) if organization is None else ()


def search(
    query: str, *, organization: Organization | None = None, language: str = "th"
) -> list[SearchResult]:
    """The public results for ``query`` (every word must match), at most ``MAX_RESULTS``."""
    words = words_of(query)
    if not words:
        return []
    _register_builtins()
    results: list[SearchResult] = []
    for provider in _PROVIDERS:
        for result in provider(words, organization, language):
            results.append(result)
            if len(results) >= MAX_RESULTS:
                return results
    return results


# --- Built-in providers ---------------------------------------------------------------------------------


def pages(words: Sequence[str], organization: Organization | None, language: str) -> Iterator[SearchResult]:
    from privacy.site import organization_pages, site_pages

    for page in site_pages():
        if matches(words, page.title):
            yield SearchResult(page.title, page.url, "", _("Page"))
    for org in organizations_for(words, organization):
        for page in organization_pages(org):
            if matches(words, page.title, org.name_th, org.name_en):
                yield SearchResult(page.title, page.url, "", _("Page"), org.name_th)


def notices(words: Sequence[str], organization: Organization | None, language: str) -> Iterator[SearchResult]:
    from privacy.inventory import Activity
    from privacy.models import PrivacyNotice
    from privacy.notices import title

    for org in organizations_for(words, organization):
        for activity in Activity:
            notice = (
                PrivacyNotice.objects.filter(organization=org, activity=activity).order_by("-version").first()
            )
            if notice is None:
                continue
            name = title(activity, language)
            if matches(words, name, notice.purpose, notice.data_collected, *names_of(org, organization)):
                url = reverse("privacy:notice", args=[org.slug, activity.value])
                yield SearchResult(
                    name, url, snippet(notice.purpose, words), _("Privacy notice"), org.name_th
                )


def gift_registers(
    words: Sequence[str], organization: Organization | None, language: str
) -> Iterator[SearchResult]:
    """Rows of the public gift registers, matched on exactly the cells the register page shows."""
    from gifts import register
    from gifts.services import policy_for

    for org in organizations_for(words, organization):
        policy = policy_for(org)
        if not policy.public_register:
            continue
        columns = register.public_columns(policy)
        url = reverse("gift_reports:public_register", args=[org.slug])
        rows = register.rows_of(register.public_filings(org)[:500])
        for cells in register.public_table(rows, columns):
            texts = [str(value) for key, value in cells if key not in ("received_on", "value")]
            if matches(words, *texts, *names_of(org, organization)):
                yield SearchResult(" · ".join(texts[:3]), url, "", _("Public gift register"), org.name_th)


def register_builtins() -> None:
    """The privacy app's providers, then those of the measures, meetings and participation apps."""
    from measures.search import published_notices
    from meetings.search import scheduled_meetings
    from participation.search import PROVIDERS

    for provider in (pages, notices, gift_registers, published_notices, scheduled_meetings, *PROVIDERS):
        register(provider)


def _register_builtins() -> None:
    if pages not in _PROVIDERS:
        register_builtins()
