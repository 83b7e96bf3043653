"""Fuzzing the forms the crawl found (hypothesis strategies shaped by each form's fields) and what counts as
"nothing stored": a fingerprint of every table but the logs, in one query."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from hypothesis import strategies as st

from tests.gifts.test_uploads import png_bytes
from tests.security.crawl import CRAWLERS, client_for
from tests.security.pages import Field, Form, finish, parse
from tests.urlwalk import walk

# Logs may grow on refused input (a failed log-in is recorded); sessions come and go.
LOG_TABLES = {
    "coi_portal.auditentry",
    "coi_portal.auditpersonaldata",
    "coi_portal.auditchainhead",
    "sessions.session",
    "axes.accessattempt",
    "axes.accesslog",
    "axes.accessfailurelog",
    "otp_totp.totpdevice",  # django-otp counts failed codes on the device (throttling)
    "otp_static.staticdevice",
}
# POST routes whose form the demo data never shows: who posts, to which sample URL, with which fields.
EXTRA_CONTEXTS: dict[str, tuple[str | None, str, Form]] = {
    "login": (
        None,
        "/accounts/login/",
        Form(
            "post",
            "",
            {
                "username": Field("username", "text"),
                "password": Field("password", "password"),
                "next": Field("next", "hidden", ""),
            },
        ),
    ),
    "security:verify": (
        "staff1",
        "/accounts/security/verify/",
        Form("post", "", {"token": Field("token", "text"), "next": Field("next", "hidden", "/")}),
    ),
}
# POST routes whose form needs a state the demo data does not show (and that no context above sets up): they
# are fuzzed as the administrator at a URL of the route, with the fields its page shows there, if any. A new
# route must not be added here without trying to reach its form first.
KNOWN_UNREACHED = {
    "declarations:contract_import_confirm",
    "measures:override",
    "measures:publish",
    "measures:reopen",
    "measures:seal",
    "measures:sign",
    "meetings:agenda",
    "meetings:agenda_remove",
    "meetings:cancel",
    "meetings:feed_revoke",
    "meetings:interests",
    "meetings:move",
    "participation:ita_item_action",
    "participation:ita_manage",
    "participation:tipoff_ask",
    "participation:tipoff_close",
    "privacy:breach_detail",
    "privacy:hold_release",
    "security:remove",
}
HOSTILE = [
    "",
    " ",
    "0",
    "-1",
    "1e309",
    "NaN",
    "9" * 40,
    "๑๒๓",
    "2569-02-30",
    "0000-00-00",
    "'; DROP TABLE gifts_giftfiling; --",
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "../../etc/passwd",
    "\x00",
    "a\nb\r\nc",
    "ก" * 5000,
    "https://evil.example/",
    "//evil.example",
    '=HYPERLINK("x")',
    "\u202e\u200b",
    # Characters that str.isdigit() or isnumeric() accept and int() refuses (the second-factor bug), and
    # digits of other scripts that int() does accept.
    "²",
    "½",
    "Ⅻ",
    "１２３",
    "٣٤",
    "๑,๐๐๐.๕๐",
    "1_000",
    "0x1A",
    "-0",
    "2569-13-01",
    "ก" * 256,
]


def counts_sql() -> str:
    """One query counting the rows of every table but the logs."""
    tables = sorted(
        m._meta.db_table
        for m in apps.get_models()
        if m._meta.managed and not m._meta.proxy and m._meta.label_lower not in LOG_TABLES
    )
    # Table names from the app registry, never from input.
    return "SELECT " + ", ".join(f'(SELECT COUNT(*) FROM "{t}")' for t in tables)  # noqa: S608


def table_counts(sql: str) -> tuple[int, ...]:
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return tuple(cursor.fetchone())


def refuses_post(route: str, found: Any) -> bool:
    """The route answers POST with 405 (method checks come before permission checks in this portal)."""
    urls = [t.url for t in found if t.route == route]
    url = urls[0] if urls else next(r.url for r in walk() if r.name == route)
    for username in CRAWLERS:
        response = client_for(username).post(url, {})
        finish(response)
        if response.status_code == 405:
            return True
    return False


def upload(data: bytes, name: str) -> SimpleUploadedFile:
    """A file as a browser sends it; names a browser cannot send ("", "..", "a/") become "x"."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return SimpleUploadedFile(base if base not in {"", ".", ".."} else "x", data)


