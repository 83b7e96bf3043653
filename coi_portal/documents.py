"""Official documents as PDF: a Django template rendered by WeasyPrint in the Thai official layout.

The layout (A4, Sarabun 16 pt, margins 2.5/2/2/3 cm, page numbers "- ๒ -" from page 2) is
``static/css/official.css``; document templates extend ``documents/base.html`` and fill
``{% block content %}``. Official documents print numbers and dates in Thai digits: templates format
them with ``{{ value|thai_digits }}``, ``{{ day|be_date:"thai" }}`` and ``{{ amount|baht:"thai" }}``, and
leave Arabic digits only where a document really wants them.

Relative URLs in a template (an image, say) resolve inside ``static/``. Nothing else is fetched: no
network, no file outside ``static/``; a resource that cannot be fetched stops the rendering with
``DocumentError`` rather than give an official document with a hole in it.

The PDF's text layer is exact for Thai, SARA AM (ำ) included, because of the patched fonts
(``coi_portal.fonts``). Keep WeasyPrint's defaults ``full_fonts=False`` and no ``pdf_forms``: with either,
WeasyPrint builds the text map from the font's cmap instead, and the fix no longer applies.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from django.conf import settings
from django.template.loader import render_to_string
from weasyprint import CSS, HTML, Document
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

PORTAL_NAME = "COI Portal"
STATIC_DIR = Path(settings.BASE_DIR) / "static"
STYLESHEET = STATIC_DIR / "css" / "official.css"
PX_TO_PT = 0.75  # WeasyPrint measures in CSS pixels: 96 per inch, against 72 points.


class DocumentError(Exception):
    """The document could not be rendered as asked."""


@dataclass(frozen=True)
class AnchorBox:
    """Where an element with an id landed: 0-based page index and a rectangle in PDF points with the
    origin at the bottom-left of the page, as a signature field wants it."""

    page_index: int
    x1: float
    y1: float
    x2: float
    y2: float


def render_pdf(
    template_name: str,
    context: Mapping[str, Any] | None = None,
    *,
    title: str,
    author: str,
    lang: str = "th",
    keywords: Iterable[str] = (),
) -> bytes:
    """Render ``template_name`` with ``context`` to the bytes of an official PDF (see ``render_document``)."""
    document = render_document(
        template_name, context, title=title, author=author, lang=lang, keywords=keywords
    )
    pdf: bytes = document.write_pdf()
    return pdf


def render_document(
    template_name: str,
    context: Mapping[str, Any] | None = None,
    *,
    title: str,
    author: str,
    lang: str = "th",
    keywords: Iterable[str] = (),
) -> Document:
    """Lay out ``template_name`` and return the WeasyPrint ``Document`` before it is written.

    The template sees the caller's context plus ``pdf`` (title, author, lang, keywords, creator) for the
    base template's head. Title, author, keywords, language (``/Lang``) and creator ("COI Portal") are
    also set on the document itself, so the PDF carries them whatever the template does.
    """
    keywords = [keywords] if isinstance(keywords, str) else list(keywords)
    pdf = {"title": title, "author": author, "lang": lang, "keywords": keywords, "creator": PORTAL_NAME}
    html = render_to_string(template_name, {**(context or {}), "pdf": pdf})
    try:
        renderer = _renderer()
        document = HTML(string=html, base_url=STATIC_DIR.as_uri() + "/", url_fetcher=renderer.fetcher).render(
            stylesheets=[renderer.stylesheet], font_config=renderer.font_config
        )
    except FatalURLFetchingError as error:
        raise DocumentError(f"{template_name}: {error}") from error
    metadata = document.metadata
    metadata.title = title
    metadata.authors = [author]
    metadata.keywords = keywords
    metadata.lang = lang
    metadata.generator = PORTAL_NAME
    return document


def find_anchor(document: Document, anchor: str) -> AnchorBox:
    """Locate the element whose id is ``anchor`` (the signature block, say) on the first page showing it."""
    for index, page in enumerate(document.pages):
        if anchor in page.anchors:
            x1, y1, x2, y2 = (value * PX_TO_PT for value in page.anchors[anchor])
            height = page.height * PX_TO_PT
            return AnchorBox(index, x1, height - y2, x2, height - y1)
    raise DocumentError(f"no element with id {anchor!r} in the document")


class _StaticFilesFetcher(URLFetcher):
    """Fetches ``file:`` URLs inside ``static/`` and ``data:`` URLs; refuses everything else."""

    def __init__(self) -> None:
        super().__init__(allowed_protocols={"file", "data"}, fail_on_errors=True)
        self._root = STATIC_DIR.resolve()

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        if url.lower().startswith("file:"):
            path = Path(url2pathname(urlsplit(url).path)).resolve()
            if not path.is_relative_to(self._root):
                raise ValueError(f"outside static/: {url}")
        return super().fetch(url, headers)


@dataclass(frozen=True)
class _Renderer:
    fetcher: _StaticFilesFetcher
    font_config: FontConfiguration
    stylesheet: CSS


_local = threading.local()


def _renderer() -> _Renderer:
    """The parsed stylesheet and its loaded fonts, built once per thread (about 0.1 s) and reused.

    Per thread because a FontConfiguration wraps Fontconfig and Pango objects that are not documented as
    safe to share between threads.
    """
    renderer: _Renderer | None = getattr(_local, "renderer", None)
    if renderer is None:
        fetcher = _StaticFilesFetcher()
        font_config = FontConfiguration()
        stylesheet = CSS(filename=STYLESHEET, font_config=font_config, url_fetcher=fetcher)
        renderer = _local.renderer = _Renderer(fetcher, font_config, stylesheet)
    return renderer
