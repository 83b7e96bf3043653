"""The Sarabun fonts in ``static/fonts`` and the patch that keeps SARA AM (ำ) in a PDF's text layer.

HarfBuzz decomposes ำ (U+0E33) into NIKHAHIT + SARA AA before the font's lookups run, and WeasyPrint maps
each glyph of a PDF to the text of the first cluster it drew it for. SARA AA serves both า and ำ, so one of
the two comes out wrong when the PDF is copied, searched or read by ``pdftotext``.

The patch gives SARA AA one outline-identical copy per context in which it completes an ำ: after a bare
NIKHAHIT, and after each NIKHAHIT + tone-mark ligature (HarfBuzz moves NIKHAHIT in front of the tone mark,
so the cluster of "น้ำ" is "้ำ"). A contextual substitution at the end of ``ccmp`` swaps the copy in, so
every copy only ever meets one cluster text and WeasyPrint maps it to exactly that. The drawing is
unchanged: same outline, same advance, and SARA AA takes no part in GPOS or GDEF (checked on build).

The patched files are committed next to the untouched upstream files they are built from;
``python manage.py build_fonts`` rebuilds them byte for byte.
"""

from __future__ import annotations

import copy
import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from fontTools.otlLib.builder import buildCoverage, buildLookup, buildSingleSubstSubtable
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import otTables

FONTS_DIR = Path(settings.BASE_DIR) / "static" / "fonts"
UPSTREAM_DIR = FONTS_DIR / "upstream"

# Sarabun 1.000 from the PyPI wheel fontpkg-sarabun 1.0 (Google Fonts ofl/sarabun), unmodified.
UPSTREAM_SHA256 = {
    "Sarabun-Regular.ttf": "226d4f368fbc0457990ddef2692679badfd2c1a4e89e5ac4d43c10ba7743b2f1",
    "Sarabun-Bold.ttf": "d38308ca27d067b9a1b79006337c1f9a66c29aa016d96a9d88d3801da7fa83b9",
    "Sarabun-Italic.ttf": "595a968e97a8b8179a6bde2d74d4f91b11475dcfb6cf270037d76d8ed71160ea",
    "Sarabun-BoldItalic.ttf": "5ef1b930f9a3afed5ec83374b5617cad3a89d91a8fc5e372dc028c2aa2950f8d",
}
FONT_FILES = tuple(UPSTREAM_SHA256)

SARA_AA = "uni0E32"
# Copy of SARA AA -> (the text its cluster stands for, the glyphs that precede it inside an ำ).
SARA_AM_COPIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "uni0E32.am": ("\u0e33", ("uni0E4D", "uni0E4D.narrow")),
    "uni0E32.am48": ("\u0e48\u0e33", ("uni0E4D0E48", "uni0E4D0E48.narrow")),
    "uni0E32.am49": ("\u0e49\u0e33", ("uni0E4D0E49", "uni0E4D0E49.narrow")),
    "uni0E32.am4A": ("\u0e4a\u0e33", ("uni0E4D0E4A", "uni0E4D0E4A.narrow")),
    "uni0E32.am4B": ("\u0e4b\u0e33", ("uni0E4D0E4B", "uni0E4D0E4B.narrow")),
}
VERSION_NOTE = "COI Portal patch: SARA AM text layer"


