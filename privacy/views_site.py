"""The government website standard pages, open without login: the policies, contact, the organization's
public home, the sitemaps (HTML and XML) and the search (standards.md W-03 to W-05)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_not_required
from django.contrib.sitemaps import views as sitemap_views
from django.core.paginator import Page, Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_GET

from coi_portal import permissions
from declarations.models import Organization
from privacy import search as site_search
from privacy import selectors, site, sitemaps

# Policy pages name at most this many organizations; the contact page and the site map list them all, a
# page at a time (a portal may be shared by thousands: docs/scaling.md).
LISTED_ORGANIZATIONS = 20
DIRECTORY_PAGE = 20


def _organizations(request: HttpRequest) -> tuple[list[Organization], bool]:
    """The organizations a policy page names: the viewer's own first, at most ``LISTED_ORGANIZATIONS``;
    and whether there are more (the page then links to the directory on the contact page)."""
    own = permissions.organization_of(request.user)
    others = Organization.objects.order_by("name_th")
    if own is not None:
        others = others.exclude(pk=own.pk)
    listed = [*([own] if own is not None else []), *others[: LISTED_ORGANIZATIONS + 1]]
    return listed[:LISTED_ORGANIZATIONS], len(listed) > LISTED_ORGANIZATIONS


def _directory(request: HttpRequest) -> tuple[Page[Organization], str]:
    """Every organization, a page at a time, filtered by a word of its name, district or province."""
    query = request.GET.get("q", "").strip()[:100]
    organizations = Organization.objects.order_by("name_th", "pk")
    for word in query.split()[:5]:
        organizations = organizations.filter(
            Q(name_th__icontains=word)
            | Q(name_en__icontains=word)
            | Q(district__icontains=word)
            | Q(province__icontains=word)
        )
    return Paginator(organizations, DIRECTORY_PAGE).get_page(request.GET.get("page")), query


def _hours() -> str:
    return site.OFFICE_HOURS[1] if translation.get_language() == "en" else site.OFFICE_HOURS[0]


@login_not_required
@require_GET
def policy_page(request: HttpRequest, page: str) -> HttpResponse:
    """One of the policies named in ``privacy.site.POLICY_PAGES``; its text is a template per language."""
    if page not in site.POLICY_PAGES:
        raise Http404
    language = "en" if translation.get_language() == "en" else "th"
    listed, more = _organizations(request)
    context = {
        "page": page,
        "title": site.POLICY_PAGES[page],
        "body": f"privacy/site/includes/{page}_{language}.html",
        "organizations": listed,
        "more_organizations": more,
        "hours": _hours(),
    }
    return render(request, "privacy/site/policy.html", context)


@login_not_required
@require_GET
def contact(request: HttpRequest) -> HttpResponse:
    """Every organization's contacts: a directory, a page at a time, with the viewer's own on top."""
    page, query = _directory(request)
    own = permissions.organization_of(request.user)
    context = {"organizations": page, "page": page, "query": query, "own": own, "hours": _hours()}
    return render(request, "privacy/site/contact.html", context)


@login_not_required
@require_GET
def org_contact(request: HttpRequest, org: str) -> HttpResponse:
    organization = selectors.public_organization(org)
    context = {"organizations": [organization], "organization": organization, "hours": _hours()}
    return render(request, "privacy/site/contact.html", context)


@login_not_required
@require_GET
def org_home(request: HttpRequest, org: str) -> HttpResponse:
    """The organization's public home: who it is and every public page it has on the portal."""
    organization = selectors.public_organization(org)
    context = {
        "organization": organization,
        "pages": list(site.organization_pages(organization))[1:],
        "villages": organization.villages.all(),
        "hours": _hours(),
    }
    return render(request, "privacy/site/org_home.html", context)


@login_not_required
@require_GET
def sitemap(request: HttpRequest) -> HttpResponse:
    """The portal's pages, then each organization's, a page of organizations at a time."""
    page, query = _directory(request)
    organizations = [(org, list(site.organization_pages(org))) for org in page]
    context = {"pages": list(site.site_pages()), "organizations": organizations, "page": page, "query": query}
    return render(request, "privacy/site/sitemap.html", context)


@login_not_required
@require_GET
def sitemap_xml(request: HttpRequest) -> HttpResponse:
    """The sitemap index (``privacy.sitemaps``)."""
    return sitemap_views.index(request, sitemaps.sitemaps(), sitemap_url_name="privacy:sitemap_section")


@login_not_required
@require_GET
def sitemap_section(request: HttpRequest, section: str) -> HttpResponse:
    return sitemap_views.sitemap(request, sitemaps.sitemaps(), section=section)


@login_not_required
@require_GET
def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[: site_search.MAX_QUERY]
    slug = request.GET.get("org", "")
    organization = Organization.objects.filter(slug=slug).first() if slug else None
    results = site_search.search(query, organization=organization, language=translation.get_language())
    context = {"query": query, "results": results, "organization": organization, "searched": bool(query)}
    return render(request, "privacy/site/search.html", context)
