"""Walk the URLconf: every named route with sample arguments, so no new URL escapes the access tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver

# Sample values for URL arguments, by converter or name.
SAMPLE_ARGS = {
    "int": "1",
    "slug": "bangsaothong",
    "str": "x",
    "path": "x",
    "uuid": "00000000-0000-0000-0000-000000000000",
}


@dataclass(frozen=True)
class Route:
    name: str
    pattern: str
    url: str
    callback_module: str


def _fill(pattern: str) -> str:
    import re

    def replace(match: re.Match[str]) -> str:
        converter = match.group(1) or "str"
        return SAMPLE_ARGS.get(converter, "x")

    url = re.sub(r"<(?:(\w+):)?\w+>", replace, pattern)
    # Regex patterns (Django admin's): drop anchors, replace groups with a sample.
    url = re.sub(r"\(\?P<\w+>[^)]*\)", "1", url)
    return "/" + url.replace("^", "").replace("$", "").replace("\\", "")


def walk(resolver: URLResolver | None = None, prefix: str = "", namespace: str = "") -> Iterator[Route]:
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            ns = namespace
            if entry.namespace:
                ns = f"{namespace}{entry.namespace}:"
            yield from walk(entry, prefix + str(entry.pattern), ns)
        elif isinstance(entry, URLPattern):
            pattern = prefix + str(entry.pattern)
            callback = entry.callback
            yield Route(
                name=f"{namespace}{entry.name or ''}",
                pattern=pattern,
                url=_fill(pattern),
                callback_module=getattr(callback, "__module__", ""),
            )
