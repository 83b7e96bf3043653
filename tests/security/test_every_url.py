"""Every URL × every persona, generated from the URLconf so that no URL escapes (ASVS 4.1.1, 4.1.3), and what
every page must carry.

The portal with every app's demo data (plus planted national ID numbers and a home address) is crawled as
several users; every URL found (links and form actions, one per route) is then asked by each of the nine
personas of the issue, once for the whole module. Rules that hold everywhere: nobody ever gets a 500; an
anonymous visitor is sent to the login page except on public pages; a user of another organization gets 404
for every record of this one; nobody learns with a 403 that a record exists; no route of the URLconf is left
unreached unless an explicit matrix (``test_matrix.py``) lists it. On the same answers: the security headers
(ASVS 14.4), no caching behind the login (8.1.1), no inline script or style, no ID numbers in GET forms (8.3.1),
and no ID number or home address on a public page or in the log (PDPA, standards.md P-04, ASVS 7.1.1).
"""

from __future__ import annotations

import io
import logging
import os
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.db import connection, transaction
from django.test import override_settings
from django.urls import resolve
from hypothesis import HealthCheck, given, settings

from coi_portal.models import AuditEntry
from tests.coi_portal.test_access import PUBLIC
from tests.security.crawl import PERSONAS, client_for, crawl, seed_everything, start_urls
from tests.security.fuzzing import (
    examples_for,
    submissions,
    systematic,
    table_counts,
)
from tests.security.pages import finish, parse
from tests.security.personal import PLANTED_IDS, THIRTEEN_DIGITS, plant_personal_data
from tests.security.sweep import (
    NOT_SWEPT,
    ROUTES,
    Answer,
    Collector,
    Sweep,
    ask_every_persona,
    fuzz_targets,
)
from tests.security.test_matrix import OWN_ACCOUNT_ROUTES
from tests.urlwalk import walk

# Every test of the module is marked, so that pytest-django creates the test database even when only the
# sweep's tests are selected (the module fixture relies on it).
# One worker runs the whole module (its crawl is computed once), from the start of the run (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("sweep")]
LOGIN = "/accounts/login/"
# At most 500 random examples per form in CI (.ci/run sets FUZZ_EXAMPLES), 100 on a laptop unless asked;
# each form gets as many as its fields call for (fuzzing.examples_for).
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES") or (500 if os.environ.get("CI") else 100))


@pytest.fixture(scope="module")
def sweep(
    django_db_setup: None, django_db_blocker: Any, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Sweep]:
    """Seed, crawl and ask once for the whole module, inside a transaction rolled back at the end; every log
    record written meanwhile is kept."""
    collector = Collector()
    root = logging.getLogger()
    previous = root.level
    root.addHandler(collector)
    root.setLevel(logging.DEBUG)
    try:
        with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")):
            name = str(connection.settings_dict["NAME"])
            assert "memory" in name or name.startswith("test_"), f"not a test database: {name}"
            with transaction.atomic():
                orgs = seed_everything()
                plant_personal_data()
                found = crawl(start_urls())
                forms = fuzz_targets(found)
                samples = [(r.name, r.url) for r in walk() if not r.name.startswith("admin:")]
                found.add_samples(client_for("clerk"), samples)
                yield Sweep(found, ask_every_persona(found), orgs, collector.lines, forms)
                transaction.set_rollback(True)
    finally:
        root.removeHandler(collector)
        root.setLevel(previous)


def _failures(answers: list[Answer], ok: Any) -> list[str]:
    return [f"{a.persona} {a.method} {a.url} ({a.route}) → {a.status}" for a in answers if not ok(a)]


def test_every_route_of_the_urlconf_is_asked_by_every_persona(sweep):
    """Generated from the URLconf: a new route is in the sweep without anyone listing it (the Django admin
    has its own tests: ``tests/coi_portal/test_access.py``)."""
    routes = {r.name for r in walk() if not r.name.startswith("admin:")} - NOT_SWEPT
    for persona in PERSONAS:
        assert {a.route for a in sweep.of(persona)} == routes, persona
    reached = routes - sweep.crawl.sampled
    assert len(reached) > len(routes) * 3 / 4, "most routes are asked at URLs the crawl found on real pages"


