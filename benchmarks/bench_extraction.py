"""How well `whosays import` finds the article body in real saved news pages.

    python benchmarks/bench_extraction.py PAGES_FOLDER [--show NAME]

PAGES_FOLDER holds one folder per page: `source.html` (the page as saved), `reference.txt`
(the article body, hand-checked: one paragraph a line) and optionally `metadata.json` (its
`url`). The pages belong to their publishers, so they are kept outside the repository.

How the set used in the notes was built (/work/extraction-pages on the build machine, whose
README.txt says what was changed in each reference): this machine reaches no web site, so no
page could be saved from a browser. The real saved pages that could be had come from two
source distributions: 37 pages from 32 outlets.
- newspaper4k 0.9.6 (tests/data/html, with its expected texts in tests/data/txt): 22 pages
  from 18 outlets (CNN, CNN Arabic, TIME, WIRED, FOX 13, cleveland.com, Yonhap, Xinhua,
  China Daily, Nikkei, AFPBB, BBC Burmese, Prachatai, Ultima Hora, ONE Esports, Sott.net,
  LinkNaija, a Latvian site), one duplicate page dropped. Each reference started as
  newspaper4k's expected text and was checked by hand against the page wherever it, whosays
  or trafilatura disagreed.
- trafilatura 0.9.3 (tests/cache): 15 English pages from 14 outlets (The Guardian, Reuters,
  Nature, Phys.org, Threatpost, Salon, Vancouver Sun, VICE, The Verge, Boing Boing, National
  Geographic UK, South China Morning Post, KnowTechie, DW), references written by hand from
  the page before either extractor was run on it. trafilatura's authors used these pages in
  their own tests, which can only favour trafilatura's defaults (and whosays, built on them).
The rule applied everywhere: the reference is the article's own text (headline excluded; a
standfirst under it, subheadings, lists and quotes included); captions, photo credits,
bylines, datelines of the page, editors' notes about the page, author bios, "Read more"
links, related lists, share and newsletter boxes, comments and advertisements are not the
body.

The metric is the one the public article-extraction benchmarks use: precision, recall and
F1 of the sets of 4-word shingles (lower-cased words; in Chinese, Japanese, Thai and
Burmese each character is a word) of the extracted body against the reference, averaged
over the pages. whosays (trafilatura with our options and clean-up, as imported) is
compared with trafilatura's defaults (`trafilatura.extract(page)`) on the same pages.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

# Words, or single characters of scripts written without spaces between words.
_TOKEN = re.compile(
    r"[\u0e00-\u0e7f\u1000-\u109f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W_]+", re.UNICODE
)
SHINGLE = 4


def shingles(text: str) -> set[tuple[str, ...]]:
    """The set of 4-token shingles of a text (a text shorter than that is one shingle)."""
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < SHINGLE:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1)}


def score(extracted: str, reference: str) -> tuple[float, float, float]:
    """(precision, recall, F1) of the extracted text's shingles against the reference's."""
    found, wanted = shingles(extracted), shingles(reference)
    if not found and not wanted:
        return 1.0, 1.0, 1.0
    common = len(found & wanted)
    precision = common / len(found) if found else 0.0
    recall = common / len(wanted) if wanted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def ours(data: bytes, url: str | None) -> str:
    """The body whosays saves: extraction, clean-up, Markdown, read back as shown."""
    from tui.articles import ArticleError, parse_article
    from tui.webpage.markdown_out import page_markdown
    from tui.webpage.reading import page_from_bytes

    try:
        page = page_from_bytes(data, url=url)
    except ArticleError:
        return ""
    return parse_article(page_markdown(page), "bench").body


def library_defaults(data: bytes, url: str | None) -> str:
    """trafilatura with every option at its default, on the same bytes."""
    import trafilatura

    return trafilatura.extract(data, url=url) or ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("folder", type=Path, help="one folder per page (see the docstring)")
    parser.add_argument("--show", metavar="NAME", help="print both extractions of one page")
    args = parser.parse_args(argv)
    pages = sorted(p for p in args.folder.iterdir() if (p / "reference.txt").is_file())
    if not pages:
        print(f"{args.folder}: no page folders with source.html and reference.txt")
        return 2
    import trafilatura  # noqa: F401  (imported before timing: both sides share the cost)

    rows = []
    timing = {"whosays": 0.0, "defaults": 0.0}
    for page in pages:
        data = (page / "source.html").read_bytes()
        reference = (page / "reference.txt").read_text("utf-8")
        meta_path = page / "metadata.json"
        url = json.loads(meta_path.read_text("utf-8")).get("url") if meta_path.exists() else None
        started = time.perf_counter()
        mine = ours(data, url or None)
        timing["whosays"] += time.perf_counter() - started
        started = time.perf_counter()
        theirs = library_defaults(data, url or None)
        timing["defaults"] += time.perf_counter() - started
        if args.show == page.name:
            print(f"--- whosays ---\n{mine}\n--- defaults ---\n{theirs}\n")
        rows.append((page.name, score(mine, reference), score(theirs, reference)))
    width = max(len(row[0]) for row in rows)
    print(
        f"{'page':<{width}} {'whosays P':>9} {'R':>6} {'F1':>6}   "
        f"{'defaults P':>10} {'R':>6} {'F1':>6}"
    )
    for name, (p1, r1, f1), (p2, r2, f2) in rows:
        print(
            f"{name:<{width}} {p1:>9.3f} {r1:>6.3f} {f1:>6.3f}   {p2:>10.3f} {r2:>6.3f} {f2:>6.3f}"
        )
    for label, summary in (("mean", statistics.mean), ("median", statistics.median)):
        mine = [summary(row[1][i] for row in rows) for i in range(3)]
        theirs = [summary(row[2][i] for row in rows) for i in range(3)]
        print(
            f"{label:<{width}} {mine[0]:>9.3f} {mine[1]:>6.3f} {mine[2]:>6.3f}   "
            f"{theirs[0]:>10.3f} {theirs[1]:>6.3f} {theirs[2]:>6.3f}"
        )
    print(
        f"\n{len(rows)} pages; extraction time whosays {timing['whosays']:.2f} s, "
        f"defaults {timing['defaults']:.2f} s (same run)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
