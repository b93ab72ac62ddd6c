"""Bytes of a web page to text, honouring the character set the page or server declares."""

from __future__ import annotations

import codecs
import re

# `<meta charset="x">` or `<meta http-equiv="Content-Type" content="text/html; charset=x">`,
# looked for in the first bytes only, as browsers do (the HTML standard says 1024).
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_PRESCAN_BYTES = 4096
# Browsers read these labels as Windows-1252, a superset; pages that say Latin-1 use it.
_AS_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii"}


def declared_charset(data: bytes) -> str | None:
    """The character set a page's `<meta>` declares, if any."""
    match = _META_CHARSET.search(data[:_PRESCAN_BYTES])
    return match[1].decode("ascii", "replace") if match else None


def _codec(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None if Python does not know it."""
    if not label:
        return None
    label = label.strip().strip("'\"").lower()
    if label in _AS_WINDOWS_1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_page(data: bytes, http_charset: str | None = None) -> str:
    """The page as text: a byte-order mark first, then the server's charset, then the page's
    `<meta>`, then UTF-8 if it fits, else Windows-1252 (which never fails); a byte that does
    not fit the declared charset becomes U+FFFD rather than stopping the import."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    codec = _codec(http_charset) or _codec(declared_charset(data))
    if codec is not None and codec not in ("utf-16", "utf-16-le", "utf-16-be"):
        return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
