"""Benchmark: render and sign the seed notice, and serve an issued PDF.

Run from the checkout:

    DJANGO_SETTINGS_MODULE=coi_portal.settings DEBUG=1 .venv/bin/python benchmarks/measure_pdf.py

It builds what it needs in a throwaway SQLite database and media folder (the checkout's database is not
touched): the demo organization, its people and its measures (``seed_measures``: the 2562 seed notice and
nayok's self-signed demo certificate). Then it prints

- render + sign: the median of 10 runs of rendering the 2562 notice (WeasyPrint) and signing it with a
  visible Thai stamp (pyHanko, PAdES B-B), after one warm-up run;
- the whole signing service (render, sign, store the file, write the audit entry): median of 10;
- serving an issued PDF through Django (test client, the public download view): median of 200 requests.

Goals on this machine: render + sign <= 0.5 s, serving <= 10 ms. Not a test: nothing is asserted.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = tempfile.mkdtemp(prefix="measure-bench-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "coi_portal.settings")
os.environ.setdefault("DEBUG", "1")
os.environ["DATABASE_URL"] = f"sqlite:///{WORK}/bench.sqlite3"
os.environ["MEDIA_ROOT"] = f"{WORK}/media"
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import reverse  # noqa: E402

from coi_portal import demo  # noqa: E402
from coi_portal.documents import find_anchor  # noqa: E402
from measures import selectors  # noqa: E402
from measures.demo import seed_measures  # noqa: E402
from measures.documents import SIGNATURE_ANCHOR, render_measure_document, verify_url  # noqa: E402
from measures.models import Notice  # noqa: E402
from measures.services import notice_sign  # noqa: E402
from measures.signing import load_signer, sign_pdf, signature_stamp_lines  # noqa: E402

RUNS = 10
REQUESTS = 200


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    call_command("migrate", verbosity=0)
    organization = demo.seed_bangsaothong(demo.DEFAULT_PASSWORD)
    demo.seed_khlongdan(demo.DEFAULT_PASSWORD)
    seed_measures(organization, demo.DEFAULT_PASSWORD)
    notice = Notice.objects.get(organization=organization, kind="measures", year_be=2562)
    assert notice.signer is not None
    certificate = selectors.personal_certificate(notice.signer)
    assert certificate is not None
    signer = load_signer(bytes(certificate.pkcs12), demo.DEFAULT_PASSWORD)

    def render_and_sign() -> bytes:
        document = render_measure_document(notice)
        lines = signature_stamp_lines(
            name=notice.signer_name,
            position=notice.signer_position,
            at=notice.updated_at,
            url=verify_url(notice.identifier),
        )
        box = find_anchor(document, SIGNATURE_ANCHOR)
        return sign_pdf(document.write_pdf(), box=box, signer=signer, stamp_lines=lines).data

    def sign_service() -> object:
        return notice_sign(
            actor=None,
            notice=notice,
            certificate=certificate,
            password=demo.DEFAULT_PASSWORD,
            any_status=True,
        )

    render_and_sign()  # warm-up: fonts and stylesheet are loaded once per thread
    render_sign = median_seconds(render_and_sign, RUNS)
    service = median_seconds(sign_service, RUNS)

    issued = selectors.current_issue(notice)
    assert issued is not None
    client = Client(HTTP_HOST="127.0.0.1")
    url = reverse("measures:issued_pdf", args=[notice.identifier, issued.pk])

    def serve() -> None:
        response = client.get(url)
        assert response.status_code == 200
        b"".join(response.streaming_content)  # type: ignore[attr-defined]
        response.close()

    serve()
    serving = median_seconds(serve, REQUESTS)

    print(f"render + sign (median of {RUNS}):            {render_sign * 1000:7.1f} ms  (goal <= 500 ms)")
    print(f"signing service incl. store (median of {RUNS}): {service * 1000:7.1f} ms")
    print(f"serve an issued PDF (median of {REQUESTS}):      {serving * 1000:7.1f} ms  (goal <= 10 ms)")
    print(f"PDF size {issued.size} bytes; scratch data in {WORK}")


if __name__ == "__main__":
    main()
