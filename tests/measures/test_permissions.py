"""Every measures URL against every persona: who gets 200, 302 (to login, or after a POST), 400 or 404."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.measures.conftest import PASSWORD
from tests.urlwalk import walk

pytestmark = pytest.mark.django_db

PERSONAS = ["admin", "auditor", "signer", "staff", "anonymous", "outsider"]
USERNAMES = {
    "admin": "clerk",
    "auditor": "auditor",
    "signer": "nayok",
    "staff": "staff1",
    "anonymous": None,
    "outsider": "outsider",
}
PUBLIC = [200, 200, 200, 200, 200, 200]
EDITOR_POST = [302, 404, 404, 404, 302, 404]
# route: (method, the notice it is tried on, expected status per persona in PERSONAS order)
MATRIX = {
    "measures:list": ("GET", "draft", [200, 200, 200, 404, 302, 200]),
    "measures:new": ("GET", None, [200, 404, 404, 404, 302, 200]),
    "measures:certificates": ("GET", None, [200, 404, 404, 404, 302, 200]),
    "measures:detail": ("GET", "draft", [200, 200, 200, 404, 302, 404]),
    "measures:edit": ("GET", "draft", [200, 404, 404, 404, 302, 404]),
    "measures:preview": ("GET", "draft", [200, 200, 200, 404, 302, 404]),
    "measures:draft_pdf": ("GET", "draft", [200, 200, 200, 404, 302, 404]),
    "measures:override": ("POST", "draft", [400, 404, 404, 404, 302, 404]),
    "measures:approve": ("POST", "draft", EDITOR_POST),
    "measures:reopen": ("POST", "approved", EDITOR_POST),
    "measures:publish": ("POST", "draft", [400, 404, 404, 404, 302, 404]),
    "measures:new_version": ("POST", "draft", [400, 404, 404, 404, 302, 404]),
    "measures:next_year": ("POST", "draft", EDITOR_POST),
    "measures:sign": ("GET", "approved", [404, 404, 200, 404, 302, 404]),
    "measures:seal": ("GET", "approved", [200, 404, 404, 404, 302, 404]),
    "measures:section_add": ("POST", "draft", EDITOR_POST),
    "measures:section_edit": ("GET", "draft", [200, 404, 404, 404, 302, 404]),
    "measures:section_move": ("POST", "draft", EDITOR_POST),
    "measures:section_remove": ("POST", "draft", EDITOR_POST),
    "measures:verify": ("GET", None, PUBLIC),
    "measures:verify_notice": ("GET", "historical", PUBLIC),
    "measures:issued_pdf": ("GET", "historical", PUBLIC),
    "measures:public_list": ("GET", None, PUBLIC),
}


def test_every_measures_route_is_in_the_matrix():
    assert {r.name for r in walk() if r.name.startswith("measures:")} == set(MATRIX)


def url_for(name, notice):
    if name == "measures:list":
        return reverse(name)
    if notice is None:
        return reverse(name, args=["bangsaothong"]) if name == "measures:public_list" else reverse(name)
    if name == "measures:verify_notice":
        return reverse(name, args=[notice.identifier])
    if name == "measures:issued_pdf":
        return reverse(name, args=[notice.identifier, notice.issued.get().pk])
    if name.startswith("measures:section_") and name != "measures:section_add":
        return reverse(name, args=[notice.pk, notice.sections.first().pk])
    return reverse(name, args=[notice.pk])


@pytest.mark.parametrize("name", sorted(MATRIX))
@pytest.mark.parametrize("persona", PERSONAS)
def test_permission_matrix(request, client_as, upload, other_p12, name, persona):
    method, fixture, expected = MATRIX[name]
    notice = request.getfixturevalue(fixture) if fixture else None
    if name == "measures:seal":
        upload(other_p12, kind="organization_seal")
    client = client_as(USERNAMES[persona])
    url = url_for(name, notice)
    response = client.post(url, {}) if method == "POST" else client.get(url)
    response.close()
    assert response.status_code == expected[PERSONAS.index(persona)], f"{persona} {method} {url}"
    if persona == "anonymous" and expected[PERSONAS.index(persona)] == 302:
        assert response["Location"].startswith("/accounts/login/")


def test_the_signer_password_is_never_echoed(client_as, approved, nayok_certificate):
    response = client_as("nayok").post(reverse("measures:sign", args=[approved.pk]), {"password": PASSWORD})
    assert response.status_code == 400  # the confirmation box was not ticked
    assert PASSWORD.encode() not in response.content
