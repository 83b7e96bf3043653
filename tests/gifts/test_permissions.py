"""Every gifts URL against every persona: who gets 200, 302 (to login, or after a POST) or 404."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.responses import close_response
from tests.urlwalk import walk

pytestmark = pytest.mark.django_db

PERSONAS = ["filer", "other_staff", "reviewer", "other_reviewer", "admin", "auditor", "anonymous", "outsider"]
USERNAMES = {
    "filer": "staff1",
    "other_staff": "staff2",
    "reviewer": "nayok",
    "other_reviewer": "chair",
    "admin": "clerk",
    "auditor": "auditor",
    "anonymous": None,
    "outsider": "outsider",
}
# Expected status per persona, in PERSONAS order, for a filing by staff1 awaiting the Chief Executive's ruling.
EVERY_OFFICIAL = [200, 200, 200, 200, 200, 200, 302, 200]
MATRIX = {
    "gifts:new": ("GET", EVERY_OFFICIAL),
    "gifts:mine": ("GET", EVERY_OFFICIAL),
    "gifts:inbox": ("GET", EVERY_OFFICIAL),
    "gifts:detail": ("GET", [200, 404, 200, 404, 200, 200, 302, 404]),
    "gifts:edit": ("GET", [404, 404, 404, 404, 404, 404, 302, 404]),
    "gifts:submit": ("POST", [404, 404, 404, 404, 404, 404, 302, 404]),
    "gifts:rule": ("GET", [404, 404, 200, 404, 404, 404, 302, 404]),
    "gifts:send_back": ("POST", [404, 404, 400, 404, 404, 404, 302, 404]),
    "gifts:comment": ("POST", [404, 404, 404, 404, 404, 404, 302, 404]),
    "gifts:nacc": ("GET", [404, 404, 404, 404, 404, 404, 302, 404]),
    "gifts:return": ("GET", [404, 404, 404, 404, 404, 404, 302, 404]),
    "gifts:custody": ("GET", [404, 404, 404, 404, 404, 404, 302, 404]),
    "gifts:ruling_pdf": ("GET", [404, 404, 404, 404, 404, 404, 302, 404]),
    "gifts:nacc_letter_pdf": ("GET", [404, 404, 404, 404, 404, 404, 302, 404]),
    "gifts:attachment": ("GET", [200, 404, 200, 404, 200, 200, 302, 404]),
}


def test_every_gifts_route_is_in_the_matrix():
    assert {r.name for r in walk() if r.name.startswith("gifts:")} == set(MATRIX)


@pytest.fixture
def filing_with_photo(demo_orgs, user_named):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from gifts import services
    from gifts.uploads import check_file
    from tests.gifts.conftest import facts
    from tests.gifts.test_uploads import png_bytes

    user = user_named("staff1")
    photo = check_file(SimpleUploadedFile("basket.png", png_bytes(), content_type="image/png"))
    filing = services.draft_create(actor=user, filer=user.membership.official, facts=facts(), files=[photo])
    return services.filing_submit(actor=user, filing=filing)


def url_for(name, filing):
    if name in {"gifts:new", "gifts:mine", "gifts:inbox"}:
        return reverse(name)
    if name == "gifts:attachment":
        attachment = filing.versions.get().attachments.get()
        return reverse(name, args=[filing.pk, attachment.pk])
    return reverse(name, args=[filing.pk])


@pytest.mark.parametrize("name", sorted(MATRIX))
@pytest.mark.parametrize("persona", PERSONAS)
def test_permission_matrix(client_as, filing_with_photo, name, persona):
    method, expected = MATRIX[name]
    client = client_as(USERNAMES[persona])
    url = url_for(name, filing_with_photo)
    response = client.post(url, {}) if method == "POST" else client.get(url)
    close_response(response)
    assert response.status_code == expected[PERSONAS.index(persona)], f"{persona} {method} {url}"
