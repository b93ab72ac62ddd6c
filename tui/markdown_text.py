"""Markdown read as text: markdown-it-py's tokens turned into plain blocks and inline styles.

The reader shows, and the analyser reads, the text a person sees in rendered Markdown:
no `**`, no `> `, no link addresses (they are kept as `Inline.url`), entities decoded.
markdown-it-py is the parser Textual already depends on, so this costs no new dependency.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tui.blocks import Inline, Paragraph

#: CommonMark plus the two extensions news Markdown uses: tables and ~~strikethrough~~.
_PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
_INLINE_OPEN = {"em_open": "emphasis", "strong_open": "strong", "link_open": "link"}
_INLINE_CLOSE = {"em_close": "emphasis", "strong_close": "strong", "link_close": "link"}
#: What separates two blocks in the body: a blank line, as in the plain-text layouts.
BLOCK_SEPARATOR = "\n\n"


@dataclass
class Draft:
    """One block before the body is assembled: its text and styles relative to that text."""

    kind: str
    text: str
    level: int = 0
    marker: str = ""
    inline: list[Inline] = field(default_factory=list)


@dataclass(frozen=True)
class Body:
    """Blocks assembled into one body string, with offsets into it."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    inline: tuple[Inline, ...]


class _TextOfHtml(HTMLParser):
    """The text of a raw HTML block inside Markdown (tags dropped, entities decoded)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _html_text(html: str) -> str:
    reader = _TextOfHtml()
    reader.feed(html)
    reader.close()
    return " ".join("".join(reader.parts).split())


def _inline_text(token: Token) -> tuple[str, list[Inline]]:
    """The plain text of an inline token and its styles (offsets into that text)."""
    parts: list[str] = []
    length = 0
    opened: list[tuple[str, int, str | None]] = []
    styles: list[Inline] = []
    for child in token.children or []:
        kind = child.type
        piece = ""
        if kind in ("text", "html_inline_text"):
            piece = child.content
        elif kind == "softbreak":
            piece = " "
        elif kind == "hardbreak":
            piece = "\n"
        elif kind == "code_inline":
            styles.append(Inline(length, length + len(child.content), "code"))
            piece = child.content
        elif kind in _INLINE_OPEN:
            href = child.attrGet("href") if kind == "link_open" else None
            opened.append((_INLINE_OPEN[kind], length, str(href) if href else None))
        elif kind in _INLINE_CLOSE:
            for index in range(len(opened) - 1, -1, -1):
                if opened[index][0] == _INLINE_CLOSE[kind]:
                    style, start, url = opened.pop(index)
                    if length > start:
                        styles.append(Inline(start, length, style, url))
                    break
        # Images, raw inline HTML tags and strikethrough marks add no text.
        parts.append(piece)
        length += len(piece)
    return "".join(parts), styles


def inline_markdown(text: str) -> tuple[str, list[Inline]]:
    """One line of inline Markdown (a quiz prompt, a hint) as plain text and its styles.

    Only inline syntax counts: `*emphasis*`, `**strong**`, `` `code` `` and `[text](url)`
    (shown as its text); a leading "1." or "#" stays text, as a prompt is never a list.
    """
    tokens = _PARSER.parseInline(text)
    return _inline_text(tokens[0]) if tokens else (text, [])


def _trimmed(draft: Draft) -> Draft | None:
    """The draft without surrounding white space (styles shifted to match), or None if empty."""
    # Code keeps its indentation; only the blank lines around it go.
    chars = "\n" if draft.kind == "code" else None
    stripped = draft.text.strip(chars)
    if not stripped.strip():
        return None
    lead = len(draft.text) - len(draft.text.lstrip(chars))
    draft.inline = [
        Inline(max(0, s.start - lead), min(len(stripped), s.end - lead), s.kind, s.url)
        for s in draft.inline
        if min(len(stripped), s.end - lead) > max(0, s.start - lead)
    ]
    draft.text = stripped
    return draft


def _table_text(rows: list[list[str]]) -> str:
    """Rows of cells as aligned lines, so a table stays legible as text."""
    columns = max(len(row) for row in rows)
    widths = [max((len(row[i]) for row in rows if i < len(row)), default=0) for i in range(columns)]
    lines = []
    for row in rows:
        cells = [(row[i] if i < len(row) else "").ljust(widths[i]) for i in range(columns)]
        lines.append(" │ ".join(cells).rstrip())
    return "\n".join(lines)


def markdown_drafts(source: str) -> list[Draft]:
    """The blocks of a Markdown document, in order, as plain text with inline styles."""
    drafts: list[Draft] = []
    lists: list[dict[str, object]] = []  # one per open list: its kind and next number
    quote_depth = 0
    pending_marker: str | None = None
    rows: list[list[str]] | None = None
    heading_level = 0
    tokens = _PARSER.parse(source)

    def add(kind: str, text: str, inline: list[Inline] | None = None) -> None:
        nonlocal pending_marker
        level = heading_level
        marker = ""
        if kind != "heading" and kind != "code" and lists:
            kind, level = "item", len(lists)
            marker, pending_marker = pending_marker or "", None
        elif kind == "paragraph" and quote_depth:
            kind, level = "quote", quote_depth
        draft = _trimmed(Draft(kind, text, level, marker, inline or []))
        if draft is not None:
            drafts.append(draft)

    for token in tokens:
        kind = token.type
        if kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind in ("bullet_list_open", "ordered_list_open"):
            lists.append({"ordered": kind == "ordered_list_open"})
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            ordered = lists[-1]["ordered"] if lists else False
            bullet = "•" if len(lists) % 2 else "◦"
            pending_marker = f"{token.info}{token.markup}" if ordered else bullet
        elif kind == "heading_open":
            heading_level = int(token.tag[1:]) if token.tag[1:].isdigit() else 1
        elif kind == "heading_close":
            heading_level = 0
        elif kind == "table_open":
            rows = []
        elif kind == "tr_open" and rows is not None:
            rows.append([])
        elif kind == "table_close" and rows is not None:
            if any(any(cell for cell in row) for row in rows):
                add("table", _table_text(rows))
            rows = None
        elif kind == "inline":
            text, inline = _inline_text(token)
            if rows is not None:
                if rows:
                    rows[-1].append(" ".join(text.split()))
            elif heading_level:
                add("heading", text, inline)
            else:
                add("paragraph", text, inline)
        elif kind in ("fence", "code_block"):
            add("code", token.content.rstrip("\n"))
        elif kind == "html_block":
            add("paragraph", _html_text(token.content))
    return drafts


def assemble(drafts: list[Draft]) -> Body:
    """Join the blocks with blank lines into one body, with offsets into it."""
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    inline: list[Inline] = []
    position = 0
    for draft in drafts:
        if parts:
            parts.append(BLOCK_SEPARATOR)
            position += len(BLOCK_SEPARATOR)
        # A blank line inside a code block would read as a block break: keep one space.
        text = "\n".join(line if line.strip() else " " for line in draft.text.split("\n"))
        parts.append(text)
        paragraphs.append(
            Paragraph(position, position + len(text), draft.kind, draft.level, draft.marker)
        )
        inline.extend(
            Inline(position + s.start, position + s.end, s.kind, s.url) for s in draft.inline
        )
        position += len(text)
    return Body("".join(parts), tuple(paragraphs), tuple(inline))
