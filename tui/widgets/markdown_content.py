"""Quiz text with its inline Markdown shown as styles: `*named*` in italics, not asterisks."""

from __future__ import annotations

from textual.content import Content

from tui.markdown_text import inline_markdown
from tui.terminal_text import visible

#: How each inline kind is drawn in quiz text.
_STYLES = {"emphasis": "italic", "strong": "bold", "code": "reverse", "link": "underline"}


def markdown_content(text: str, style: str = "") -> Content:
    """`text` (from a file: never markup) with emphasis, strong, code and link text styled,
    all of it in `style` too ("bold" for a prompt)."""
    plain, spans = inline_markdown(text)
    content = Content(visible(plain))
    if style:
        content = content.stylize(style)
    for span in spans:
        content = content.stylize(_STYLES[span.kind], span.start, span.end)
    return content