class FontBuildError(Exception):
    """The upstream font is not the one the patch was written for."""


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def patch_sarabun(data: bytes) -> bytes:
    """Return the upstream Sarabun TTF ``data`` with the SARA AM text-layer patch; deterministic."""
    # fontTools packs GSUB/GPOS with HarfBuzz's repacker when uharfbuzz happens to be installed (pyHanko's
    # opentype extra brings it) and with its own packer otherwise; pin the choice so the bytes never depend
    # on what else is installed.
    font = TTFont(
        io.BytesIO(data),
        recalcTimestamp=False,
        cfg={"fontTools.ttLib.tables.otBase:USE_HARFBUZZ_REPACKER": False},
    )
    _check_patchable(font)
    _add_sara_aa_copies(font)
    _add_contextual_substitution(font)
    _mark_as_modified(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def build_fonts(
    source_dir: Path = UPSTREAM_DIR, target_dir: Path = FONTS_DIR, *, write: bool = True
) -> dict[str, bytes]:
    """Patch every upstream file after checking its pinned hash; write the results unless ``write`` is
    false. Returns the patched bytes by file name."""
    built = {}
    for name in FONT_FILES:
        data = (source_dir / name).read_bytes()
        if sha256(data) != UPSTREAM_SHA256[name]:
            raise FontBuildError(f"{source_dir / name} is not the pinned upstream Sarabun file")
        built[name] = patch_sarabun(data)
    if write:
        for name, patched in built.items():
            (target_dir / name).write_bytes(patched)
    return built


def _check_patchable(font: TTFont) -> None:
    glyphs = set(font.getGlyphOrder())
    needed = {SARA_AA, *(g for _, before in SARA_AM_COPIES.values() for g in before)}
    if missing := needed - glyphs:
        raise FontBuildError(f"glyphs missing: {sorted(missing)}")
    if glyphs & set(SARA_AM_COPIES):
        raise FontBuildError("the font is already patched")
    # A copy is drawn exactly like SARA AA only while nothing positions or classifies SARA AA.
    for tag in ("GPOS", "GDEF"):
        if tag in font and SARA_AA in _referenced_glyphs(font[tag].table):
            raise FontBuildError(f"{tag} refers to {SARA_AA}; the copies would need the same entries")


def _referenced_glyphs(table: otTables.BaseTable) -> set[str]:
    found: set[str] = set()
    for node in _walk(table):
        if isinstance(node, otTables.Coverage):
            found.update(node.glyphs)
        elif isinstance(node, otTables.ClassDef):
            found.update(node.classDefs)
        elif second := getattr(node, "SecondGlyph", None):
            found.add(second)
    return found


def _walk(table: otTables.BaseTable) -> Iterator[otTables.BaseTable]:
    yield table
    for entry in table.iterSubTables():
        yield from _walk(entry.value)


def _add_sara_aa_copies(font: TTFont) -> None:
    glyf, hmtx = font["glyf"], font["hmtx"]
    order = list(font.getGlyphOrder())
    for name in SARA_AM_COPIES:
        glyf.glyphs[name] = copy.deepcopy(glyf[SARA_AA])
        hmtx.metrics[name] = hmtx.metrics[SARA_AA]
    font.setGlyphOrder(order + list(SARA_AM_COPIES))


def _add_contextual_substitution(font: TTFont) -> None:
    """Append one chained lookup (after every existing lookup, so the NIKHAHIT ligatures and their
    narrow forms are final) to each ``ccmp`` feature: ``ccmp`` cannot be switched off from CSS."""
    gsub = font["GSUB"].table
    lookups = gsub.LookupList.Lookup
    glyph_map = font.getReverseGlyphMap()
    rules = []
    for name, (_, before) in SARA_AM_COPIES.items():
        lookups.append(buildLookup([buildSingleSubstSubtable({SARA_AA: name})]))
        rule = otTables.ChainContextSubst()
        rule.Format = 3
        rule.BacktrackGlyphCount = 1
        rule.BacktrackCoverage = [buildCoverage(before, glyph_map)]
        rule.InputGlyphCount = 1
        rule.InputCoverage = [buildCoverage([SARA_AA], glyph_map)]
        rule.LookAheadGlyphCount = 0
        rule.LookAheadCoverage = []
        record = otTables.SubstLookupRecord()
        record.SequenceIndex = 0
        record.LookupListIndex = len(lookups) - 1
        rule.SubstCount = 1
        rule.SubstLookupRecord = [record]
        rules.append(rule)
    lookups.append(buildLookup(rules))
    gsub.LookupList.LookupCount = len(lookups)
    for record in gsub.FeatureList.FeatureRecord:
        if record.FeatureTag == "ccmp":
            record.Feature.LookupListIndex.append(len(lookups) - 1)
            record.Feature.LookupCount = len(record.Feature.LookupListIndex)


def _mark_as_modified(font: TTFont) -> None:
    """Say so in the version and unique-ID strings. Sarabun's OFL declares no Reserved Font Name, so the
    family keeps its name (and the CSS and PDF font names stay "Sarabun")."""
    name_table = font["name"]
    for record in name_table.names:
        if record.nameID in (3, 5):
            record.string = f"{record.toUnicode()}; {VERSION_NOTE}"
    # The upstream digital signature no longer matches the changed file.
    if "DSIG" in font:
        del font["DSIG"]
