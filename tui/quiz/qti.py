"""A whosays quiz as a QTI 1.2 package that Canvas imports ("QTI .zip file").

Written with the standard library rather than text2qti: text2qti reads Markdown and LaTeX
from plain text (every quiz text would need escaping first) and asks for a Canvas address
on first use; the XML Canvas needs is small. The package holds `imsmanifest.xml` and one
assessment file; identifiers are derived from the quiz and question ids, so the same quiz
gives the same package (a golden-file test pins it).
"""

from __future__ import annotations

import hashlib
import html
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from tui.quiz.model import SENTENCE_LABELS, Problem, Question, Quiz

QTI_NAMESPACE = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"
MANIFEST_NAMESPACE = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"
#: Canvas's name for each whosays type (a label question is a multiple choice).
CANVAS_TYPES = {
    "choice": "multiple_choice_question",
    "label": "multiple_choice_question",
    "multi": "multiple_answers_question",
    "truefalse": "true_false_question",
    "short": "short_answer_question",
    "number": "numerical_question",
}
#: Zip entries get this date, so the package's bytes do not change with the clock.
_ZIP_DATE = (2026, 1, 1, 0, 0, 0)


def ident(*parts: str) -> str:
    """A stable QTI identifier: 'g' and 32 hex digits, as Canvas writes its own."""
    return "g" + hashlib.md5("\x1f".join(parts).encode("utf-8"), usedforsecurity=False).hexdigest()


def _html(text: str) -> str:
    """Quiz text as the HTML Canvas shows (escaped, paragraphs kept)."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(
        f"<p>{html.escape(p, quote=False).replace(chr(10), '<br/>')}</p>" for p in paragraphs
    )


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attributes)
    if text is not None:
        element.text = text
    return element


def _material(parent: ET.Element, text: str, as_html: bool = True) -> None:
    material = _sub(parent, "material")
    _sub(material, "mattext", _html(text) if as_html else text, texttype="text/html")


def _metadata(parent: ET.Element, fields: list[tuple[str, str]]) -> None:
    block = _sub(parent, "qtimetadata")
    for label, entry in fields:
        field = _sub(block, "qtimetadatafield")
        _sub(field, "fieldlabel", label)
        _sub(field, "fieldentry", entry)


def _options(question: Question) -> tuple[str, ...]:
    if question.type == "label":
        return SENTENCE_LABELS
    if question.type == "truefalse":
        return ("True", "False")
    return question.choices


def _right(question: Question, option: str) -> bool:
    if question.type == "truefalse":
        return option.casefold() == question.answer
    return option in question.answers


def _item(section: ET.Element, quiz_id: str, question: Question) -> None:
    item_id = ident(quiz_id, question.id)
    item = _sub(section, "item", ident=item_id, title=question.id)
    options = _options(question)
    option_ids = [ident(quiz_id, question.id, option) for option in options]
    metadata = _sub(item, "itemmetadata")
    fields = [
        ("question_type", CANVAS_TYPES[question.type]),
        ("points_possible", f"{Decimal(str(question.points)).normalize():f}"),
    ]
    if options:
        fields.append(("original_answer_ids", ",".join(option_ids)))
    _metadata(metadata, fields)
    presentation = _sub(item, "presentation")
    prompt = question.prompt
    if question.sentence is not None:
        prompt += f"\n\n“{question.sentence.text}”"
    _material(presentation, prompt)
    if options:
        cardinality = "Multiple" if question.type == "multi" else "Single"
        response = _sub(presentation, "response_lid", ident="response1", rcardinality=cardinality)
        render = _sub(response, "render_choice")
        for option, option_id in zip(options, option_ids, strict=True):
            label = _sub(render, "response_label", ident=option_id)
            material = _sub(label, "material")
            _sub(material, "mattext", option, texttype="text/plain")
    else:
        response = _sub(presentation, "response_str", ident="response1", rcardinality="Single")
        fib = {"fibtype": "Decimal"} if question.type == "number" else {}
        render = _sub(response, "render_fib", **fib)
        _sub(render, "response_label", ident="answer1", rshuffle="No")
    processing = _sub(item, "resprocessing")
    outcomes = _sub(processing, "outcomes")
    _sub(outcomes, "decvar", maxvalue="100", minvalue="0", varname="SCORE", vartype="Decimal")
    if question.explain:
        general = _sub(processing, "respcondition", **{"continue": "Yes"})
        _sub(_sub(general, "conditionvar"), "other")
        _sub(general, "displayfeedback", feedbacktype="Response", linkrefid="general_fb")
    _conditions(processing, question, options, option_ids)
    if question.explain:
        feedback = _sub(item, "itemfeedback", ident="general_fb")
        _material(_sub(feedback, "flow_mat"), question.explain)


def _conditions(
    processing: ET.Element, question: Question, options: tuple[str, ...], option_ids: list[str]
) -> None:
    """The scoring: 100 for the right response, as Canvas reads it."""
    if question.type == "multi":
        condition = _sub(processing, "respcondition", **{"continue": "No"})
        every = _sub(_sub(condition, "conditionvar"), "and")
        for option, option_id in zip(options, option_ids, strict=True):
            if _right(question, option):
                _sub(every, "varequal", option_id, respident="response1")
            else:
                _sub(_sub(every, "not"), "varequal", option_id, respident="response1")
        _sub(condition, "setvar", "100", action="Set", varname="SCORE")
        return
    if options:
        for option, option_id in zip(options, option_ids, strict=True):
            if _right(question, option):
                condition = _sub(processing, "respcondition", **{"continue": "No"})
                _sub(_sub(condition, "conditionvar"), "varequal", option_id, respident="response1")
                _sub(condition, "setvar", "100", action="Set", varname="SCORE")
        return
    condition = _sub(processing, "respcondition", **{"continue": "No"})
    variables = _sub(condition, "conditionvar")
    if question.type == "number":
        value = Decimal(question.answer.replace(",", ""))
        low, high = value - question.tolerance, value + question.tolerance
        either = _sub(variables, "or")
        _sub(either, "varequal", f"{value.normalize():f}", respident="response1")
        both = _sub(either, "and")
        _sub(both, "vargte", f"{low.normalize():f}", respident="response1")
        _sub(both, "varlte", f"{high.normalize():f}", respident="response1")
    else:
        for answer in question.answers:
            _sub(variables, "varequal", answer, respident="response1")
    _sub(condition, "setvar", "100", action="Set", varname="SCORE")


def assessment_xml(quiz: Quiz) -> str:
    """The QTI 1.2 assessment: one item per question, in the quiz's order."""
    root = ET.Element("questestinterop", xmlns=QTI_NAMESPACE)
    assessment = _sub(root, "assessment", ident=ident(quiz.id), title=quiz.title)
    _metadata(assessment, [("cc_maxattempts", "1")])
    section = _sub(assessment, "section", ident="root_section")
    for question in quiz.questions:
        _item(section, quiz.id, question)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


