"""List the analyser's misses on PolNeAR's train split by PolNeAR's own marks, to find the
shapes it misses, leaving out every article of the development and held-out sets.

    PYTHONPATH=. python benchmarks/realtext/polnear_misses.py [--eval ../shared/eval]
        [--kind fn|fp|source] [--limit N] [--offset K] [--cues]

Runs `tui.analysis.analyze` in process on each train article not named in
`polnear_train_labels.jsonl` or `polnear_train_heldout.jsonl` (so those stay measurements),
matches PolNeAR's sentences to the analysed ones by word overlap (as `polnear_score.py`
does) and prints, for the kind asked: sentences PolNeAR marks attributed that the analyser
leaves unattributed (fn), sentences it marks attributed that PolNeAR does not (fp), or
sources it gives that no PolNeAR source overlaps (source). `--cues` prints instead how often
each PolNeAR cue word stands in the missed sentences: speech verbs are real misses, verbs of
belief, plan or action are scheme differences. The texts are printed, never stored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tui.analysis import Sentence, analyze

HERE = Path(__file__).resolve().parent
PROTECTED = ("polnear_train_labels.jsonl", "polnear_train_heldout.jsonl")
ATTRIBUTED = {"named", "anonymous", "vague"}


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.casefold()))


def _protected_ids() -> set[str]:
    """The documents of the development and held-out sets: never mined."""
    ids: set[str] = set()
    for name in PROTECTED:
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            ids.add(json.loads(line)["doc"])
    return ids


@dataclass(frozen=True)
class Matched:
    """One PolNeAR sentence beside the analysed sentence sharing most of its words."""

    document: dict
    item: dict
    chosen: Sentence | None
    cues: list[str]

    @property
    def marked(self) -> bool:
        """Whether PolNeAR marks an attribution in the sentence."""
        return self.item["label"] != "none"

    @property
    def said(self) -> bool:
        """Whether the analyser labels the sentence attributed."""
        return self.chosen is not None and self.chosen.label in ATTRIBUTED


def load(data: Path, split: str, skip: set[str]) -> tuple[list[dict], dict[str, list[dict]]]:
    """A split's articles (those in `skip` left out) and PolNeAR's sentences per article."""
    gold: dict[str, list[dict]] = {}
    sentences = data / f"polnear_sentences_{split}.jsonl"
    for line in sentences.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold.setdefault(record["doc"], []).append(record)
    documents = [
        json.loads(line)
        for line in (data / f"polnear_{split}.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    return [d for d in documents if d["id"] not in skip], gold


def matched(documents: list[dict], gold: dict[str, list[dict]]) -> Iterator[Matched]:
    """Each PolNeAR sentence of the articles, matched by word overlap (as `polnear_score.py`
    does) to an analysed sentence, with PolNeAR's cues that stand inside it."""
    for document in documents:
        analysed = analyze(document["text"])
        by_id = {a["id"]: a for a in document["attributions"]}
        for item in gold.get(document["id"], []):
            want = _words(item["text"])
            total = sum(want.values()) or 1
            best, chosen = 0.0, None
            for sentence in analysed:
                if sentence.end <= item["start"] or sentence.start >= item["end"]:
                    continue
                shared = sum((want & _words(sentence.text)).values()) / total
                if shared > best:
                    best, chosen = shared, sentence
            # The cues standing inside this sentence (a content may run over several).
            cues = [
                by_id[i]["cue"]["text"].lower()
                for i in item["attribution_ids"]
                if by_id[i].get("cue")
                and item["start"] <= by_id[i]["cue"]["spans"][0][0] < item["end"]
            ]
            yield Matched(document, item, chosen, cues)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--eval", type=Path, default=HERE.parents[2] / "shared" / "eval")
    parser.add_argument("--kind", choices=("fn", "fp", "source"), default="fn")
    parser.add_argument("--limit", type=int, default=200, help="articles to read")
    parser.add_argument("--offset", type=int, default=0, help="articles to skip first")
    parser.add_argument("--cues", action="store_true", help="count PolNeAR's cue words")
    args = parser.parse_args()
    documents, gold = load(args.eval / "polnear", "train", _protected_ids())
    documents = documents[args.offset : args.offset + args.limit]
    cue_words: Counter[str] = Counter()
    counts = Counter()
    for found in matched(documents, gold):
        document, item, chosen = found.document, found.item, found.chosen
        marked, said = found.marked, found.said
        counts[(marked, said)] += 1
        if args.kind == "fn" and marked and not said:
            cue_words.update(found.cues or ["(no cue in the sentence)"])
            if not args.cues:
                print(f"FN {document['id']} | cues={found.cues} | {item['text']}")
        elif args.kind == "fp" and said and not marked and chosen is not None:
            if not args.cues:
                print(
                    f"FP {document['id']} | {chosen.label} {chosen.cue and chosen.cue.text}"
                    f" | {item['text']}"
                )
        elif args.kind == "source" and chosen is not None and chosen.source is not None:
            sources = [
                tuple(a["source"]["spans"][0]) for a in document["attributions"] if a.get("source")
            ]
            span = (chosen.source.start, chosen.source.end)
            missed = not any(a < span[1] and span[0] < b for a, b in sources)
            if chosen.source.text and missed and not args.cues:
                print(
                    f"SRC {document['id']} | {chosen.source.text!r} ({chosen.label})"
                    f" | {item['text']}"
                )
    if args.cues:
        for word, count in cue_words.most_common(80):
            print(f"{count:5d} {word}")
    print(f"articles={len(documents)} (gold attributed, predicted attributed): {dict(counts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
