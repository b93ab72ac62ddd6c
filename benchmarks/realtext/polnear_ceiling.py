"""How far PolNeAR's sentence macro F1 could move if the analyser caught every sentence whose
PolNeAR cue is a speech verb, without reading a sentence: counts only, no text printed.

    PYTHONPATH=. python benchmarks/realtext/polnear_ceiling.py [--split dev] [--eval ../shared/eval]

PolNeAR marks beliefs, plans, wishes and actions as attributions too ("Clinton wants ...",
"Trump endorsed ..."), which whosays's guideline labels unattributed. This script splits the
sentences PolNeAR marks and the analyser leaves unattributed by the words of PolNeAR's cue:
a verb from whosays's own speech lexicons ("said", "told", "claimed", "according to") or
anything else (belief, plan, action, no cue). It prints the split's macro F1 now and what it
would be if all, half or a quarter of the speech-verb misses were caught, so a note can say
how much of the gap is left to rules for speech and how much is a difference of scheme.
The speech-verb group is an upper bound on real misses: it still holds the main-clause
rule's subordinate reports, poll answers ("47 percent said ...") and "declined to comment".
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from polnear_misses import HERE, load, matched

from tui.analysis import cues

# Verbs of belief and wish in the clause-verb list: PolNeAR counts them, the guideline not.
_BELIEFS = ("believ", "think", "thought", "expect", "hope", "fear", "worr", "suspect", "want")

SPEECH = (
    cues.SPEECH_VERBS
    | {form for form in cues.CLAUSE_VERBS if not form.startswith(_BELIEFS)}
    | cues.OBJECT_SPEECH_VERBS
    | cues.QUESTION_VERBS
    | cues.DENIAL_VERBS
    | cues.ACCUSATION_VERBS
    | {"according"}
)


def macro_f1(counts: Counter[tuple[bool, bool]]) -> float:
    """Mean of the attributed and unattributed F1 from (marked, said) counts."""
    tp, fp = counts[(True, True)], counts[(False, True)]
    fn, tn = counts[(True, False)], counts[(False, False)]
    attributed = 2 * tp / (2 * tp + fp + fn)
    unattributed = 2 * tn / (2 * tn + fn + fp)
    return (attributed + unattributed) / 2


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--eval", type=Path, default=HERE.parents[2] / "shared" / "eval")
    parser.add_argument("--split", choices=("dev", "train"), default="dev")
    args = parser.parse_args()
    documents, gold = load(args.eval / "polnear", args.split, set())
    counts: Counter[tuple[bool, bool]] = Counter()
    missed: Counter[str] = Counter()
    evidence: Counter[str] = Counter()
    for found in matched(documents, gold):
        counts[(found.marked, found.said)] += 1
        if found.marked and not found.said:
            words = {w for cue in found.cues for w in re.findall(r"[a-z]+", cue)}
            kind = "speech verb" if words & SPEECH else "other cue" if words else "no cue"
            missed[kind] += 1
            if kind == "speech verb" and found.chosen is not None:
                evidence[found.chosen.evidence] += 1
    speech = missed["speech verb"]
    print(f"split={args.split} articles={len(documents)} sentences={sum(counts.values())}")
    print(f"(marked, said) counts: {dict(counts)}")
    print(f"marked but left unattributed, by PolNeAR's cue: {dict(missed)}")
    print(f"the speech-verb misses by the analyser's evidence: {dict(evidence)}")
    print(f"sentence macro F1 now: {macro_f1(counts):.3f}")
    for share in (1.0, 0.5, 0.25):
        fixed = int(speech * share)
        moved = counts.copy()
        moved[(True, True)] += fixed
        moved[(True, False)] -= fixed
        print(f"... with {share:.0%} of the speech-verb misses caught: {macro_f1(moved):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
