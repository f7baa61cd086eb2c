"""The report's shape, read back from real PDFs: outline entries, page fill, the short
report of an unanswered interview, and the report in German."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.cli import run as main
from app.export.report import MARGIN, PAGE_HEIGHT, ReportData, build_report_data, write_report
from app.export.report_language import GERMAN, term
from app.models import open_store
from app.models import repository as repo
from app.scoring.engine import score_interview
from app.scoring.pack import Pack
from app.services.references import reference_for
from tests.export.test_report import _data

REPORT_PARTS_EN = (
    "Summary",
    "Eligibility",
    "Gold readiness",
    "Comparison with peers",
    "Results by section",
    "Strengths and areas for improvement",
    "Appendix: answers",
)
REPORT_PARTS_DE = (
    "Zusammenfassung",
    "Teilnahmeberechtigung",
    "Gold-Reife",
    "Vergleich mit anderen Clustern",
    "Ergebnisse je Abschnitt",
    "Stärken und Verbesserungsbereiche",
    "Anhang: Antworten",
)
ENGLISH_COVER_LABELS = (
    "Benchmarking report",
    "Technology area",
    "Interview date",
    "Report generated",
    "Peer data",
    "Questionnaire",
    "Summary",
    "Page 1 of",
)
#: A page (but the last) is mostly empty when its text ends above this share of the body.
MIN_FILL = 0.55


def _outline(path: Path) -> list[tuple[int, str]]:
    """(level, title) of every outline entry, in order."""

    def walk(entries: list[Any], level: int) -> Iterator[tuple[int, str]]:
        for entry in entries:
            if isinstance(entry, list):
                yield from walk(entry, level + 1)
            else:
                yield level, str(entry.title)

    return list(walk(PdfReader(path).outline, 0))


def _text(path: Path) -> str:
    pages = [page.extract_text() or "" for page in PdfReader(path).pages]
    return re.sub(r"\s+", " ", " ".join(pages)).replace("\u00ad", "")


def _fill(path: Path) -> list[float]:
    """Per page: how far down the body its upright text reaches (0 = top, 1 = bottom)."""
    top, bottom = PAGE_HEIGHT - MARGIN - 6, MARGIN + 6  # inside the header and footer lines
    fills = []
    for page in PdfReader(path).pages:
        lowest = top

        def visit(text: str, cm: list[float], tm: list[float], *_: Any) -> None:
            nonlocal lowest
            a, b, c, d, e, f = cm
            if not text.strip() or abs(b) > 1e-6 or abs(tm[1]) > 1e-6:
                return  # empty, or turned (the practice watermark)
            y = b * tm[4] + d * tm[5] + f
            if bottom < y < top:
                lowest = min(lowest, y)

        page.extract_text(visitor_text=visit)
        fills.append((top - lowest) / (top - bottom))
    return fills


def _demo(language: str, *, empty: bool = False) -> ReportData:
    """The demo practice interview (or a new one without answers), with the synthetic peers."""
    from app.paths import default_pack_path
    from app.scoring.pack import load_pack

    pack = load_pack(default_pack_path())
    store = open_store()
    try:
        interview = repo.ensure_demo_interview(store, pack) or repo.demo_interview_id(store)
        assert interview is not None
        if empty:
            cluster = repo.create_cluster(
                store,
                name="Empty Cluster (fictional)",
                country="DE",
                technology_area="ICT",
                fictional=True,
            )
            interview = repo.create_interview(
                store, cluster_id=cluster, pack=pack, mode="on_site", expert="E", actor="test"
            )
        return build_report_data(store, interview, reference_for(True), language=language)
    finally:
        store.close()


@pytest.fixture(scope="module")
def demo_reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("reports")
    data_folder = folder / "data"
    data_folder.mkdir()
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CLUSTERBENCH_DATA_DIR", str(data_folder))
        patch.setenv("CLUSTERBENCH_CONFIG_DIR", str(folder / "config"))
        return {
            "en": write_report(_demo("en"), folder / "demo-en.pdf"),
            "de": write_report(_demo("de"), folder / "demo-de.pdf"),
            "empty": write_report(_demo("en", empty=True), folder / "empty.pdf"),
        }


def test_every_part_and_every_section_is_in_the_outline(demo_reports: dict[str, Path]) -> None:
    from app.paths import default_pack_path
    from app.scoring.pack import load_pack

    pack = load_pack(default_pack_path())
    for language, parts in (("en", REPORT_PARTS_EN), ("de", REPORT_PARTS_DE)):
        outline = _outline(demo_reports[language])
        top = [title for level, title in outline if level == 0]
        for part in parts:
            assert part in [title.replace("\u00ad", "") for title in top + [t for _, t in outline]]
        children = [title for level, title in outline if level == 1]
        for section in pack.sections:
            # once under "Results by section" (sections with indicators) and in the appendix
            assert section.title.get(language) in children, (language, section.id)


def test_the_german_report_speaks_german(demo_reports: dict[str, Path]) -> None:
    text = _text(demo_reports["de"])
    for heading in REPORT_PARTS_DE:
        assert heading in text
    for words in ("Seite 1 von", "ÜBUNG – NICHT FÜR EIN LABEL", "Datum des Interviews"):
        assert words in text
    assert term("de", "Austria") in text
    assert term("de", "Practice") in text
    for label in ENGLISH_COVER_LABELS:
        assert label not in text, label
    assert "55,9 %" in text or re.search(r"\d+,\d %", text)  # the German decimal mark


def test_the_cover_carries_the_summary(demo_reports: dict[str, Path]) -> None:
    cover = PdfReader(demo_reports["en"]).pages[0].extract_text() or ""
    flat = re.sub(r"\s+", " ", cover)
    for words in ("Eligibility", "Gold readiness", "Bronze verdict", "Silver verdict", "Answered"):
        assert words in flat
    assert re.search(r"\d+ of \d+ indicators", flat)
    # The status is said once, then the figures: no "Incomplete: not every ...: 57.9 %".
    assert "Incomplete: not every indicator is answered" not in flat
    assert re.search(r"Incomplete – \d+\.\d % of the weighted indicators meet Gold so far", flat)


def test_an_unanswered_interview_gives_a_short_report(demo_reports: dict[str, Path]) -> None:
    path = demo_reports["empty"]
    pages = PdfReader(path).pages
    assert len(pages) <= 2
    text = _text(path)
    assert "No question has been answered yet." in text
    assert "Not answered" not in text
    assert "questions in" in text
    assert "sections are to be asked" in text
    assert "Structure of the cluster" in text  # sections listed with their counts


@pytest.mark.parametrize("name", ["en", "de"])
def test_no_page_but_the_last_is_mostly_empty(demo_reports: dict[str, Path], name: str) -> None:
    fills = _fill(demo_reports[name])
    assert len(fills) > 3
    sparse = [n + 1 for n, fill in enumerate(fills[:-1]) if fill < MIN_FILL]
    assert not sparse, (sparse, [round(f, 2) for f in fills])


def test_a_fully_answered_report_has_no_mostly_empty_page(
    tmp_path: Path, default_pack: Pack
) -> None:
    fills = _fill(write_report(_data(default_pack), tmp_path / "full.pdf"))
    sparse = [n + 1 for n, fill in enumerate(fills[:-1]) if fill < MIN_FILL]
    assert not sparse, (sparse, [round(f, 2) for f in fills])


def test_an_empty_score_result_has_no_english_in_german(tmp_path: Path, default_pack: Pack) -> None:
    scores = score_interview(default_pack, {}, language="de").to_dict()
    data = _data(default_pack, answers={}, scores=scores, language="de")
    text = _text(write_report(data, tmp_path / "leer.pdf"))
    assert "Noch keine Frage ist beantwortet." in text
    assert "Der Fragebogen" in text
    assert "Abschnitt" in text
    for label in ENGLISH_COVER_LABELS:
        assert label not in text, label


def test_every_sentence_the_report_says_has_a_german_text() -> None:
    """Each literal template given to the report's ``say`` helpers is in the catalogue."""
    root = Path(__file__).resolve().parents[2] / "app" / "export"
    missing = []
    for module in ("report.py", "charts.py"):
        tree = ast.parse((root / module).read_text(encoding="utf-8"))
        constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            position = {"t": 0, "say": 1, "say_count": 2}.get(name)
            if position is None or len(node.args) <= position:
                continue
            argument = node.args[position]
            texts = []
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                texts = [argument.value]
            elif isinstance(argument, ast.Name) and argument.id in constants:
                texts = [constants[argument.id]]
            elif isinstance(argument, ast.IfExp):
                texts = [
                    branch.value
                    for branch in (argument.body, argument.orelse)
                    if isinstance(branch, ast.Constant) and isinstance(branch.value, str)
                ]
            missing += [f"{module}:{node.lineno}: {text}" for text in texts if text not in GERMAN]
    assert not missing, "\n".join(missing)


def test_the_cli_writes_the_report_in_the_language_asked_for(tmp_path: Path) -> None:
    from app.paths import default_pack_path
    from app.scoring.pack import load_pack

    store = open_store()
    try:
        interview = repo.ensure_demo_interview(store, load_pack(default_pack_path()))
        assert interview is not None
    finally:
        store.close()
    target = tmp_path / "bericht.pdf"
    assert main(["report", str(interview), "--out", str(target), "--language", "de"]) == 0
    text = _text(target)
    assert "Benchmarking-Bericht" in text
    assert "Seite 1 von" in text
    assert main(["report", str(interview), "--out", str(target), "--language", "xx"]) == 2


@pytest.mark.parametrize("name", ["en", "de", "empty"])
def test_qpdf_finds_the_report_well_formed(demo_reports: dict[str, Path], name: str) -> None:
    """qpdf, a PDF tool nobody here wrote, checks the file's structure and streams."""
    import shutil
    import subprocess

    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.skip("qpdf is not installed (scripts/setup.sh installs it)")
    checked = subprocess.run(
        [qpdf, "--check", str(demo_reports[name])], capture_output=True, text=True, check=False
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "No syntax or stream encoding errors found" in checked.stdout
