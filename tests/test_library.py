"""The library: bundled and user articles, and finding one by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.library import NotFoundError, bundled_dir, find_article, find_quiz, list_articles


def test_bundled_seed_is_listed() -> None:
    """The bundled seed article is in the library, readable."""
    rows = {row.entry.id: row for row in list_articles()}
    seed = rows["000_f3345cb7f8af5719"]
    assert seed.entry.bundled and seed.article is not None
    assert seed.entry.path.parent == bundled_dir("seeds")


def test_user_articles_join_the_library_and_bad_ones_say_why(whosays_home: Path) -> None:
    """Files in the user folder are listed; an unreadable one is listed with its error."""
    folder = whosays_home / "articles"
    folder.mkdir(parents=True)
    (folder / "mine.md").write_text("# Mine\n\nMy own article.\n", encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"")
    rows = {row.entry.id: row for row in list_articles()}
    assert rows["mine"].article is not None and not rows["mine"].entry.bundled
    assert rows["broken"].article is None and rows["broken"].error == "the file is empty"


def test_find_by_id_prefix_and_path(tmp_path: Path) -> None:
    """A library id, a unique prefix of one, or a path all find the file."""
    assert find_article("000_f3345cb7f8af5719").name == "000_f3345cb7f8af5719.txt"
    assert find_article("000").name == "000_f3345cb7f8af5719.txt"
    own = tmp_path / "x.txt"
    own.write_text("T\n\nB.\n", encoding="utf-8")
    assert find_article(str(own)) == own


def test_unknown_name_suggests_the_closest() -> None:
    """A misspelt id gets a "did you mean" with the closest library id."""
    with pytest.raises(NotFoundError, match="did you mean '000_f3345cb7f8af5719'"):
        find_article("00_f3345cb7f8af5719")


def test_files_sharing_a_name_get_distinct_ids(whosays_home: Path) -> None:
    """a.txt, a.md and a.markdown are three articles with three ids."""
    folder = whosays_home / "articles"
    folder.mkdir(parents=True)
    for suffix in (".txt", ".md", ".markdown"):
        (folder / f"a{suffix}").write_text("T\n\nBody.\n", encoding="utf-8")
    ids = [row.entry.id for row in list_articles() if not row.entry.bundled]
    assert sorted(ids) == ["a", "a-2", "a-3"]


def test_words_of_a_title_find_an_article_or_a_quiz() -> None:
    """Any words of the title, outlet or id, in any case, when they fit one entry only."""
    assert find_article("kayhan").name == "000_f3345cb7f8af5719.txt"
    assert find_article("harbour BRIDGE").name == "101_practice_harbour_bridge.txt"
    assert find_quiz("spies").name == "who-says-so-kayhan.yaml"
    assert find_quiz("kayhan").name == "who-says-so-kayhan.yaml"
    assert find_quiz("Sourcing basics").name == "sourcing-basics.yaml"


def test_words_that_fit_several_entries_list_them() -> None:
    """ "practice" fits every practice article: the message lists some and asks for more words."""
    with pytest.raises(NotFoundError, match="10 articles in the library match") as raised:
        find_article("practice")
    assert "'101_practice_harbour_bridge' (Council Approves" in str(raised.value)


def test_a_misspelt_title_word_suggests_the_entry() -> None:
    """A typo in a title word gets the same "did you mean" as a typo in an id."""
    with pytest.raises(NotFoundError, match="did you mean 'who-says-so-kayhan'"):
        find_quiz("spiez")
    with pytest.raises(NotFoundError, match="did you mean '103_practice_island_volcano'"):
        find_article("volcanoe")


def test_did_you_mean_puts_the_obvious_name_first(whosays_home: Path) -> None:
    """ "spys" for a quiz called 'spies' suggests 'spies' first, though the word "Spies" in
    another quiz's title (and that quiz's long id) are close too."""
    folder = whosays_home / "quizzes"
    folder.mkdir(parents=True)
    text = (bundled_dir("quizzes") / "sourcing-basics.yaml").read_text(encoding="utf-8")
    (folder / "spies.yaml").write_text(
        text.replace("title: Sourcing basics", "title: Spotting sources"), encoding="utf-8"
    )
    with pytest.raises(NotFoundError, match=r"did you mean 'spies' .*or 'who-says-so-kayhan'"):
        find_quiz("spys")
