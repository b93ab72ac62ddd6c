"""An extracted page written as Markdown with YAML front matter: what `import` saves.

The body is escaped so that it reads back as exactly the text extracted: a line that starts
with "1." or "#", or a word between asterisks, stays text and is not taken for Markdown.
"""

from __future__ import annotations

import re

import yaml

from tui.webpage.page import Page, PageBlock, Run

_MARKS = {"strong": "**", "emphasis": "*"}
# Characters that can start Markdown syntax anywhere in a line.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>~|])")
# "&amp;" and "&#169;" would be read as entities: escape the ampersand that starts one.
_ENTITY = re.compile(r"&(?=#?\w+;)")
# What makes a line a heading, quote, list item, rule or setext underline when it starts it.
_LINE_START = re.compile(r"^(\s*)([#>+=-]|\d{1,9}(?=[.)]))")


def escape(text: str) -> str:
    """Plain text as Markdown that renders to the same text."""
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _ENTITY.sub(r"\\&", text)


def _line_start(text: str) -> str:
    """Escape what would make the start of a block more than text ("1." -> "1\\.")."""
    match = _LINE_START.match(text)
    if match is None:
        return text
    lead, mark = match.groups()
    if mark.isdigit():
        end = match.end()
        return f"{text[:end]}\\{text[end:]}"
    return f"{lead}\\{text[len(lead) :]}"


def _merged(runs: tuple[Run, ...]) -> list[Run]:
    """Neighbouring runs of one style as one run: "**a****nd**" would not read back as "and"."""
    merged: list[Run] = []
    for run in runs:
        if merged and merged[-1].style == run.style:
            merged[-1] = Run(merged[-1].text + run.text, run.style)
        else:
            merged.append(run)
    return merged


def _inline(runs: tuple[Run, ...]) -> str:
    """Runs as one line of Markdown: styles as ** and *, spaces moved outside the marks."""
    out: list[str] = []
    for run in _merged(runs):
        text = " ".join(run.text.split())
        if not text:
            if run.text:
                out.append(" ")
            continue
        before = " " if run.text[:1].isspace() else ""
        after = " " if run.text[-1:].isspace() else ""
        if run.style == "code":
            fence = "``" if "`" in text else "`"
            body = f"{fence} {text} {fence}" if "`" in text else f"`{text}`"
        elif run.style in _MARKS:
            mark = _MARKS[run.style]
            body = f"{mark}{escape(text)}{mark}"
        else:
            body = escape(text)
        out.append(f"{before}{body}{after}")
    return _line_start(" ".join("".join(out).split()))


def _table(rows: tuple[tuple[str, ...], ...]) -> str:
    """A table in the pipe syntax; the first row is its header."""
    width = max(len(row) for row in rows)
    lines = []
    for number, row in enumerate(rows):
        cells = [escape(cell) for cell in row] + [""] * (width - len(row))
        lines.append("| " + " | ".join(cells) + " |")
        if number == 0:
            lines.append("|" + "|".join(["---"] * width) + "|")
    return "\n".join(lines)


def _code(text: str) -> str:
    fence = "```"
    while fence in text:
        fence += "`"
    return f"{fence}\n{text.strip(chr(10))}\n{fence}"


def block_markdown(block: PageBlock, number: int = 1) -> str:
    """One block as Markdown; `number` is an ordered item's number."""
    if block.kind == "heading":
        return f"{'#' * max(2, block.level)} {_inline(block.runs)}"
    if block.kind == "quote":
        return "> " * max(1, block.level) + _inline(block.runs)
    if block.kind == "item":
        indent = "   " * (block.level - 1)
        marker = f"{number}." if block.ordered else "-"
        return f"{indent}{marker} {_inline(block.runs)}"
    if block.kind == "table":
        return _table(block.rows)
    if block.kind == "code":
        return _code("".join(run.text for run in block.runs))
    return _inline(block.runs)


def page_markdown(page: Page) -> str:
    """The whole document: front matter (what is known) and the body, blocks apart."""
    meta = {
        key: value
        for key, value in (
            ("title", page.title),
            ("outlet", page.outlet),
            ("author", page.author),
            ("date", page.date),
            ("url", page.url),
            ("language", page.language),
        )
        if value
    }
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000)
    parts: list[str] = []
    numbers: dict[int, int] = {}
    previous: PageBlock | None = None
    for block in page.blocks:
        if block.kind == "item":
            numbers = {k: v for k, v in numbers.items() if k <= block.level}
            numbers[block.level] = numbers.get(block.level, 0) + 1
            separator = "\n" if previous is not None and previous.kind == "item" else "\n\n"
        else:
            numbers = {}
            separator = "\n\n"
        if block.kind == "quote" and previous is not None and previous.kind == "quote":
            separator = "\n" + "> " * max(1, min(block.level, previous.level)) + "\n"
        text = block_markdown(block, numbers.get(block.level, 1))
        if text.strip(" >-#|"):
            parts.append((separator if parts else "") + text)
            previous = block
    return f"---\n{front}---\n\n" + "".join(parts) + "\n"
