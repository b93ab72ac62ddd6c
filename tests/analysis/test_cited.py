"""The sources panel's list: each source counted once, who is only mentioned, vague 'who'."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tui.analysis import analyze_article
from tui.analysis.cited import cited_sources, mentioned, name_and_role, vague_who
from tui.articles import load_article, parse_article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
KEYS = sorted(SEEDS.glob("*.labels.yaml"))
PRONOUNS = {"he", "she", "it", "they", "i", "we"}


def _counts(text: str) -> dict[str, int]:
    cited = cited_sources(analyze_article(parse_article(text, "t")))
    return {source.name: source.count for group in cited.values() for source in group}


def test_a_surname_later_is_the_person_named_in_full_before() -> None:
    """ "Rahmatullah Nabil, former head of ..." and "Nabil" are one source, cited twice."""
    text = (
        "Spies Join Daesh\n\n"
        "Rahmatullah Nabil, former head of the spy agency, told the paper that recruits were"
        " leaving. Nabil said the pay was better.\n"
    )
    cited = cited_sources(analyze_article(parse_article(text, "t")))["named"]
    assert [(s.name, s.count, s.role) for s in cited] == [
        ("Rahmatullah Nabil", 2, "former head of the spy agency")
    ]


def test_a_title_and_surname_is_the_person_named_with_a_role() -> None:
    """ "managing director Nigel Featham" and "Mr. Featham" are one source."""
    text = (
        "Mill Closes\n\n"
        "The mill will close, said managing director Nigel Featham. Mr. Featham said the"
        " orders had dried up.\n"
    )
    assert _counts(text) == {"managing director Nigel Featham": 2}


def test_two_people_sharing_a_surname_stay_two() -> None:
    """ "Bill Clinton" and "Hillary Clinton" are not merged by their surname."""
    text = "Title\n\nBill Clinton said the deal was fair. Hillary Clinton said it was not.\n"
    assert _counts(text) == {"Bill Clinton": 1, "Hillary Clinton": 1}


def test_a_swallowed_description_is_trimmed_to_the_source() -> None:
    """The sentence's opening description is not part of the source."""
    assert name_and_role(
        "a music streaming service, two people familiar with the investigation"
    ) == ("two people familiar with the investigation", "")
    assert name_and_role("the trust's chair, Mo Adeyemi") == ("Mo Adeyemi", "the trust's chair")
    assert name_and_role("The memo, written by the director") == (
        "The memo",
        "written by the director",
    )


@pytest.mark.parametrize(
    ("cue", "who"),
    [
        ("There are fears", "fears"),
        ("reportedly", "reports"),
        ("It is believed", "beliefs"),
        ("Critics argue", "Critics"),
        ("Some estimates", "estimates"),
    ],
)
def test_vague_entries_say_who_is_vaguely_cited(cue: str, who: str) -> None:
    """The panel lists what a vague sentence leans on, not the cue phrase."""
    assert vague_who(cue) == who


def test_a_name_in_the_story_that_is_never_a_source_is_mentioned() -> None:
    """An actor the story names is listed apart from the sources it cites."""
    text = "Title\n\nThe Harbour Board closed the pier on Monday. Ada Brent said it was unsafe.\n"
    analysis = analyze_article(parse_article(text, "t"))
    assert mentioned(analysis) == ["The Harbour Board"]
    assert [s.name for s in cited_sources(analysis)["named"]] == ["Ada Brent"]


@pytest.mark.parametrize("key", KEYS, ids=lambda p: p.name[:3])
def test_every_person_in_a_bundled_key_is_one_source(key: Path) -> None:
    """For each bundled article, every source its answer key names by a surname is one entry
    in the list (full name and surname together), cited at least as often as the key cites
    that surname."""
    reference = yaml.safe_load(key.read_text(encoding="utf-8"))["sentences"]
    article = load_article(SEEDS / key.name.replace(".labels.yaml", ".txt"))
    cited = cited_sources(analyze_article(article))
    entries = [s for group in cited.values() for s in group]
    by_key: dict[str, int] = {}
    for item in reference:
        phrase = item.get("source")
        if not phrase or phrase.lower() in PRONOUNS:
            continue
        name, _role = name_and_role(phrase)
        surname = [w.strip(".,") for w in name.split() if w[:1].isupper()][-1:]
        if surname and not name[:1].islower() and len(name.split()) <= 4:
            by_key[surname[0].casefold()] = by_key.get(surname[0].casefold(), 0) + 1
    for surname, count in by_key.items():
        holders = [s for s in entries if s.key == surname]
        if not holders:
            continue  # a source the analyser words differently ("The report" and the like)
        assert len(holders) == 1, (surname, [h.name for h in holders])
        assert holders[0].count >= count, (surname, holders[0].name, holders[0].count, count)


def test_an_age_is_no_description_and_a_vague_source_is_said_to_be_no_one() -> None:
    """ "Mr. Jonas Petit, 71," is a name with no description (an age describes no one), and
    a vague source ("beliefs", "hearsay") is described as no one named, never left to read as
    a name."""
    text = (
        "Harbour plan\n\nMr. Jonas Petit, 71, said the harbour had been dredged twice. "
        "According to hearsay, the ferry will stop in May. "
        "It is widely believed that the mayor will resign.\n"
    )
    cited = cited_sources(analyze_article(parse_article(text, "t")))
    assert [(s.name, s.role) for s in cited["named"]] == [("Mr. Jonas Petit", "")]
    assert [(s.name, s.role) for s in cited["vague"]] == [
        ("hearsay", "no one named"),
        ("beliefs", "no one named: “It is widely believed”"),
    ]
    assert name_and_role("Jonas Petit, 71, a retired fisherman") == (
        "Jonas Petit",
        "a retired fisherman",
    )


def test_a_capitalised_modifier_or_a_description_is_not_listed_as_mentioned() -> None:
    """'The Tarn caucuses were ...' names no actor and 'The Tarn senator' describes someone
    named elsewhere: the list keeps the people and bodies the story names."""
    text = (
        "Title\n\nThe Tarn caucuses were closely divided. The Tarn senator succeeded. "
        "The Harbour Board closed the pier on Monday. Ada Brent said it was unsafe.\n"
    )
    analysis = analyze_article(parse_article(text, "t"))
    assert mentioned(analysis) == ["The Harbour Board"]
