"""The reader's analysis: highlights and their toggle, sentence steps, details, sources."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from textual.widgets import Static

from tests.conftest import SEED
from tests.ui.conftest import make_app, settle
from tui.analysis import analyze_article
from tui.analysis.report import render_plain
from tui.articles import load_article
from tui.widgets.article_view import ArticleView
from tui.widgets.label_style import LABEL_TEXT_STYLES
from tui.widgets.sentence_panel import SentencePanel
from tui.widgets.sources_panel import SourcesPanel, mix_bar

APP_TCSS = Path(__file__).resolve().parents[2] / "tui" / "app.tcss"


def text_of(app, selector: str) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one(selector, Static).content)


async def test_highlights_cover_every_body_sentence_and_h_toggles_them() -> None:
    """After analysis every body sentence is marked with its label; h hides and shows them."""
    app = make_app(article=SEED)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        screen = app.screen
        assert len(view._marks) == len(screen.sentences) > 20
        assert {mark.component for mark in view._marks} >= {
            "article-view--named",
            "article-view--vague",
            "article-view--anonymous",
            "article-view--unattributed",
        }
        assert "h hide" in text_of(app, "#reader-legend")
        await pilot.press("h")
        legend = text_of(app, "#reader-legend")
        assert view._marks == [] and "press h" in legend and "named" not in legend
        await pilot.press("h")
        assert len(view._marks) == len(screen.sentences)


async def test_tab_steps_through_sentences_and_shows_their_evidence() -> None:
    """Tab and ] go forward, Shift+Tab and [ back; the panel shows label, source, cue, tip."""
    app = make_app(article=SEED)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        details = app.screen.query_one(SentencePanel)
        assert not details.display
        await pilot.press("tab", "tab")
        assert app.screen.cursor == 1
        shown = str(details.content)
        assert details.display and "named" in shown and "sentence 2 of" in shown
        assert "source: a report in the Wall Street Journal" in shown
        assert "cue: According to" in shown and "tip:" in shown
        await pilot.press("right_square_bracket", "left_square_bracket", "shift+tab")
        assert app.screen.cursor == 0
        await pilot.press("escape")
        assert app.screen.cursor is None and not details.display


async def test_reader_numbers_sentences_as_analyze_does() -> None:
    """ "sentence 5 of N" in the panel is block "5." of `whosays analyze`: header lines (outlet,
    date, title) shift neither numbering."""
    app = make_app(article=SEED)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press(*["tab"] * 5)
        screen = app.screen
        sentence = screen.sentences[screen.cursor]
        shown = str(screen.query_one(SentencePanel).content)
        plain = render_plain(analyze_article(load_article(SEED)))
        block = plain.split("\n\n5. ", 1)[1].split("\n\n", 1)[0]
        assert f"sentence 5 of {len(screen.sentences)}" in shown
        assert " ".join(sentence.text.split())[:60] in " ".join(block.split())
        assert f"\n\n{len(screen.sentences)}. " in plain
        assert f"\n\n{len(screen.sentences) + 1}. " not in plain


async def test_cursor_follows_into_view() -> None:
    """Stepping far down scrolls the article so the sentence under the cursor is visible."""
    app = make_app(article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*["tab"] * 15)
        view = app.screen.query_one(ArticleView)
        sentence = app.screen.sentences[app.screen.cursor]
        line = view.line_of_offset(sentence.start - app.screen.analysis.article.body_start)
        top = int(view.scroll_offset.y)
        assert top <= line < top + view.scrollable_content_region.height


async def test_sources_panel_groups_sources_with_counts() -> None:
    """s shows the sources panel: named, anonymous and vague groups and the sourcing mix."""
    app = make_app(article=SEED)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        # The panel scrolls in its own container, which is what s shows and hides.
        panel = app.screen.query_one(SourcesPanel)
        assert not panel.parent.display
        await pilot.press("s")
        assert panel.parent.display
        # One line widget per entry; names are indented by padding, written here as spaces.
        shown = "\n".join(
            ("  " if line.has_class("sources-name") else "") + str(line.content)
            for line in panel.children
        )
        assert re.search(r"named \(\d+\)", shown) and "Rahmatullah Nabil" in shown
        assert "anonymous (1)" in shown and "a senior Pentagon official" in shown
        assert "vague (" in shown and "Sourcing mix" in shown
        # Quoted or cited apart from mentioned; "Nabil" counts for Rahmatullah Nabil.
        assert shown.startswith("Quoted or cited") and "Mentioned, not cited" in shown
        assert "Rahmatullah Nabil ×2" in shown and "\n  Nabil" not in shown
        assert "\n  fears" in shown and "There are fears" not in shown


async def test_sources_panel_opens_by_itself_on_a_wide_terminal() -> None:
    app = make_app(article=SEED)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        assert app.screen.query_one(SourcesPanel).parent.display


def test_mix_bar_fills_its_width_in_proportion() -> None:
    """The bar's cells add up to its width and follow the shares."""
    pieces = mix_bar({"named": 0.5, "anonymous": 0.1, "vague": 0.1, "unattributed": 0.3}, 30)
    assert sum(len(text) for text, _ in pieces) == 30
    assert pieces[0][0] == "N" * 15


def test_every_label_has_a_text_style_in_the_article_view() -> None:
    """Never colour alone: the .tcss text style of each label matches label_style.py."""
    css = APP_TCSS.read_text("utf-8")
    for label, style in LABEL_TEXT_STYLES.items():
        rule = re.search(r"\.article-view--" + label + r" \{(.*?)\}", css, re.DOTALL)
        assert rule is not None, label
        found = re.search(r"text-style: ([\w ]+);", rule.group(1))
        assert (found.group(1) if found else "") == style, label
    styles = [s for s in LABEL_TEXT_STYLES.values()]
    # Claim labels other than unattributed each have their own visible style.
    assert len(set(styles)) == len(styles)


async def test_every_sentence_stepped_to_is_wholly_visible() -> None:
    """At 80x24, with the details panel open, each sentence under the cursor is fully in view."""
    app = make_app(article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        shift = app.screen.analysis.article.body_start
        for _ in app.screen.sentences:
            await pilot.press("tab")
            await pilot.pause()
            sentence = app.screen.sentences[app.screen.cursor]
            first = view.line_of_offset(sentence.start - shift)
            last = view.line_of_offset(sentence.end - 1 - shift)
            top = int(view.scroll_offset.y)
            assert top <= first and last < top + view.scrollable_content_region.height


async def test_labels_keep_a_text_style_under_no_color(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With NO_COLOR set the view's label styles still differ by underline and italics."""
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(article=SEED)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.no_color
        view = app.screen.query_one(ArticleView)
        named = view.get_component_rich_style("article-view--named")
        anonymous = view.get_component_rich_style("article-view--anonymous")
        vague = view.get_component_rich_style("article-view--vague")
        assert named.underline and not named.italic
        assert anonymous.underline and anonymous.italic
        assert vague.italic and not vague.underline


async def test_unsure_labels_are_flagged_in_the_margin(tmp_path: Path) -> None:
    """A label below the confidence bar gets the "?" flag; a cue with its source does not."""
    article = tmp_path / "ferry.txt"
    article.write_text(
        "Ferry\n\n“Nobody asked the people who use it every single day.”\n\n"
        "Ada Brent said the vote was hard.\n",
        encoding="utf-8",
    )
    app = make_app(article=article)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        assert [mark.flag for mark in view._marks] == ["?", ""]
        assert "? unsure" in text_of(app, "#reader-legend")
        await pilot.press("tab")
        shown = str(app.screen.query_one(SentencePanel).content)
        assert "confidence: 0.40" in shown and "low, the analyser is unsure" in shown


async def test_highlights_show_as_the_analysis_goes_before_it_ends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first labelled part is highlighted at once; the status says how far it has got."""
    import tui.analysis

    whole = tui.analysis.analyze_article
    gate = threading.Event()

    def in_two_parts(article, on_part=None, every=0.1):  # type: ignore[no-untyped-def]
        analysis = whole(article)
        if on_part is None:  # not the reader's call
            return analysis
        body = list(analysis.body)
        on_part(body[:5])
        gate.wait(timeout=10)
        on_part(body[5:])
        return analysis

    monkeypatch.setattr(tui.analysis, "analyze_article", in_two_parts)
    app = make_app(article=SEED)
    async with app.run_test(size=(100, 30)) as pilot:
        try:
            view = await _view(pilot)
            for _ in range(200):
                if view._marks:
                    break
                await pilot.pause()
            screen = app.screen
            assert len(view._marks) == 5 and screen.analysis is None
            assert re.search(r"analysing… \d+%", text_of(app, "#reader-status"))
        finally:
            gate.set()
        await settle(pilot)
        assert len(view._marks) == len(screen.sentences) > 20
        assert "analysing" not in text_of(app, "#reader-status")


async def _view(pilot) -> ArticleView:  # type: ignore[no-untyped-def]
    """The article view, once the reader has mounted it."""
    for _ in range(200):
        if views := pilot.app.screen.query(ArticleView):
            return views.first()
        await pilot.pause()
    raise AssertionError("the article never showed")
