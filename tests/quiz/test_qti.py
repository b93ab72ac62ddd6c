"""Canvas QTI 1.2: the package's XML is pinned by golden files, and it is a package Canvas
takes (imsmanifest.xml at the top naming an imsqti_xmlv1p2 resource that is in the zip)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from decimal import Decimal
from pathlib import Path

from tui.cli import main
from tui.quiz.model import LinkedSentence, Question, Quiz
from tui.quiz.qti import ident, to_qti

GOLDEN = Path(__file__).parent / "golden"

QUIZ = Quiz(
    title="Sourcing <basics> & more",
    path=Path("sourcing.yaml"),
    questions=(
        Question(
            id="paper",
            type="choice",
            prompt="Which paper's report?\n\nRead the kicker.",
            choices=("Reuters", "The Wall Street Journal", "A & B <c>"),
            answers=("The Wall Street Journal",),
            explain="It says so.",
            points=2,
        ),
        Question(
            id="named",
            type="multi",
            prompt="Which are named?",
            choices=("Nabil", "a senior official", "Kahl"),
            answers=("Nabil", "Kahl"),
        ),
        Question(id="tf", type="truefalse", prompt="Kahl is named.", answers=("true",)),
        Question(id="who", type="short", prompt="Who?", answers=("Rahmatullah Nabil", "Nabil")),
        Question(
            id="months",
            type="number",
            prompt="How many months?",
            answers=("6",),
            tolerance=Decimal("0.5"),
        ),
        Question(
            id="fears",
            type="label",
            prompt="How is this claim sourced?",
            answers=("vague",),
            sentence=LinkedSentence("There are fears it could spread.", 0, 32),
        ),
    ),
)


def test_the_package_xml_is_the_golden_one() -> None:
    """Any change to the XML Canvas gets is deliberate: update the golden files with it."""
    package, _warnings = to_qti(QUIZ)
    quiz_ident = ident(QUIZ.id)
    expected = {
        "imsmanifest.xml": (GOLDEN / "qti_manifest.xml").read_text("utf-8"),
        f"{quiz_ident}/{quiz_ident}.xml": (GOLDEN / "qti_assessment.xml").read_text("utf-8"),
    }
    assert package.files == expected


def test_the_zip_is_what_canvas_imports(tmp_path: Path) -> None:
    source = tmp_path / "sourcing.yaml"
    source.write_text(
        "title: T\nquestions:\n  - prompt: Kahl is named.\n    answer: true\n", "utf-8"
    )
    target = tmp_path / "out.zip"
    assert main(["export", str(source), "--qti", str(target)]) == 0
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        manifest = ET.fromstring(archive.read("imsmanifest.xml"))
        namespace = {"m": "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"}
        resource = manifest.find("m:resources/m:resource", namespace)
        assert resource is not None and resource.get("type") == "imsqti_xmlv1p2"
        href = resource.find("m:file", namespace).get("href")  # type: ignore[union-attr]
        assert href in names
        assessment = ET.fromstring(archive.read(href))
    items = assessment.findall(".//{http://www.imsglobal.org/xsd/ims_qtiasiv1p2}item")
    assert len(items) == 1


def test_text_is_escaped_html(tmp_path: Path) -> None:
    """Quiz text is data: '<c>' and '&' reach Canvas as text, never as markup."""
    package, _ = to_qti(QUIZ)
    assessment = next(text for name, text in package.files.items() if name != "imsmanifest.xml")
    assert (
        "&lt;p&gt;Which paper's report?&lt;/p&gt;&lt;p&gt;Read the kicker.&lt;/p&gt;" in assessment
    )
    assert "A &amp; B &lt;c&gt;" in assessment
