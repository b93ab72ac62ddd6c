"""What a review session asks: each due item loaded as a card (a quiz question, or a practice
sentence with its key), judged by the same judges as the quiz and the practice screen."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tui.analysis import analyze_article
from tui.articles import ArticleError, load_article
from tui.library import article_entries, quiz_entries
from tui.practice import records
from tui.practice.judge import verdict
from tui.practice.keys import AnswerKey, load_key
from tui.practice.labels import label_words, parse_label
from tui.practice.review import PRACTICE, QUIZ, ReviewItem
from tui.quiz.grading import judge as judge_question
from tui.quiz.loader import LoaderError
from tui.quiz.model import Question, Quiz
from tui.quiz.validate import check_file
from tui.store import Store


@dataclass(frozen=True)
class QuizCard:
    """A quiz question missed before, asked again."""

    item: ReviewItem
    quiz: Quiz
    question: Question


@dataclass(frozen=True)
class SentenceCard:
    """A practice sentence labelled wrongly before, to label again (the one before it too,
    for context: "he said" needs its he)."""

    item: ReviewItem
    key: AnswerKey
    index: int

    @property
    def text(self) -> str:
        return self.key.sentences[self.index].text

    @property
    def before(self) -> str | None:
        return self.key.sentences[self.index - 1].text if self.index else None


Card = QuizCard | SentenceCard


@dataclass(frozen=True)
class ReviewAnswer:
    """The verdict on a review answer, the right answer in words, and why."""

    correct: bool
    right: str
    why: str


def _quiz_path(store: Store, quiz_id: str) -> Path | None:
    rows = store.read(
        "SELECT quiz_path FROM attempt WHERE quiz_id = ? AND quiz_path IS NOT NULL"
        " ORDER BY started_at DESC LIMIT 1",
        (quiz_id,),
    )
    if rows and Path(str(rows[0][0])).is_file():
        return Path(str(rows[0][0]))
    return next((e.path for e in quiz_entries() if e.path.stem == quiz_id), None)


def _article_path(store: Store, article_id: str) -> Path | None:
    rows = store.read(
        "SELECT article_path FROM practice_attempt WHERE article_id = ?"
        " AND article_path IS NOT NULL ORDER BY started_at DESC LIMIT 1",
        (article_id,),
    )
    if rows and Path(str(rows[0][0])).is_file():
        return Path(str(rows[0][0]))
    return next((e.path for e in article_entries() if e.id == article_id), None)


def prepare(store: Store, items: list[ReviewItem]) -> list[Card]:
    """A card per item, in the items' order; an item whose quiz, question, article or
    sentence is gone (or that its key no longer scores) is left out."""
    quizzes: dict[str, Quiz | None] = {}
    keys: dict[str, AnswerKey | None] = {}
    cards: list[Card] = []
    for item in items:
        if item.kind == QUIZ:
            if item.source not in quizzes:
                quizzes[item.source] = _load_quiz(store, item.source)
            quiz = quizzes[item.source]
            question = quiz.question(item.item) if quiz else None
            if quiz is not None and question is not None:
                cards.append(QuizCard(item, quiz, question))
        elif item.kind == PRACTICE:
            if item.source not in keys:
                keys[item.source] = _load_key(store, item.source)
            key = keys[item.source]
            index = _sentence_index(key, item.item) if key else None
            if key is not None and index is not None:
                cards.append(SentenceCard(item, key, index))
    return cards


def _load_quiz(store: Store, quiz_id: str) -> Quiz | None:
    path = _quiz_path(store, quiz_id)
    try:
        return check_file(path).quiz if path else None
    except LoaderError:
        return None


def _load_key(store: Store, article_id: str) -> AnswerKey | None:
    path = _article_path(store, article_id)
    try:
        return load_key(analyze_article(load_article(path, article_id))) if path else None
    except ArticleError:
        return None


def _sentence_index(key: AnswerKey, text: str) -> int | None:
    wanted = " ".join(text.split()).casefold()
    for index, sentence in enumerate(key.sentences):
        label = key.labels[index]
        if " ".join(sentence.text.split()).casefold() == wanted:
            return index if label is not None and label.label != "none" else None
    return None


def answer(store: Store, card: Card, response: str) -> ReviewAnswer:
    """Judge a review answer and keep it (it moves the item's schedule).

    A sentence card takes a label or its letter; the caller checks it with `parse_label`
    first, as the practice screen takes only those keys.
    """
    if isinstance(card, QuizCard):
        judgement = judge_question(card.question, response)
        right = (
            ", ".join(card.question.answers)
            if card.question.type == "multi"
            else (card.question.answer)
        )
        result = ReviewAnswer(judgement.correct, right, card.question.explain or "")
    else:
        label = parse_label(response)
        key_label = card.key.labels[card.index]
        assert label is not None and key_label is not None
        correct = verdict(label, key_label) == "agree"
        result = ReviewAnswer(correct, label_words(key_label.label), key_label.reason)
    records.record_review(
        store, card.item.kind, card.item.source, card.item.item, response, result.correct
    )
    return result
