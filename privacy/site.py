"""The website-standard pages (DGA government website standard; standards.md W-03 to W-05): their titles, the
public pages of each organization for the sitemaps, and the office hours the contact page prints.

Other apps' public pages are listed by route name and reversed here, so a route that does not exist (yet)
is left out rather than breaking the sitemap.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from declarations.models import Organization

# The office hours of a Thai local government office; Organization has no field for them yet.
OFFICE_HOURS = (
    "วันจันทร์ถึงวันศุกร์ เวลา ๐๘.๓๐-๑๖.๓๐ น. เว้นวันหยุดราชการ",
    "Monday to Friday, 8:30 to 16:30, except public holidays",
)

# The pages every visitor reaches from the footer, in the footer's order.
POLICY_PAGES: dict[str, Promise] = {
    "website_policy": _("Website policy"),
    "privacy_policy": _("Privacy policy"),
    "security_policy": _("Website security policy"),
    "disclaimer": _("Disclaimer"),
    "cookies": _("Cookie policy"),
    "accessibility": _("Accessibility statement"),
}


@dataclass(frozen=True)
class PublicPage:
    title: str
    url: str


def _url(name: str, *args: object) -> str | None:
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


SITE_PAGES: tuple[tuple[Promise, str], ...] = (
    (_("Do I need to report this gift?"), "gift_reports:check"),
    (_("Follow a tip-off"), "participation:tipoff_follow"),
    (_("Contact"), "privacy:contact"),
    (_("Search"), "privacy:search"),
    (_("Site map"), "privacy:sitemap"),
    *((title, f"privacy:{name}") for name, title in POLICY_PAGES.items()),
)

ORGANIZATION_PAGES: tuple[tuple[Promise, str], ...] = (
    (_("About the organization"), "privacy:org_home"),
    (_("Contact"), "privacy:org_contact"),
    (_("Privacy notices"), "privacy:policy"),
    (_("Measure notices"), "measures:public_list"),
    (_("Meeting schedule"), "meetings:public_schedule"),
    (_("Public gift register"), "gift_reports:public_register"),
    (_("Conflict-of-interest handbook"), "participation:handbook"),
    (_("Awareness activities"), "participation:activities_public"),
    (_("Risk register"), "participation:risks_public"),
    (_("ITA evidence"), "participation:ita_index"),
    (_("Report a suspected conflict of interest"), "participation:tipoff_new"),
)


def site_pages() -> Iterator[PublicPage]:
    for title, name in SITE_PAGES:
        url = _url(name)
        if url is not None:
            yield PublicPage(str(title), url)


def organization_pages(organization: Organization) -> Iterator[PublicPage]:
    for title, name in ORGANIZATION_PAGES:
        url = _url(name, organization.slug)
        if url is not None:
            yield PublicPage(str(title), url)
