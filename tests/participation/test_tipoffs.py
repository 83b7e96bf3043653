"""Tip-offs (measure 4): a public form, a tracking code shown once and stored as a hash, the officer's
question and the reporter's answer by code, the outcome; logs never hold the text, the code or the
reporter; the officer's view never reaches a person the tip-off names."""

from __future__ import annotations

import logging
import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.urls import reverse

from coi_portal.models import AuditEntry
from participation import codes, services
from participation.models import TipOff, TipOffEvidence, TipOffMessage
from participation.selectors import hide_tipoff_entries
from tests.gifts.test_uploads import png_bytes

pytestmark = pytest.mark.django_db

TEXT = "นายช่างสั่งให้ญาติรับเหมาถนนสายหมู่ 9 โดยไม่ประกวดราคา"
REPORTER = "นางสาวผู้แจ้ง กล้าหาญ"
CONTACT = "089-111-2222"
CODE = re.compile(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}")


def new_url(org):
    return reverse("participation:tipoff_new", args=[org.slug])


def post_report(client, org, official, **changes):
    data = {
        "subject": "conflict",
        "what": TEXT,
        "occurred_on": "2026-01-05",
        "named": [official("director").pk],
        "reporter_name": REPORTER,
        "reporter_contact": CONTACT,
    } | changes
    return client.post(new_url(org), data)


def code_in(response):
    return CODE.search(response.content.decode()).group(0)


