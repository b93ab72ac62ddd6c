"""Saving a quiz sitting as it happens, and keeping it whole when the database cannot.

Every answer is written the moment it is judged. If the database refuses (locked by another
program, read-only, full, deleted mid-session), the answers stay here, in memory: each later
save writes the ones still waiting first, a screen may retry on a timer, and `export` writes
them to a CSV file a teacher can read. Nothing a student answered is lost to a database
error, and no error stops the quiz.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from tui.results import CSV_COLUMNS, answer_cells, shared_cells, write_rows
from tui.store import AnswerRecord, AttemptRecord, Store, StoreError

_FILE_NAME_UNSAFE = re.compile(r"[^\w.-]+")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class SittingRecorder:
    """One sitting's answers and result, written to the store as soon as it will take them."""

    def __init__(
        self,
        store: Store,
        quiz_id: str,
        quiz_title: str,
        quiz_path: str | None,
        max_score: float,
        retry_of: int | None = None,
        seed: int | None = None,
        attempt_id: int | None = None,
    ) -> None:
        """`attempt_id`: a sitting resumed from the database goes on in its attempt."""
        self.store = store
        self.quiz_id = quiz_id
        self.quiz_title = quiz_title
        self.quiz_path = quiz_path
        self.max_score = max_score
        self.retry_of = retry_of
        self.seed = seed
        #: The attempt's id once it is in the database (the first answer creates it).
        self.attempt_id = attempt_id
        self.started_at = _now()
        self.answers: dict[str, AnswerRecord] = {}
        self._unsaved: dict[str, AnswerRecord] = {}
        self._result: tuple[float, float, bool] | None = None
        self._result_saved = False
        self._generation = store.generation
        #: Why the last save failed (None: everything is saved).
        self.error: str | None = None

    @property
    def pending(self) -> int:
        """How many answers (and the final result, counted as one) wait to be written."""
        return len(self._unsaved) + self.result_pending

    @property
    def unsaved_answers(self) -> int:
        """How many answers wait to be written."""
        return len(self._unsaved)

    @property
    def result_pending(self) -> bool:
        """The final result is known but not written yet."""
        return self._result is not None and not self._result_saved

    def record(self, answer: AnswerRecord) -> str | None:
        """Keep an answer (stamped now) and save everything waiting; the error, if any."""
        if not answer.answered_at:
            answer = dataclasses.replace(answer, answered_at=_now())
        self.answers[answer.question_id] = answer
        self._unsaved[answer.question_id] = answer
        return self.flush()

    def finish(self, score: float, percent: float, passed: bool) -> str | None:
        """Keep the final result and save everything waiting; the error, if any."""
        self._result = (score, percent, passed)
        self._result_saved = False
        return self.flush()

    def flush(self) -> str | None:
        """Write whatever is waiting; None when all of it is saved, else why it is not."""
        if self.store.generation != self._generation:
            # A new file replaced the one the attempt was in: write the whole sitting again.
            self._generation = self.store.generation
            self.attempt_id = None
            self._unsaved = dict(self.answers)
            self._result_saved = False
        if not self.answers:
            return None
        try:
            if self.attempt_id is None:
                self.attempt_id = self.store.start_attempt(
                    self.quiz_id,
                    self.quiz_title,
                    self.quiz_path,
                    self.max_score,
                    self.retry_of,
                    seed=self.seed,
                )
            for question_id, answer in list(self._unsaved.items()):
                self.store.record_answer(self.attempt_id, answer)
                del self._unsaved[question_id]
            if self._result is not None and not self._result_saved:
                self.store.finish_attempt(self.attempt_id, *self._result)
                self._result_saved = True
        except StoreError as error:
            if self.store.generation != self._generation:
                return self.flush()  # the file was replaced during this write: start over
            self.error = str(error)
            return self.error
        self.error = None
        return None

    def export_file(self, folders: Sequence[Path]) -> Path:
        """Write the sitting as CSV into the first of `folders` that takes it; its path.

        Raises OSError (with the last folder's reason) when none does.
        """
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"unsaved-{_FILE_NAME_UNSAFE.sub('_', self.quiz_id)}-{stamp}.csv"
        failure: OSError = OSError("no folder to write to")
        for folder in folders:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                with open(folder / name, "w", encoding="utf-8", newline="") as handle:
                    self.export(handle)
            except OSError as error:
                failure = error
                continue
            return folder / name
        raise failure

    def export(self, handle: TextIO) -> int:
        """Every answer of the sitting as CSV, in the columns of `whosays results --csv` and
        through its one protected writer. The attempt column is 0 while the sitting is not
        in the database.
        """
        score, percent, passed = self._result or (0.0, 0.0, False)
        attempt = AttemptRecord(
            id=self.attempt_id or 0,
            quiz_id=self.quiz_id,
            quiz_title=self.quiz_title,
            quiz_path=self.quiz_path,
            retry_of=self.retry_of,
            started_at=self.started_at,
            finished_at=_now() if self._result else None,
            score=score,
            max_score=self.max_score,
            percent=percent,
            passed=passed,
            answered=len(self.answers),
            seed=self.seed,
        )
        shared = shared_cells("", attempt)
        return write_rows(
            handle,
            CSV_COLUMNS,
            (
                answer_cells(shared, answer, number)
                for number, answer in enumerate(self.answers.values(), start=1)
            ),
        )
