"""The pre-fill workbook as a cluster manager fills it in LibreOffice Calc.

LibreOffice types into the exported workbook through its own input handling (a helper run
under the system's Python, which has LibreOffice's ``uno`` module) and saves it as XLSX;
the import must read what the person meant: "72.5%" is 72.5 % (Calc stores 0.725), and a
date typed into a year cell is refused with a message that says it is a date.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.export.prefill import (
    QUESTIONNAIRE_SHEET,
    VALUE_COLUMN,
    export_prefill_workbook,
    import_prefill_workbook,
)
from app.scoring.pack import Pack
from tests.export.test_prefill import rows_by_id

TYPIST = Path(__file__).with_name("libreoffice_typist.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-uno (scripts/setup.sh)
HANG_GUARD_SECONDS = 300

pytestmark = pytest.mark.slow


def typed_by_libreoffice(blank: Path, out: Path, cells: dict[str, str]) -> dict[str, str]:
    """``cells`` (item id -> text as typed) entered with LibreOffice; the formats it chose."""
    rows = rows_by_id(blank)
    entries = [f"{VALUE_COLUMN}{rows[item_id]}={text}" for item_id, text in cells.items()]
    done = subprocess.run(
        [SYSTEM_PYTHON, str(TYPIST), str(blank), str(out), QUESTIONNAIRE_SHEET, *entries],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_SECONDS,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    by_cell = dict(line.split("\t", 1) for line in done.stdout.splitlines())
    return {item_id: by_cell[f"{VALUE_COLUMN}{rows[item_id]}"] for item_id in cells}


@pytest.mark.parametrize("language", ["en", "de"])
def test_percentages_and_dates_typed_in_libreoffice(
    tmp_path: Path, default_pack: Pack, language: str
) -> None:
    blank = export_prefill_workbook(
        default_pack, tmp_path / "blank.xlsx", cluster_name="Test (fictional)", language=language
    )
    filled = tmp_path / "filled.xlsx"
    typed = typed_by_libreoffice(
        blank,
        filled,
        {
            "structure.sme_share": "72.5%",
            "financing.public_share": "45",
            "management.year_founded": "2015-03-01",
            "eligibility.committed_members": "64",
        },
    )
    # What Calc made of it: a fraction with a percent format, and a date.
    assert "%" in typed["structure.sme_share"].split("\t")[1]
    sheet = load_workbook(filled)[QUESTIONNAIRE_SHEET]
    rows = rows_by_id(filled)
    assert sheet[f"{VALUE_COLUMN}{rows['structure.sme_share']}"].value == pytest.approx(0.725)

    result = import_prefill_workbook(default_pack, filled)

    assert result.answers["structure.sme_share"] == pytest.approx(72.5)
    assert result.answers["financing.public_share"] == pytest.approx(45.0)
    assert result.answers["eligibility.committed_members"] == 64
    assert "management.year_founded" not in result.answers
    (error,) = result.errors
    assert error.item_id == "management.year_founded"
    assert "2015-03-01" in error.message
    expected = "type only the year" if language == "en" else "nur das Jahr eintragen"
    assert expected in error.message