def test_no_persona_ever_gets_a_server_error(sweep):
    assert _failures(sweep.answers, lambda a: a.status < 500) == []


def test_an_anonymous_visitor_is_sent_to_login_except_on_public_pages(sweep):
    def ok(a: Answer) -> bool:
        if a.route in PUBLIC:
            return a.status != 500
        return a.status == 302 and a.location.startswith(LOGIN)

    assert _failures(sweep.of("anonymous"), ok) == []


def names_a_record(url: str) -> bool:
    """The URL carries the id (or code) of a record, or the demo organization's slug."""
    match = resolve(urlsplit(url).path)
    return any(
        name in {"pk", "id", "code", "token", "uid"}
        or name.endswith(("_pk", "_id"))
        or value == "bangsaothong"
        for name, value in match.kwargs.items()
    )


def test_a_user_of_another_organization_gets_404_for_every_record_of_this_one(sweep):
    """Every URL that names a record of the demo organization, outside the public pages."""

    def ok(a: Answer) -> bool:
        if a.route in PUBLIC or a.route in OWN_ACCOUNT_ROUTES or not names_a_record(a.url):
            return True
        return a.status in {404, 405}

    checked = [a for a in sweep.of("outsider") if a.route not in PUBLIC and names_a_record(a.url)]
    assert len(checked) > 50
    assert _failures(sweep.of("outsider"), ok) == []


def test_nobody_is_told_a_record_exists_with_403(sweep):
    """404, not 403, for what a viewer may not see (ASVS 4.2.1 and the house rule)."""
    logged_in = [a for a in sweep.answers if a.persona != "anonymous"]
    assert _failures(logged_in, lambda a: a.status != 403) == []


# --- What every page carries -----------------------------------------------------------------------------


def _pages(sweep: Sweep) -> list[Answer]:
    return [a for a in sweep.answers if a.html]


def test_asvs_14_4_3_every_page_has_a_csp_without_unsafe_inline(sweep):
    def ok(a: Answer) -> bool:
        policy = a.headers.get("Content-Security-Policy", "")
        return (
            "default-src 'self'" in policy and "unsafe-inline" not in policy and "unsafe-eval" not in policy
        )

    assert len(_pages(sweep)) > 500
    assert _failures(_pages(sweep), ok) == []


def test_no_page_has_inline_script_or_style_that_the_csp_would_block(sweep):
    def ok(a: Answer) -> bool:
        page = parse(a.html)
        return not (
            page.inline_scripts or page.style_elements or page.style_attributes or page.inline_handlers
        )

    assert _failures(_pages(sweep), ok) == []


def test_asvs_14_4_4_every_response_says_nosniff(sweep):
    assert _failures(sweep.answers, lambda a: a.headers.get("X-Content-Type-Options") == "nosniff") == []


def test_asvs_14_4_6_every_response_has_a_referrer_policy(sweep):
    assert _failures(sweep.answers, lambda a: a.headers.get("Referrer-Policy") == "same-origin") == []


def test_asvs_14_4_7_no_page_may_be_framed(sweep):
    def ok(a: Answer) -> bool:
        policy = a.headers.get("Content-Security-Policy", "")
        return a.headers.get("X-Frame-Options") == "DENY" and "frame-ancestors 'none'" in policy

    assert _failures(_pages(sweep), ok) == []


def test_asvs_8_1_1_pages_behind_the_login_are_never_cached(sweep):
    behind_login = [
        a for a in sweep.answers if a.persona != "anonymous" and a.route not in PUBLIC and a.status == 200
    ]
    assert len(behind_login) > 300
    assert _failures(behind_login, lambda a: "no-store" in a.headers.get("Cache-Control", "")) == []


