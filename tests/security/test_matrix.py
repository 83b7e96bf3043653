"""The explicit permission matrix of the portal's own routes, the security pages and the gifts app: every
route × the nine personas of the issue, with the status each must get (ASVS 4.1.1, 4.1.3). Every other route
of the URLconf is covered by the crawl of ``test_every_url.py`` or by its app's own matrix.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from tests.security.crawl import PERSONAS, client_for
from tests.security.pages import finish
from tests.urlwalk import walk

pytestmark = pytest.mark.django_db

# --- Explicit matrix --------------------------------------------------------------------------------------

ORDER = list(PERSONAS)  # anonymous, filer, other_staff, reviewer, other_reviewer, council_member,
#                         administrator, auditor, outsider
EVERYONE = [200] * 9
LOGGED_IN = [302, 200, 200, 200, 200, 200, 200, 200, 200]
OFFICIALS = [302, 200, 200, 200, 200, 200, 200, 200, 200]
RECORD_READERS = [302, 404, 404, 404, 404, 404, 200, 200, 200]  # outsider: their own organization's
NOBODY = [302, 404, 404, 404, 404, 404, 404, 404, 404]
RECORD_ASKERS = [302, 404, 404, 404, 404, 404, 302, 302, 302]  # asked, then sent to the document's page
OWNER_ONLY = [302, 404, 404, 404, 404, 404, 200, 404, 404]
# For a filing by the filer (staff1), awaiting the reviewer's (nayok's) ruling, with a photo attached.
MATRIX: dict[str, tuple[str, list[int]]] = {
    "home": ("GET", LOGGED_IN),
    "healthz": ("GET", EVERYONE),
    "audit_log": ("GET", RECORD_READERS),
    "legal_rules": ("GET", RECORD_READERS),
    "login": ("GET", [200, 302, 302, 302, 302, 302, 302, 302, 302]),
    "logout": ("POST", [302] * 9),
    "password_change": ("GET", LOGGED_IN),
    "password_change_done": ("GET", LOGGED_IN),
    "set_language": ("POST", [302] * 9),
    "security:overview": ("GET", LOGGED_IN),
    "security:enroll": ("GET", LOGGED_IN),
    "security:verify": ("GET", [302] * 9),
    "security:backup_codes": ("GET", LOGGED_IN),
    "security:remove": ("POST", [302] * 9),
    "security:reauthenticate": ("GET", LOGGED_IN),
    "gifts:new": ("GET", OFFICIALS),
    "gifts:mine": ("GET", OFFICIALS),
    "gifts:inbox": ("GET", OFFICIALS),
    "gifts:detail": ("GET", [302, 200, 404, 200, 404, 404, 200, 200, 404]),
    "gifts:edit": ("GET", NOBODY),
    "gifts:submit": ("POST", NOBODY),
    "gifts:rule": ("GET", [302, 404, 404, 200, 404, 404, 404, 404, 404]),
    "gifts:send_back": ("POST", [302, 404, 404, 400, 404, 404, 404, 404, 404]),
    "gifts:comment": ("POST", NOBODY),
    "gifts:nacc": ("GET", NOBODY),
    "gifts:return": ("GET", NOBODY),
    "gifts:custody": ("GET", NOBODY),
    "gifts:ruling_pdf": ("GET", NOBODY),
    "gifts:nacc_letter_pdf": ("GET", NOBODY),
    "gifts:attachment": ("GET", [302, 200, 404, 200, 404, 404, 200, 200, 404]),
    "gift_reports:check": ("GET", EVERYONE),
    "gift_reports:public_register": ("GET", EVERYONE),
    "gift_reports:register": ("GET", RECORD_READERS),
    "gift_reports:register_csv": ("GET", RECORD_READERS),
    "gift_reports:register_xlsx": ("GET", RECORD_READERS),
    "gift_reports:ita_report": ("GET", RECORD_READERS),
    # A document prepared in the background for the administrator (clerk): nobody else sees it.
    "prepared:list": ("GET", LOGGED_IN),
    "prepared:prepare": ("POST", RECORD_ASKERS),
    "prepared:detail": ("GET", OWNER_ONLY),
    "prepared:download": ("GET", OWNER_ONLY),
}
# Pages about the viewer's own account: the same URL shows each persona their own.
OWN_ACCOUNT_ROUTES = {name for name in MATRIX if name.startswith("security:")} | {
    "home",
    "prepared:list",
    "password_change",
    "password_change_done",
}


def test_every_portal_security_and_gifts_route_is_in_the_explicit_matrix():
    prefixes = ("security:", "gifts:", "gift_reports:")
    portal = {
        r.name
        for r in walk()
        if not r.name.startswith("admin:")
        and (r.callback_module.startswith("coi_portal") or r.name.startswith(prefixes))
    }
    portal |= {"login", "logout", "password_change", "password_change_done", "set_language"}
    assert portal == set(MATRIX)


@pytest.fixture
def awaiting_ruling(demo_orgs, user_named):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from gifts import services
    from gifts.uploads import check_file
    from tests.gifts.conftest import facts
    from tests.gifts.test_uploads import png_bytes

    user = user_named("staff1")
    photo = check_file(SimpleUploadedFile("basket.png", png_bytes(), content_type="image/png"))
    filing = services.draft_create(actor=user, filer=user.membership.official, facts=facts(), files=[photo])
    return services.filing_submit(actor=user, filing=filing)


def _prepared_for_clerk() -> Any:
    from django.contrib.auth.models import User

    from coi_portal.prepared import services
    from gifts.prepared import ITA_REPORT

    clerk = User.objects.get(username="clerk")
    document = services.document_request(
        actor=clerk, producer=ITA_REPORT, parameters={"year": 2570, "period": "half"}
    )
    services.document_render(str(document.pk))
    return document


def _url(name: str, filing: Any) -> str:
    if name == "prepared:prepare":
        return reverse(name, args=["gifts.ita_report"])
    if name in ("prepared:detail", "prepared:download"):
        return reverse(name, args=[_prepared_for_clerk().pk])
    if name == "gifts:attachment":
        return reverse(name, args=[filing.pk, filing.versions.get().attachments.get().pk])
    if name == "gift_reports:public_register":
        return reverse(name, args=["bangsaothong"])
    route = next(r for r in walk() if r.name == name)
    return reverse(name, args=[filing.pk]) if "<int:pk>" in route.pattern else reverse(name)


@pytest.mark.parametrize("name", sorted(MATRIX))
def test_explicit_matrix(awaiting_ruling, name):
    method, expected = MATRIX[name]
    url = _url(name, awaiting_ruling)
    got = []
    for username in PERSONAS.values():
        client = client_for(username)
        response = (
            client.post(url, {"language": "th"} if name == "set_language" else {})
            if (method == "POST")
            else client.get(url)
        )
        finish(response)
        got.append(response.status_code)
    assert dict(zip(ORDER, got, strict=True)) == dict(zip(ORDER, expected, strict=True))
