"""What the form fuzzer asks (tests/security/fuzzing.py): every field meets every hostile value, and the
random examples follow the size of the form."""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.security.fuzzing import EXAMPLES_PER_FIELD, HOSTILE, examples_for, systematic
from tests.security.pages import Field, Form

FORM = Form(
    "post",
    "/x/",
    {
        "csrfmiddlewaretoken": Field("csrfmiddlewaretoken", "hidden", "t"),
        "next": Field("next", "hidden", "/"),
        "value": Field("value", "number"),
        "kind": Field("kind", "select", options=["a", "b"]),
        "photo": Field("photo", "file"),
    },
    buttons=[("action", "save"), ("action", "submit")],
)


def test_every_field_meets_every_hostile_value():
    submissions = systematic(FORM)
    for name in ("value", "kind"):
        assert {s[name] for s in submissions if name in s} >= set(HOSTILE)
    files = [s["photo"] for s in submissions if "photo" in s]
    assert len(files) == len(HOSTILE) and all(isinstance(f, SimpleUploadedFile) for f in files)


def test_hidden_fields_keep_their_value_and_the_token_is_left_to_the_client():
    submissions = systematic(FORM)
    assert all("csrfmiddlewaretoken" not in s for s in submissions)
    assert {s["next"] for s in submissions if "next" in s} == {"/"}


def test_the_careful_and_the_empty_submission_come_first():
    careful, empty, *_ = systematic(FORM)
    assert careful["kind"] == "a" and empty == {}


def test_random_examples_follow_the_size_of_the_form():
    # value, kind, photo, and one named button
    assert examples_for(FORM, cap=500) == EXAMPLES_PER_FIELD * (1 + 3 + 1)
    assert examples_for(Form("post", "/x/"), cap=500) == EXAMPLES_PER_FIELD
    many = Form("post", "/x/", {f"f{i}": Field(f"f{i}", "text") for i in range(61)})
    assert examples_for(many, cap=500) == 500
    assert examples_for(many, cap=30) == 30
