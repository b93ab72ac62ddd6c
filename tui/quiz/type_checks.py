"""The checks of each question type: each returns that type's Question fields, or None.

`choice`, `multi`, `truefalse`, `number`, `short` (with its examples and the negation
warning) and `label` (a sentence of the article). The validator picks `_<type>` by name.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.quiz.linking import closest_sentence, find_sentences
from tui.quiz.loader import Mapping, Node, Scalar, Sequence
from tui.quiz.matching import choice_key, match_answer, negate, normalize
from tui.quiz.model import (
    DEFAULT_THRESHOLD,
    SENTENCE_LABELS,
    Examples,
    LinkedSentence,
    Problem,
)
from tui.quiz.numbers import parse_number
from tui.quiz.values import ValueReader, did_you_mean

if TYPE_CHECKING:
    from tui.quiz.article_labels import LabelledSentence

#: Keys of a short question's `examples:`.
EXAMPLES_KEYS = ("right", "wrong")

#: How a teacher may write the answer of a truefalse question.
TRUE_WORDS = ("true", "yes")
FALSE_WORDS = ("false", "no")


class TypeChecks(ValueReader):
    """Per-type checks; the validator supplies the article's sentences for `label`."""

    article_failed: bool = False

    def sentences(self) -> list[LabelledSentence]:
        """The analysed sentences of the quiz's article (the validator loads them)."""
        raise NotImplementedError

    def _answer_scalar(self, item: Mapping, kind: str) -> Scalar | None:
        node = item.get("answer")
        if isinstance(node, Sequence):
            extra = "; for several right choices write type: multi" if kind == "choice" else ""
            self.error(
                node.position, f"answer: a {kind} question takes one answer, not a list{extra}"
            )
            return None
        if node is None or self.text(node, "answer") is None:
            return None
        assert isinstance(node, Scalar)
        return node

    def _choices(self, item: Mapping) -> list[Scalar] | None:
        node = item.get("choices")
        if not isinstance(node, Sequence):
            if node is not None:
                self.error(node.position, "choices: must be a list, such as [Reuters, AP, AFP]")
            return None
        choices = self.scalars(node, "choices")
        if len(node.items) < 2:
            self.error(node.position, "choices: give at least two choices")
        seen: dict[str, Scalar] = {}
        for choice in choices:
            key = choice_key(choice.text)
            if key in seen:
                self.error(
                    choice.position,
                    f"choices: '{choice.text}' is the same as "
                    f"'{seen[key].text}' on line {seen[key].position.line}",
                )
            seen[key] = choice
        return choices

    def _among(self, answer: Scalar, choices: list[Scalar]) -> str | None:
        """The choice the answer names (compared after normalising), or an error."""
        for choice in choices:
            if choice_key(choice.text) == choice_key(answer.text):
                return choice.text
        hint = did_you_mean(answer.text, [c.text for c in choices])
        letter = answer.text.strip().casefold()
        if len(letter) == 1 and 0 <= ord(letter) - ord("a") < len(choices):
            hint = f"; write the choice itself, '{choices[ord(letter) - ord('a')].text}'"
        self.error(answer.position, f"answer: '{answer.text}' is not one of the choices{hint}")
        return None

    def _choice(self, item: Mapping, _article: Path | None) -> dict[str, Any] | None:
        choices = self._choices(item)
        answer = self._answer_scalar(item, "choice")
        if choices is None or answer is None:
            return None
        right = self._among(answer, choices)
        if right is None:
            return None
        return {
            "answers": (right,),
            "choices": tuple(c.text for c in choices),
            "shuffle_choices": self.boolean(item.get("shuffle_choices"), "shuffle_choices"),
        }

    def _multi(self, item: Mapping, _article: Path | None) -> dict[str, Any] | None:
        choices = self._choices(item)
        answers = self.scalars(item.get("answer"), "answer")
        if choices is None or not answers:
            return None
        right = [self._among(a, choices) for a in answers]
        if any(r is None for r in right):
            return None
        return {
            "answers": tuple(dict.fromkeys(right)),
            "choices": tuple(c.text for c in choices),
            "shuffle_choices": self.boolean(item.get("shuffle_choices"), "shuffle_choices"),
        }

    def _truefalse(self, item: Mapping, _article: Path | None) -> dict[str, Any] | None:
        answer = self._answer_scalar(item, "truefalse")
        if answer is None:
            return None
        word = answer.text.strip().casefold()
        if word not in TRUE_WORDS + FALSE_WORDS:
            self.error(
                answer.position,
                f"answer: '{answer.text}' is not true or false; write true or false",
            )
            return None
        return {"answers": ("true" if word in TRUE_WORDS else "false",)}

    def _number(self, item: Mapping, _article: Path | None) -> dict[str, Any] | None:
        answer = self._answer_scalar(item, "number")
        tolerance_node = item.get("tolerance")
        tolerance = self.number(tolerance_node, "tolerance") if tolerance_node else Decimal(0)
        if answer is None or tolerance is None:
            return None
        if parse_number(answer.text) is None:
            self.error(
                answer.position,
                f"answer: '{answer.text}' is not a number; write digits "
                "such as 1500 or 1,500, or make it a short question with type: short",
            )
            return None
        return {"answers": (answer.text,), "tolerance": tolerance}

    def _short(self, item: Mapping, _article: Path | None) -> dict[str, Any] | None:
        answer = self._answer_scalar(item, "short")
        accept = self.scalars(item.get("accept"), "accept")
        reject = self.scalars(item.get("reject"), "reject")
        threshold_node = item.get("threshold")
        threshold = (
            self.number(threshold_node, "threshold")
            if threshold_node
            else Decimal(DEFAULT_THRESHOLD)
        )
        if answer is None:
            return None
        # An invalid threshold is already an error; check the rest at the default meanwhile.
        limit = int(threshold) if threshold is not None else DEFAULT_THRESHOLD
        right = [answer, *accept]
        answers = tuple(s.text for s in right)
        rejects = tuple(s.text for s in reject)
        for scalar in right:
            opposite = negate(scalar.text)
            judged = match_answer(opposite, answers, rejects, limit)
            if judged.correct:
                self.warn(
                    scalar.position,
                    f"the negation '{opposite}' of this answer would also be "
                    f"accepted (it matches '{judged.matched}'); remove one of them or add "
                    f"'{opposite}' to reject:",
                )
        normalized_answers = {normalize(a) for a in answers}
        for scalar in reject:
            # The set first: judging is the dearer test, and a near miss that normalises to
            # no right answer is never one (200 of the 1,600 judgements of 1,000 questions).
            if (
                normalize(scalar.text) in normalized_answers
                and match_answer(scalar.text, answers, (), limit).correct
            ):
                self.error(
                    scalar.position,
                    f"reject: '{scalar.text}' is also a right answer; remove it from one list",
                )
        examples = self.examples(item.get("examples"), answers, rejects, limit)
        if examples is None:
            return None
        return {"answers": answers, "reject": rejects, "threshold": limit, "examples": examples}

    def examples(
        self, node: Node | None, answers: tuple[str, ...], rejects: tuple[str, ...], threshold: int
    ) -> Examples | None:
        """The teacher's own tests, each run through the matcher now."""
        if node is None:
            return Examples()
        if not isinstance(node, Mapping):
            self.error(node.position, "examples: must be a mapping with right: and wrong: lists")
            return None
        self.keys(node, list(EXAMPLES_KEYS), "examples", {})
        right = self.scalars(node.get("right"), "right")
        wrong = self.scalars(node.get("wrong"), "wrong")
        for scalar in right:
            judged = match_answer(scalar.text, answers, rejects, threshold)
            if not judged.correct:
                self.error(
                    scalar.position,
                    f"examples: '{scalar.text}' should be right but the matcher "
                    f"judges it {judged.verdict} ({judged.reason}); add it to accept:",
                )
        for scalar in wrong:
            judged = match_answer(scalar.text, answers, rejects, threshold)
            if judged.correct:
                self.error(
                    scalar.position,
                    f"examples: '{scalar.text}' should be wrong but the matcher "
                    f"accepts it as '{judged.matched}'; add it to reject: or raise threshold:",
                )
        return Examples(tuple(s.text for s in right), tuple(s.text for s in wrong))

    def _label(self, item: Mapping, article_path: Path | None) -> dict[str, Any] | None:
        answer = self._answer_scalar(item, "label")
        accept = self.scalars(item.get("accept"), "accept")
        labels = []
        for scalar in [s for s in (answer, *accept) if s is not None]:
            if scalar.text.strip().casefold() not in SENTENCE_LABELS:
                hint = did_you_mean(scalar.text.casefold(), SENTENCE_LABELS) or (
                    f"; write one of {', '.join(SENTENCE_LABELS)}"
                )
                self.error(scalar.position, f"'{scalar.text}' is not a label{hint}")
            else:
                labels.append(scalar.text.strip().casefold())
        sentence_node = item.get("sentence")
        fragment = self.text(sentence_node, "sentence")
        if fragment is None or answer is None or len(labels) != 1 + len(accept):
            return None
        assert isinstance(sentence_node, Scalar)
        if article_path is None:
            if not self.article_failed:
                self.error(
                    sentence_node.position,
                    "sentence: a label question needs the quiz's "
                    "article: (at the top of the file) to find the sentence in",
                )
            return None
        sentences = self.sentences()
        found = find_sentences(fragment, sentences)
        if not found:
            best = closest_sentence(fragment, sentences)
            closest = f"; the closest sentence starts '{best[:60]}'" if best else ""
            self.error(
                sentence_node.position,
                f"sentence: no sentence of the article contains "
                f"'{fragment}'{closest}; copy a fragment from the article exactly",
            )
            return None
        if len(found) > 1:
            lines = ", ".join(f"'{s.text[:40]}...'" for s in found[:3])
            self.error(
                sentence_node.position,
                f"sentence: '{fragment}' is in {len(found)} sentences "
                f"({lines}); quote more words so it names one",
            )
            return None
        chosen = found[0]
        if chosen.label not in labels:
            self.problems.append(
                Problem(
                    self.path,
                    answer.position.line,
                    answer.position.column,
                    f"the analyser labels this sentence {chosen.label}, not "
                    f"{' or '.join(labels)}: students will see the reader disagree with the "
                    "quiz (fine if you are sure; say why in explain:)",
                    "note",
                )
            )
        return {
            "answers": tuple(dict.fromkeys(labels)),
            "sentence": LinkedSentence(chosen.text, chosen.start, chosen.end),
        }
