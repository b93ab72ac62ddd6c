"""A starter quiz drafted from an article's key, for a teacher to review (`whosays draft`).

The key is the teacher's answer key (`NAME.labels.yaml` beside the article) when there is
one, else the analyser's labels. The draft asks what a teacher would: how a mix of
sentences is sourced (more of the anonymous and vague ones, which students find hardest,
and ones whose source is only "she" or "the report"), who said a claim (a named person,
the surname alone accepted), and which kind of sourcing the article leans on. Hints and
explanations come from the key's sources and the reader's teaching tips.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from tui.analysis import Analysis, Sentence
from tui.analysis.attribution import referred_source
from tui.analysis.teaching import CLAIM_LABELS, TIPS
from tui.practice.keys import key_path, load_key
from tui.quiz.linking import find_sentences
from tui.quiz.model import Examples, LinkedSentence, Question, Quiz
from tui.quiz.writer import quiz_yaml

#: Label questions per label, in the order they are most wanted (hardest first).
LABEL_QUOTA = {"anonymous": 2, "vague": 2, "unattributed": 2, "named": 2}
#: "Who says so?" questions at most.
WHO_QUESTIONS = 2
#: Words before a name that are a title or a role, not the name ("Mayor Elena Ruiz").
TITLES = frozenset(
    {"mayor", "councillor", "councilor", "dr", "mr", "mrs", "ms", "sen", "senator", "rep"}
    | {"president", "minister", "professor", "prof", "chief", "director", "governor", "judge"}
    | {"captain", "general", "gen", "lt", "col", "sir", "dame", "lord", "lady", "king", "queen"}
    | {"secretary", "spokesman", "spokeswoman", "spokesperson", "inspector", "superintendent"}
)
#: Words that make a capitalised phrase an organisation or a document, not a person.
ORGANISATION_WORDS = frozenset(
    {"authority", "council", "department", "ministry", "commission", "university", "company"}
    | {"association", "agency", "office", "bureau", "institute", "chamber", "service", "police"}
    | {"court", "board", "committee", "party", "group", "times", "journal", "news", "post"}
    | {"report", "study", "inc", "ltd", "corp", "bank", "union", "trust", "foundation", "club"}
    | {"government", "army", "force", "forces", "school", "hospital", "centre", "center"}
)
#: A first word that makes a capitalised phrase a group ("Afghan Taliban"), not a name.
NATIONALITIES = frozenset(
    {"afghan", "american", "british", "chinese", "french", "german", "iranian", "iraqi"}
    | {"israeli", "palestinian", "russian", "syrian", "turkish", "ukrainian", "indian"}
    | {"pakistani", "european", "african", "asian", "western", "eastern", "northern"}
)
#: The sourcing-mix question's choices, per label.
MIX_CHOICES = {
    "named": "sources it names",
    "anonymous": "sources it leaves unnamed",
    "vague": "vague attributions (reports say, critics say)",
    "unattributed": "no source at all",
}
#: Sources that point back ("she", "the report"): harder, and never a name to type.
POINTING_BACK = frozenset({"he", "she", "they", "it", "we", "his", "her", "their"})


@dataclass(frozen=True)
class KeyedSentence:
    """A claim sentence of the article as the key labels it (and the analysed sentence)."""

    sentence: Sentence
    label: str
    also: tuple[str, ...] = ()
    source: str | None = None
    cue: str | None = None
    reason: str = ""


def answer_key_file(article_path: Path) -> Path | None:
    """The teacher's answer key beside the article (`NAME.labels.yaml`), if there is one."""
    path = key_path(article_path)
    return path if path.is_file() else None


def article_key(analysis: Analysis) -> tuple[list[KeyedSentence], str]:
    """The claim sentences as keyed, and where the key came from ("answer key" or
    "analyser"), read by practice's key loader (the one reader of answer keys)."""
    key = load_key(analysis)
    keyed = [
        KeyedSentence(
            sentence,
            keyed.label,
            tuple(label for label in keyed.also if label in CLAIM_LABELS),
            keyed.source,
            keyed.cue,
            keyed.reason,
        )
        for sentence, keyed in zip(key.sentences, key.labels, strict=True)
        if keyed is not None and keyed.label in CLAIM_LABELS
    ]
    return keyed, key.kind


