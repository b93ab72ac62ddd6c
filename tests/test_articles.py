"""Article loaders: the seed layout, Markdown with front matter, plain text, and bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SEED
from tui.articles import (
    _DATE_FORMATS,
    ArticleError,
    _plain_date,
    load_article,
    looks_like_headline,
    parse_article,
    parse_date,
    split_paragraphs,
)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_seed_layout_gives_every_field() -> None:
    """The seed article: outlet, News ID, date, kicker, headline, dateline, paragraphs."""
    article = load_article(SEED)
    assert article.id == "000_f3345cb7f8af5719"
    assert article.outlet == "kayhan.ir"
    assert article.news_id == "96106"
    assert article.date == dt.date(2021, 11, 1)
    assert article.kicker == "Wall Street Journal Reports"
    assert article.title == "U.S.-Trained Spies Joining Daesh in Afghanistan"
    assert article.dateline == "WASHINGTON (Dispatches) --"
    assert article.body.startswith("WASHINGTON (Dispatches) -- Left vulnerable")
    assert article.body.endswith("flee the war-torn country.")
    assert len(article.paragraphs) == 22
    assert article.word_count == len(article.body.split())
    assert article.text[article.body_start :].startswith(article.body)


def test_paragraph_offsets_point_into_the_body() -> None:
    """Each paragraph's offsets slice a whole line of the seed body."""
    article = load_article(SEED)
    assert article.paragraph_text(1).startswith("According to a report in the Wall Street Journal")
    for paragraph in article.paragraphs:
        text = article.body[paragraph.start : paragraph.end]
        assert text == text.strip() and "\n" not in text


def test_markdown_front_matter(tmp_path: Path) -> None:
    """Front matter gives title, outlet, date, author and url; the body follows it."""
    path = write(
        tmp_path,
        "story.md",
        "---\ntitle: Rain in Spain\noutlet: The Weather Desk\ndate: 2024-03-05\n"
        "author: A. Writer\nurl: https://example.org/rain\n---\n\n"
        "It rained. [sic]\n\nThen it stopped.\n",
    )
    article = load_article(path)
    assert (article.title, article.outlet, article.author) == (
        "Rain in Spain",
        "The Weather Desk",
        "A. Writer",
    )
    assert article.date == dt.date(2024, 3, 5)
    assert article.url == "https://example.org/rain"
    assert article.body == "It rained. [sic]\n\nThen it stopped."
    assert [article.paragraph_text(i) for i in range(2)] == ["It rained. [sic]", "Then it stopped."]


def test_markdown_heading_is_the_title_without_front_matter(tmp_path: Path) -> None:
    """A Markdown file with no front matter takes its first '#' heading as the title."""
    article = load_article(write(tmp_path, "x.md", "# A headline\n\nBody text here.\n"))
    assert article.title == "A headline"
    assert article.body == "Body text here."


def test_plain_text_first_line_is_the_title(tmp_path: Path) -> None:
    """Plain text with no metadata: the first line is the title, the rest the body."""
    article = load_article(
        write(tmp_path, "plain.txt", "My title\n\nFirst paragraph.\nSecond one.\n")
    )
    assert article.title == "My title"
    assert article.outlet is None and article.date is None
    assert article.format == "plain"
    assert article.body == "First paragraph.\nSecond one."


def test_plain_text_without_a_title_starts_its_body_at_the_first_line(tmp_path: Path) -> None:
    """Text pasted without a headline: a long first line ending like a sentence is the first
    paragraph (analysed, not shown as a title), and the title comes from the file name, as
    issue 8 asks."""
    path = tmp_path / "ferry.txt"
    first = (
        "The Marlow city council voted on Tuesday to close the Dunmore ferry after 80 years "
        "of service. Ferry workers will be offered jobs at the port."
    )
    path.write_text(first + "\n\nCouncillor Ada Brent said the vote was hard.\n", encoding="utf-8")
    article = load_article(path)
    assert article.body_start == 0 and article.body.startswith("The Marlow city council")
    assert article.title == "Ferry"
    assert article.header == ()


def test_hard_wrapped_paragraphs_are_joined() -> None:
    """Short lines between blank lines are one paragraph; a list item starts its own."""
    body = "One line that wraps\nonto a second line.\n\n- item one\n- item two\n\nLast."
    paragraphs = split_paragraphs(body)
    texts = [body[p.start : p.end] for p in paragraphs]
    assert texts == [
        "One line that wraps\nonto a second line.",
        "- item one",
        "- item two",
        "Last.",
    ]


