"""The user's keymap file: binding ids to keys, and clear errors for a broken file."""

from __future__ import annotations

from pathlib import Path

from tui.keymap import load_keymap


def test_missing_file_is_an_empty_keymap(tmp_path: Path) -> None:
    assert load_keymap(tmp_path / "keymap.yaml") == ({}, None)


def test_ids_map_to_keys(tmp_path: Path) -> None:
    path = tmp_path / "keymap.yaml"
    path.write_text("reader.next: n,tab\nquiz.hint: f5\n", "utf-8")
    assert load_keymap(path) == ({"reader.next": "n,tab", "quiz.hint": "f5"}, None)


def test_a_broken_file_is_ignored_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "keymap.yaml"
    path.write_text("- just\n- a list\n", "utf-8")
    keymap, error = load_keymap(path)
    assert keymap == {} and error is not None and "binding-id: keys" in error
    path.write_text("reader.next: [unclosed\n", "utf-8")
    assert "not valid YAML" in (load_keymap(path)[1] or "")
