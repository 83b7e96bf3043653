"""The whole portal with every app's demo data, explored as its users would: follow every link and note every
form, as several personas, then ask every URL found as every persona.

``seed_everything`` calls each project app's ``demo.seed_*`` function (the same ones ``seed_demo`` wires), so
a new app's demo data is crawled without changes here. URLs are matched back to route names, so the tests can
tell which routes the crawl never reached.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import Resolver404, resolve

from coi_portal import demo
from declarations.models import Official
from tests.security.pages import Form, finish, parse

# Persona → demo account (None: anonymous), in the order the issue lists them.
PERSONAS = {
    "anonymous": None,
    "filer": "staff1",
    "other_staff": "staff2",
    "reviewer": "nayok",
    "other_reviewer": "chair",
    "council_member": "member1",
    "administrator": "clerk",
    "auditor": "auditor",
    "outsider": "outsider",
}
CRAWLERS = ("clerk", "staff1", "nayok", "chair", "member1", "auditor", "director", "palad")
SKIP_PREFIXES = ("/static/", "/admin/", "/accounts/logout/", "/i18n/")
# Pages of one route explored while crawling (a meeting still to come shows other links than one held), and
# URLs of one route asked afterwards by every persona.
MAX_EXPLORED_PER_ROUTE = 4
MAX_ASKED_PER_ROUTE = 1
MAX_PAGES = 1500


def official(user: Any) -> Official:
    """The official an account is (the demo accounts used here all are one)."""
    found: Official | None = user.membership.official
    assert found is not None
    return found


def seed_gift_states(organization: Any) -> None:
    """Gift filings in the states the demo lacks, so their pages and forms are crawled too: comments before
    the ruling, a photo, a gift handed over (custody), a report awaiting the NACC."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from gifts import services
    from gifts.models import GiftPolicy
    from gifts.uploads import check_file
    from tests.gifts.conftest import facts
    from tests.gifts.test_uploads import png_bytes

    GiftPolicy.objects.update_or_create(organization=organization, defaults={"comments_before_ruling": True})
    users = {
        u.username: u for u in get_user_model().objects.filter(username__in=["staff1", "nayok", "chair"])
    }
    staff, boss = users["staff1"], users["nayok"]
    photo = check_file(SimpleUploadedFile("basket.png", png_bytes()))
    with_photo = services.draft_create(actor=staff, filer=official(staff), facts=facts(), files=[photo])
    services.filing_submit(actor=staff, filing=with_photo)
    handed = services.filing_submit(
        actor=staff, filing=services.draft_create(actor=staff, filer=official(staff), facts=facts())
    )
    services.filing_rule(
        actor=boss,
        official=boss.membership.official,
        filing=handed,
        decision="hand_over",
        reason="ส่งคืนไม่ได้",
        return_impossible_reason="ผู้ให้ย้ายไปต่างประเทศ",
    )
    services.draft_create(actor=staff, filer=official(staff), facts=facts(description="ร่าง"))
    to_return = services.filing_submit(
        actor=staff, filing=services.draft_create(actor=staff, filer=official(staff), facts=facts())
    )
    services.filing_rule(
        actor=boss, official=boss.membership.official, filing=to_return, decision="return", reason="ส่งคืน"
    )
    chair = users["chair"]
    services.filing_submit(
        actor=chair, filing=services.draft_create(actor=chair, filer=official(chair), facts=facts())
    )


def seed_everything() -> dict[str, object]:
    """Both demo organizations, then every app's ``demo.seed_*(organization[, password])`` for the first, then
    gift filings in the states the demo lacks."""
    bangsaothong = demo.seed_bangsaothong(demo.DEFAULT_PASSWORD)
    khlongdan = demo.seed_khlongdan(demo.DEFAULT_PASSWORD)
    base = Path(settings.BASE_DIR)
    for config in apps.get_app_configs():
        if base not in Path(config.path).parents or not (Path(config.path) / "demo.py").exists():
            continue
        module = importlib.import_module(f"{config.name}.demo")
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if not name.startswith("seed_") or function.__module__ != module.__name__:
                continue
            parameters = list(inspect.signature(function).parameters.values())
            required = [p for p in parameters if p.default is inspect.Parameter.empty]
            if config.name == "coi_portal" or len(required) > 2:
                continue
            if len(required) == 1:
                function(bangsaothong)
            elif required[1].name == "password":
                function(bangsaothong, demo.DEFAULT_PASSWORD)
    seed_gift_states(bangsaothong)
    return {"bangsaothong": bangsaothong, "khlongdan": khlongdan}


def client_for(username: str | None) -> Client:
    client = Client()
    if username is not None:
        client.force_login(get_user_model().objects.get(username=username))
    return client


@dataclass(frozen=True)
class Target:
    route: str
    url: str
    method: str  # GET for links, POST for form actions


def route_of(path: str) -> str | None:
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.view_name