def manifest_xml(quiz: Quiz) -> str:
    """imsmanifest.xml: the one resource Canvas looks for, of type imsqti_xmlv1p2."""
    quiz_ident = ident(quiz.id)
    root = ET.Element("manifest", identifier=ident(quiz.id, "manifest"), xmlns=MANIFEST_NAMESPACE)
    metadata = _sub(root, "metadata")
    _sub(metadata, "schema", "IMS Content")
    _sub(metadata, "schemaversion", "1.1.3")
    _sub(root, "organizations")
    resources = _sub(root, "resources")
    resource = _sub(resources, "resource", identifier=quiz_ident, type="imsqti_xmlv1p2")
    _sub(resource, "file", href=f"{quiz_ident}/{quiz_ident}.xml")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, "unicode") + "\n"


@dataclass(frozen=True)
class Package:
    """The files of a QTI package, by their path inside the zip."""

    files: dict[str, str]


def to_qti(quiz: Quiz) -> tuple[Package, tuple[Problem, ...]]:
    """The package, and a warning per question for what Canvas will not get."""
    quiz_ident = ident(quiz.id)
    package = Package(
        {
            "imsmanifest.xml": manifest_xml(quiz),
            f"{quiz_ident}/{quiz_ident}.xml": assessment_xml(quiz),
        }
    )
    warnings = []
    for question in quiz.questions:
        lost = []
        if question.type == "label":
            lost.append("exported as a multiple choice over the four labels")
        if question.type == "short":
            lost.append("Canvas wants the exact words: no typo tolerance, reject: or examples:")
        if question.hint:
            lost.append("hint: left out (Canvas has no hints)")
        if lost:
            warnings.append(
                Problem(
                    str(quiz.path or quiz.title),
                    question.position.line,
                    question.position.column,
                    f"question '{question.id}': {'; '.join(lost)}",
                    "warning",
                )
            )
    return package, tuple(warnings)


def write_package(package: Package, target: Path) -> None:
    """The zip file Canvas's "QTI .zip file" import takes; raises OSError if not written."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in package.files.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
