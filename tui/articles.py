"""Articles and their loaders: the seed layout, Markdown with front matter, and plain text.

Everything here is UI-free. Offsets are character offsets into `Article.text`, the file as
decoded (BOM dropped, CRLF and lone CR turned into LF), so that the analyser, the reader and
the JSON output all point at the same characters.
"""

from __future__ import annotations

import datetime as dt
import locale
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from tui.blocks import Inline, Paragraph
from tui.files import FileRefused, byte_position, read_limited

if TYPE_CHECKING:
    from tui.markdown_text import Draft

#: Extensions the library treats as articles.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")
#: Saved web pages: read through the extractor (tui.webpage), never as raw text.
WEB_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
#: Kinds of file people drop beside their articles that whosays cannot read, by suffix.
UNREADABLE_KINDS = {
    ".pdf": "a PDF",
    ".doc": "a Word document",
    ".docx": "a Word document",
    ".odt": "an OpenDocument text",
    ".rtf": "a rich-text document",
    ".pages": "a Pages document",
    ".epub": "an e-book",
    ".mobi": "an e-book",
    ".azw3": "an e-book",
    ".png": "an image",
    ".jpg": "an image",
    ".jpeg": "an image",
    ".gif": "an image",
    ".webp": "an image",
    ".heic": "an image",
    ".tif": "an image",
    ".tiff": "an image",
    ".bmp": "an image",
    ".mht": "a web archive",
    ".mhtml": "a web archive",
    ".webarchive": "a web archive",
    ".zip": "a ZIP archive",
}
#: The one line every unreadable file gets, after what it is.
READS = "whosays reads .txt, .md and web pages"
# Leading bytes of the same kinds, for a file whose name does not say what it is.
_MAGIC = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP-packed document (Word, e-book or archive)"),
    (b"\x89PNG", "an image"),
    (b"\xff\xd8\xff", "an image"),
    (b"GIF8", "an image"),
    (b"{\\rtf", "a rich-text document"),
)

#: The largest article file read (a long book is about 5 MB); larger ones are refused unread.
MAX_ARTICLE_BYTES = 16_000_000

#: Encodings tried, in order; named in the error when none fits.
_ENCODINGS_TRIED = "UTF-8 (with or without a BOM) and UTF-16 (with a BOM)"

# A line longer than this is never a hard-wrapped line of a paragraph: files whose
# paragraphs are single long lines (like the seed) keep one paragraph per line.
_HARD_WRAP_MAX = 100

_DOMAIN_LINE = re.compile(r"^[\w-]+(\.[\w-]+)+$")
_NEWS_ID = re.compile(r"^News ID\s*:\s*(?P<value>.+)$", re.IGNORECASE)
_PUBLISH_DATE = re.compile(r"^Publish(?:ed)? Date\s*:\s*(?P<value>.+)$", re.IGNORECASE)
_LIST_MARKER = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
# "WASHINGTON (Dispatches) --", "KABUL, Afghanistan (Reuters) -", "LONDON —"
_DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Z.'’ -]+"  # the place, in capitals
    r"(?:,\s*[A-Z][\w.'’ -]+)?"  # ", Afghanistan"
    r"(?:\s*\([^)\n]{1,40}\))?"  # "(Reuters)"
    r"\s*(?:--|—|–|-))\s"
)
_DATE_FORMATS = (
    "%d %B %Y - %H:%M",
    "%d %B %Y",
    "%B %d, %Y",
    "%Y-%m-%d",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%d/%m/%Y",
)
#: The first formats above in their plainest spelling ("01 November 2021 - 21:23", "01
#: November 2021", "2021-11-01"), read without strptime: its first call imports _strptime,
#: builds the month names and compiles a pattern per format tried, about 36M instructions
#: (4% of the library's start-up, whose bundled articles all carry a date).
_PLAIN_DATE = re.compile(
    r"(?P<day>[0-9]{2}) (?P<month>[A-Za-z]+) (?P<year>[0-9]{4})"
    r"(?: - (?P<hour>[0-9]{2}):(?P<minute>[0-9]{2}))?"
    r"|(?P<iso_year>[0-9]{4})-(?P<iso_month>[0-9]{2})-(?P<iso_day>[0-9]{2})"
)
_MONTHS = {
    name: number
    for number, name in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
}


