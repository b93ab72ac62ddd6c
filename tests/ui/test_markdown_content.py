"""Quiz text's inline Markdown becomes styles, never markup and never asterisks."""

from __future__ import annotations

from tui.widgets.markdown_content import markdown_content


def _styles(content) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(content.plain[s.start : s.end], str(s.style)) for s in content.spans]


def test_emphasis_strong_and_code_are_styles() -> None:
    content = markdown_content("A *named* source is **never** `according to` [sic] [x](http://y)")
    assert content.plain == "A named source is never according to [sic] x"
    styles = _styles(content)
    assert ("named", "italic") in styles and ("never", "bold") in styles
    assert ("according to", "reverse") in styles


def test_a_prompt_is_never_a_list_or_heading_and_controls_are_shown() -> None:
    assert markdown_content("1. First # not a heading").plain == "1. First # not a heading"
    assert markdown_content("bad \\x1b[31m").plain == "bad \\x1b[31m"
    assert markdown_content("esc \x1b[31m").plain == "esc ␛[31m"


def test_the_whole_prompt_takes_the_base_style() -> None:
    content = markdown_content("Who says *so*?", "bold")
    assert ("Who says so?", "bold") in _styles(content)
