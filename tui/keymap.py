"""The user's own keys: `keymap.yaml` in the data directory maps binding ids to keys.

    reader.next: n,tab          # the reader's "Next sentence" on n as well as Tab
    quiz.hint: f5

Binding ids are listed in each screen's module (`Binding(..., id="reader.next")`).
"""

from __future__ import annotations

from pathlib import Path

from tui import paths


def keymap_path() -> Path:
    """Where the keymap file lives."""
    return paths.data_dir() / "keymap.yaml"


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """The keymap (binding id -> keys), and an error to show if the file is unusable.

    A missing file is an empty keymap, not an error; a broken one is ignored whole, so a
    typo never leaves a screen with half its keys moved.
    """
    path = path or keymap_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}, None
    except (OSError, UnicodeDecodeError) as error:
        return {}, f"{path}: cannot be read ({error})"
    import yaml  # only when there is a keymap: most start-ups have none

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        return {}, f"{path}: not valid YAML ({error})"
    if data is None:
        return {}, None
    if not isinstance(data, dict) or not all(
        isinstance(key, str) and isinstance(value, str) for key, value in data.items()
    ):
        return {}, f"{path}: write one 'binding-id: keys' line per binding, e.g. 'quiz.hint: f5'"
    return dict(data), None
