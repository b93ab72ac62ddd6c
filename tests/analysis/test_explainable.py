"""Deterministic and explainable: the same text gives the same labels in any interpreter, and
every label comes with its reason and a confidence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tui.analysis import analyze_article
from tui.articles import load_article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_every_label_keeps_its_reason_and_a_confidence() -> None:
    """No sentence of a bundled article is labelled without saying why."""
    for path in sorted(SEEDS.glob("*.txt")):
        for sentence in analyze_article(load_article(path)).sentences:
            assert sentence.reason, (path.name, sentence.text)
            assert 0.0 <= sentence.confidence <= 1.0


def test_labels_do_not_depend_on_the_interpreters_hash_seed() -> None:
    """The word lists are sets; their order must never change a label (PYTHONHASHSEED)."""
    code = "from tui.cli import main; main(['analyze', '--json', '102'])"
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1