def plausible(field: Field) -> st.SearchStrategy[Any]:
    """A value a careful person might type into ``field``: the way deep into the views and services."""
    if field.kind in {"select", "radio", "checkbox"} and field.options:
        return st.sampled_from(field.options)
    if field.kind == "date":
        return st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date.today()).map(lambda d: d.isoformat())
    if field.kind == "number":
        return st.integers(min_value=0, max_value=10_000).map(str)
    if field.kind == "file":
        return st.builds(upload, st.just(png_bytes()), st.sampled_from(["photo.png", "../../x.png"]))
    if field.kind == "hidden":
        return st.just(field.value)
    return st.sampled_from([field.value or "ทดสอบ", "ทดสอบการกรอก 1", "5,000", "1500.50", "นายสมชาย ใจดี"])


def hostile(field: Field) -> st.SearchStrategy[Any]:
    """Anything: plausible, hostile, random, repeated, or a file where text is expected."""
    text = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=300))
    files = st.one_of(
        st.builds(upload, st.binary(max_size=2048), st.text(max_size=40)),
        st.builds(upload, st.just(b"%PDF-1.4\n/JS (x)\n%%EOF"), st.just("s.pdf")),
    )
    return st.one_of(plausible(field), text, st.lists(text, min_size=2, max_size=3), files)


def submissions(form: Form) -> st.SearchStrategy[dict[str, Any]]:
    """Either every field plausible (a submission that may be accepted), or any subset of fields with any
    values plus one the form does not have; with one of the form's submit buttons, or none."""
    fields = {name: f for name, f in form.fields.items() if name != "csrfmiddlewaretoken"}
    buttons = {name: st.sampled_from([v for n, v in form.buttons if n == name]) for name, _v in form.buttons}
    careful = st.fixed_dictionaries({n: plausible(f) for n, f in fields.items()}, optional=buttons)
    careless = st.fixed_dictionaries(
        {},
        optional={
            **{n: hostile(f) for n, f in fields.items()},
            "unexpected_field": st.text(max_size=20),
            **buttons,
        },
    )
    # One in five careful: accepted submissions take the slow paths (PDFs, cross-checks) and find less.
    return st.integers(min_value=0, max_value=4).flatmap(lambda n: careful if n == 0 else careless)


# Random examples per field of a form (plus one for the form itself), up to FUZZ_EXAMPLES: a form of two fields
# is exhausted long before 500 examples, a form of sixty is not.
EXAMPLES_PER_FIELD = 20


def examples_for(form: Form, cap: int) -> int:
    """How many random submissions a form gets: in proportion to what can vary in it, at most ``cap``."""
    varying = [n for n, f in form.fields.items() if n != "csrfmiddlewaretoken" and f.kind != "hidden"]
    return min(cap, EXAMPLES_PER_FIELD * (1 + len(varying) + len({n for n, _ in form.buttons})))


def systematic(form: Form) -> list[dict[str, Any]]:
    """Before the random ones, the same for every form: the careful submission, the empty one, and each
    hostile value in every field at once (each field is cleaned whatever the others hold, so every field
    meets every hostile value); files get the hostile files."""
    fields = {name: f for name, f in form.fields.items() if name != "csrfmiddlewaretoken"}

    def value(f: Field, text: str) -> Any:
        if f.kind == "file":
            return upload(b"%PDF-1.4\n/JS (x)\n%%EOF" if len(text) % 2 else text.encode(), text[:40] or "x")
        return f.value if f.kind == "hidden" else text

    careful = {
        n: (f.options[0] if f.options else f.value or "ทดสอบ") for n, f in fields.items() if f.kind != "file"
    }
    return [careful, {}, *({n: value(f, text) for n, f in fields.items()} for text in HOSTILE)]


def fallback_form(route: str, found: Any) -> tuple[str, Form]:
    """For a ``KNOWN_UNREACHED`` route: a URL of it and the POST form its page shows the administrator."""
    urls = [t.url for t in found if t.route == route]
    url = urls[0] if urls else next(r.url for r in walk() if r.name == route)
    response = client_for("clerk").get(url)
    finish(response)
    if response.status_code == 200 and response.get("Content-Type", "").startswith("text/html"):
        forms = [f for f in parse(response.content.decode()).forms if f.method == "post"]
        if forms:
            return url, forms[0]
    return url, Form("post", url)
