"""The benchmarking report PDF: real files written by reportlab, read back with pypdf."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.cli import run as main
from app.export.report import WATERMARK, ReportData, build_report_data, write_report
from app.models import open_store
from app.models import repository as repo
from app.scoring.pack import AnswerError, Pack, validate_answer
from tests.ui.shell_fixtures import sample_scores

NAMES = ("Łódź", "Ørsted", "Θεσσαλονίκη", "Dvořák")
MARKUP = "<b>x</b> & <font>"
PRIVATE_NOTE = "Private: the manager hinted at a merger"
REPORT_NOTE = "Member list checked on site in Łódź"


def _answers(pack: Pack) -> dict[str, Any]:
    """A plausible valid answer for every item of the pack."""
    samples: dict[str, Any] = {
        "integer": 12,
        "decimal": 2.5,
        "percent": 35.0,
        "currency": 250000.0,
        "year": 2011,
        "yes_no": True,
        "short_text": "Short answer",
        "long_text": "A longer answer.\nWith a second line.",
        "url": "https://example.org/fictional-cluster",
    }
    answers: dict[str, Any] = {}
    for item in pack.items:
        if item.type == "single_choice":
            value: Any = item.options[-1].code
        elif item.type == "multiple_choice":
            value = [o.code for o in item.options[:2]]
        elif item.type == "group":
            value = [{f.id: f"{f.label.get()} 1" for f in item.fields if f.type == "short_text"}]
        else:
            value = samples[item.type]
        try:
            answers[item.id] = validate_answer(item, value)
        except AnswerError:  # an out-of-range sample is simply left unanswered
            continue
    return answers


def _data(pack: Pack, **changes: Any) -> ReportData:
    answers = _answers(pack)
    answers["achievements.awards"] = f"Award from {MARKUP} jury in Dvořák Hall"
    data = ReportData(
        cluster_name="Łódź Ørsted Θεσσαλονίκη Dvořák Cluster (fictional)",
        country="PL",
        technology_area="ICT",
        interview_date=date(2025, 3, 14),
        expert="Jana Dvořáková",
        mode="on_site",
        pack=pack,
        answers=answers,
        notes={
            "structure.participants_total": (REPORT_NOTE, True),
            "management.staff_fte": (PRIVATE_NOTE, False),
        },
        scores=sample_scores().to_dict(),
        recommendations=f"Grow the member base.\n\nKeep {MARKUP} literal.",
        fictional=True,
    )
    return replace(data, **changes)


def _pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def report(tmp_path: Path, default_pack: Pack) -> Path:
    return write_report(_data(default_pack), tmp_path / "report.pdf")


def test_practice_report_has_the_watermark_on_every_page(
    tmp_path: Path, default_pack: Pack
) -> None:
    path = write_report(_data(default_pack, mode="practice", practice=True), tmp_path / "p.pdf")
    pages = _pages(path)
    assert len(pages) > 3
    for number, text in enumerate(pages, start=1):
        assert WATERMARK in text, f"page {number} has no watermark"


def test_a_practice_mode_alone_is_enough_for_the_watermark(
    tmp_path: Path, default_pack: Pack
) -> None:
    path = write_report(_data(default_pack, mode="practice"), tmp_path / "p.pdf")
    assert all(WATERMARK in text for text in _pages(path))


def test_real_interview_report_has_no_watermark(report: Path) -> None:
    pages = _pages(report)
    assert not any("PRACTICE" in text or "NOT FOR LABELLING" in text for text in pages)


def test_private_note_never_appears_and_the_report_note_does(report: Path) -> None:
    text = _flat(" ".join(_pages(report)))
    assert REPORT_NOTE in text
    assert "merger" not in text
    assert PRIVATE_NOTE not in text


def test_european_names_are_extractable(report: Path) -> None:
    first_page = _pages(report)[0]
    for name in NAMES:
        assert name in first_page
    assert "Jana Dvořáková" in first_page
    assert "Poland" in first_page


def test_every_font_is_embedded(report: Path) -> None:
    reader = PdfReader(report)
    seen = set()
    for page in reader.pages:
        resources: Any = page["/Resources"]
        fonts = resources["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            if descendants is not None:
                font = descendants[0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            seen.add(str(font["/BaseFont"]).split("+")[-1])
    assert seen == {"DejaVuSans", "DejaVuSans-Bold"}


def test_pages_are_numbered_n_of_m(report: Path) -> None:
    pages = _pages(report)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text


def test_user_text_is_printed_literally_not_as_markup(tmp_path: Path, default_pack: Pack) -> None:
    data = _data(
        default_pack,
        cluster_name=f"Cluster {MARKUP}",
        expert=f"Expert {MARKUP}",
        notes={"structure.participants_total": (f"Note {MARKUP}", True)},
    )
    text = _flat(" ".join(_pages(write_report(data, tmp_path / "m.pdf"))))
    for literal in (
        f"Cluster {MARKUP}",
        f"Expert {MARKUP}",
        f"Note {MARKUP}",
        f"Keep {MARKUP} literal.",
        f"Award from {MARKUP} jury",
    ):
        assert literal in text


def test_report_has_every_part(report: Path) -> None:
    text = _flat(" ".join(_pages(report)))
    for heading in (
        "Benchmarking report",
        "Summary",
        "Eligibility",
        "Gold readiness",
        "Gold needs 80 %",
        "Comparison with peers",
        "Results by section",
        "Strengths and areas for improvement",
        "The expert's recommendations",
        "Appendix: answers",
    ):
        assert heading in text
    assert "Listed on the ECCP" in text
    assert "Not yet Gold-ready" in text
    assert "Technology area ICT" in text


def test_peer_data_is_marked_synthetic(report: Path) -> None:
    comparison = next(t for t in _pages(report) if "Comparison with peers" in t)
    assert "synthetic reference set" in _flat(comparison)


def test_hidden_peer_group_is_named_with_the_reason(tmp_path: Path, default_pack: Pack) -> None:
    data = _data(default_pack, scores=sample_scores(excellence_shown=False).to_dict())
    text = _flat(" ".join(_pages(write_report(data, tmp_path / "h.pdf"))))
    assert "Gold-labelled clusters: fewer than 5 peers, not shown" in text


def test_progress_rises_to_100(tmp_path: Path, default_pack: Pack) -> None:
    steps: list[int] = []
    write_report(_data(default_pack), tmp_path / "r.pdf", progress=steps.append)
    assert steps[0] == 0
    assert steps[-1] == 100
    assert steps == sorted(set(steps))


def test_write_replaces_the_file_and_leaves_no_temporary_files(
    tmp_path: Path, default_pack: Pack
) -> None:
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    target.write_bytes(b"old")
    assert write_report(_data(default_pack), target) == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in target.parent.iterdir()] == ["report.pdf"]


def test_a_failed_report_keeps_the_previous_file(tmp_path: Path, default_pack: Pack) -> None:
    target = tmp_path / "out" / "report.pdf"
    target.parent.mkdir()
    target.write_bytes(b"previous report")
    broken = _data(default_pack, scores={"indicators": "not a list of indicators"})
    with pytest.raises(AttributeError):
        write_report(broken, target)
    assert target.read_bytes() == b"previous report"
    assert [p.name for p in target.parent.iterdir()] == ["report.pdf"]


def _store_interview(pack: Pack, *, mode: str) -> int:
    store = open_store()
    try:
        cluster = repo.create_cluster(
            store,
            name="Dvořák Ørsted Łódź Θεσσαλονίκη Robotics (fictional)",
            country="CZ",
            technology_area="ICT",
            fictional=True,
        )
        interview = repo.create_interview(
            store, cluster_id=cluster, pack=pack, mode=mode, expert="E. Expert", actor="test"
        )
        for item_id, value in _answers(pack).items():
            repo.save_answer(store, pack, interview, item_id, value, actor="test")
        repo.set_note(
            store,
            interview,
            "structure.participants_total",
            REPORT_NOTE,
            for_report=True,
            actor="test",
        )
        repo.set_note(
            store, interview, "management.staff_fte", PRIVATE_NOTE, for_report=False, actor="test"
        )
        repo.set_recommendations(store, interview, f"Keep {MARKUP} literal.", actor="test")
    finally:
        store.close()
    return interview


def test_report_of_a_stored_interview(tmp_path: Path, default_pack: Pack) -> None:
    interview = _store_interview(default_pack, mode="practice")
    store = open_store()
    try:
        data = build_report_data(store, interview)
    finally:
        store.close()
    assert data.is_practice
    assert data.notes["management.staff_fte"] == (PRIVATE_NOTE, False)
    pages = _pages(write_report(data, tmp_path / "stored.pdf"))
    text = _flat(" ".join(pages))
    assert all(WATERMARK in page for page in pages)
    assert REPORT_NOTE in text
    assert "merger" not in text
    assert f"Keep {MARKUP} literal." in text
    assert "Czechia" in text
    assert "No reference data was loaded" in text


def test_cli_writes_the_report(
    tmp_path: Path, default_pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    interview = _store_interview(default_pack, mode="on_site")
    target = tmp_path / "cli.pdf"
    assert main(["report", str(interview), "--out", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    pages = _pages(target)
    assert "Dvořák Ørsted Łódź Θεσσαλονίκη Robotics (fictional)" in pages[0]
    assert not any(WATERMARK in page for page in pages)


def test_cli_refuses_unknown_interview_and_wrong_suffix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["report", "404", "--out", str(tmp_path / "r.pdf")]) != 0
    assert capsys.readouterr().err.strip() == "clusterbench: There is no interview with id 404."
    assert main(["report", "1", "--out", str(tmp_path / "r.txt")]) == 2
    assert "must end in .pdf" in capsys.readouterr().err
    assert not (tmp_path / "r.pdf").exists()


def test_a_write_that_cannot_finish_leaves_no_partial_file(
    tmp_path: Path, default_pack: Pack
) -> None:
    folder = tmp_path / "out"
    target = folder / "report.pdf"
    target.mkdir(parents=True)  # a folder where the report should go: the rename fails
    with pytest.raises(OSError):
        write_report(_data(default_pack), target)
    assert [p.name for p in folder.iterdir()] == ["report.pdf"]
    assert target.is_dir()


def test_very_long_user_text_flows_over_pages(tmp_path: Path, default_pack: Pack) -> None:
    answers = dict(_data(default_pack).answers)
    answers["megatrends.activities"] = "Θ" * 6000 + " " + "activity " * 2000
    data = _data(default_pack, answers=answers, recommendations="Recommendation. " * 1500)
    pages = _pages(write_report(data, tmp_path / "long.pdf"))
    assert len(pages) > 12
    assert "ΘΘΘΘΘΘΘΘ" in " ".join(pages)


def test_section_scores_say_what_they_cover_as_the_app_does(
    tmp_path: Path, default_pack: Pack
) -> None:
    from app.scoring.engine import score_interview

    # One indicator of "interaction" answered at Gold: a score of 100 over 1 of its indicators.
    answers = {"interaction.joint_projects": 30}
    scores = score_interview(default_pack, answers)
    section = scores.section("interaction")
    assert section.score == 100
    assert section.coverage.partial
    data = replace(_data(default_pack), answers=answers, scores=scores.to_dict())
    text = _flat(" ".join(_pages(write_report(data, tmp_path / "coverage.pdf"))))
    total = section.coverage.indicators
    assert f"score 100 of 100, partial: 1 of {total} indicators answered" in text
    assert "score 100 of 100 over all" not in text
    assert "100 (partial)" in text  # the comparison table
    assert f"(1 of {total} answered)" in text  # under the radar's axis title
    unanswered = scores.section("financing")
    assert unanswered.score is None
    assert f"not scored: none of its {unanswered.coverage.indicators} indicators" in text
    assert "(not scored)" in text
    assert " 0 of 100" not in text
