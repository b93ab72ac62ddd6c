"""Managing the user's own articles: metadata edits and deletion, never of bundled files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SEED
from tui.articles import ArticleError, load_article
from tui.completion import complete_path
from tui.user_articles import delete_article, edit_metadata


def _mine(whosays_home: Path, text: str, name: str = "story.md") -> Path:
    folder = whosays_home / "articles"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, "utf-8")
    return path


def test_editing_changes_the_front_matter_and_keeps_the_body(whosays_home: Path) -> None:
    path = _mine(
        whosays_home,
        "---\ntitle: Old\noutlet: Old Outlet\nurl: https://x.example/a\n---\n\n"
        "The body. Said so.\n",
    )
    edit_metadata(path, {"title": "New title", "outlet": "", "date": "2026-11-28"})
    article = load_article(path)
    assert (article.title, article.outlet, article.date.isoformat()) == (
        "New title",
        None,
        "2026-11-28",
    )
    assert article.url == "https://x.example/a" and article.body == "The body. Said so."


def test_a_file_without_front_matter_gets_one(whosays_home: Path) -> None:
    path = _mine(whosays_home, "The body only. It said so.\n")
    edit_metadata(path, {"title": "Named", "outlet": "Desk", "date": ""})
    assert load_article(path).title == "Named"


@pytest.mark.parametrize(
    ("changes", "message"),
    [({"date": "next Tuesday"}, "is not a date"), ({"title": " "}, "title cannot be empty")],
)
def test_bad_values_are_refused(whosays_home: Path, changes: dict[str, str], message: str) -> None:
    path = _mine(whosays_home, "---\ntitle: Kept\n---\n\nBody text here.\n")
    with pytest.raises(ArticleError, match=message):
        edit_metadata(path, changes)
    assert load_article(path).title == "Kept"


def test_bundled_articles_are_never_changed() -> None:
    with pytest.raises(ArticleError, match="bundled articles stay"):
        delete_article(SEED)
    assert SEED.exists()


def test_deleting_removes_the_file(whosays_home: Path) -> None:
    path = _mine(whosays_home, "Body text. It said so.\n")
    delete_article(path)
    assert not path.exists()


def test_paths_complete_as_far_as_they_are_unambiguous(tmp_path: Path) -> None:
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "dam.html").write_text("x")
    (tmp_path / "pages" / "dark.html").write_text("x")
    assert complete_path(str(tmp_path / "pag")) == (str(tmp_path / "pages") + "/", [])
    assert complete_path(str(tmp_path / "pages" / "d")) == (
        str(tmp_path / "pages" / "da"),
        ["dam.html", "dark.html"],
    )
    assert complete_path("https://example.org/x") == ("https://example.org/x", [])