class ArticleError(Exception):
    """A file that cannot be read as an article; the message is fit to show a user."""

    def __init__(self, path: Path | str | None, message: str) -> None:
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}" if path is not None else message)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of `Article.text`, with what it is ("outlet", "title", "kicker" ...)."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class Article:
    """A loaded article: metadata, the body text and its paragraphs.

    The text is kept as `head` (the header lines before the body), `body` and `tail` (the
    whitespace after it), and `text` is put together only when asked for: the reader needs
    only the body, and a second copy of a 5 MB article was 10 MB more to hold.
    """

    id: str
    title: str
    head: str
    body_start: int
    body: str
    paragraphs: tuple[Paragraph, ...]
    word_count: int
    format: str
    outlet: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    kicker: str | None = None
    dateline: str | None = None
    author: str | None = None
    url: str | None = None
    news_id: str | None = None
    path: Path | None = None
    header: tuple[Span, ...] = field(default=())
    #: Emphasis, strong, links and code over the body (Markdown and web pages).
    inline: tuple[Inline, ...] = field(default=())
    #: The language code ("en", "pt") when known from the file or detected on import.
    language: str | None = None
    tail: str = ""

    @cached_property
    def text(self) -> str:
        """The file's text as decoded; every offset of the analysis points into it."""
        return self.head + self.body + self.tail if self.head or self.tail else self.body

    def text_between(self, start: int, end: int) -> str:
        """`text[start:end]`, without putting `text` together for a stretch of the head or
        of the body."""
        if end <= len(self.head):
            return self.head[start:end]
        if start >= self.body_start and end <= self.body_start + len(self.body):
            return self.body[start - self.body_start : end - self.body_start]
        return self.text[start:end]

    def paragraph_text(self, index: int) -> str:
        """The text of paragraph `index` (line breaks inside it kept as they are)."""
        paragraph = self.paragraphs[index]
        return self.body[paragraph.start : paragraph.end]


def decode(data: bytes, path: Path | str | None = None) -> str:
    """Bytes to normalised text, or an ArticleError saying exactly what is wrong."""
    if _blank(data):
        raise ArticleError(path, "the file is empty")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise ArticleError(path, f"is {kind} (a binary file, not text): {READS}")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ArticleError(
                path, f"has a UTF-16 mark but is not UTF-16 text ({error.reason})"
            ) from None
    else:
        if b"\x00" in data[:8192]:
            raise ArticleError(
                path,
                f"looks like a binary file, not text (it holds NUL bytes): {READS}",
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line, column = byte_position(data, error.start)
            bad = data[error.start : error.start + 1].hex().upper()
            raise ArticleError(
                path,
                f"is not UTF-8 text: byte 0x{bad} at line {line}, column {column}; "
                f"tried {_ENCODINGS_TRIED}. Save the file as UTF-8 and open it again",
            ) from None
    # Each of these gives back the same string, not a copy, when it finds nothing to change.
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if _blank(text):
        raise ArticleError(path, "the file is empty")
    return text


def _blank(text: str | bytes) -> bool:
    """`not text.strip()`, without the copy: stripping a 5 MB file's text to see whether
    anything was left made a 10 MB string for a moment, three times in a load."""
    return not text or text.isspace()


def load_article(path: Path | str, article_id: str | None = None) -> Article:
    """Read and parse one article file; every failure is an ArticleError."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in UNREADABLE_KINDS:
        raise ArticleError(path, f"is {UNREADABLE_KINDS[suffix]}: {READS}")
    try:
        data = read_limited(path, MAX_ARTICLE_BYTES, "an article file")
    except FileRefused as error:
        raise ArticleError(path, error.reason) from None
    if suffix in WEB_PAGE_SUFFIXES:
        from tui.webpage import article_from_page  # lazily: the extractor takes a second

        return article_from_page(data, article_id or path.stem, path=path)
    text = decode(data, path)
    del data  # a 5 MB file's bytes need not be held while the text is parsed
    return parse_article(text, article_id or path.stem, path=path)


def parse_article(text: str, article_id: str, path: Path | None = None) -> Article:
    """Parse decoded text, choosing the layout from what the text looks like."""
    if _blank(text):
        raise ArticleError(path, "the file is empty")
    if (path is not None and path.suffix.lower() in (".md", ".markdown")) or text.startswith(
        "---\n"
    ):
        return _parse_markdown(text, article_id, path)
    lines = _Lines(text)
    if _looks_like_seed_layout(text, lines):
        return _parse_seed_layout(text, lines, article_id, path)
    return _parse_plain(text, lines, article_id, path)


class _Lines:
    """(start, end) of every line, end excluding the newline, each found when first asked
    for: the layout is read from the first lines, and listing every line of a 5 MB file
    held 5 MB of tuples while it was parsed."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._count = text.count("\n") + 1
        self._found: list[tuple[int, int]] = []
        self._next = 0

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: int) -> tuple[int, int]:
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        while len(self._found) <= index:
            end = self._text.find("\n", self._next)
            end = len(self._text) if end < 0 else end
            self._found.append((self._next, end))
            self._next = end + 1
        return self._found[index]


