"""Search providers of the participation app's public pages (see ``privacy.search``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from declarations.models import Organization
from participation import handbook, selectors
from privacy.search import SearchResult, matches, names_of, organizations_for, snippet


def handbook_rules(
    words: Sequence[str], organization: Organization | None, language: str
) -> Iterator[SearchResult]:
    rules = handbook.build_handbook(language, timezone.localdate())
    for org in organizations_for(words, organization):
        names = names_of(org, organization)
        url = reverse("participation:handbook", args=[org.slug])
        for rule in rules:
            texts = [
                rule.title,
                rule.plain,
                *(e.facts for e in rule.examples),
                *(c[0] for c in rule.citations),
            ]
            if matches(words, *texts, *names):
                yield SearchResult(
                    rule.title, f"{url}#{rule.key}", snippet(rule.plain, words), _("Handbook"), org.name_th
                )
        for case in selectors.published_cases(org):
            if matches(words, case.title, case.summary, case.lesson, *names):
                yield SearchResult(
                    case.title,
                    f"{url}#case-{case.pk}",
                    snippet(case.summary, words),
                    _("Handbook"),
                    org.name_th,
                )


def activities(
    words: Sequence[str], organization: Organization | None, language: str
) -> Iterator[SearchResult]:
    for org in organizations_for(words, organization):
        names = names_of(org, organization)
        url = reverse("participation:activities_public", args=[org.slug])
        for activity in selectors.public_activities(org):
            if matches(words, activity.title, activity.description, *names):
                yield SearchResult(
                    activity.title,
                    f"{url}#activity-{activity.pk}",
                    snippet(activity.description, words),
                    _("Awareness activities"),
                    org.name_th,
                )


def risks_and_ita(
    words: Sequence[str], organization: Organization | None, language: str
) -> Iterator[SearchResult]:
    for org in organizations_for(words, organization):
        names = names_of(org, organization)
        years = selectors.risk_years(org)
        if years:
            url = reverse("participation:risks_public", args=[org.slug])
            for risk in selectors.risks(org, years[0]):
                if matches(words, risk.title, *(m.description for m in risk.measures.all()), *names):
                    yield SearchResult(
                        snippet(risk.title, words, 90),
                        f"{url}?year={years[0]}",
                        "",
                        _("Risk register"),
                        org.name_th,
                    )
        for year in selectors.ita_years(org)[:2]:
            for item in selectors.ita_items(org, year):
                if matches(words, item.code, item.title, *names):
                    url = reverse("participation:ita_year", args=[org.slug, year])
                    yield SearchResult(
                        f"{year} {item.code}",
                        f"{url}#ita-{item.pk}",
                        snippet(item.title, words),
                        _("ITA evidence"),
                        org.name_th,
                    )


PROVIDERS = (handbook_rules, activities, risks_and_ita)