#: Words a fragment should not end on ("... withdrawal of American forces in").
_DANGLING = frozenset({"a", "an", "the", "in", "of", "to", "for", "and", "on", "that", "with"})


def _fragment(sentence: Sentence, analysis: Analysis) -> str | None:
    """The shortest start of the sentence (from 12 words) that names only this sentence."""
    words = " ".join(sentence.text.split()).split(" ")
    for count in (12, 20, len(words)):
        while count < len(words) and words[count - 1].casefold() in _DANGLING:
            count += 1
        fragment = " ".join(words[:count])
        if len(find_sentences(fragment, analysis.sentences)) == 1:
            return fragment
    return None


def _difficulty(item: KeyedSentence) -> int:
    """Higher is harder for students: a source that only points back, a quotation whose
    speaker is in another sentence, an anonymous or vague source, a claim in quotes with
    no source."""
    score = {"anonymous": 2, "vague": 2, "unattributed": 1, "named": 0}[item.label]
    source = (item.source or "").casefold()
    if source in POINTING_BACK or source.startswith(("the report", "the study", "the statement")):
        score += 2
    if item.sentence.quote and item.cue is None:
        score += 1
    if item.also:
        score -= 1  # a sentence careful readers label two ways makes a poor test item
    length = len(item.sentence.text)
    return score - (3 if length < 40 or length > 260 else 0)


def _explain(item: KeyedSentence) -> str:
    source = " ".join((item.source or "").split())
    earlier = referred_source(item.sentence)
    if item.label == "named" and earlier and source:
        said = f"“{source}” points back to {earlier}, named earlier in the article."
    elif item.label == "named":
        said = f"“{source}” is identified by name." if source else "The source is named."
    elif item.label == "anonymous":
        said = (
            f"“{source}” is a specific source the article does not name."
            if source
            else "The source is specific, but the article does not name it."
        )
    elif item.label == "vague":
        what = item.cue or source
        said = f"“{what}” points at no one you could check." if what else "It names no one."
    else:
        said = "No one is given for this claim: the article states it as fact."
    return f"{said} {TIPS[item.label]}"


def _hint(item: KeyedSentence) -> str:
    if item.label == "unattributed":
        return "Look for a reporting word (said, according to, reportedly). Is there one?"
    if item.cue:
        return f"Who is behind '{' '.join(item.cue.split())}'? Could you look them up?"
    return "Who is speaking? Could you look them up?"


def _label_questions(keyed: list[KeyedSentence], analysis: Analysis) -> list[tuple[int, Question]]:
    chosen: list[tuple[int, Question]] = []
    for label, quota in LABEL_QUOTA.items():
        candidates = sorted(
            (item for item in keyed if item.label == label),
            key=lambda item: (-_difficulty(item), item.sentence.start),
        )
        for item in candidates[:quota]:
            fragment = _fragment(item.sentence, analysis)
            if fragment is None:
                continue
            question = Question(
                id="label",
                type="label",
                prompt="How is this claim sourced?",
                answers=(item.label, *item.also),
                sentence=LinkedSentence(fragment, item.sentence.start, item.sentence.end),
                hint=_hint(item),
                explain=_explain(item),
            )
            chosen.append((item.sentence.start, question))
    return chosen


def person_name(source: str) -> str | None:
    """The person's name in a source ("Mayor Elena Ruiz, 54," -> "Elena Ruiz"), or None
    when the source is not a person named in full (an office, a report, "she")."""
    head = re.split(r"[,(]", " ".join(source.split()), maxsplit=1)[0]
    words = head.split(" ")
    name: list[str] = []
    for word in reversed(words):
        bare = word.strip(".'’")
        if not bare[:1].isupper() or bare.casefold().rstrip("s") in TITLES or "'" in word:
            break
        name.insert(0, word)
    while name and name[0].strip(".").casefold() in TITLES:
        name.pop(0)
    if not 2 <= len(name) <= 4:
        return None
    if any((w.isupper() and len(w) > 1) or w.casefold() in ORGANISATION_WORDS for w in name):
        return None  # an acronym or "Transport Authority": an organisation, not a person
    if name[0].casefold() in NATIONALITIES | _DANGLING:
        return None  # "Afghan Taliban", "The Taliban": a group
    before = words[len(words) - len(name) - 1].casefold() if len(words) > len(name) else ""
    if before in _DANGLING | {"by", "at", "from"}:
        return None  # "the United Nations", "Institute for Child Health": not a person
    return " ".join(name)


