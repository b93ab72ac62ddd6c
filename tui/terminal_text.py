"""The one sanitiser for text whosays shows: no byte of a file may drive the terminal.

Article, quiz and answer text, file names and messages pass through `visible` before they
reach a screen or standard output. Each control character becomes one visible character, so
offsets into the text (highlights, search) and its width stay the same.
"""

from __future__ import annotations

import re

#: C0 controls (but tab and newline) as their Unicode control pictures (ESC shows as ␛).
_PICTURES = {code: 0x2400 + code for code in range(0x20) if code not in (0x09, 0x0A)}
_PICTURES[0x7F] = 0x2421  # DEL as ␡
#: C1 controls (0x9B is a one-byte CSI) and the bidi embeddings, overrides and isolates that
#: can make text read differently from how it is stored; shown as the replacement character.
for _code in [*range(0x80, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)]:
    _PICTURES[_code] = 0xFFFD
del _code

# Checking first costs one scan; translating a 5 MB text that needs nothing would copy it.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """`text` with every control character replaced by a visible one of the same width."""
    if _UNSAFE.search(text) is None:
        return text
    return text.translate(_PICTURES)