def _nonblank(text: str, lines: _Lines, first: int = 0) -> int:
    """Index of the first non-blank line at or after `first` (len(lines) if none)."""
    index = first
    while index < len(lines) and not text[lines[index][0] : lines[index][1]].strip():
        index += 1
    return index


def _looks_like_seed_layout(text: str, lines: _Lines) -> bool:
    """The seed layout starts with an outlet's domain or carries its metadata lines."""
    head = []
    for start, end in lines:
        line = text[start:end].strip()
        if line:
            head.append(line)
            if len(head) == 6:
                break
    if not head:
        return False
    if _DOMAIN_LINE.match(head[0]):
        return True
    return any(_NEWS_ID.match(line) or _PUBLISH_DATE.match(line) for line in head)


def _parse_seed_layout(text: str, lines: _Lines, article_id: str, path: Path | None) -> Article:
    """Outlet, optional News ID / Publish Date, optional kicker ending in ':', headline, body."""
    header: list[Span] = []
    index = _nonblank(text, lines)
    start, end = lines[index]
    outlet = text[start:end].strip()
    header.append(Span(start, end, "outlet"))
    news_id = date_text = kicker = None
    index = _nonblank(text, lines, index + 1)
    while index < len(lines):
        start, end = lines[index]
        line = text[start:end].strip()
        if match := _NEWS_ID.match(line):
            news_id = match["value"].strip()
            header.append(Span(start, end, "news-id"))
        elif match := _PUBLISH_DATE.match(line):
            date_text = match["value"].strip()
            header.append(Span(start, end, "date"))
        else:
            break
        index = _nonblank(text, lines, index + 1)
    if index < len(lines):
        start, end = lines[index]
        line = text[start:end].strip()
        if line.endswith(":") and _nonblank(text, lines, index + 1) < len(lines):
            kicker = line[:-1].strip()
            header.append(Span(start, end, "kicker"))
            index = _nonblank(text, lines, index + 1)
    if index >= len(lines):
        raise ArticleError(path, "has a header but no headline or body text")
    start, end = lines[index]
    title = text[start:end].strip()
    header.append(Span(start, end, "title"))
    body_index = _nonblank(text, lines, index + 1)
    if body_index >= len(lines):
        raise ArticleError(path, "has a headline but no body text")
    return _build(
        text,
        lines[body_index][0],
        id=article_id,
        title=title,
        format="seed",
        outlet=outlet,
        date_text=date_text,
        kicker=kicker,
        news_id=news_id,
        path=path,
        header=tuple(header),
    )