def _surname_alone(name: str, text: str) -> bool:
    """Whether the text refers to `name` by the surname alone somewhere."""
    first, surname = " ".join(name.split()[:-1]), name.split()[-1]
    alone = re.finditer(rf"\b{re.escape(surname)}\b", text)
    return any(not text[: m.start()].rstrip().endswith(first) for m in alone)


def _who_questions(keyed: list[KeyedSentence], analysis_text: str) -> list[tuple[int, Question]]:
    """'Who said ...?' with the speaker blanked out of a sentence that names them."""
    people: dict[str, list[KeyedSentence]] = {}
    for item in keyed:
        if item.label == "named" and item.source and (name := person_name(item.source)):
            people.setdefault(name, []).append(item)
    text = " ".join(analysis_text.split())
    # News names a person in full once, then by surname ("Quint told reporters"); a company
    # is named in full each time ("Northsea Lines"). Only people make a "who" question.
    people = {name: items for name, items in people.items() if _surname_alone(name, text)}
    ranked = sorted(people, key=lambda name: -len(people[name]))
    surnames = {name: name.split()[-1] for name in ranked}
    questions: list[tuple[int, Question]] = []
    for name in ranked:
        if len(questions) == WHO_QUESTIONS:
            break
        surname = surnames[name]
        others = [surnames[other] for other in ranked if surnames[other] != surname]
        if sum(surnames[other] == surname for other in ranked) > 1:
            continue  # two people of one surname: the surname alone names neither
        item = next((i for i in people[name] if name in " ".join(i.sentence.text.split())), None)
        if item is None or item.source is None:
            continue
        # The name alone is blanked (its title too), so a description stays as a clue.
        blanked = _blank_name(" ".join(item.sentence.text.split()), name)
        if surname.casefold() in blanked.casefold():
            continue  # the name is still in the sentence: the question would answer itself
        accept = [surname]
        if item.source != name and "," not in item.source and len(item.source) < 60:
            accept.append(" ".join(item.source.split()))
        questions.append(
            (
                item.sentence.start,
                Question(
                    id="who",
                    type="short",
                    prompt=f"Type the name that fills the blank: {blanked}",
                    answers=(name, *accept),
                    reject=tuple(others[:3]),
                    hint="Find the sentence in the article (Ctrl+O): the name stands at the blank.",
                    explain=f"{name} is named, so the claim can be traced to a person. "
                    + TIPS["named"],
                    examples=Examples(
                        right=(surname.casefold(), name.casefold()),
                        wrong=tuple(others[:2]) or ("the reporter",),
                    ),
                ),
            )
        )
    return questions


def _blank_name(sentence: str, name: str) -> str:
    """The sentence with `name`, and a title just before it ("Mayor"), as a blank."""
    words = sentence.replace(name, "\0").split(" ")
    kept: list[str] = []
    for word in words:
        if "\0" in word and kept and kept[-1].strip(".").casefold() in TITLES:
            kept.pop()
        kept.append(word.replace("\0", "_____"))
    return " ".join(kept)


def _mix_question(keyed: list[KeyedSentence]) -> Question | None:
    """Which kind of sourcing the article uses most; None when two kinds tie."""
    counts = Counter(item.label for item in keyed)
    ranked = counts.most_common()
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    label = ranked[0][0]
    total = sum(counts.values())
    detail = ", ".join(f"{counts[name]} {name}" for name in CLAIM_LABELS)
    return Question(
        id="sourcing-mix",
        type="choice",
        prompt="Which kind of sourcing do most of this article's claims have?",
        # Worded apart from the label names, so the choice letters (a, b, c ...) are not
        # taken for the reader's label initials (a = anonymous).
        choices=tuple(MIX_CHOICES[name] for name in CLAIM_LABELS),
        answers=(MIX_CHOICES[label],),
        hint="Open the article (Ctrl+O) and count roughly as you read.",
        explain=f"Of its {total} claims: {detail}. A story that leans on "
        f"{label} claims asks something of its reader: {TIPS[label]}",
    )


