"""Score the analyser on the real-text development set (PolNeAR train articles, our labels).

    python benchmarks/realtext/score_realtext.py [--set dev|heldout] [--eval ../shared/eval]
                                                 [--cmd CMD] [--json]

`polnear_train_labels.jsonl` holds, for 21 articles of PolNeAR's train split (seven outlets),
a whosays label for every sentence, keyed by document id and character offsets into the
article's text: the texts belong to their publishers and stay in the evaluation folder,
never in this repository. Annotator A labelled all 21 and annotator B, independently and
from the guideline and text alone, 8 of them, both before the analyser was run on them;
their 6 disagreements were adjudicated (`annotators` says which an article had).
`polnear_train_heldout.jsonl` (`--set heldout`) holds 10 further train articles labelled by
a third annotator after the first analyser pass and kept unseen by it: see README.md.

Each article is written to a temporary .txt file with a title line in front (as
`polnear_score.py` does), run through `whosays analyze --json`, and scored with the
evaluation folder's `score.py` (pooled over all articles: per-label F1, claim accuracy,
binary accuracy, and macro F1 over the four claim labels), then the accuracy of the claim
sentences whose label has low confidence (below --low) beside the others.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import yaml

HERE = Path(__file__).resolve().parent
SETS = {"dev": "polnear_train_labels.jsonl", "heldout": "polnear_train_heldout.jsonl"}
TITLE = "PolNeAR article\n\n"


def _load_scorer(eval_dir: Path) -> ModuleType:
    """The evaluation folder's score.py, loaded from its path (it is not a package)."""
    spec = importlib.util.spec_from_file_location("score", eval_dir / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--set", choices=sorted(SETS), default="dev", help="which labels")
    parser.add_argument("--eval", type=Path, default=HERE.parents[2] / "shared" / "eval")
    parser.add_argument("--cmd", default="whosays analyze --json {file}")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--low",
        type=float,
        default=0.6,
        help="confidence below which a label counts as low (default 0.6, the reader's bar)",
    )
    args = parser.parse_args()

    texts = {}
    with open(args.eval / "polnear" / "polnear_train.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            texts[record["id"]] = record["text"]
    labels = (HERE / SETS[args.set]).read_text(encoding="utf-8")
    documents = [json.loads(line) for line in labels.splitlines()]
    scorer = _load_scorer(args.eval)
    pairs: list[tuple[str, str]] = []
    by_confidence: dict[bool, list[bool]] = {True: [], False: []}
    with tempfile.TemporaryDirectory() as tmp:
        for document in documents:
            text = texts[document["doc"]]
            article = Path(tmp) / f"{document['doc']}.txt"
            article.write_text(TITLE + text + "\n", encoding="utf-8")
            command = [part.replace("{file}", str(article)) for part in shlex.split(args.cmd)]
            run = subprocess.run(command, capture_output=True, text=True, check=False)
            if run.returncode != 0:
                failure = run.stderr.strip()
                print(f"{document['doc']}: the analyser failed: {failure}", file=sys.stderr)
                return 2
            predicted = json.loads(run.stdout)
            predicted = predicted.get("sentences", []) if isinstance(predicted, dict) else predicted
            gold = [
                {
                    "text": text[item["start"] : item["end"]],
                    "label": item["label"],
                    "also": item.get("also", []),
                }
                for item in document["sentences"]
            ]
            _tally_confidence(scorer, gold, predicted, args.low, by_confidence)
            gold_path = Path(tmp) / f"{document['doc']}.yaml"
            gold_path.write_text(yaml.safe_dump({"sentences": gold}, allow_unicode=True), "utf-8")
            pred_path = Path(tmp) / f"{document['doc']}.json"
            pred_path.write_text(json.dumps(predicted), encoding="utf-8")
            pairs += [(str(gold_path), str(pred_path))]
        flat = [path for pair in pairs for path in pair]
        status = scorer.main([*flat, *(["--json"] if args.json else [])])
    if not args.json:
        for low, name in ((True, f"below {args.low}"), (False, f"{args.low} or more")):
            right = by_confidence[low]
            share = f"{sum(right) / len(right):.3f}" if right else "-"
            print(f"confidence {name}: {len(right)} claim sentences, accuracy {share}")
    return status


def _tally_confidence(
    scorer: ModuleType,
    gold: list[dict],
    predicted: list[dict],
    low: float,
    tally: dict[bool, list[bool]],
) -> None:
    """Right or wrong per claim sentence, grouped by the matched prediction's confidence."""
    # The scorer's alignment, run on the predictions' positions instead of their labels.
    indexed = [{**p, "label": str(i)} for i, p in enumerate(predicted)]
    for item, match in zip(gold, scorer.align(gold, indexed), strict=True):
        if item["label"] == "none" or match == "missing":
            continue
        chosen = predicted[int(match)]
        right = chosen.get("label") in {item["label"], *item["also"]}
        tally[float(chosen.get("confidence", 1.0)) < low].append(right)


if __name__ == "__main__":
    sys.exit(main())
