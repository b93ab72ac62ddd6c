"""One sitting of a quiz: order, current question, answers, hints, retries and the summary.

The quiz screen holds a QuizSession and only renders it: every rule (one attempt per
question, one more try after a near miss, seeded shuffling of questions and choices, which
questions a retry covers, where a resumed sitting goes on) lives here, so it is tested
without a terminal and behaves the same in any future interface.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from tui.quiz.grading import Judgement, QuizResult, Response, judge, options, summarize
from tui.quiz.model import Question, Quiz


class QuizSession:
    """A student working through `questions` of `quiz` (all of them, unless a retry).

    The order is the quiz's, or shuffled with `seed` when the quiz says `shuffle: true`;
    choices are shown in an order drawn from the same seed (unless `shuffle_choices:
    false`), so a resumed sitting shows everything as before. Each question is judged once
    (a "close" answer gets one more try): answering it again returns the judgement, so
    retrying until right is a deliberate `retry_missed`, not a loophole. `done` holds the
    judgements of a sitting being resumed; it goes on at the first question without one.
    """

    def __init__(
        self,
        quiz: Quiz,
        seed: int | None = None,
        questions: Sequence[Question] | None = None,
        done: Mapping[str, Judgement] | None = None,
    ) -> None:
        self.quiz = quiz
        self.seed = seed if seed is not None else random.randrange(2**32)
        order = list(questions if questions is not None else quiz.questions)
        if quiz.shuffle:
            random.Random(self.seed).shuffle(order)
        self.questions: tuple[Question, ...] = tuple(order)
        self._judgements: dict[str, Judgement] = {
            q.id: done[q.id] for q in self.questions if done and q.id in done
        }
        self.index = next(
            (i for i, q in enumerate(self.questions) if q.id not in self._judgements),
            len(self.questions),
        )
        self._hints_used: set[str] = set()
        self._second_tries: set[str] = set()

    def shown_options(self, question: Question) -> list[int]:
        """The indices of `question`'s options (see `grading.options`) in the order shown."""
        order = list(range(len(options(question))))
        if self.quiz.shuffles_choices(question):
            # A string seed is hashed the same way in every run (unlike hash()).
            random.Random(f"{self.seed}:{question.id}").shuffle(order)
        return order

    @property
    def current(self) -> Question | None:
        """The question on screen, or None when the session is over."""
        return self.questions[self.index] if self.index < len(self.questions) else None

    @property
    def finished(self) -> bool:
        return self.index >= len(self.questions)

    @property
    def progress(self) -> tuple[int, int]:
        """(questions answered or skipped, questions in this session), for "3 of 11"."""
        return min(self.index, len(self.questions)), len(self.questions)

    def use_hint(self) -> str | None:
        """The current question's hint, remembering that it was shown."""
        question = self.current
        if question is None or question.hint is None:
            return None
        self._hints_used.add(question.id)
        return question.hint

    def hint_used(self, question_id: str) -> bool:
        return question_id in self._hints_used

    def answer(self, response: Response) -> Judgement:
        """Judge the current question (once, or twice after a "close"); the screen calls
        `advance` when ready."""
        question = self.current
        if question is None:
            raise IndexError("the session is over: there is no current question")
        if self.may_try_again(question.id):
            self._second_tries.add(question.id)
            self._judgements[question.id] = judge(question, response)
        elif question.id not in self._judgements:
            self._judgements[question.id] = judge(question, response)
        return self._judgements[question.id]

    def may_try_again(self, question_id: str) -> bool:
        """A near miss ("close: check your spelling") earns one more try, once."""
        judgement = self._judgements.get(question_id)
        return (
            judgement is not None
            and judgement.verdict == "close"
            and question_id not in self._second_tries
        )

    def judgement(self, question_id: str) -> Judgement | None:
        return self._judgements.get(question_id)

    def advance(self) -> Question | None:
        """Move to the next question (an unanswered one stays unanswered) and return it."""
        if not self.finished:
            self.index += 1
        return self.current

    def skip(self) -> Question | None:
        """Leave the current question unanswered and move on."""
        return self.advance()

    def missed(self) -> list[Question]:
        """Questions of this session not answered correctly (partial, close, wrong, skipped)."""
        return [
            q for q in self.questions if (j := self._judgements.get(q.id)) is None or not j.correct
        ]

    def retry_missed(self, seed: int | None = None) -> QuizSession:
        """A new session over the missed questions only, for another try."""
        return QuizSession(self.quiz, seed=seed, questions=self.missed())

    def summary(self) -> QuizResult:
        """Totals over this session's questions, in the order they were asked."""
        return summarize(self.questions, self._judgements, self.quiz.pass_mark)
