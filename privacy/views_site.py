"""The government website standard pages, open without login: the policies, contact, the organization's
public home, the sitemaps (HTML and XML) and the search (standards.md W-03 to W-05)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_GET

from coi_portal import permissions
from declarations.models import Organization
from privacy import search as site_search
from privacy import selectors, site


def _organizations(request: HttpRequest) -> list[Organization]:
    """Every organization on the portal, the viewer's own first."""
    own = permissions.organization_of(request.user)
    others = [org for org in Organization.objects.order_by("name_th") if own is None or org.pk != own.pk]
    return [own, *others] if own is not None else others


def _hours() -> str:
    return site.OFFICE_HOURS[1] if translation.get_language() == "en" else site.OFFICE_HOURS[0]


@login_not_required
@require_GET
def policy_page(request: HttpRequest, page: str) -> HttpResponse:
    """One of the policies named in ``privacy.site.POLICY_PAGES``; its text is a template per language."""
    if page not in site.POLICY_PAGES:
        raise Http404
    language = "en" if translation.get_language() == "en" else "th"
    context = {
        "page": page,
        "title": site.POLICY_PAGES[page],
        "body": f"privacy/site/includes/{page}_{language}.html",
        "organizations": _organizations(request),
        "hours": _hours(),
    }
    return render(request, "privacy/site/policy.html", context)


@login_not_required
@require_GET
def contact(request: HttpRequest) -> HttpResponse:
    return render(
        request, "privacy/site/contact.html", {"organizations": _organizations(request), "hours": _hours()}
    )


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
    organizations = [
        (org, list(site.organization_pages(org))) for org in Organization.objects.order_by("name_th")
    ]
    context = {"pages": list(site.site_pages()), "organizations": organizations}
    return render(request, "privacy/site/sitemap.html", context)


@login_not_required
@require_GET
def sitemap_xml(request: HttpRequest) -> HttpResponse:
    urls = [page.url for page in site.site_pages()]
    for org in Organization.objects.order_by("slug"):
        urls += [page.url for page in site.organization_pages(org)]
    base = settings.SITE_URL
    body = render(request, "privacy/site/sitemap.xml", {"urls": [f"{base}{url}" for url in urls]})
    body["Content-Type"] = "application/xml; charset=utf-8"
    return body


@login_not_required
@require_GET
def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()[: site_search.MAX_QUERY]
    slug = request.GET.get("org", "")
    organization = Organization.objects.filter(slug=slug).first() if slug else None
    results = site_search.search(query, organization=organization, language=translation.get_language())
    context = {"query": query, "results": results, "organization": organization, "searched": bool(query)}
    return render(request, "privacy/site/search.html", context)