def _local(base: str, href: str, *, to_follow: bool = True) -> str | None:
    """``href`` as a path on this site; None for other sites and, when following links, for pages never to
    visit (log-out, the admin, static files)."""
    if not href or href.startswith(("#", "mailto:", "tel:", "javascript:", "data:")):
        return None
    parts = urlsplit(urljoin(base, href))
    if parts.netloc not in {"", "testserver"} or parts.path.startswith("/static/"):
        return None
    if to_follow and parts.path.startswith(SKIP_PREFIXES):
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


@dataclass(frozen=True)
class SeenForm:
    """A POST form as a user saw it: who, where it posts, and its fields."""

    username: str
    url: str
    form: Form


@dataclass
class Crawl:
    found: dict[tuple[str, str], Target] = field(default_factory=dict)
    forms: dict[str, list[SeenForm]] = field(default_factory=dict)  # route → the POST forms seen for it
    sampled: set[str] = field(default_factory=set)  # routes asked only at their sample URL

    def add(self, url: str, method: str) -> bool:
        """Note ``url``; True when it was not known yet."""
        route = route_of(urlsplit(url).path)
        if route is None or (url, method) in self.found:
            return False
        self.found[(url, method)] = Target(route, url, method)
        return True

    @property
    def routes(self) -> set[str]:
        return {target.route for target in self.found.values()}

    def targets(self) -> list[Target]:
        """The URLs every persona asks: the first ``MAX_ASKED_PER_ROUTE`` found of each route and method."""
        chosen: dict[tuple[str, str], list[Target]] = {}
        for target in self.found.values():
            kept = chosen.setdefault((target.route, target.method), [])
            if len(kept) < MAX_ASKED_PER_ROUTE:
                kept.append(target)
        return [target for kept in chosen.values() for target in kept]

    def add_samples(self, client: Client, routes: Iterable[tuple[str, str]]) -> None:
        """Routes the crawl never reached, asked at the URLconf's sample URL (ids "1" …), by GET or, where
        GET is not allowed, by POST."""
        for route, url in routes:
            if route in self.routes:
                continue
            response = client.get(url)
            finish(response)
            method = "POST" if response.status_code == 405 else "GET"
            self.found[(url, method)] = Target(route, url, method)
            self.sampled.add(route)


def start_urls() -> list[str]:
    """Every page without arguments, the public pages of the demo organization, and every gift filing (the
    comment form is on filings no list links for those who comment)."""
    from gifts.models import GiftFiling
    from tests.coi_portal.test_access import PUBLIC
    from tests.urlwalk import walk

    routes = list(walk())
    urls = [r.url for r in routes if "<" not in r.pattern and not r.name.startswith("admin:")]
    urls += [r.url for r in routes if r.name in PUBLIC and "<slug:" in r.pattern]
    urls += [f"/gifts/{pk}/" for pk in GiftFiling.objects.order_by("-pk").values_list("pk", flat=True)]
    return urls


def crawl(start: Iterable[str], usernames: Iterable[str] = CRAWLERS) -> Crawl:
    """Follow links from ``start`` as each user (each sees other links: a reviewer the ruling page, a filer
    the edit page), exploring every start page and at most ``MAX_EXPLORED_PER_ROUTE`` pages of a route found
    by following links, per user; note the action
    and fields of every POST form seen on the way."""
    found = Crawl()
    start = list(start)
    starting = set(start)
    for username in usernames:
        client = client_for(username)
        explored: dict[str | None, int] = {}
        queue = list(start)
        seen: set[str] = set()
        while queue and len(seen) < MAX_PAGES:
            url = queue.pop(0)
            route = route_of(urlsplit(url).path)
            # The start pages are all explored (each gift filing is one, in its own state); the limit is
            # for the pages found by following links.
            if url in seen or (explored.get(route, 0) >= MAX_EXPLORED_PER_ROUTE and url not in starting):
                continue
            seen.add(url)
            explored[route] = explored.get(route, 0) + 1
            found.add(url, "GET")
            response = client.get(url)
            content_type = response.get("Content-Type", "")
            if response.status_code != 200 or not content_type.startswith("text/html"):
                finish(response)
                if response.status_code == 200:
                    # A document (PDF, spreadsheet, calendar) has no links: one of its route is enough.
                    explored[route] = MAX_EXPLORED_PER_ROUTE
                continue
            page = parse(response.content.decode())
            for href in page.links:
                local = _local(url, href)
                if local and local not in seen:
                    queue.append(local)
            for form in page.forms:
                local = _local(url, form.action or url, to_follow=form.method != "post")
                if local is None:
                    continue
                if form.method != "post":
                    queue.append(local)
                    continue
                found.add(local, "POST")
                action = route_of(urlsplit(local).path)
                if action is not None and len(found.forms.setdefault(action, [])) < MAX_EXPLORED_PER_ROUTE:
                    found.forms[action].append(SeenForm(username, local, form))
    return found
