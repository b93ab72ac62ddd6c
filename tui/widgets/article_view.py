"""The article body as a Line API view: wrapped to a comfortable measure, only visible lines drawn.

Article text is never parsed as markup: every line is a plain `Segment`, so "[sic]" survives,
and every segment goes through `visible`, so no byte of the file reaches the terminal as a
control sequence (each control character becomes one visible character: offsets hold).
A paragraph per widget would be enough for news, but the Line API keeps a 5 MB file and a
100,000-word article as quick to scroll as a short one (only the visible lines are styled).
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from math import ceil
from operator import itemgetter

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar
from textual.strip import Strip

from tui.articles import Article
from tui.blocks import Paragraph
from tui.reading import body_position, progress_at
from tui.terminal_text import visible
from tui.widgets.marks import Mark, MarkTable
from tui.widgets.scroll_bar import SteadyScrollBar
from tui.widgets.view_lines import ViewLine, ViewLines

#: The widest line of body text, in cells: about 70-76 characters reads best.
MEASURE = 76

#: Paragraphs wrapped per step after the first screen is drawn.
_WRAP_STEP = 400

#: Drawn lines kept for scrolling back and forth (a few screens); past this they go.
_DRAWN_KEPT = 1000


# Characters two cells wide (East Asian wide and full-width forms, most emoji): text without
# them is one cell a character, and can be wrapped by a regular expression.
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f"
    "\uff00-\uff60\uffe0-\uffe6\U0001f300-\U0001faff\U00020000-\U0003fffd]"
)
_LINE_PATTERNS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of one paragraph: (start, end) of each line, in characters of `text`.

    Line breaks inside the paragraph count as spaces; a word wider than `width` is cut.
    The common case (no wide characters, no over-long word) runs as one regular expression:
    measured on a 5 MB article, 0.75 s in a Python loop, about 0.1 s this way.
    """
    width = max(width, 2)
    patterns = _LINE_PATTERNS.get(width)
    if patterns is None:
        # A word wider than a line; the longest run that starts and ends on a non-space and
        # fits in `width`. Compiled once a width: looking them up in re's cache on every
        # paragraph was a third of the wrapping time of a 5 MB article.
        patterns = (
            re.compile(rf"\S{{{width + 1},}}"),
            re.compile(rf"\S(?:.{{0,{width - 2}}}\S)?(?=\s|$)", re.DOTALL),
        )
        _LINE_PATTERNS[width] = patterns
    too_long, line = patterns
    if not _WIDE.search(text) and not too_long.search(text):
        return [match.span() for match in line.finditer(text)]
    return _wrap_by_word(text, width)


def _wrap_by_word(text: str, width: int) -> list[tuple[int, int]]:
    """The general wrap: word by word, measuring cells, cutting words wider than a line."""
    lines: list[tuple[int, int]] = []
    line_start = -1
    line_end = 0
    used = 0
    position = 0
    length = len(text)
    while position < length:
        # Skip whitespace, then take one word.
        while position < length and text[position].isspace():
            position += 1
        if position >= length:
            break
        word_start = position
        while position < length and not text[position].isspace():
            position += 1
        word = text[word_start:position]
        word_width = len(word) if word.isascii() else cell_len(word)
        if line_start >= 0 and used + (word_start - line_end) + word_width <= width:
            used += (word_start - line_end) + word_width
            line_end = position
            continue
        if line_start >= 0:
            lines.append((line_start, line_end))
        if word_width > width:
            word_start, word_width = _cut_long_word(text, word_start, position, width, lines)
        line_start, line_end, used = word_start, position, word_width
    if line_start >= 0:
        lines.append((line_start, line_end))
    return lines


#: Block kinds with a style of their own (a list item is styled by its marker alone).
_STYLED_BLOCKS = ("heading", "quote", "code", "table")


def block_prefix(paragraph: Paragraph, first_line: bool) -> str:
    """What the reader draws before a line of a block: a quote bar, a list marker, an indent.

    It is drawn, not part of the body, so the analyser and search never see it.
    """
    kind = paragraph.kind
    if kind == "quote":
        return "▌ " * max(1, paragraph.level)
    if kind == "item":
        nesting = "  " * max(0, paragraph.level - 1)
        marker = paragraph.marker or "•"
        if first_line and paragraph.marker:
            return f"{nesting}{marker} "
        return nesting + " " * (len(marker) + 1)
    if kind in ("code", "table"):
        return "  "
    return ""