def test_bom_and_crlf_are_read(tmp_path: Path) -> None:
    """A UTF-8 BOM is dropped and CRLF line endings become LF."""
    path = write(tmp_path, "win.txt", b"\xef\xbb\xbfTitle\r\n\r\nBody one.\r\nBody two.\r\n")
    article = load_article(path)
    assert article.title == "Title"
    assert "\r" not in article.text
    assert article.body == "Body one.\nBody two."


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    """A UTF-16 file with its byte-order mark is read too."""
    path = write(tmp_path, "u16.txt", "Title\n\nCafé body.\n".encode("utf-16"))
    assert load_article(path).body == "Café body."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "the file is empty"),
        (b"  \n\n\t ", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"Title\n\nCaf\xe9 au lait\n", "is not UTF-8 text: byte 0xE9 at line 3, column 4"),
        (b"Only a title\n", "holds a single line"),
    ],
)
def test_bad_input_gets_a_clear_message(tmp_path: Path, data: bytes, expected: str) -> None:
    """Empty, binary, non-UTF-8 and title-only files fail with a message naming the file."""
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert expected in str(caught.value)
    assert str(caught.value).startswith(str(path))


def test_not_utf8_message_names_the_encodings_tried(tmp_path: Path) -> None:
    """The message says which encodings were tried and what to do."""
    with pytest.raises(ArticleError, match=r"tried UTF-8 .* and UTF-16 .*Save the file as UTF-8"):
        load_article(write(tmp_path, "latin1.txt", "Título\n\nañadir\n".encode("latin-1")))


def test_front_matter_that_is_not_yaml_names_the_line(tmp_path: Path) -> None:
    """Invalid YAML in front matter is reported with its line in the file."""
    path = write(tmp_path, "bad.md", "---\ntitle: ok\noutlet: [unclosed\n---\nBody.\n")
    with pytest.raises(ArticleError, match=r"front matter is not valid YAML: line \d+, column \d+"):
        load_article(path)


def test_unclosed_front_matter(tmp_path: Path) -> None:
    """Front matter that never ends is named as such."""
    with pytest.raises(ArticleError, match="never closed"):
        load_article(write(tmp_path, "open.md", "---\ntitle: x\nBody.\n"))


def test_missing_file_and_folder(tmp_path: Path) -> None:
    """A missing path and a folder get their own messages."""
    with pytest.raises(ArticleError, match="no such file"):
        load_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="is a folder"):
        load_article(tmp_path)


def test_square_brackets_survive(tmp_path: Path) -> None:
    """Article text is text: '[sic]' and '[b]' stay in the body."""
    article = load_article(write(tmp_path, "sic.txt", "T\n\nHe said [sic] it was [b]fine[/b].\n"))
    assert "[sic]" in article.body and "[b]fine[/b]" in article.body


@given(
    st.sampled_from(["", "---\n", "---\ntitle: t\n---", "---\ntitle: t\n---\n", "# "]),
    st.text(min_size=1, max_size=400),
    st.sampled_from(["x.txt", "x.md"]),
)
def test_any_text_parses_or_fails_cleanly(prefix: str, text: str, name: str) -> None:
    """Any text, as plain text or Markdown with or without front matter, parses to
    paragraphs in order inside the body, or fails with ArticleError (never anything else)."""
    try:
        article = parse_article((prefix + text).replace("\r", "\n"), "x", path=Path(name))
    except ArticleError:
        return
    previous_end = 0
    for paragraph in article.paragraphs:
        assert previous_end <= paragraph.start < paragraph.end <= len(article.body)
        previous_end = paragraph.end
    assert article.text[article.body_start :].startswith(article.body)


@given(
    st.text(
        alphabet=st.sampled_from(
            ["a", "b", " ", "\n", "\t", "\u00a0", "\u3000", "\x1c", "\u2028", "\u200b", "é"]
        )
    )
)
def test_counting_words_a_piece_at_a_time_is_split(text: str) -> None:
    """The word count of any text is `len(text.split())`, however its pieces fall."""
    from tui import articles

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(articles, "_COUNT_PIECE", 3)
        assert articles.count_words(text) == len(text.split())


