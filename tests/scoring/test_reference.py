"""Reference data: the documented format, located errors, and the shipped set."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from app.errors import AppError
from app.paths import default_reference_path
from app.scoring.pack import NUMERIC_TYPES, Pack, validate_answer
from app.scoring.reference import (
    ReferenceDataError,
    default_reference,
    load_reference,
    parse_reference,
)
from scripts import make_synthetic_reference as generator


def _document(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": "clusterbench-reference",
        "format_version": 1,
        "id": "test-set",
        "version": "2025.1",
        "synthetic": False,
        "indicators": ["structure.participants_total", "services.written_strategy"],
        "clusters": [
            {
                "technology_area": "ICT",
                "country": "DE",
                "label": "gold",
                "year": 2023,
                "values": [120, True],
            },
            {
                "technology_area": "Construction",
                "country": "FR",
                "label": "none",
                "year": 2020,
                "values": [None, False],
            },
        ],  # fmt: skip
    }
    document.update(changes)
    return document


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _errors(document: Any) -> list[str]:
    with pytest.raises(ReferenceDataError) as caught:
        parse_reference(json.dumps(document).encode(), "test.json")
    return caught.value.errors


def test_a_valid_file_loads_with_its_hash(tmp_path: Path) -> None:
    path = _write(tmp_path / "ref.json", _document())
    reference = load_reference(path)
    assert (reference.id, reference.version, reference.synthetic) == ("test-set", "2025.1", False)
    assert reference.size == 2
    assert reference.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert reference.column("services.written_strategy") == 1
    assert reference.column("no.such") is None
    assert reference.ref == {
        "id": "test-set",
        "version": "2025.1",
        "sha256": reference.sha256,
        "synthetic": False,
        "size": 2,
    }
    assert reference.summary()["labels"] == {"gold": 1, "silver": 0, "bronze": 0, "none": 1}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"format": "other"}, "format: expected 'clusterbench-reference'"),
        ({"format_version": 2}, "format_version: this ClusterBench reads format version 1"),
        ({"id": ""}, "id: expected a non-empty string"),
        ({"synthetic": "yes"}, "synthetic: expected true or false"),
        ({"indicators": ["a", "a"]}, "indicators[1]: duplicate indicator id 'a'"),
        ({"extra": 1}, "(top level): unknown field 'extra'"),
        ({"clusters": {}}, "clusters: expected a list of clusters"),
    ],
)
def test_header_errors_are_located(changes: dict[str, Any], expected: str) -> None:
    assert any(error.startswith(expected) for error in _errors(_document(**changes)))


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("technology_area", "Robotics", "clusters[1].technology_area: 'Robotics' is not a known"),
        ("country", "Germany", "clusters[1].country: expected a two-letter country code"),
        ("label", "platinum", "clusters[1].label: expected one of gold, silver, bronze, none"),
        ("year", 1850, "clusters[1].year: expected a year between 1990 and 2100"),
        ("values", [1], "clusters[1].values: expected 2 values (one per indicator), found 1"),
        ("values", [[1], True], "clusters[1].values[0]: expected a number, true/false"),
        ("name", "Real Cluster e.V.", "clusters[1]: unknown field 'name'"),
    ],
)
def test_cluster_errors_are_located(field: str, value: Any, expected: str) -> None:
    document = _document()
    document["clusters"][1][field] = value
    errors = _errors(document)
    assert any(error.startswith(expected) for error in errors), errors


def test_every_problem_is_listed_at_once() -> None:
    document = _document(format_version=3)
    document["clusters"][0]["label"] = "x"
    document["clusters"][1]["year"] = "2020"
    with pytest.raises(ReferenceDataError) as caught:
        parse_reference(json.dumps(document).encode(), "many.json")
    error = caught.value
    assert len(error.errors) == 3
    assert isinstance(error, AppError)
    assert error.exit_code == 2
    assert error.user_message.startswith("The reference data many.json is not valid:")
    assert "clusters[0].label" in error.user_message
    assert "clusters[1].year" in error.user_message


def test_malformed_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "format": "clusterbench-reference",\n  oops\n}', encoding="utf-8")
    with pytest.raises(ReferenceDataError) as caught:
        load_reference(path)
    assert "line 3, column 3: not valid JSON" in caught.value.user_message


def test_missing_file_and_non_object(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match="cannot read the file"):
        load_reference(tmp_path / "absent.json")
    assert _errors([1, 2]) == ["(top level): expected a JSON object"]


# --- the shipped synthetic set ----------------------------------------------------------------


def test_shipped_set_is_synthetic_compact_and_covers_the_pack(default_pack: Pack) -> None:
    path = default_reference_path()
    assert path.stat().st_size < 2_000_000
    reference = default_reference()
    assert reference.synthetic is True
    assert "SYNTHETIC" in reference.title
    assert 1_200 <= reference.size <= 1_400
    scored = [item.id for item in default_pack.items if item.scoring.scored]
    assert list(reference.indicators) == scored
    assert reference.pack_id == default_pack.id


def test_shipped_values_are_valid_answers(default_pack: Pack) -> None:
    reference = default_reference()
    items = {item.id: item for item in default_pack.items}
    for cluster in reference.clusters:
        for item_id, value in zip(reference.indicators, cluster.values, strict=True):
            if value is None:
                continue
            item = items[item_id]
            if item.type in NUMERIC_TYPES or item.type in {"yes_no", "single_choice"}:
                assert validate_answer(item, value) == value
            elif item.type == "multiple_choice":
                assert isinstance(value, int)
                assert 0 <= value <= len(item.options)
            else:
                assert isinstance(value, int)
                assert 0 <= value <= (item.max_rows or 10)


def test_the_generator_reproduces_the_shipped_file(default_pack: Pack) -> None:
    text = generator.dumps(generator.generate(default_pack))
    assert text.encode("utf-8") == default_reference_path().read_bytes()


def test_the_generator_output_is_valid_for_other_sizes(default_pack: Pack) -> None:
    data = generator.dumps(generator.generate(default_pack, count=50, seed=7)).encode()
    reference = parse_reference(data, "small")
    assert reference.size == 50
    assert reference.synthetic