def _parse_plain(text: str, lines: _Lines, article_id: str, path: Path | None) -> Article:
    """Plain text: the first line is the title if it looks like a headline, else all is body.

    Text copied out of a browser is often the body alone; taking its first paragraph as a
    "title" would hide that paragraph from the analysis, so the file name names it instead.
    """
    index = _nonblank(text, lines)
    start, end = lines[index]
    line = text[start:end].strip().lstrip("#").strip()
    following = text[lines[index + 1][0] : lines[index + 1][1]] if index + 1 < len(lines) else ""
    if not looks_like_headline(line, following):
        return _build(
            text,
            start,
            id=article_id,
            title=title_from_name(path, article_id),
            format="plain",
            path=path,
        )
    body_index = _nonblank(text, lines, index + 1)
    if body_index >= len(lines):
        raise ArticleError(
            path,
            "holds a single line: whosays takes the first line as the title "
            "and needs body text after it",
        )
    return _build(
        text,
        lines[body_index][0],
        id=article_id,
        title=line,
        format="plain",
        path=path,
        header=(Span(start, end, "title"),),
    )


#: A headline is one short line: at most this many words ...
_HEADLINE_MAX_WORDS = 20
# ... that does not end a sentence with a full stop (or a colon, a comma ...) ...
_SENTENCE_END = re.compile(r"[.,;:…]['\"’”)\]]*$")
# ... and holds no second sentence ("It rained. Then it stopped").
_TWO_SENTENCES = re.compile(r"[a-z0-9)][.!?]['\"’”]?\s+['\"‘“]?[A-Z]")


def looks_like_headline(line: str, following: str = "") -> bool:
    """Whether a first line is a title rather than the first paragraph of the body.

    `following` is the next line of the file: a line that goes on in lower case is the
    rest of a hard-wrapped paragraph, so the first line was not a headline.
    """
    words = line.split()
    if not words or len(words) > _HEADLINE_MAX_WORDS:
        return False
    if _SENTENCE_END.search(line) or _TWO_SENTENCES.search(line):
        return False
    return not following.lstrip()[:1].islower()


def title_from_name(path: Path | None, article_id: str) -> str:
    """A title for body-only text: the file name in words ("city-budget_2" -> "City budget 2")."""
    stem = path.stem if path is not None else article_id
    words = " ".join(stem.replace("_", " ").replace("-", " ").split())
    return (words[:1].upper() + words[1:]) if words else "Untitled"


_FRONT_MATTER_KEYS = ("title", "outlet", "date", "author", "url", "kicker", "language")


def _parse_markdown(text: str, article_id: str, path: Path | None) -> Article:
    """Markdown, with optional YAML front matter between `---` lines at the very top."""
    meta: dict[str, str | None] = {}
    body_from = 0
    if text.startswith("---\n"):
        closing = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[4:], re.MULTILINE)
        if closing is None:
            raise ArticleError(path, "front matter starts with '---' on line 1 but is never closed")
        meta = _front_matter(text[4 : 4 + closing.start()], path)
        body_from = 4 + closing.end()
    # Here, not at the top: the Markdown parser is only for Markdown, and the library's
    # start-up (plain-text seeds) need not load it.
    from tui.markdown_text import assemble, markdown_drafts

    drafts = markdown_drafts(text[body_from:])
    title = _meta_text(meta.get("title"))
    # The title is shown above the body, so a first heading that gives it is not repeated.
    first = drafts[0] if drafts else None
    if first and first.kind == "heading" and (title is None or _same(title, first.text)):
        title = title or first.text
        drafts.pop(0)
    elif title is None and first and _is_headline(first):
        title = first.text
        drafts.pop(0)
    if not drafts:
        raise ArticleError(path, "has no body text")
    if title is None:
        title = title_from_name(path, article_id)
    body = assemble(drafts)
    return _build_from_body(
        body.text,
        body.paragraphs,
        id=article_id,
        title=title,
        format="markdown",
        outlet=_meta_text(meta.get("outlet")),
        date_text=_meta_text(meta.get("date")),
        kicker=_meta_text(meta.get("kicker")),
        author=_meta_text(meta.get("author")),
        url=_meta_text(meta.get("url")),
        language=_meta_text(meta.get("language")),
        path=path,
        inline=body.inline,
    )


