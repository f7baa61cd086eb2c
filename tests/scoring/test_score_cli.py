"""``clusterbench score`` and ``clusterbench reference``: real runs of the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli import run
from app.paths import default_pack_path, default_reference_path
from app.scoring.pack import Pack
from tests.scoring.test_engine import GOLD_ANSWERS

ROOT = Path(__file__).resolve().parents[2]


def _answers_file(tmp_path: Path, answers: dict[str, Any], **extra: Any) -> Path:
    document = {"pack": {"id": "ecei-benchmarking-public", "version": "1.1.0"}, "answers": answers}
    document.update(extra)
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_score_prints_the_full_result_as_json(tmp_path: Path, default_pack: Pack) -> None:
    path = _answers_file(tmp_path, GOLD_ANSWERS)
    done = _cli("score", str(path), "--technology-area", "ICT")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["eligibility"]["status"] == "eligible"
    assert {"id", "status", "reason"} <= set(result["eligibility"]["criteria"][0])
    assert result["gold"]["status"] == "ready"
    assert result["pack"]["content_hash"] == default_pack.content_hash
    assert result["reference"]["synthetic"] is True
    assert result["technology_area"] == "ICT"
    ranks = result["peers"]["indicators"]["structure.participants_total"]
    assert set(ranks) == {"technology_area", "excellence", "all"}
    assert all(0 <= rank <= 100 for rank in ranks.values())
    assert result["sections"][1]["score"] == 100.0


def test_bad_answer_exits_2_naming_the_item(tmp_path: Path) -> None:
    path = _answers_file(tmp_path, {**GOLD_ANSWERS, "structure.sme_share": 140})
    done = _cli("score", str(path))
    assert done.returncode == 2
    assert done.stdout == ""
    assert "structure.sme_share: Must be at most 100." in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"structure.no_such_item": 3}, "structure.no_such_item: unknown item id"),
        ({"structure.participants_total": "many"}, "structure.participants_total: expected a num"),
        ({"structure.participants_total": 2.5}, "structure.participants_total: expected a whole"),
        ({"services.written_strategy": "yes"}, "services.written_strategy: expected yes or no"),
        ({"services.offer": ["juggling"]}, "services.offer: 'juggling' is not one of the option"),
        ({"interaction.contact_frequency": 3}, "interaction.contact_frequency: 3 is not one of"),
        ({"management.year_founded": 1700}, "management.year_founded: Enter a year between"),
        ({"achievements.success_stories": [{"oops": 1}]}, "achievements.success_stories: entry 1"),
    ],
)
def test_each_kind_of_bad_answer_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], answers: dict[str, Any], expected: str
) -> None:
    path = _answers_file(tmp_path, answers)
    assert run(["score", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert expected in captured.err


def test_every_bad_answer_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _answers_file(tmp_path, {"a.b": 1, "structure.sme_share": -1})
    assert run(["score", str(path)]) == 2
    err = capsys.readouterr().err
    assert "2 answer(s) cannot be scored" in err
    assert "a.b: unknown item id" in err
    assert "structure.sme_share: Must be at least 0." in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"pack": {"id": "ecei-benchmarking-public"}, "answers": {', "not valid JSON (line 1"),
        ("[1, 2]", 'expected a JSON object with "pack" and "answers"'),
        ('{"answers": [1]}', '"answers" must be an object'),
        ('{"answers": {}, "cluster": "x"}', "unknown field 'cluster'"),
        ('{"pack": {"id": "other-pack", "version": "1"}, "answers": {}}', "'other-pack'"),
        (
            '{"pack": {"id": "ecei-benchmarking-public", "version": "9.9"}, "answers": {}}',
            "version 9.9",
        ),
    ],
)
def test_malformed_answer_files_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, expected: str
) -> None:
    path = tmp_path / "answers.json"
    path.write_text(content, encoding="utf-8")
    assert run(["score", str(path)]) == 2
    assert expected in capsys.readouterr().err


def test_missing_file_unknown_area_and_broken_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["score", str(tmp_path / "absent.json")]) == 2
    assert "no such file" in capsys.readouterr().err
    path = _answers_file(tmp_path, {})
    assert run(["score", str(path), "--technology-area", "Underwater basket weaving"]) == 2
    assert "unknown technology area" in capsys.readouterr().err
    broken = tmp_path / "pack.yaml"
    broken.write_text("id: [unclosed", encoding="utf-8")
    assert run(["score", str(path), "--pack", str(broken)]) == 2
    assert "not valid YAML" in capsys.readouterr().err


def test_score_with_explicit_pack_reference_and_without_peers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _answers_file(tmp_path, GOLD_ANSWERS, technology_area="biotechnology")
    args = ["score", str(path), "--pack", str(default_pack_path())]
    assert run([*args, "--reference", str(default_reference_path())]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["technology_area"] == "Biotechnology"
    assert result["peers"]["groups"]["technology_area"]["shown"] is True
    assert run([*args, "--no-peers"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["reference"] is None
    assert result["radar"]["technology_area"] is None


def test_bad_reference_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _answers_file(tmp_path, {})
    reference = tmp_path / "ref.json"
    reference.write_text('{"format": "clusterbench-reference", "format_version": 2}', "utf-8")
    assert run(["score", str(path), "--reference", str(reference)]) == 2
    assert "format_version" in capsys.readouterr().err


def test_reference_import_then_show_and_score_use_it(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = json.loads(default_reference_path().read_text(encoding="utf-8"))
    document.update(id="imported-test", version="1", synthetic=True)
    source = tmp_path / "imported.json"
    source.write_text(json.dumps(document), encoding="utf-8")
    done = _cli("reference", "import", str(source))
    assert done.returncode == 0, done.stderr
    assert "imported: imported-test 1" in done.stdout
    assert (data_dir / "reference" / "imported-test-1.json").exists()

    assert run(["reference", "show", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["id"] == "imported-test"
    assert summary["synthetic"] is True
    assert summary["shipped"] is False

    path = _answers_file(tmp_path, GOLD_ANSWERS)
    assert run(["score", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["reference"]["id"] == "imported-test"


def test_reference_show_text_says_synthetic(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["reference", "show"]) == 0
    out = capsys.readouterr().out
    assert "SYNTHETIC" in out
    assert "shipped with the app" in out
    assert "ICT" in out


def test_reference_import_of_a_broken_file_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "clusterbench-reference", "clusters": [{}]}', "utf-8")
    done = _cli("reference", "import", str(broken))
    assert done.returncode == 2
    assert "clusters[0].technology_area" in done.stderr
    assert "format_version" in done.stderr
    assert "Traceback" not in done.stderr


# --- the label path: previous benchmarking, improvement areas, verdicts -------------------------

SECOND = {**GOLD_ANSWERS, "eligibility.social_economy": False}
PREVIOUS = {**SECOND, "interaction.joint_projects": 2, "services.kpis_monitored": False}
IMPROVEMENTS = [
    {"title": "Joint projects", "evidence": "Project list (fictional)",
     "indicators": ["interaction.joint_projects"]},
    {"title": "KPIs", "evidence": "Dashboard (fictional)",
     "indicators": ["services.kpis_monitored"]},
    {"title": "Press", "evidence": "Press review (fictional)",
     "indicators": ["achievements.press_articles"]},
]  # fmt: skip


def test_score_prints_bronze_silver_and_gold_verdicts_with_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _answers_file(
        tmp_path,
        SECOND,
        date="2026-02-10",
        previous={"answers": PREVIOUS, "date": "2024-05-14"},
        improvements=IMPROVEMENTS,
    )
    assert run(["score", str(path), "--no-peers"]) == 0
    result = json.loads(capsys.readouterr().out)
    # The fields of before are all still there.
    for key in ("pack", "reference", "eligibility", "indicators", "sections", "gold",
                "silver_precheck", "peers", "radar"):  # fmt: skip
        assert key in result
    verdicts = result["verdicts"]
    assert [verdicts[k]["status"] for k in ("bronze", "silver", "gold")] == ["passed"] * 3
    assert all(verdicts[k]["reasons"] for k in ("bronze", "silver", "gold"))
    assert verdicts["silver"]["validated_improvements"] == 3
    assert result["progress"]["months"] == 20.9
    assert run(["score", str(path), "--no-peers", "--verdicts"]) == 0
    text = capsys.readouterr().out
    assert text.splitlines()[0].startswith("Bronze: passed.")
    assert "Silver: passed." in text
    assert "Gold readiness: ready." in text
    assert "    * KPIs: Validated" in text


def test_without_a_previous_benchmarking_silver_is_not_passed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["score", str(_answers_file(tmp_path, SECOND)), "--no-peers"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["verdicts"]["silver"]["status"] == "not_passed"
    assert result["progress"] is None


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"date": "10.02.2026"}, '"date" must be a date written YYYY-MM-DD'),
        ({"previous": {"answers": {}}}, '"previous" must be'),
        ({"previous": {"answers": [], "date": "2024-05-14"}}, '"previous.answers" must be'),
        ({"previous": {"answers": {}, "date": "soon"}}, '"previous.date" must be a date'),
        (
            {"previous": {"answers": {"structure.sme_share": 140}, "date": "2024-05-14"}},
            "previous.answers: structure.sme_share",
        ),
        ({"improvements": {"title": "x"}}, "improvements: expected a list"),
        ({"improvements": [{"title": ""}]}, "improvements[0].title"),
        ({"colour": "red"}, "unknown field 'colour'"),
    ],
)
def test_bad_label_path_input_exits_2_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: dict[str, Any], message: str
) -> None:
    path = _answers_file(tmp_path, SECOND, **extra)
    assert run(["score", str(path), "--no-peers"]) == 2
    assert message in capsys.readouterr().err
