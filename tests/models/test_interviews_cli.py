"""``clusterbench interviews`` against a real store."""

from __future__ import annotations

import json

import pytest

from app.cli import run as main


def test_new_list_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "interviews",
                "new",
                "--cluster",
                "Θεσσαλονίκη Agrifood (fictional)",
                "--country",
                "GR",
                "--area",
                "Food (non-biotech)",
                "--expert",
                "E. Expert",
                "--mode",
                "video_call",
            ]
        )
        == 0
    )
    interview_id = int(capsys.readouterr().out.strip())
    assert main(["interviews", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [row["cluster_name"] for row in rows] == ["Θεσσαλονίκη Agrifood (fictional)"]
    assert {"id", "cluster", "mode", "status"} <= set(rows[0])
    assert rows[0]["cluster"] == "Θεσσαλονίκη Agrifood (fictional)"
    assert rows[0]["mode"] == "video_call"
    # Without an action, the verb lists too.
    assert main(["interviews", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == rows
    assert main(["interviews", "show", str(interview_id)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["mode"] == "video_call"
    assert shown["answers"] == {}


def test_unknown_interview_and_area_are_one_line_errors(capsys: pytest.CaptureFixture[str]):
    assert main(["interviews", "show", "77"]) == 2
    assert capsys.readouterr().err.strip() == "clusterbench: There is no interview with id 77."
    assert (
        main(
            [
                "interviews",
                "new",
                "--cluster",
                "X",
                "--country",
                "AT",
                "--area",
                "Nope",
                "--expert",
                "E",
            ]
        )
        == 2
    )
    assert "Unknown technology area 'Nope'" in capsys.readouterr().err