def _same(title: str, heading: str) -> bool:
    """Whether a heading repeats the title (case and spacing aside)."""
    return " ".join(title.casefold().split()) == " ".join(heading.casefold().split())


def _is_headline(draft: Draft) -> bool:
    """A first Markdown paragraph that is a bare headline line, as in plain text."""
    return draft.kind == "paragraph" and "\n" not in draft.text and looks_like_headline(draft.text)


def _front_matter(raw: str, path: Path | None) -> dict[str, str | None]:
    """The front matter's keys and their text, read by the bounded YAML loader quizzes use.

    Values stay as written (`date: 2021-02-30` is text, not a crash in a date constructor);
    an alias bomb or deep nesting is refused by the loader's limits, in one line.
    """
    # Here, not at the top: the YAML loader costs the library's start-up time, and only
    # Markdown with front matter needs it.
    from tui.quiz.loader import Mapping, Scalar, load_text

    document = load_text(raw, str(path) if path is not None else "front matter")
    if document.root is None and document.problems:
        problem = document.problems[0]
        # The front matter starts on line 2, after the opening '---'.
        raise ArticleError(
            path,
            f"front matter is not valid YAML: line {problem.line + 1}, "
            f"column {problem.column}: {problem.message}",
        )
    root = document.root
    if root is None or (isinstance(root, Scalar) and root.null):
        return {}
    if not isinstance(root, Mapping):
        raise ArticleError(path, "front matter must be a mapping of keys such as title: and date:")
    meta: dict[str, str | None] = {}
    for key, value in root.items:
        if not isinstance(value, Scalar):
            if key.text in _FRONT_MATTER_KEYS:
                raise ArticleError(
                    path,
                    f"front matter line {key.position.line + 1}: {key.text} must be "
                    "a single value, not a list or a mapping",
                )
            continue
        meta[key.text] = None if value.null else value.text
    return meta


def _meta_text(value: str | None) -> str | None:
    """A front-matter value as shown (None and blank stay None)."""
    return None if value is None else value.strip() or None


def parse_date(value: str | None) -> dt.date | None:
    """The date in a metadata value, tried against the formats news sites use."""
    if not value:
        return None
    cleaned = re.sub(r"\s+", " ", value.strip())
    plain = _plain_date(cleaned)
    if plain is not None:
        return plain
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", cleaned)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    return None