def test_an_anonymous_report_gets_a_code_shown_once_and_stored_as_a_hash(
    org, client, official, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_report(
            client, org, official, anonymous="on", evidence=[SimpleUploadedFile("p.png", png_bytes())]
        )
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("max-age=0")
    code = code_in(response)
    tipoff = TipOff.objects.get()
    assert tipoff.code_hash == codes.hash_code(code) and code not in tipoff.code_hash
    assert tipoff.anonymous and tipoff.reporter_name == "" and tipoff.reporter_contact == ""
    assert tipoff.route == "integrity_officer" and tipoff.notice_version == "tipoffs-1"
    assert list(tipoff.named_officials.all()) == [official("director")]
    assert TipOffEvidence.objects.filter(tipoff=tipoff).count() == 1
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM participation_tipoff")
        assert code not in str(cursor.fetchall())
    entry = AuditEntry.objects.get(action="participation.tipoff_submit")
    assert entry.actor_id is None and entry.ip is None
    assert (
        TEXT not in str(entry.after)
        and code not in str(entry.after)
        and entry.target_label == f"Tip-off {tipoff.number}"
    )
    [message] = mail.outbox
    assert message.to == ["clerk@bangsaothong.example"]
    assert TEXT not in message.body and code not in message.body and tipoff.number in message.body
    assert client.get(reverse("participation:tipoff_follow")).content.decode().count(code) == 0


def test_server_logs_never_contain_the_text_the_code_or_the_reporter(
    org, client, official, caplog, django_capture_on_commit_callbacks
):
    # Everything the portal and Django would log, as production runs (DEBUG off), down to DEBUG level.
    for name in (
        "",
        "django",
        "django.request",
        "django.server",
        "django.security",
        "participation",
        "privacy",
    ):
        caplog.set_level(logging.DEBUG, logger=name)
    with django_capture_on_commit_callbacks(execute=True):
        response = post_report(client, org, official, anonymous="")
    code = code_in(response)
    follow = client.post(reverse("participation:tipoff_follow"), {"code": code})
    answer = client.post(
        reverse("participation:tipoff_follow"), {"code": code, "answer": "รายละเอียดเพิ่มเติม " + CONTACT}
    )
    wrong = client.post(reverse("participation:tipoff_follow"), {"code": "AAAA-BBBB-CCCC-DDDD"})
    assert (follow.status_code, answer.status_code, wrong.status_code) == (200, 200, 400)
    assert caplog.records, "the capture must see the request log records"
    logged = caplog.text + "".join(str(record.__dict__) for record in caplog.records)
    for secret in (TEXT, code, codes.normalise(code), REPORTER, CONTACT):
        assert secret not in logged
    tipoff = TipOff.objects.get()
    assert tipoff.reporter_name == REPORTER


def test_the_journey_question_answer_outcome(org, client, client_as, official):
    client.cookies["django_language"] = "en"
    code = code_in(post_report(client, org, official, anonymous="on"))
    tipoff = TipOff.objects.get()
    officer = client_as("clerk")
    assert officer.get(reverse("participation:tipoff_inbox")).context["tipoffs"] == [tipoff]
    detail = officer.get(reverse("participation:tipoff_detail", args=[tipoff.pk]))
    assert TEXT in detail.content.decode()
    assert (
        officer.post(reverse("participation:tipoff_ask", args=[tipoff.pk]), {"text": ""}).status_code == 400
    )
    asked = officer.post(reverse("participation:tipoff_ask", args=[tipoff.pk]), {"text": "ถนนเส้นไหน"})
    assert asked.status_code == 302
    status = client.post(reverse("participation:tipoff_follow"), {"code": code.lower().replace("-", " ")})
    assert "ถนนเส้นไหน" in status.content.decode()
    assert status.context["tipoff"].status == "awaiting_reporter"
    client.post(reverse("participation:tipoff_follow"), {"code": code, "answer": "ถนนเลียบคลองหมู่ 9"})
    tipoff.refresh_from_db()
    assert tipoff.status == "in_review"
    assert list(tipoff.messages.values_list("author", flat=True)) == ["officer", "reporter"]
    assert (
        officer.post(
            reverse("participation:tipoff_close", args=[tipoff.pk]), {"outcome": "referred"}
        ).status_code
        == 400
    )
    closed = officer.post(
        reverse("participation:tipoff_close", args=[tipoff.pk]),
        {"outcome": "referred", "note": "ส่งเรื่องให้ ป.ป.ช. แล้ว"},
    )
    assert closed.status_code == 302
    final = client.post(reverse("participation:tipoff_follow"), {"code": code}).content.decode()
    assert "ส่งเรื่องให้ ป.ป.ช. แล้ว" in final and "referred to the NACC" in final
    late = client.post(reverse("participation:tipoff_follow"), {"code": code, "answer": "อีกเรื่อง"})
    assert late.status_code == 400 and "closed" in late.content.decode()
    assert TipOffMessage.objects.count() == 2


def test_a_person_named_never_reaches_the_officers_view(org, client, client_as, official, report, user_named):
    tipoff = report(official("clerk"), official("director")).tipoff
    evidence = TipOffEvidence.objects.create(
        tipoff=tipoff, original_name="x.png", content_type="image/png", size=1, sha256="0"
    )
    urls = [
        reverse("participation:tipoff_detail", args=[tipoff.pk]),
        reverse("participation:tipoff_evidence", args=[tipoff.pk, evidence.pk]),
    ]
    posts = [
        reverse("participation:tipoff_ask", args=[tipoff.pk]),
        reverse("participation:tipoff_close", args=[tipoff.pk]),
    ]
    for username in ("clerk", "director", "staff1", "nayok", "auditor", "outsider"):
        named_client = client_as(username)
        for url in urls:
            assert named_client.get(url).status_code == 404, (username, url)
        for url in posts:
            assert (
                named_client.post(url, {"text": "x", "outcome": "not_found", "note": "x"}).status_code == 404
            )
        assert tipoff not in named_client.get(reverse("participation:tipoff_inbox")).context["tipoffs"]
    assert client_as("palad").get(urls[0]).status_code == 200
    with pytest.raises(services.ParticipationError):
        services.tipoff_ask(actor=user_named("clerk"), tipoff=tipoff, text="ใครแจ้ง")
    entries = hide_tipoff_entries(user_named("clerk"), AuditEntry.objects.all())
    assert not entries.filter(target_type="participation.tipoff").exists()
    assert (
        hide_tipoff_entries(user_named("palad"), AuditEntry.objects.all())
        .filter(target_id=str(tipoff.pk))
        .exists()
    )
    # The audit page itself: the administrator named in the tip-off does not learn of it there either.
    page = client_as("clerk").get(reverse("audit_log"))
    assert all(entry.target_type != "participation.tipoff" for entry in page.context["page"])


def test_bad_input_is_refused_and_nothing_is_stored(org, client, official, english):
    cases = [
        {"what": ""},
        {"subject": "nonsense"},
        {"occurred_on": "2999-01-01"},
        {"named": [999999]},
        {"evidence": [SimpleUploadedFile("x.pdf", b"<html>not a pdf</html>")]},
    ]
    for changes in cases:
        response = post_report(client, org, official, **changes)
        assert response.status_code == 400, changes
    other = client.post(
        reverse("participation:tipoff_new", args=["khlongdan"]),
        {"subject": "gift", "what": "x", "named": [official("clerk").pk]},
    )
    assert other.status_code == 400
    assert not TipOff.objects.exists() and not TipOffEvidence.objects.exists()
    assert client.get(reverse("participation:tipoff_new", args=["nowhere"])).status_code == 404
    assert client.put(new_url(org)).status_code == 405
    short = client.post(reverse("participation:tipoff_follow"), {"code": "123"})
    assert short.status_code == 400


def test_evidence_is_served_to_the_handler_only_with_safe_headers(org, client, client_as, official):
    post_report(client, org, official, anonymous="on", evidence=[SimpleUploadedFile("p.png", png_bytes())])
    tipoff = TipOff.objects.get()
    evidence = tipoff.evidence.get()
    response = client_as("clerk").get(reverse("participation:tipoff_evidence", args=[tipoff.pk, evidence.pk]))
    assert response.status_code == 200
    assert (
        response["X-Content-Type-Options"] == "nosniff" and response["Cache-Control"] == "private, no-store"
    )
    assert (
        client.get(reverse("participation:tipoff_evidence", args=[tipoff.pk, evidence.pk])).status_code == 302
    )
    response.close()
