"""Language: English is recognised at once; other languages are named and get no labels."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED
from tui.articles import load_article
from tui.cli import main
from tui.language import detect_language, labels_supported, unlabelled_reason

FRENCH = (
    "Grève annoncée\n\nLe gouvernement a annoncé mardi une nouvelle réforme des retraites, "
    "selon plusieurs sources proches du dossier. Les syndicats ont appelé à une grève "
    "nationale la semaine prochaine, affirmant que le texte n'a pas été discuté avec eux.\n"
)


def test_english_needs_no_model() -> None:
    """The bundled article is English by its function words, without loading py3langid."""
    code = (
        "import sys\nfrom tui.articles import load_article\nfrom tui.language import "
        f"labels_supported\nassert labels_supported(load_article({str(SEED)!r}))\n"
        "print('py3langid' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_other_languages_are_named(tmp_path: Path) -> None:
    path = tmp_path / "greve.txt"
    path.write_text(FRENCH, "utf-8")
    article = load_article(path)
    assert detect_language(article.body) == "fr"
    assert not labels_supported(article)
    assert unlabelled_reason(article) == "French (fr) text: whosays labels sources in English only."


def test_too_short_to_tell_is_unknown_and_labelled() -> None:
    assert detect_language("Rain fell.") is None


def test_analyze_json_says_no_labels_for_french(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit status 0, `"language": "fr", "labels": false`, and no sentences."""
    path = tmp_path / "greve.txt"
    path.write_text(FRENCH, "utf-8")
    assert main(["analyze", "--json", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["language"] == "fr" and out["labels"] is False and "sentences" not in out


@pytest.mark.parametrize("command", ["key", "practice"])
def test_practice_and_key_refuse_french(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """One line, exit 2: a key or practice session in French would teach wrong labels."""
    path = tmp_path / "greve.txt"
    path.write_text(FRENCH, "utf-8")
    assert main([command, str(path)]) == 2
    assert "French (fr) text: whosays labels sources in English only." in capsys.readouterr().err
