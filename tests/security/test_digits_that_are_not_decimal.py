"""Characters that ``str.isdigit`` calls digits but ``int`` refuses (superscripts such as ², found by the
fuzzer in the second-factor form) are refused like any other text, never a 500. ``str.isdecimal`` is the
test that matches ``int``: Thai digits pass both."""

from __future__ import annotations

import pytest
from django.urls import reverse

from coi_portal.security.services import totp_matches

pytestmark = pytest.mark.django_db
SUPERSCRIPTS = "²³¹"


def test_a_superscript_code_matches_no_authenticator():
    assert totp_matches("90a64a60d1b3ed803fe4043c9d54a2ff39addefc", "²") is None


def test_the_enrolment_form_refuses_a_superscript_code(client_as):
    client = client_as("clerk")
    client.get(reverse("security:enroll"))
    assert client.post(reverse("security:enroll"), {"token": "²"}).status_code == 400


@pytest.mark.parametrize(
    ("username", "url", "query"),
    [
        (None, "/search/", {"q": "²²²²"}),
        (None, "/o/bangsaothong/risks/", {"year": SUPERSCRIPTS}),
        ("clerk", "/risks/", {"year": SUPERSCRIPTS}),
        ("clerk", "/tipoffs/counts/", {"year": SUPERSCRIPTS}),
    ],
)
def test_pages_read_a_superscript_year_as_no_year(client_as, username, url, query):
    assert client_as(username).get(url, query).status_code == 200