def _plain_date(cleaned: str) -> dt.date | None:
    """The date strptime would read from `cleaned` with the first format that fits, when
    it is spelt the plainest way; None sends everything else, and any doubt, to strptime.

    Month names are English only in the C locale, the one strptime then reads.
    """
    match = _PLAIN_DATE.fullmatch(cleaned)
    if match is None:
        return None
    if match["iso_year"]:
        year, month, day = int(match["iso_year"]), int(match["iso_month"]), int(match["iso_day"])
    else:
        if locale.setlocale(locale.LC_TIME) != "C" or match["month"].lower() not in _MONTHS:
            return None
        if match["hour"] and (int(match["hour"]) > 23 or int(match["minute"]) > 59):
            return None
        year, month, day = int(match["year"]), _MONTHS[match["month"].lower()], int(match["day"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def split_paragraphs(body: str) -> tuple[Paragraph, ...]:
    """Paragraphs of a body: blocks between blank lines, one a line unless hard-wrapped.

    A block whose lines are all short is hard-wrapped prose and becomes one paragraph
    (list items still start their own); a block with a long line keeps a paragraph a line,
    the layout of the seed and of most text copied from the web.
    """
    paragraphs: list[Paragraph] = []
    for block in re.finditer(r"[^\n]+(?:\n[ \t]*[^\s][^\n]*)*", body):
        text = block.group()
        if "\n" not in text:
            # A block of one line, the commonest (web text, the seed): its text, trimmed.
            # Taken apart line by line below, a 5 MB article took 0.4 s to split, now 0.1 s.
            stripped = text.strip()
            if stripped:
                start = block.start() + len(text) - len(text.lstrip())
                paragraphs.append(Paragraph(start, start + len(stripped)))
            continue
        block_lines = [
            (block.start() + m.start(), block.start() + m.end())
            for m in re.finditer(r"[^\n]+", text)
        ]
        wrapped = all(end - start <= _HARD_WRAP_MAX for start, end in block_lines)
        current: list[int] | None = None
        for start, end in block_lines:
            line = body[start:end]
            if not line.strip():
                continue
            starts_new = current is None or not wrapped or bool(_LIST_MARKER.match(line))
            if starts_new:
                if current is not None:
                    paragraphs.append(Paragraph(current[0], current[1]))
                current = [start + len(line) - len(line.lstrip()), end]
            else:
                assert current is not None
                current[1] = end
        if current is not None:
            end = current[1]
            # Walking back, not `len(body[:end].rstrip())`: copying the body up to every
            # paragraph made splitting quadratic (1.7 s of 2.1 s on a 5 MB article).
            while end > current[0] and body[end - 1].isspace():
                end -= 1
            paragraphs.append(Paragraph(current[0], end))
    return tuple(paragraphs)


_SPACE = re.compile(r"\s")
#: Characters split at a time when counting words.
_COUNT_PIECE = 65_536


def count_words(text: str) -> int:
    """`len(text.split())`, a piece at a time: splitting a 5 MB body at once made 800,000
    strings (about 45 MB, the peak of opening it) only to count them."""
    count = 0
    start = 0
    while start < len(text):
        # Each piece ends at a space (or the end), so no word is cut in two.
        space = _SPACE.search(text, start + _COUNT_PIECE)
        end = space.start() if space else len(text)
        count += len(text[start:end].split())
        start = end
    return count


def _build(text: str, body_start: int, **fields: object) -> Article:
    """Finish an Article from a text layout: the body is the text after `body_start`."""
    body = text[body_start : _trimmed_end(text, body_start)]
    return _finish(text, body_start, body, split_paragraphs(body), fields)


#: Characters looked at a time for the whitespace ending a text.
_END_PIECE = 4096


def _trimmed_end(text: str, start: int) -> int:
    """`start + len(text[start:].rstrip())`, copying no more than the whitespace at the end:
    `text[start:].rstrip()` made two copies of a 5 MB article's text (20 MB) beside it."""
    end = len(text)
    while end > start:
        piece = text[max(start, end - _END_PIECE) : end]
        kept = len(piece.rstrip())
        if kept:
            return end - len(piece) + kept
        end -= len(piece)
    return start


def _build_from_body(body: str, paragraphs: tuple[Paragraph, ...], **fields: object) -> Article:
    """Finish an Article whose body was rendered (Markdown, web pages): the text is the body,
    so offsets from the analyser point at what the reader shows, not at the source."""
    return _finish(body, 0, body, paragraphs, fields)


def _finish(
    text: str,
    body_start: int,
    body: str,
    paragraphs: tuple[Paragraph, ...],
    fields: dict[str, object],
) -> Article:
    """Dateline, date and word count, then the Article."""
    dateline = None
    if paragraphs:
        first = body[paragraphs[0].start : paragraphs[0].end]
        if match := _DATELINE.match(first):
            dateline = match["dateline"]
    date_text = fields.get("date_text")
    return Article(
        head=text[:body_start],
        body_start=body_start,
        body=body,
        tail=text[body_start + len(body) :],
        paragraphs=paragraphs,
        word_count=count_words(body),
        dateline=dateline,
        date=parse_date(date_text if isinstance(date_text, str) else None),
        **fields,  # type: ignore[arg-type]
    )
