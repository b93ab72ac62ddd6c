"""One practice attempt at an article: labels kept as they are given, resumed, then checked.

The screen holds no rules: it calls these methods and shows what they return. Every label
is written to the store at once (StoreError reaches the caller after the label is kept in
memory, so a full disk never loses what is on screen).
"""

from __future__ import annotations

from tui.practice import records
from tui.practice.judge import PracticeResult, judge
from tui.practice.keys import AnswerKey
from tui.store import Store


def _squeeze(text: str) -> str:
    return " ".join(text.split()).casefold()


class PracticeSession:
    """The labels of one attempt (sentence index -> label) and, once checked, the result."""

    def __init__(self, store: Store, key: AnswerKey) -> None:
        self.store = store
        self.key = key
        self.attempt_id: int | None = None
        self.answers: dict[int, str] = {}
        self.result: PracticeResult | None = None
        self.disputes: dict[int, str] = {}

    @classmethod
    def resume_or_start(cls, store: Store, key: AnswerKey) -> PracticeSession:
        """The article's unchecked attempt with its labels, or a new (not yet stored) one.

        Labels are matched to sentences by their text, so an attempt survives a change in
        how the analyser splits sentences; a label whose sentence is gone is dropped.
        """
        session = cls(store, key)
        attempt = records.unfinished_attempt(store, key.article.id)
        if attempt is None:
            return session
        session.attempt_id = attempt.id
        where = {_squeeze(s.text): i for i, s in enumerate(key.sentences)}
        for answer in records.answers(store, attempt.id):
            index = where.get(_squeeze(answer.text))
            if index != answer.sentence:
                records.save_label(store, attempt.id, answer.sentence, answer.text, None)
                if index is not None:
                    records.save_label(store, attempt.id, index, answer.text, answer.label)
            if index is not None and answer.label:
                session.answers[index] = answer.label
        return session

    @property
    def resumed(self) -> bool:
        """True when labels from an earlier visit were brought back."""
        return self.attempt_id is not None and bool(self.answers)

    @property
    def total(self) -> int:
        return len(self.key.sentences)

    def unlabelled(self) -> list[int]:
        """The sentences still without a label, in reading order."""
        return [i for i in range(self.total) if i not in self.answers]

    def next_unlabelled(self, after: int) -> int | None:
        """The first unlabelled sentence after `after`, wrapping round; None when all are."""
        left = self.unlabelled()
        return next((i for i in left if i > after), left[0] if left else None)

    def give(self, index: int, label: str | None) -> None:
        """Label a sentence (None clears it) and save it; the attempt is stored on the first."""
        if label is None:
            self.answers.pop(index, None)
        else:
            self.answers[index] = label
        if self.attempt_id is None:
            if label is None:
                return
            self.attempt_id = records.start_attempt(self.store, self.key)
        text = self.key.sentences[index].text
        records.save_label(self.store, self.attempt_id, index, text, label)

    def check(self) -> PracticeResult:
        """Judge the labels against the key and store the result; the attempt is finished."""
        result = judge(self.key, self.answers)
        self.result = result
        if self.attempt_id is not None:
            records.finish_attempt(self.store, self.attempt_id, result)
        return result

    def dispute(self, index: int, reason: str) -> None:
        """ "I think the key is wrong" about one sentence, kept for the teacher's export."""
        assert self.result is not None, "a key is disputed after the check"
        self.disputes[index] = reason
        if self.attempt_id is None:
            self.attempt_id = records.start_attempt(self.store, self.key)
            records.finish_attempt(self.store, self.attempt_id, self.result)
        records.save_dispute(
            self.store, self.attempt_id, index, self.result.verdicts[index], reason
        )
