"""Pre-fill workbooks: real XLSX files written, filled with openpyxl, read back into a store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from app.cli import run as main
from app.export.prefill import (
    QUESTIONNAIRE_SHEET,
    VALUE_COLUMN,
    PrefillError,
    PrefillRejected,
    apply_prefill,
    export_interview_workbook,
    export_prefill_workbook,
    import_prefill_workbook,
)
from app.models import Store, open_store
from app.models import repository as repo
from app.paths import default_pack_path
from app.scoring.pack import Pack

#: Valid cell contents as a cluster would type them, and the answers they stand for.
GOOD_CELLS: dict[str, Any] = {
    "eligibility.eccp_listed": "yes",
    "eligibility.committed_members": 64,
    "eligibility.member_types": "companies, research",
    "structure.sme_share": 73.1,
    "management.legal_form": "Association [association]",
    "financing.total_budget": "420000",
}
GOOD_ANSWERS: dict[str, Any] = {
    "eligibility.eccp_listed": True,
    "eligibility.committed_members": 64,
    "eligibility.member_types": ["companies", "research"],
    "structure.sme_share": 73.1,
    "management.legal_form": "association",
    "financing.total_budget": 420000.0,
}


def rows_by_id(path: Path) -> dict[str, int]:
    """Questionnaire row of each item id."""
    sheet = load_workbook(path)[QUESTIONNAIRE_SHEET]
    return {
        str(sheet[f"A{row}"].value): row
        for row in range(2, sheet.max_row + 1)
        if sheet[f"A{row}"].value
    }


def fill(path: Path, cells: dict[str, Any], *, ids: dict[int, str] | None = None) -> None:
    """Type answers into the answer column (and, to break it, ids into column A)."""
    rows = rows_by_id(path)
    workbook = load_workbook(path)
    sheet = workbook[QUESTIONNAIRE_SHEET]
    for item_id, value in cells.items():
        sheet[f"{VALUE_COLUMN}{rows[item_id]}"] = value
    for row, new_id in (ids or {}).items():
        sheet[f"A{row}"] = new_id
    workbook.save(path)


@pytest.fixture
def blank(tmp_path: Path, default_pack: Pack) -> Path:
    return export_prefill_workbook(
        default_pack, tmp_path / "prefill.xlsx", cluster_name="Test Cluster (fictional)"
    )


def test_blank_workbook_is_locked_except_the_answer_column(blank: Path, default_pack: Pack):
    workbook = load_workbook(blank)
    sheet = workbook[QUESTIONNAIRE_SHEET]
    assert sheet.protection.sheet is True
    assert workbook.security.lockStructure is True
    rows = rows_by_id(blank)
    assert set(rows) == {item.id for item in default_pack.items}
    row = rows["eligibility.committed_members"]
    header = [sheet.cell(row=1, column=c).value for c in range(1, 9)]
    assert header[:2] == ["Item id", "Question"]
    assert {"Unit", "Your answer", "Allowed values", "Guidance"} <= set(header)
    for column in "ABCDFGH":
        assert sheet[f"{column}{row}"].protection.locked, column
    assert not sheet[f"{VALUE_COLUMN}{row}"].protection.locked
    assert sheet[f"C{row}"].value == "members"
    assert sheet[f"F{row}"].value == "Whole number from 0 to 100000"
    assert sheet[f"B{row}"].alignment.wrap_text
    assert sheet.freeze_panes == "C2"
    assert sheet.column_dimensions["B"].width >= 40
    # Choices come with a drop-down list; the list covers every option of the item.
    legal_form = f"{VALUE_COLUMN}{rows['management.legal_form']}"
    lists = [dv for dv in sheet.data_validations.dataValidation if dv.type == "list"]
    covering = [dv for dv in lists if legal_form in str(dv.sqref)]
    assert len(covering) == 1
    column = covering[0].formula1.split("$")[1]
    options = [c.value for c in workbook["_lists"][column][1:] if c.value]
    item = default_pack.item("management.legal_form")
    assert options == [f"{o.label.get()} [{o.code}]" for o in item.options]
    assert options[0] == "Association [association]"


def test_filled_workbook_is_imported_as_unconfirmed_prefills(
    store: Store, interview_id: int, tmp_path: Path
) -> None:
    path = export_interview_workbook(store, interview_id, tmp_path / "cluster.xlsx")
    fill(path, GOOD_CELLS)
    pack = repo.pack_of(store, interview_id)
    result = import_prefill_workbook(pack, path)
    assert result.errors == []
    assert result.cluster_name == "Test Cluster Łódź (fictional)"
    assert result.answers == GOOD_ANSWERS
    saved = apply_prefill(store, pack, interview_id, result, valid_rows_only=False, actor="E")
    assert saved == len(GOOD_ANSWERS)
    assert repo.answers_of(store, interview_id) == GOOD_ANSWERS
    assert sorted(repo.unconfirmed_prefills(store, interview_id)) == sorted(GOOD_ANSWERS)
    meta = repo.answer_meta(store, interview_id)
    assert {m.source for m in meta.values()} == {"prefill"}
    repo.confirm_answer(store, interview_id, "eligibility.eccp_listed", actor="E")
    assert "eligibility.eccp_listed" not in repo.unconfirmed_prefills(store, interview_id)


def test_a_prefill_never_overwrites_the_experts_answer(
    store: Store, interview_id: int, default_pack: Pack, tmp_path: Path
) -> None:
    repo.save_answer(
        store, default_pack, interview_id, "eligibility.committed_members", 70, actor="E"
    )
    path = export_interview_workbook(store, interview_id, tmp_path / "cluster.xlsx")
    fill(path, GOOD_CELLS)
    result = import_prefill_workbook(default_pack, path)
    saved = apply_prefill(
        store, default_pack, interview_id, result, valid_rows_only=False, actor="E"
    )
    assert saved == len(GOOD_ANSWERS) - 1
    assert repo.answers_of(store, interview_id)["eligibility.committed_members"] == 70
    assert "eligibility.committed_members" not in repo.unconfirmed_prefills(store, interview_id)


def broken_workbook(path: Path) -> dict[str, int]:
    """Fill ``path`` with good cells and one of each kind of error; return the rows used."""
    rows = rows_by_id(path)
    fill(
        path,
        {
            **GOOD_CELLS,
            "eligibility.management_fte": "three and a half",  # wrong type
            "structure.participants_total": 250_000,  # out of bounds
            "megatrends.digital": "visionary",  # unknown option
        },
        ids={
            rows["structure.new_participants"]: "structure.no_such_item",  # unknown id
            rows["management.staff_fte"]: "management.training_days",  # modified id column
        },
    )
    return rows


def test_every_cell_error_is_listed_with_row_and_column(
    store: Store, interview_id: int, default_pack: Pack, tmp_path: Path
) -> None:
    path = export_interview_workbook(store, interview_id, tmp_path / "broken.xlsx")
    rows = broken_workbook(path)
    result = import_prefill_workbook(default_pack, path)
    listed = [str(error) for error in result.errors]
    fte, total = rows["eligibility.management_fte"], rows["structure.participants_total"]
    digital, unknown = rows["megatrends.digital"], rows["structure.new_participants"]
    moved = rows["management.staff_fte"]
    assert listed == [
        f"row {fte}, column E (eligibility.management_fte): "
        "expected a number, got 'three and a half'",
        f"row {total}, column E (structure.participants_total): Must be at most 100000.",
        f"row {unknown}, column A (structure.no_such_item): unknown item id for the "
        "questionnaire ecei-benchmarking-public 1.1.0 (this row was exported for "
        "structure.new_participants)",
        f"row {moved}, column A (management.training_days): the item id column was modified "
        "(this row was exported for management.staff_fte); item ids, rows and their order "
        "must not be changed",
        f"row {digital}, column E (megatrends.digital): 'visionary' is not one of the options "
        "(none, initial, established, leading)",
    ]
    with pytest.raises(PrefillRejected) as rejected:
        apply_prefill(store, default_pack, interview_id, result, valid_rows_only=False, actor="E")
    assert len(rejected.value.errors) == 5
    assert repo.answers_of(store, interview_id) == {}

    saved = apply_prefill(
        store, default_pack, interview_id, result, valid_rows_only=True, actor="E"
    )
    assert saved == len(GOOD_ANSWERS)
    assert repo.answers_of(store, interview_id) == GOOD_ANSWERS


def test_not_a_workbook_gets_a_clear_message(default_pack: Pack, tmp_path: Path) -> None:
    fake = tmp_path / "minutes.xlsx"
    fake.write_bytes(b"%PDF-1.7 this is a PDF renamed to .xlsx")
    with pytest.raises(PrefillError, match=r"minutes\.xlsx is not an Excel workbook"):
        import_prefill_workbook(default_pack, fake)
    truncated = tmp_path / "cut.xlsx"
    export_prefill_workbook(default_pack, truncated)
    truncated.write_bytes(truncated.read_bytes()[:2000])
    with pytest.raises(PrefillError, match=r"cut\.xlsx is not an Excel workbook"):
        import_prefill_workbook(default_pack, truncated)


def test_an_unrelated_workbook_is_refused(default_pack: Pack, tmp_path: Path) -> None:
    from openpyxl import Workbook

    other = tmp_path / "budget.xlsx"
    workbook = Workbook()
    workbook.active["A1"] = "Budget 2025"
    workbook.save(other)
    with pytest.raises(PrefillError, match="not a ClusterBench pre-fill workbook"):
        import_prefill_workbook(default_pack, other)


def test_success_stories_sheet_round_trips(default_pack: Pack, tmp_path: Path) -> None:
    path = export_prefill_workbook(default_pack, tmp_path / "stories.xlsx")
    workbook = load_workbook(path)
    sheet_name = next(n for n in workbook.sheetnames if n.startswith("Success"))
    sheet = workbook[sheet_name]
    sheet["B2"] = "Shared test basin"
    workbook.save(path)
    result = import_prefill_workbook(default_pack, path)
    assert result.errors == []
    stories = result.answers["achievements.success_stories"]
    assert stories[0]["title"] == "Shared test basin"


# --- the command line ------------------------------------------------------------------------


@pytest.fixture
def cli_interview(data_dir: Path, default_pack: Pack) -> int:
    """An interview in the default store, closed again so that the CLI can open it."""
    opened = open_store()
    try:
        cluster_id = repo.create_cluster(
            opened, name="CLI Cluster (fictional)", country="XX", technology_area="ICT",
            fictional=True,
        )  # fmt: skip
        return repo.create_interview(
            opened, cluster_id=cluster_id, pack=default_pack, mode="on_site", expert="E",
            actor="E",
        )  # fmt: skip
    finally:
        opened.close()


def stored(interview_id: int) -> tuple[dict[str, Any], list[str]]:
    opened = open_store()
    try:
        return (
            repo.answers_of(opened, interview_id),
            repo.unconfirmed_prefills(opened, interview_id),
        )
    finally:
        opened.close()


def test_cli_export_from_pack_and_from_interview(
    cli_interview: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "from-pack.xlsx"
    assert main(["prefill", "export", "--pack", str(default_pack_path()), "--out", str(out)]) == 0
    assert "written:" in capsys.readouterr().out
    assert "eligibility.committed_members" in rows_by_id(out)
    out = tmp_path / "from-interview.xlsx"
    assert main(["prefill", "export", str(cli_interview), "--out", str(out)]) == 0
    instructions = load_workbook(out)["Instructions"]
    assert instructions["B3"].value == "CLI Cluster (fictional)"
    assert main(["prefill", "export", str(cli_interview), "--out", str(tmp_path / "x.csv")]) == 2
    assert "must end in .xlsx" in capsys.readouterr().err


def test_cli_import_exit_codes(
    cli_interview: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.xlsx"
    assert main(["prefill", "export", str(cli_interview), "--out", str(path)]) == 0
    rows = broken_workbook(path)
    capsys.readouterr()

    assert main(["prefill", "import", str(cli_interview), str(path)]) == 2
    err = capsys.readouterr().err
    assert "5 cell error(s)" in err
    assert f"row {rows['structure.participants_total']}, column E" in err
    assert f"row {rows['management.staff_fte']}, column A" in err
    assert "Nothing was imported" in err
    assert stored(cli_interview) == ({}, [])

    assert main(["prefill", "import", str(cli_interview), str(path), "--valid-rows-only"]) == 0
    assert f"imported: {len(GOOD_ANSWERS)} pre-filled answer(s)" in capsys.readouterr().out
    answers, unconfirmed = stored(cli_interview)
    assert answers == GOOD_ANSWERS
    assert sorted(unconfirmed) == sorted(GOOD_ANSWERS)


def test_cli_import_of_a_corrupt_file_is_one_line(
    cli_interview: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = tmp_path / "notes.xlsx"
    fake.write_text("just some notes", encoding="utf-8")
    assert main(["prefill", "import", str(cli_interview), str(fake)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("clusterbench: notes.xlsx is not an Excel workbook")
    assert "\n" not in err


def test_a_german_workbook_is_german_in_every_column(tmp_path: Path, default_pack: Pack) -> None:
    path = export_prefill_workbook(default_pack, tmp_path / "de.xlsx", language="de")
    sheet = load_workbook(path)[QUESTIONNAIRE_SHEET]
    rows = rows_by_id(path)
    header = [sheet.cell(row=1, column=c).value for c in range(1, 9)]
    assert header == [
        "Frage-ID", "Frage", "Einheit", "Pflicht", "Ihre Antwort", "Erlaubte Werte",
        "Hinweise", "Antworttyp",
    ]  # fmt: skip
    members = rows["eligibility.committed_members"]
    assert sheet[f"C{members}"].value == "Mitglieder"
    assert sheet[f"C{rows['management.staff_fte']}"].value == "VZÄ"
    assert sheet[f"F{members}"].value == "Ganze Zahl von 0 bis 100000"
    assert sheet[f"H{members}"].value == "ganze Zahl"
    types = " ".join(str(sheet[f"H{row}"].value) for row in rows.values())
    allowed = " ".join(str(sheet[f"F{row}"].value) for row in rows.values())
    for english in ("number", "choice", "text", "Codes separated", "from", "Web address"):
        assert english not in types + allowed, english
    validations = sheet.data_validations.dataValidation
    assert {dv.errorTitle for dv in validations} <= {
        "Ja oder nein", "Keine der Möglichkeiten", "Nicht erlaubt",
    }  # fmt: skip


def test_percent_cells_let_the_spreadsheet_mark_a_percentage(blank: Path) -> None:
    sheet = load_workbook(blank)[QUESTIONNAIRE_SHEET]
    row = rows_by_id(blank)["structure.sme_share"]
    assert sheet[f"{VALUE_COLUMN}{row}"].number_format == "General"


def test_a_date_in_a_number_cell_is_named_a_date(blank: Path, default_pack: Pack) -> None:
    from datetime import datetime

    fill(
        blank, {"management.year_founded": datetime(2015, 3, 1), "structure.sme_share": "1.3.2015"}
    )
    errors = {e.item_id: e.message for e in import_prefill_workbook(default_pack, blank).errors}
    assert errors["management.year_founded"] == (
        "2015-03-01 is a date; type only the year, e.g. 2015."
    )
    assert errors["structure.sme_share"] == "1.3.2015 is a date, not a number."