def test_body_only_text_keeps_its_first_paragraph(tmp_path: Path) -> None:
    """A .txt that is only the body (copied from a browser) loses no sentence to a "title"."""
    text = (
        "The council voted on Tuesday to close the pool. Officials said costs had doubled.\n\n"
        "Residents protested outside.\n"
    )
    article = load_article(write(tmp_path, "pool_closure.txt", text))
    assert article.title == "Pool closure"
    assert article.body.startswith("The council voted on Tuesday")
    assert article.header == ()


@pytest.mark.parametrize(
    ("first", "following", "headline"),
    [
        ("Council Approves Harbour Plan", "", True),
        ("Is the pool worth saving?", "", True),
        ("The council voted to close the pool.", "", False),
        ("Rain fell. Then it stopped", "", False),
        ("The minister said on Tuesday that the", "government would act.", False),
        ("Too many words " * 8, "", False),
    ],
)
def test_what_looks_like_a_headline(first: str, following: str, headline: bool) -> None:
    """Short, one line, no full stop, one sentence, not continued in lower case."""
    assert looks_like_headline(first, following) is headline


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("report.pdf", b"%PDF-1.7 ...", "a PDF"),
        ("essay.docx", b"PK\x03\x04...", "a Word document"),
        ("photo.jpg", b"\xff\xd8\xff\xe0", "an image"),
        ("mystery", b"%PDF-1.4 no suffix", "a PDF"),
    ],
)
def test_unreadable_kinds_get_one_line(tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    """PDFs, Word files and images are named and refused, never read as text."""
    with pytest.raises(ArticleError) as caught:
        load_article(write(tmp_path, name, data))
    assert f"is {kind}" in caught.value.message
    assert "whosays reads .txt, .md and web pages" in caught.value.message


def _strptime_date(cleaned: str) -> dt.date | None:
    """The first of the loader's formats that strptime reads `cleaned` with."""
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None


_TWO_DIGITS = st.integers(0, 99).map(lambda number: f"{number:02d}")
_YEAR = st.integers(0, 9999).map(lambda number: f"{number:04d}")
_MONTH_NAME = st.sampled_from(["January", "may", "SEPTEMBER", "Sept", "Mai", "Nov", "x"])
_TIME = st.one_of(st.just(""), st.tuples(_TWO_DIGITS, _TWO_DIGITS).map(" - {0[0]}:{0[1]}".format))
_PLAIN_DATES = st.one_of(
    st.tuples(_TWO_DIGITS, _MONTH_NAME, _YEAR, _TIME).map("{0[0]} {0[1]} {0[2]}{0[3]}".format),
    st.tuples(_YEAR, _TWO_DIGITS, _TWO_DIGITS).map("-".join),
)


@given(_PLAIN_DATES)
def test_a_plain_date_is_read_as_strptime_reads_it(cleaned: str) -> None:
    """The quick reading of dates like "01 November 2021 - 21:23" and "2021-11-01" (no
    strptime at start-up) gives a date only where strptime gives the same one."""
    quick = _plain_date(cleaned)
    if quick is not None:
        assert quick == _strptime_date(cleaned) == parse_date(cleaned)


def test_the_bundled_dates_are_read_without_strptime() -> None:
    """The seeds' and front matter's dates take the quick path (strptime's first call costs
    about 4% of the start-up)."""
    assert _plain_date("01 November 2021 - 21:23") == dt.date(2021, 11, 1)
    assert _plain_date("2024-03-05") == dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    "ending",
    ["", "\n", " \t\n\n", "\u3000\n\u00a0 " * 3000, "\n\n" + " " * 9000],
)
def test_the_body_ends_at_its_last_visible_character(ending: str) -> None:
    """Whitespace after the body (however long, Unicode spaces too) is the article's tail,
    never part of its body, and the text is kept whole."""
    body = "The council met on Monday. \u201cIt went well,\u201d she said."
    text = "A short headline\n\n" + body + ending
    article = parse_article(text, "ends")
    assert article.body == text[article.body_start :].rstrip()
    assert article.body == body
    assert article.text == text


@pytest.mark.parametrize("content", ["", " ", "\n\n\t ", "\ufeff\r\n\u3000"])
def test_a_file_of_nothing_but_whitespace_is_empty(tmp_path: Path, content: str) -> None:
    """Only whitespace (ASCII or not, with a BOM or CRLF line ends) is an empty file."""
    with pytest.raises(ArticleError, match="the file is empty"):
        load_article(write(tmp_path, "blank.txt", content))