SENSITIVE_FIELD = re.compile(r"national|id_?number|citizen|id_?card|passport|phone|tel|address|birth", re.I)


def test_asvs_8_3_1_no_form_sends_id_numbers_or_contact_details_in_the_url(sweep):
    offenders = {
        f"{a.route}: {name}"
        for a in _pages(sweep)
        for form in parse(a.html).forms
        if form.method == "get"
        for name in form.fields
        if SENSITIVE_FIELD.search(name)
    }
    assert offenders == set()


def test_public_pages_show_no_id_number_or_home_address(sweep):
    """standards.md P-04: the planted ID numbers, the address and any 13-digit number stay off public pages."""
    public = [a for a in sweep.of("anonymous") if a.status == 200 and a.html]
    assert len(public) >= len({a.route for a in public}) >= 10

    def ok(a: Answer) -> bool:
        digits = re.sub(r"[ -]", "", a.html)
        return (
            not THIRTEEN_DIGITS.search(a.html)
            and not any(planted in digits for planted in PLANTED_IDS)
            and "88/12" not in a.html
        )

    assert _failures(public, ok) == []


def test_the_log_holds_no_id_number_home_address_or_password(sweep):
    """ASVS 7.1.1: whatever the portal logged while every page was asked by everyone."""
    assert sweep.log, "the crawl logs something (log-ins at least)"
    leaks = [
        line for line in sweep.log if THIRTEEN_DIGITS.search(line) or "88/12" in line or "demo-pass" in line
    ]
    assert leaks == []


def test_the_planted_data_is_really_there_for_those_who_may_see_it(sweep):
    """The checks above would pass vacuously if the planted filing were not shown anywhere."""
    inside = [a for a in sweep.of("administrator") if "88/12" in a.html]
    assert inside, "the administrator's register or the filing page shows the filer's text"


# --- Fuzzing every form ----------------------------------------------------------------------------------


@pytest.mark.parametrize("route", ROUTES)
def test_every_form_survives_whatever_is_posted(sweep: Sweep, route: str) -> None:
    """Every form meets every hostile value in every field, then hypothesis posts random submissions shaped
    by its fields, as many as the form's fields call for up to ``FUZZ_EXAMPLES`` (fuzzing.examples_for).
    Each is posted in a transaction rolled back afterwards: never a 500; refused input (a 4xx answer, the
    house rule for bad input) stores nothing outside the logs; accepted input that changed rows wrote an
    audit entry. A route that refuses POST must say 405."""
    forms = sweep.forms
    if route in forms.not_post:
        return
    assert route in forms.targets, (
        f"{route} accepts POST but no crawled page shows its form: show it in the demo data, or add it to "
        "EXTRA_CONTEXTS (tests/security/fuzzing.py)"
    )
    target = forms.targets[route]
    client = client_for(target.username)
    with transaction.atomic():
        baseline = table_counts(forms.counts_sql)
        audit_baseline = AuditEntry.objects.count()
        transaction.set_rollback(True)

    def post(data: dict[str, Any]) -> None:
        try:
            with transaction.atomic():
                response = client.post(target.url, data)
                finish(response)
                assert response.status_code < 500, f"{route}: {response.status_code} for {data!r}"
                after = table_counts(forms.counts_sql)
                if response.status_code >= 400:
                    assert after == baseline, f"{route}: rows stored from refused input {data!r}"
                elif after != baseline:
                    assert AuditEntry.objects.count() > audit_baseline, (
                        f"{route}: a change without an audit entry"
                    )
                transaction.set_rollback(True)
        finally:
            for value in data.values():
                if isinstance(value, io.IOBase):
                    value.close()

    for data in systematic(target.form):
        post(data)

    @settings(
        max_examples=examples_for(target.form, EXAMPLES),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(data=submissions(target.form))
    def random_post(data: dict[str, Any]) -> None:
        post(data)

    random_post()
