"""`whosays import`: into the library as Markdown, once, atomically; every failure one line."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from tests.webpage.pages import CLUTTERED, NO_ARTICLE
from tests.webpage.server import Answer, serving
from tui.articles import Article, ArticleError, load_article, parse_article
from tui.cli import main
from tui.importing import import_source, text_markdown
from tui.library import list_articles


def _page(tmp_path: Path, name: str = "dam.html", html: str = CLUTTERED) -> Path:
    path = tmp_path / name
    path.write_text(html, "utf-8")
    return path


def _saved(whosays_home: Path) -> list[Path]:
    folder = whosays_home / "articles"
    return sorted(folder.iterdir()) if folder.is_dir() else []


def test_a_saved_page_becomes_markdown_with_front_matter(
    tmp_path: Path, whosays_home: Path
) -> None:
    """The file is Markdown with the metadata on top, and it loads as the same article."""
    imported = import_source(str(_page(tmp_path)))
    assert imported.path.parent == whosays_home / "articles"
    assert imported.path.name == "2026-10-08-larch-valley-dam-to-be-raised-flooding-two-farms.md"
    text = imported.path.read_text("utf-8")
    assert text.startswith("---\ntitle: Larch Valley dam to be raised, flooding two farms\n")
    for line in ("outlet: The Fernbrook Courier", "author: Priya Raman", "language: en"):
        assert line in text
    article = load_article(imported.path)
    assert article.outlet == "The Fernbrook Courier" and article.language == "en"
    assert article.url == "https://fernbrook-courier.example/news/larch-dam"


def test_the_same_page_twice_is_kept_once(tmp_path: Path, whosays_home: Path) -> None:
    """Same URL (another copy of the page) or same text: one file, said so; --force replaces."""
    first = import_source(str(_page(tmp_path)))
    again = import_source(str(_page(tmp_path, "copy.html")))
    assert again.duplicate and again.path == first.path
    assert _saved(whosays_home) == [first.path]
    forced = import_source(str(_page(tmp_path)), force=True)
    assert not forced.duplicate and forced.path == first.path
    assert _saved(whosays_home) == [first.path]


def test_the_same_text_without_a_url_is_a_duplicate(whosays_home: Path) -> None:
    text = b"Rates rise again\n\nThe bank raised rates on Monday. It said inflation was high.\n"
    import_source("-", stdin=text)
    assert import_source("-", stdin=text.replace(b"Monday.", b"Monday. ")).duplicate
    assert len(_saved(whosays_home)) == 1


def test_a_failed_write_leaves_nothing(
    tmp_path: Path, whosays_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure half-way (here the final rename) leaves no file and no temporary file."""

    def broken(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(ArticleError, match="cannot be saved: No space left on device"):
        import_source(str(_page(tmp_path)))
    assert _saved(whosays_home) == []


def test_pasted_text_keeps_every_sentence() -> None:
    """Body-only text: the first paragraph is not eaten as a title; the title is its start."""
    markdown = text_markdown("The bank raised rates on Monday. It said inflation was high.\n")
    article = load_article_from(markdown)
    assert article.body == "The bank raised rates on Monday. It said inflation was high."
    assert article.title == "The bank raised rates on Monday. It said…"


def load_article_from(markdown: str) -> Article:
    return parse_article(markdown, "x")


def test_a_url_is_imported_from_the_local_server(whosays_home: Path) -> None:
    with serving({"/story": Answer(CLUTTERED.encode("utf-8"))}) as base:
        imported = import_source(f"{base}/story")
    assert imported.article.title == "Larch Valley dam to be raised, flooding two farms"
    assert _saved(whosays_home) == [imported.path]


@pytest.mark.parametrize(
    ("answers", "path", "message"),
    [
        ({"/p": Answer(NO_ARTICLE)}, "/p", "this page has no article text"),
        ({}, "/missing", "the server answered 404"),
        ({"/p": Answer(b"%PDF", content_type="application/pdf")}, "/p", "is not a web page"),
    ],
)
def test_a_url_that_fails_writes_nothing_and_exits_2(
    answers: dict[str, Answer],
    path: str,
    message: str,
    whosays_home: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    with serving(answers) as base:
        assert main(["import", f"{base}{path}"]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert _saved(whosays_home) == []


def test_import_json_lists_what_was_saved(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "--json", str(_page(tmp_path))]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert set(item) >= {
        "id",
        "path",
        "title",
        "outlet",
        "author",
        "date",
        "url",
        "language",
        "words",
    }
    assert (item["author"], item["date"], item["language"]) == ("Priya Raman", "2026-10-08", "en")


def test_import_reads_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`-` takes pasted HTML (or text) from standard input."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(CLUTTERED.encode("utf-8"))))
    assert main(["import", "-"]) == 0
    assert "Larch Valley dam to be raised" in capsys.readouterr().out


def test_an_unreadable_kind_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.7")
    assert main(["import", str(pdf)]) == 2
    assert "whosays reads .txt, .md and web pages" in capsys.readouterr().err


def test_read_and_analyze_take_a_saved_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`analyze PAGE.html` extracts without importing; nothing is written to the library."""
    assert main(["analyze", str(_page(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "Article: Larch Valley dam to be raised" in out and "Hanna Weir" in out
    assert "Advertisement" not in out


def test_an_import_is_named_by_the_id_the_library_lists_it_under(
    whosays_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two files whose names differ in case or suffix get two ids that differ by more than
    case, and import prints the very id `whosays list` shows and `read` takes."""
    first = tmp_path / "My-article.txt"
    first.write_text("My article\n\nThe mayor said the bridge would open.\n", encoding="utf-8")
    second = tmp_path / "my-article.md"
    second.write_text("# Another\n\nA spokesman said the road was shut.\n", encoding="utf-8")
    third = tmp_path / "my-article.txt"
    third.write_text("A third\n\nThe police said the fire was out.\n", encoding="utf-8")
    assert main(["import", str(first), str(second), str(third)]) == 0
    printed = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert len({name.casefold() for name in printed}) == 3
    listed = {row.entry.id for row in list_articles() if not row.entry.bundled}
    assert set(printed) == listed