@dataclass(frozen=True)
class Draft:
    """A drafted quiz and where its key came from."""

    quiz: Quiz
    key_kind: str


def draft_quiz(analysis: Analysis, article_ref: str) -> Draft:
    """A starter quiz on the analysed article; `article_ref` is what `article:` will say."""
    keyed, kind = article_key(analysis)
    found = _label_questions(keyed, analysis) + _who_questions(keyed, analysis.article.text)
    questions = []
    counts: Counter[str] = Counter()
    for _start, question in sorted(found, key=lambda pair: pair[0]):
        prefix = question.id
        counts[prefix] += 1  # numbered in reading order: label-1 comes first in the article
        questions.append(replace(question, id=f"{prefix}-{counts[prefix]}"))
    mix = _mix_question(keyed)
    if mix is not None:
        questions.append(mix)
    title = " ".join(analysis.article.title.split())
    quiz = Quiz(
        # Marked in the title, which every quiz list shows, until a teacher has reviewed it.
        title=f"{DRAFT_MARK}Who says so? {title}",
        description=f"Sourcing in “{title}”. Read the article first, then answer.",
        article=article_ref,
        questions=tuple(questions),
    )
    return Draft(quiz, kind)


#: Before a draft's title: students see which quiz in their list no teacher has reviewed.
DRAFT_MARK = "Draft: "


def draft_header(draft: Draft, article_name: str) -> str:
    """The comment at the top of a draft: what it is, and that a teacher must review it."""
    key = (
        "your answer key"
        if draft.key_kind == "answer key"
        else "the analyser's labels (a machine: it can be wrong)"
    )
    return (
        f"DRAFT from whosays draft, on {article_name}, using {key}.\n"
        "A teacher must review every question before students take it: check each label\n"
        "and name against the article, reword what reads oddly, delete what you do not want,\n"
        f"and take '{DRAFT_MARK.strip()}' off the title. Then run: whosays check THIS-FILE"
    )


class DraftError(Exception):
    """A draft that cannot be written (the file exists, the folder cannot be written)."""


def draft_target(article_path: Path, folder: Path) -> Path:
    """A new file in `folder` for a draft on this article: NAME-draft.yaml, -2, -3 ..."""
    stem = article_path.stem
    target = folder / f"{stem}-draft.yaml"
    number = 2
    while target.exists():
        target = folder / f"{stem}-draft-{number}.yaml"
        number += 1
    return target


def article_reference(article_path: Path, quiz_folder: Path | None) -> str:
    """What `article:` says: the library file name, else a path relative to the quiz."""
    from tui.library import article_entries

    resolved = article_path.resolve()
    if any(entry.path.resolve() == resolved for entry in article_entries()):
        return article_path.name
    if quiz_folder is None:
        return str(resolved)
    return os.path.relpath(resolved, quiz_folder.resolve())


def _same_draft(folder: Path, text: str) -> Path | None:
    """A quiz file in `folder` with exactly this text (a draft made again, never edited):
    writing it twice listed the same quiz twice for students."""
    if not folder.is_dir():
        return None
    for path in sorted(folder.glob("*.yaml")):
        try:
            if path.read_text(encoding="utf-8") == text:
                return path
        except (OSError, UnicodeDecodeError):
            continue
    return None


def write_draft(analysis: Analysis, target: Path | None) -> tuple[str, Draft]:
    """The draft's YAML, written to `target` (never over an existing file) unless None."""
    path = analysis.article.path
    assert path is not None
    reference = article_reference(path, target.parent if target is not None else None)
    draft = draft_quiz(analysis, reference)
    text = quiz_yaml(draft.quiz, draft_header(draft, path.name))
    if target is None:
        return text, draft
    same = None if target.exists() else _same_draft(target.parent, text)
    if same is not None:
        raise DraftError(f"{same}: the same draft is there already, unedited; edit that one")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        raise DraftError(
            f"{target}: already exists (your edits?); choose another name with -o"
        ) from None
    except OSError as error:
        raise DraftError(f"{target}: cannot write: {error.strerror or error}") from None
    return text, draft
