"""The user's own keys: `keymap.yaml` in the data directory maps binding ids to keys.

    reader.next: n,tab          # the reader's "Next sentence" on n as well as Tab
    quiz.hint: f5

Binding ids are listed in each screen's module (`Binding(..., id="reader.next")`).
"""

from __future__ import annotations

from pathlib import Path

from tui import paths
from tui.terminal_text import visible


def keymap_path() -> Path:
    """Where the keymap file lives."""
    return paths.data_dir() / "keymap.yaml"


def load_keymap(path: Path | None = None) -> tuple[dict[str, str], str | None]:
    """The keymap (binding id -> keys), and an error to show if the file is unusable.

    A missing file is an empty keymap, not an error; a broken one is ignored whole, so a
    typo never leaves a screen with half its keys moved. The file is read by the same
    bounded YAML loader as quizzes (size, aliases and depth limited).
    """
    path = path or keymap_path()
    if not path.exists():
        return {}, None
    # Only when there is a keymap: most start-ups have none, and need not load YAML.
    from tui.quiz.loader import LoaderError, Mapping, Scalar, load_file

    try:
        document = load_file(path)
    except LoaderError as error:
        return {}, str(error)
    if document.problems:
        first = document.problems[0]
        return {}, f"{path}:{first.line}:{first.column}: not valid YAML: {first.message}"
    root = document.root
    if root is None or (isinstance(root, Scalar) and root.null):
        return {}, None
    if not isinstance(root, Mapping) or not all(
        isinstance(value, Scalar) and not value.null for _key, value in root.items
    ):
        return {}, f"{path}: write one 'binding-id: keys' line per binding, e.g. 'quiz.hint: f5'"
    keymap = {key.text: value.text for key, value in root.items}  # type: ignore[union-attr]
    for binding_id, keys in keymap.items():
        # Key names are shown in the footer and the help: a control character would be sent
        # to the terminal as it is, so the file is refused instead.
        if visible(binding_id) != binding_id or visible(keys) != keys:
            return {}, f"{path}: '{binding_id}' holds a control character; remove it"
    return keymap, None
