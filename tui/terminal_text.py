"""The one sanitiser for text whosays shows: no byte of a file may drive the terminal.

Article, quiz and answer text, file names and messages pass through `visible` before they
reach a screen or standard output. Each control character becomes one visible character, so
offsets into the text (highlights, search) and its width stay the same.

What each output does with them (README, "Text from files is data"): screens and plain
command output show them as pictures (ESC as ␛); JSON keeps them, escaped as \\u001b, so the
data survives and the terminal sees only ASCII; CSV to a file keeps them (it is data), CSV
printed to a terminal shows them as pictures.
"""

from __future__ import annotations

import re

#: C0 controls but tab and newline, DEL, the C1 controls (0x9B is a one-byte CSI), and the
#: bidi embeddings, overrides and isolates that make text read differently from its bytes.
_RANGES = ((0x00, 0x08), (0x0B, 0x1F), (0x7F, 0x9F), (0x202A, 0x202E), (0x2066, 0x2069))
_CLASS = "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in _RANGES)

#: C0 controls as their Unicode control pictures (ESC shows as ␛), DEL as ␡, the rest (C1
#: and bidi controls) as the replacement character; every one a single cell wide.
_PICTURES = {
    code: 0x2400 + code if code < 0x20 else 0x2421 if code == 0x7F else 0xFFFD
    for low, high in _RANGES
    for code in range(low, high + 1)
}
#: The same characters as JSON escapes (\u009b): lossless, and plain ASCII on the terminal.
_JSON_ESCAPES = {code: f"\\u{code:04x}" for code in _PICTURES}

# Checking first costs one scan; translating a 5 MB text that needs nothing would copy it.
_UNSAFE = re.compile(f"[{_CLASS}]")

#: A pattern for text boxes (Textual's `Input(restrict=...)`): one line, no control at all,
#: so a pasted escape sequence never becomes part of an answer or a search.
PRINTABLE = f"[^{_CLASS}\\t\\n\\r]*"


def visible(text: str) -> str:
    """`text` with every control character replaced by a visible one of the same width."""
    if _UNSAFE.search(text) is None:
        return text
    return text.translate(_PICTURES)


def json_text(data: object) -> str:
    """`data` as indented JSON that is safe to print: controls kept, but as \\u escapes.

    `json.dumps` already escapes C0 controls; DEL, C1 and bidi controls it leaves raw, and
    they can only stand inside strings, so escaping them keeps the JSON valid and the same.
    """
    # Imported here: the interface shows no JSON, and its start need not load json.
    from tui.json_text import dumps

    text = dumps(data)  # json.dumps(data, indent=2, ensure_ascii=False), faster
    if _UNSAFE.search(text) is None:
        return text
    return text.translate(_JSON_ESCAPES)
