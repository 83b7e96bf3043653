"""``/sitemap.xml`` through ``django.contrib.sitemaps``: an index of one sitemap for the portal's own pages
and one per kind of organization page, each over every organization a page of at most 50,000 addresses at
a time (the sitemaps protocol's limit), read from the database a page at a time."""

from __future__ import annotations

from typing import Any

from django.contrib.sitemaps import Sitemap
from django.db.models import QuerySet
from django.urls import NoReverseMatch, reverse

from declarations.models import Organization
from privacy import site


class PortalPages(Sitemap[site.PublicPage]):
    def items(self) -> list[site.PublicPage]:
        return list(site.site_pages())

    def location(self, item: site.PublicPage) -> str:
        return item.url


class OrganizationPages(Sitemap[Organization]):
    """One page of every organization (``route``: its URL name, taking the organization's slug)."""

    def __init__(self, route: str) -> None:
        self.route = route

    def items(self) -> QuerySet[Organization]:
        return Organization.objects.order_by("slug").only("slug")

    def location(self, item: Organization) -> str:
        return reverse(self.route, args=[item.slug])


def sitemaps() -> dict[str, Any]:
    """The sections of the index: ``portal`` and one per organization page whose route exists."""
    sections: dict[str, Any] = {"portal": PortalPages()}
    for _title, route in site.ORGANIZATION_PAGES:
        try:
            reverse(route, args=["x"])
        except NoReverseMatch:
            continue
        sections[route.replace(":", "-")] = OrganizationPages(route)
    return sections
