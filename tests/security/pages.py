"""Reading rendered pages as a browser would: forms and their fields, links, inline script and style."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class Field:
    name: str
    kind: str  # text, textarea, select, checkbox, radio, hidden, file, date, number, password, email …
    value: str = ""
    options: list[str] = field(default_factory=list)
    required: bool = False


@dataclass
class Form:
    method: str
    action: str
    fields: dict[str, Field] = field(default_factory=dict)
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (name, value) of named submit buttons
    multipart: bool = False


class PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self.links: list[str] = []
        self.inline_scripts = 0
        self.style_elements = 0
        self.style_attributes = 0
        self.inline_handlers = 0
        self._form: Form | None = None
        self._select: Field | None = None
        self._script_has_src = False
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "style" in a:
            self.style_attributes += 1
        self.inline_handlers += sum(1 for k in a if k.startswith("on"))
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "script":
            self._script_has_src, self._in_script = bool(a.get("src")), True
        elif tag == "style":
            self.style_elements += 1
        elif tag == "form":
            self._form = Form(
                method=a.get("method", "get").lower(),
                action=a.get("action", ""),
                multipart="multipart" in a.get("enctype", ""),
            )
            self.forms.append(self._form)
        elif self._form is not None:
            self._field(tag, a)

    def _field(self, tag: str, a: dict[str, str]) -> None:
        assert self._form is not None
        name = a.get("name", "")
        if tag == "button" or (tag == "input" and a.get("type") == "submit"):
            if name:
                self._form.buttons.append((name, a.get("value", "")))
            return
        if not name:
            return
        if tag == "input":
            kind = a.get("type", "text").lower()
            existing = self._form.fields.get(name)
            if kind in {"checkbox", "radio"} and existing is not None:
                existing.options.append(a.get("value", "on"))
                return
            options = [a.get("value", "on")] if kind in {"checkbox", "radio"} else []
            self._form.fields[name] = Field(name, kind, a.get("value", ""), options, "required" in a)
        elif tag == "textarea":
            self._form.fields[name] = Field(name, "textarea", required="required" in a)
        elif tag == "select":
            self._select = Field(name, "select", required="required" in a)
            self._form.fields[name] = self._select
        elif tag == "option" and self._select is not None:
            self._select.options.append(a.get("value", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False
        elif tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip() and not self._script_has_src:
            self.inline_scripts += 1


def parse(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    parser.close()
    return parser


def finish(response: object) -> bytes:
    """The body of a test-client response, read to the end. A streamed file (FileResponse) is closed by the
    client's wrapper once read, with the connection-closing signal held off; calling ``close()`` again would
    fire it and, on PostgreSQL, close the test's database connection in the middle of its transaction."""
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)  # type: ignore[attr-defined]
    return bytes(getattr(response, "content", b""))