def _cut(text: str, width: int) -> list[tuple[int, int]]:
    """Each line of a code block or table, cut (not word-wrapped) to `width`, spaces kept."""
    spans = []
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        spans.extend(
            (at, min(end, at + width)) for at in range(position, max(end, position + 1), width)
        )
        position = end + 1
    return spans


def _cut_long_word(
    text: str, start: int, end: int, width: int, lines: list[tuple[int, int]]
) -> tuple[int, int]:
    """Cut text[start:end], a word wider than `width`, into full lines appended to `lines`;
    returns where the last piece starts and its width in cells.

    Each line holds as many characters as fit (at least one). The word is walked once:
    cutting the rest of it off again for every line was quadratic in its length.
    """
    if text[start:end].isascii():
        while end - start > width:
            lines.append((start, start + width))
            start += width
        return start, end - start
    used = 0
    for index in range(start, end):
        cells = cell_len(text[index])
        if used + cells > width and index > start:
            lines.append((start, index))
            start, used = index, 0
        used += cells
    return start, cell_len(text[start:end])


def _measure_in(width: int) -> int:
    """The width body text wraps to in a view `width` cells wide (a cell each side)."""
    return max(10, min(MEASURE, width - 2))


def show_lines(view: ScrollView, first: int, last: int) -> None:
    """Scroll so lines first..last are visible, a third of the way down, if they are not."""
    top = int(view.scroll_offset.y)
    height = view.scrollable_content_region.height
    if top <= first and last < top + height:
        return
    lines = last - first + 1
    new_top = first - max(1, (height - lines) // 3) if lines < height else first
    view.scroll_to(y=max(0, new_top), animate=False, force=True)


def _thumb(bar: ScrollBar, position: float) -> list[Segment]:
    """What `bar` draws with its thumb at `position`, worked out as ScrollBar.render does."""
    window = bar.window_size if bar.window_size < bar.window_virtual_size else 0
    drawn = bar.renderer.render_bar(
        size=bar.size.height,
        virtual_size=ceil(bar.window_virtual_size),
        window_size=ceil(window),
        position=position,
        thickness=bar.thickness,
    )
    return drawn.segments


def _move_thumb_quietly(bar: ScrollBar, position: float) -> None:
    """Give `bar` its new position without a redraw when its thumb would look the same.

    The thumb moves an eighth of a cell for every ~50 lines of a 100,000-word article, yet
    Textual draws the bar again for every line scrolled: 1.5-2.5 ms of a j press, for the
    same picture. Where the picture changes, the assignment that follows redraws it.
    """
    position = bar.validate_position(position)
    if position != bar.position and _thumb(bar, bar.position) == _thumb(bar, position):
        bar.set_reactive(ScrollBar.position, position)


class ArticleView(ScrollView, can_focus=True, inherit_bindings=False):
    """Headline, metadata and body of one article, wrapped and centred.

    It takes none of ScrollView's key bindings: the reader's own scrolling keys move it,
    at once. The inherited ones animated every Page Down over about 16 frames, each with a
    layout of the screen (about 150 ms of CPU a key on a 100,000-word article).
    """

    COMPONENT_CLASSES = {
        "article-view--title",
        "article-view--kicker",
        "article-view--meta",
        "article-view--match",
        "article-view--current-match",
        "article-view--cursor",
        "article-view--named",
        "article-view--anonymous",
        "article-view--vague",
        "article-view--unattributed",
        "article-view--none",
        "article-view--heading",
        "article-view--quote",
        "article-view--code",
        "article-view--table",
        "article-view--prefix",
        "article-view--emphasis",
        "article-view--strong",
        "article-view--link",
        "article-view--flag",
    }

    class Scrolled(Message):
        """The top of the view moved to another place in the article.

        `by_reader` is False when the view placed itself (restoring a saved position, or
        keeping its place through a resize): only the reader's own moves count as reading.
        """

        def __init__(self, by_reader: bool) -> None:
            super().__init__()
            self.by_reader = by_reader

    class Painted(Message):
        """The article has been wrapped and drawn for the first time."""

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article = article
        self._header = self._header_texts(article)
        self._lines = ViewLines()
        self._wrapped_width = 0
        self._marks = MarkTable()
        self._match_spans: Sequence[tuple[int, int]] = ()
        self._current_match = -1
        self._cursor: Mark | None = None
        self._inline = self._inline_marks(article)
        self._pending_position: tuple[int, int] | None = None
        #: The (paragraph, offset) last placed at the top: while its line is on top it is the
        #: reader's place, not the line's start (which moves with the width), so a reopened
        #: article is where the library said it would be, and never drifts up on each visit.
        self._placed: tuple[int, int] | None = None
        self._paragraph_starts = [paragraph.start for paragraph in article.paragraphs]
        self._wrapped = 0
        self._wrap_queued = False
        self._base_style: Style | None = None
        #: Each line as last drawn, by line number: a scroll by one line draws one new line,
        #: not the whole screen again (the rest of the view is in here). Emptied when what a
        #: line looks like may have changed (wrapping, marks, matches, styles, width).
        self._drawn: dict[int, Strip] = {}
        self._drawn_width = 0
        #: The virtual size the scroll bars were last set for (see _size_updated).
        self._bars_set_for: Size | None = None
        #: (top line, width) while Textual draws a batch of rows (see render_lines).
        self._geometry: tuple[int, int] | None = None
        #: True while the view scrolls itself rather than for the reader (see Scrolled).
        self._placing = False
        #: True once the article has been drawn (benchmarks wait for it).
        self.painted = False

    @staticmethod
    def _header_texts(article: Article) -> list[tuple[str, str]]:
        """(kind, text) lines shown above the body."""
        meta = " · ".join(
            part
            for part in (
                article.outlet,
                f"{article.date.day} {article.date:%B %Y}" if article.date else article.date_text,
                f"by {article.author}" if article.author else None,
            )
            if part
        )
        lines = []
        if meta:
            lines.append(("meta", meta))
        if article.kicker:
            lines.append(("kicker", article.kicker))
        lines.append(("title", article.title))
        return lines

    @staticmethod
    def _inline_marks(article: Article) -> dict[int, list[Mark]]:
        """Emphasis, strong, links and code, as marks grouped by the block that holds them."""
        starts = [paragraph.start for paragraph in article.paragraphs]
        grouped: dict[int, list[Mark]] = {}
        for style in article.inline:
            block = max(0, bisect_right(starts, style.start) - 1)
            grouped.setdefault(block, []).append(
                Mark(style.start, style.end, f"article-view--{style.kind}")
            )
        return grouped

    # Layout ------------------------------------------------------------------------------

    @property
    def measure(self) -> int:
        """The width body text wraps to."""
        return _measure_in(self.scrollable_content_region.width)

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """The scroll bar, made as Textual's Widget makes it, but one that keeps its drawing
        (SteadyScrollBar)."""
        if self._vertical_scrollbar is None:
            bar = SteadyScrollBar(
                vertical=True, name="vertical", thickness=self.scrollbar_size_vertical
            )
            bar.display = False
            self._vertical_scrollbar = bar
            self.app._start_widget(self, bar)
        return self._vertical_scrollbar

    # Focus ------------------------------------------------------------------------------

    def _on_focus(self, event: events.Focus) -> None:
        # As Textual's own, less drawing the view again: nothing in it looks different with
        # focus (a style that did would redraw it as it changed), and the whole view drawn
        # again cost about 4 ms of CPU each time / or Enter moved focus in or out of it.
        event.prevent_default()
        self.has_focus = True
        if self.parent is not None:
            self.parent.post_message(events.DescendantFocus(self))

    def _on_blur(self, event: events.Blur) -> None:
        event.prevent_default()
        self.has_focus = False
        if self.parent is not None:
            self.parent.post_message(events.DescendantBlur(self))

    def watch_has_focus(self, _focused: bool) -> None:
        """Not styled again as focus comes and goes, as Textual's Widget is: no rule of the
        view's (nor of its scroll bar's) depends on focus, and styling the view and its
        twenty component classes again cost about 3 ms of CPU each time."""

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        # ScrollView takes a layout's virtual size (the view's own box) for a change when it
        # differs from the view's (the whole article's): always, so each layout of the
        # screen set the scroll bars again and drew them once more after it. Once they are
        # set for the article's virtual size, only a change of it, of the view's size or
        # of its container's sets them again.
        if self._bars_set_for == self.virtual_size:
            virtual_size = self.virtual_size
        return super()._size_updated(size, virtual_size, container_size, layout)

    def _scroll_update(self, virtual_size: Size) -> None:
        super()._scroll_update(virtual_size)
        self._bars_set_for = virtual_size

    def on_resize(self) -> None:
        self._rewrap()
        if self._cursor is not None:
            # After the layout settles: the sentence under the cursor stays in view.
            self.call_after_refresh(self._keep_cursor_in_view)

    def _keep_cursor_in_view(self) -> None:
        if self._cursor is not None:
            self._placing = True
            try:
                self.show_span(self._cursor.start, self._cursor.end)
            finally:
                self._placing = False

    def _place(self, line: int) -> None:
        """Scroll so `line` is at the top, for the view's own reasons (not the reader's)."""
        self._placing = True
        try:
            self.scroll_to(y=line, animate=False, force=True)
        finally:
            self._placing = False

    def _rewrap(self) -> None:
        """Wrap to the current measure, keeping the top of the view in place.

        Only what the first screen needs is wrapped before it is drawn; the rest follows a
        step at a time (a 5 MB article took 0.4 s to wrap, all of it before the first paint).
        """
        width = self.measure
        if width == self._wrapped_width and self._lines:
            return
        keep = self._pending_position or (self.top_position() if self._lines else None)
        lines = ViewLines()
        for index, (kind, text) in enumerate(self._header):
            lines.extend(ViewLine(-1 - index, s, e, kind) for s, e in wrap(text, width))
        lines.append(ViewLine(-1, 0, 0, "blank"))
        first_time = not self._lines
        self._lines = lines
        self._drawn.clear()
        self._wrapped = 0
        self._wrapped_width = width
        # Every paragraph is at least a line: a screen's worth past the top fills the screen.
        self._wrap_to((keep[0] if keep else 0) + self.size.height + 1)
        if first_time:
            self.call_after_refresh(self._first_paint_done)
        if keep is not None:
            self._pending_position = None
            self.go_to_position(*keep)
        self.refresh()
        if not first_time:
            self._wrap_later()

    def _wrap_to(self, paragraphs: int) -> None:
        """Wrap the first `paragraphs` paragraphs (those not yet wrapped) at the measure."""
        stop = min(paragraphs, len(self.article.paragraphs))
        if stop <= self._wrapped:
            return
        width = self._wrapped_width
        lines = self._lines
        body = self.article.body
        paragraphs = self.article.paragraphs
        for number in range(self._wrapped, stop):
            paragraph = paragraphs[number]
            previous = paragraphs[number - 1].kind if number else ""
            # Items of one list sit together, as in a rendered page.
            if number and not (paragraph.kind == previous == "item"):
                lines.append(ViewLine(number, paragraph.start, paragraph.start, "blank"))
            text = body[paragraph.start : paragraph.end]
            room = max(10, width - len(block_prefix(paragraph, first_line=False)))
            cut = _cut if paragraph.kind in ("code", "table") else wrap
            lines.add_body(number, paragraph.start, cut(text, room))
        self._wrapped = stop
        self.virtual_size = Size(self.scrollable_content_region.width, len(lines))

    @property
    def wrapped_all(self) -> bool:
        """Whether every paragraph has its lines (the view's length is final)."""
        return self._wrapped >= len(self.article.paragraphs)

    def _wrap_later(self) -> None:
        """Wrap the next paragraphs after whatever is waiting (keys first), until all are."""
        if not self.wrapped_all and not self._wrap_queued:
            self._wrap_queued = True
            self.call_later(self._wrap_step)

    def _wrap_step(self) -> None:
        self._wrap_queued = False
        # About 20,000 words a step: 5-10 ms, so a key never waits behind one for long.
        self._wrap_to(self._wrapped + _WRAP_STEP)
        self._wrap_later()

    def _wrap_through(self, offset: int) -> None:
        """Make sure the paragraph holding body `offset` has its lines."""
        if not self.wrapped_all:
            self._wrap_to(bisect_right(self._paragraph_starts, offset))

    def _first_paint_done(self) -> None:
        self.painted = True
        self.post_message(self.Painted())
        self._wrap_later()  # only now: queued earlier, every step ran before the first paint

    def line_of_offset(self, offset: int) -> int:
        """The screen line holding a body offset (the nearest body line before it)."""
        self._wrap_through(offset)
        low, high = 0, len(self._lines) - 1
        best = 0
        while low <= high:
            middle = (low + high) // 2
            line = self._lines[middle]
            if (line.kind != "body" and line.kind != "blank") or line.block < 0:
                low = middle + 1
                continue
            if line.start <= offset:
                best = middle
                low = middle + 1
            else:
                high = middle - 1
        return best

    # Reading position --------------------------------------------------------------------

    def top_position(self) -> tuple[int, int]:
        """(paragraph, offset within it) of the first body line at the top of the view."""
        if not self._lines:
            return (0, 0)
        index = min(int(self.scroll_offset.y), len(self._lines) - 1)
        while index < len(self._lines) - 1 and (
            self._lines[index].block < 0 or self._lines[index].kind == "blank"
        ):
            index += 1
        line = self._lines[index]
        paragraphs = self.article.paragraphs
        if line.block < 0 or not paragraphs:
            return (0, 0)
        if self._placed is not None:
            placed = body_position(self.article, *self._placed)
            if placed is not None and self.line_of_offset(placed) == index:
                return self._placed
        return (line.block, line.start - paragraphs[line.block].start)

    def top_offset(self) -> int:
        """The body offset of the first body line at the top of the view."""
        paragraph, offset = self.top_position()
        paragraphs = self.article.paragraphs
        return paragraphs[paragraph].start + offset if paragraphs else 0

    def top_progress(self) -> float:
        """Where the reader is: the share of the article before the top of the view."""
        if not self._lines:
            return 0.0
        return progress_at(self.article, self.top_offset())

    def seen_progress(self) -> float:
        """How far the view shows: the share of the article down to its bottom line."""
        if not self._lines:
            return 0.0
        bottom = min(int(self.scroll_offset.y) + self.size.height, len(self._lines)) - 1
        if bottom >= len(self._lines) - 1 and self.wrapped_all:
            return 1.0
        line = self._lines[max(bottom, 0)]
        return progress_at(self.article, line.start if line.block >= 0 else 0)

    def go_to_position(self, paragraph: int, offset: int) -> None:
        """Scroll so the line holding (paragraph, offset) is at the top."""
        if not self._lines:
            self._pending_position = (paragraph, offset)
            return
        target = body_position(self.article, paragraph, offset)
        if target is None:
            return
        self._placed = (paragraph, offset)
        line = self.line_of_offset(target)
        if line > self.max_scroll_y:
            # Just mounted or rewrapped: scrolling is bounded by the old size until a refresh.
            self.call_after_refresh(self._place, line)
        else:
            self._place(line)

    def show_span(self, start: int, end: int) -> None:
        """Scroll so all of [start, end) is visible, a third of the way down, if it is not."""
        show_lines(self, self.line_of_offset(start), self.line_of_offset(max(start, end - 1)))

    def scroll_to_end(self) -> None:
        """To the end of the article (wrapping what is left first: the end must be the end)."""
        self._wrap_to(len(self.article.paragraphs))
        self.scroll_to(y=self.max_scroll_y, animate=False, force=True)

    def watch_scroll_y(self, old: float, new: float) -> None:
        if self.show_vertical_scrollbar:
            _move_thumb_quietly(self.vertical_scrollbar, new)
        waiting = set(self._styles_cache._dirty_lines)
        super().watch_scroll_y(old, new)  # every row to be drawn again, as Textual does
        self._carry_rows(round(new) - round(old), waiting)
        if not self.wrapped_all and new + 3 * self.size.height > len(self._lines):
            self._wrap_to(self._wrapped + _WRAP_STEP)  # keep lines ahead of the reader
        if int(old) != int(new):
            self.post_message(self.Scrolled(by_reader=not self._placing))

    def _carry_rows(self, shift: int, waiting: set[int]) -> None:
        """After a scroll of `shift` rows, keep the finished rows that are still on screen.

        Textual's styles cache keeps each row of the widget as finished (background, tint,
        opacity applied) by its place on screen, and a scroll throws them all away: a j
        press drew the 26 rows it had already drawn again, about 2 ms. With no border,
        padding or outline, a row looks the same wherever it is, so each moves with its
        line; only the rows new on screen, and those `waiting` to be drawn again before
        the scroll, are drawn. (Textual 8.2.8's StylesCache: `_cache` and `_dirty_lines`.)
        """
        styles = self.styles
        height = self.size.height
        cache = self._styles_cache
        if (
            not shift
            or abs(shift) >= height
            or any(styles.gutter)
            or any(edge for edge, _color in styles.outline)
        ):
            return
        kept = {
            row - shift: strip
            for row, strip in cache._cache.items()
            if 0 <= row - shift < height and row not in waiting
        }
        cache._cache = kept
        cache._dirty_lines = {row for row in range(height) if row not in kept}

    # Marks -------------------------------------------------------------------------------

    def set_marks(self, marks: Iterable[Mark]) -> None:
        """The lower layer of styles (sentence labels): not overlapping."""
        self._marks = MarkTable(sorted(marks, key=lambda mark: mark.start))
        self._drawn.clear()
        self.refresh()

    def add_marks(self, marks: Sequence[Mark]) -> None:
        """More label marks, all after those already set (the analysis comes in order).

        The view is drawn again only if one of them is on screen: the parts come several
        times a second, and redrawing for each one made keys wait while the analysis ran.
        """
        if not marks:
            return
        self._marks.extend(marks)
        self._forget_drawn(marks[0].start, marks[-1].end)
        top, bottom = self._visible_offsets()
        if marks[0].start < bottom and marks[-1].end > top:
            self.refresh()

    def _forget_drawn(self, start: int, end: int) -> None:
        """Forget the kept drawings of body lines overlapping [start, end): their marks
        changed (a line drawn before its sentence's label arrived would keep no label)."""
        lines = self._lines
        stale = [
            index
            for index in self._drawn
            if index < len(lines)
            and lines[index].block >= 0
            and lines[index].end > start
            and lines[index].start < end
        ]
        for index in stale:
            del self._drawn[index]

    def bottom_offset(self) -> int:
        """The body offset at the end of the last line in view (0 before wrapping)."""
        return self._visible_offsets()[1]

    def _visible_offsets(self) -> tuple[int, int]:
        """The body offsets from the top to the bottom of the view (0, 0 before wrapping)."""
        if not self._lines:
            return (0, 0)
        first = min(int(self.scroll_offset.y), len(self._lines) - 1)
        last = min(first + self.size.height, len(self._lines) - 1)
        top = self._lines[first].start if self._lines[first].block >= 0 else 0
        bottom = self._lines[last].end if self._lines[last].block >= 0 else 0
        return (top, bottom)

    def set_matches(self, spans: Sequence[tuple[int, int]], current: int) -> None:
        """The middle layer (search matches: in order, not overlapping); `current` stands out.

        Spans, not Marks, and the same list again for n and N: the first letter of a search
        matches tens of thousands of places, and only the visible ones are ever drawn. They
        are searched by their starts in place: a list of the starts cost 0.6 ms a letter
        for the 37,000 matches of "r" in 100,000 words.
        """
        if spans is not self._match_spans:
            self._match_spans = spans
            self._current_match = current
            self._drawn.clear()
            self.refresh()
            return
        # n and N: only the lines of the match that was current and of the new one change.
        for index in {self._current_match, current}:
            if 0 <= index < len(spans):
                self._redraw_span(*spans[index])
        self._current_match = current

    def set_cursor(self, cursor: Mark | None) -> None:
        """The top layer: the sentence under the cursor, or None.

        Only the lines of the old and the new sentence are drawn again, not the whole view.
        """
        for mark in (self._cursor, cursor):
            if mark is not None:
                self._redraw_span(mark.start, mark.end)
        self._cursor = cursor

    def _redraw_span(self, start: int, end: int) -> None:
        """Draw the lines holding body [start, end) again (their marks have changed)."""
        if not self._lines:
            return
        first = self.line_of_offset(start)
        last = self.line_of_offset(max(start, end - 1))
        for index in range(first, last + 1):
            self._drawn.pop(index, None)
        self.refresh_lines(first, last - first + 1)

    def _matches_between(self, start: int, end: int) -> list[Mark]:
        """The search matches overlapping [start, end), as marks."""
        spans = self._match_spans
        first = max(0, bisect_right(spans, start, key=itemgetter(0)) - 1)
        last = bisect_left(spans, end, key=itemgetter(0))
        return [
            Mark(
                left,
                right,
                "article-view--current-match"
                if index == self._current_match
                else "article-view--match",
            )
            for index in range(first, last)
            for left, right in (self._match_spans[index],)
            if right > start and left < end
        ]

    # Drawing -----------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        self._base_style = None
        self._drawn.clear()
        super().notify_style_update()

    def render_lines(self, crop: Region) -> list[Strip]:
        # The view's place and width, looked up once for all the rows Textual asks for:
        # looking them up for each row cost about 30 µs a row (27 rows on a page).
        self._geometry = (int(self.scroll_offset.y), self.scrollable_content_region.width)
        try:
            return super().render_lines(crop)
        finally:
            self._geometry = None

    def render_line(self, y: int) -> Strip:
        top, width = self._geometry or (
            int(self.scroll_offset.y),
            self.scrollable_content_region.width,
        )
        index = top + y
        if width != self._drawn_width:
            self._drawn.clear()
            self._drawn_width = width
        strip = self._drawn.get(index)
        if strip is None:
            strip = self._draw_line(index, width)
            if index < len(self._lines):
                if len(self._drawn) >= _DRAWN_KEPT:
                    self._drawn.clear()
                self._drawn[index] = strip
        return strip

    def _draw_line(self, index: int, width: int) -> Strip:
        """Line `index` of the view, `width` cells wide, with its marks."""
        # Kept until the styles change: working it out walks every ancestor's styles, and
        # doing that for each line was a third of the cost of drawing the view.
        if self._base_style is None:
            self._base_style = self.rich_style
        base = self._base_style
        if index >= len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[index]
        pad = max(0, (width - _measure_in(width)) // 2)
        segments = [Segment(" " * pad, base)] if pad else []
        if line.block < 0 and line.kind != "blank":
            kind, text = self._header[-1 - line.block]
            style = base + self.get_component_rich_style(f"article-view--{kind}")
            segments.append(Segment(visible(text[line.start : line.end]), style))
        elif line.kind == "body":
            if flag := self._flag_at(line):
                style = base + self.get_component_rich_style("article-view--flag")
                segments[-1:] = [Segment(" " * (pad - 1), base), Segment(flag, style)]
            paragraph = self.article.paragraphs[line.block]
            prefix = block_prefix(paragraph, line.start == paragraph.start)
            if prefix:
                prefix_style = base + self.get_component_rich_style("article-view--prefix")
                segments.append(Segment(prefix, prefix_style))
            if paragraph.kind in _STYLED_BLOCKS:
                base += self.get_component_rich_style(f"article-view--{paragraph.kind}")
            segments.extend(self._body_segments(line, base))
        return Strip(segments).extend_cell_length(width, base).crop(0, width)

    def _flag_at(self, line: ViewLine) -> str:
        """The flag of a label mark starting on this line, if any (the margin has room for
        one: the measure always leaves at least a cell each side)."""
        marks = self._marks.between(line.start, line.end)
        return next((m.flag for m in marks if m.flag and line.start <= m.start < line.end), "")

    def _body_segments(self, line: ViewLine, base: Style) -> list[Segment]:
        """The body slice of a line, cut where marks and overlays begin and end."""
        body = self.article.body
        start, end = line.start, line.end
        marks = [
            mark
            for mark in self._inline.get(line.block, ())
            if mark.end > start and mark.start < end
        ]
        marks += self._marks.between(start, end)
        overlays = self._matches_between(start, end)
        if self._cursor is not None and self._cursor.end > start and self._cursor.start < end:
            overlays.append(self._cursor)
        if not marks and not overlays:
            return [Segment(visible(body[start:end].replace("\n", " ")), base)]
        cuts = {start, end}
        for mark in (*marks, *overlays):
            cuts.add(max(start, mark.start))
            cuts.add(min(end, mark.end))
        edges = sorted(cuts)
        segments = []
        for left, right in itertools.pairwise(edges):
            style = base
            for mark in (*marks, *overlays):
                if mark.start <= left and right <= mark.end:
                    style += self.get_component_rich_style(mark.component)
            segments.append(Segment(visible(body[left:right].replace("\n", " ")), style))
        return segments
