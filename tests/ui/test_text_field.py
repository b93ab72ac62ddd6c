"""Keys typed together into a text field act in the order they were typed."""

from __future__ import annotations

import ast
from pathlib import Path

from textual import events
from textual.app import App, ComposeResult
from textual.widgets import Input

import tui
from tui.widgets.text_field import TextField


class _OneField(App[None]):
    def compose(self) -> ComposeResult:
        yield TextField()


async def _typed_at_once(keys: tuple[tuple[str, str | None], ...]) -> str:
    """What a text field holds after `keys` (name, character) arrive without a pause."""
    app = _OneField()
    async with app.run_test() as pilot:
        for key, character in keys:
            app.post_message(events.Key(key, character))
        await pilot.pause(0.2)
        return app.query_one(TextField).value


async def test_a_backspace_typed_among_letters_deletes_where_it_was_typed() -> None:
    """'b', 'a', backspace, 'c' arriving at once give 'bc' (Textual's Input gave 'ba': the
    letters were typed before the backspace's binding ran)."""
    keys = (("b", "b"), ("a", "a"), ("backspace", None), ("c", "c"))
    assert await _typed_at_once(keys) == "bc"


async def test_arrows_and_home_move_before_the_next_letter() -> None:
    keys = (("a", "a"), ("b", "b"), ("home", None), ("x", "x"))
    assert await _typed_at_once(keys) == "xab"


def test_every_screen_field_is_a_text_field() -> None:
    """No screen builds a bare Input: each typed answer, search and filter is ordered."""
    screens = Path(tui.__file__).parent / "screens"
    for path in screens.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == Input.__name__:
                raise AssertionError(f"{path.name}:{node.lineno} builds a bare Input")
