"""Pre-fill workbooks: a questionnaire the cluster fills in Excel before the interview.

``export_prefill_workbook`` writes a protected XLSX with one row per item (grouped by
section) and only the answer cells editable; repeating groups (success stories) get a sheet
of their own with one row per entry. ``import_prefill_workbook`` reads it back and validates
every cell against the pack, locating each problem by row and column
(``row 14, column E (eligibility.committed_members): ...``); a hidden layout records which
item each row was exported for, so an edited id column is refused cell by cell.
``apply_prefill`` saves the valid answers into an interview as "pre-filled, to confirm".

The sheets are protected without a password: protection keeps the layout from being
broken by accident, it is not a security measure. A very hidden sheet (``_clusterbench``)
records the pack id and version the workbook was made for; import refuses a workbook made
for another pack.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from app.errors import AppError
from app.fileio import write_atomically
from app.scoring.pack import (
    NUMERIC_TYPES,
    AnswerError,
    AnswerValue,
    GroupField,
    Item,
    Option,
    Pack,
    validate_answer,
)
from app.scoring.wording import number_text, say, unit_name

if TYPE_CHECKING:
    from app.models import Store

log = logging.getLogger(__name__)

FORMAT_NAME = "clusterbench-prefill"
FORMAT_VERSION = 1
QUESTIONNAIRE_SHEET = "Questionnaire"
INSTRUCTIONS_SHEET = "Instructions"
META_SHEET = "_clusterbench"
LISTS_SHEET = "_lists"
HEADER_ROW = 1
ID_COLUMN = "A"
VALUE_COLUMN = "E"
#: Questionnaire columns: (key, width).
COLUMNS = (
    ("id", 30),
    ("question", 52),
    ("unit", 12),
    ("required", 11),
    ("answer", 30),
    ("allowed", 40),
    ("help", 48),
    ("type", 16),
)
MAX_ROWS_WITHOUT_LIMIT = 20

_YES = {"yes", "y", "true", "1", "x", "ja", "j", "oui", "si", "sí", "wahr"}
_NO = {"no", "n", "false", "0", "nein", "non", "falsch"}
_CODE_IN_BRACKETS = re.compile(r"\[([^\[\]]+)\]")

_STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "id": "Item id",
        "question": "Question",
        "unit": "Unit",
        "required": "Required",
        "answer": "Your answer",
        "allowed": "Allowed values",
        "help": "Guidance",
        "type": "Answer type",
        "entry": "Entry",
        "yes": "yes",
        "no": "no",
        "see_sheet": "Fill in on the sheet '{sheet}'",
        "required_mark": "required",
        "title": "Pre-fill questionnaire",
        "for_cluster": "Cluster",
        "pack": "Questionnaire",
        "created": "Created",
        "whole_number": "Whole number",
        "year": "Year",
        "number": "Number",
        "range": "{kind} from {low} to {high}",
        "at_least": "{kind}, at least {low}",
        "at_most": "{kind}, at most {high}",
        "codes": "Codes separated by commas",
        "choose_at_least": "at least {n}",
        "choose_at_most": "at most {n}",
        "web_address": "Web address starting with https://",
        "text_limit": "Text, up to {limit} characters",
        "evidence": "Evidence: {text}",
        "depends": "Only needed depending on the answer to: {items}",
        "list_sheets": "Lists with one row per entry are on the sheet(s) {names}.",
        "yes_no_title": "Yes or no",
        "yes_no_error": "Please pick yes or no from the list.",
        "list_title": "Not one of the options",
        "list_error": "Please pick a value from the list.",
        "number_title": "Not allowed",
    },
    "de": {
        "id": "Frage-ID",
        "question": "Frage",
        "unit": "Einheit",
        "required": "Pflicht",
        "answer": "Ihre Antwort",
        "allowed": "Erlaubte Werte",
        "help": "Hinweise",
        "type": "Antworttyp",
        "entry": "Eintrag",
        "yes": "ja",
        "no": "nein",
        "see_sheet": "Bitte im Blatt '{sheet}' ausfüllen",
        "required_mark": "Pflicht",
        "title": "Vorab-Fragebogen",
        "for_cluster": "Cluster",
        "pack": "Fragebogen",
        "created": "Erstellt",
        "whole_number": "Ganze Zahl",
        "year": "Jahr",
        "number": "Zahl",
        "range": "{kind} von {low} bis {high}",
        "at_least": "{kind}, mindestens {low}",
        "at_most": "{kind}, höchstens {high}",
        "codes": "Codes, mit Kommas getrennt",
        "choose_at_least": "mindestens {n}",
        "choose_at_most": "höchstens {n}",
        "web_address": "Webadresse, beginnend mit https://",
        "text_limit": "Text, bis zu {limit} Zeichen",
        "evidence": "Nachweis: {text}",
        "depends": "Nur nötig je nach Antwort auf: {items}",
        "list_sheets": (
            "Listen mit einer Zeile je Eintrag stehen auf dem Blatt/den Blättern {names}."
        ),
        "yes_no_title": "Ja oder nein",
        "yes_no_error": "Bitte ja oder nein aus der Liste wählen.",
        "list_title": "Keine der Möglichkeiten",
        "list_error": "Bitte einen Wert aus der Liste wählen.",
        "number_title": "Nicht erlaubt",
    },
}

_INSTRUCTIONS: dict[str, tuple[str, ...]] = {
    "en": (
        "Please fill in the yellow cells of the sheet 'Questionnaire' (and of the sheets for "
        "lists such as success stories). Everything else is locked so that the layout stays "
        "intact; the sheets are protected without a password.",
        "Leave a cell empty when you do not know the answer; the expert will ask during the "
        "interview. Every answer you give here is checked with you during the interview.",
        "Numbers: enter the number only, without units or thousands separators "
        "(e.g. 2.5 or 420000). Percentages: enter 45 for 45 %.",
        "Yes/no and single choices: pick a value from the cell's drop-down list.",
        "Several choices: write the codes shown under 'Allowed values', separated by commas "
        "(e.g. companies, research).",
        "Do not rename, add or delete sheets, rows or columns: the workbook is read back "
        "automatically and checked cell by cell.",
    ),
    "de": (
        "Bitte füllen Sie die gelben Zellen im Blatt 'Questionnaire' aus (und in den Blättern "
        "für Listen wie Erfolgsgeschichten). Alles andere ist gesperrt, damit der Aufbau "
        "erhalten bleibt; die Blätter sind ohne Passwort geschützt.",
        "Lassen Sie eine Zelle leer, wenn Sie die Antwort nicht kennen; die Expertin oder der "
        "Experte fragt im Interview nach. Jede Angabe wird im Interview mit Ihnen geprüft.",
        "Zahlen: nur die Zahl, ohne Einheit und ohne Tausendertrennzeichen (z. B. 2.5 oder "
        "420000). Prozent: 45 für 45 %.",
        "Ja/Nein und Einfachauswahl: Wert aus der Auswahlliste der Zelle wählen.",
        "Mehrfachauswahl: die unter 'Erlaubte Werte' genannten Codes mit Kommas getrennt "
        "eintragen (z. B. companies, research).",
        "Bitte keine Blätter, Zeilen oder Spalten umbenennen, einfügen oder löschen: die Datei "
        "wird automatisch eingelesen und Zelle für Zelle geprüft.",
    ),
}

_TYPE_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "integer": "whole number",
        "decimal": "number",
        "percent": "percent (0-100)",
        "currency": "amount",
        "year": "year",
        "yes_no": "yes / no",
        "single_choice": "one choice",
        "multiple_choice": "several choices",
        "short_text": "short text",
        "long_text": "long text",
        "url": "web address",
        "group": "list",
    },
    "de": {
        "integer": "ganze Zahl",
        "decimal": "Zahl",
        "percent": "Prozent (0-100)",
        "currency": "Betrag",
        "year": "Jahr",
        "yes_no": "ja / nein",
        "single_choice": "eine Auswahl",
        "multiple_choice": "mehrere Auswahlen",
        "short_text": "kurzer Text",
        "long_text": "langer Text",
        "url": "Webadresse",
        "group": "Liste",
    },
}

_HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
_SECTION_FILL = PatternFill("solid", fgColor="D9E2F3")
_ANSWER_FILL = PatternFill("solid", fgColor="FFF6BF")
_LOCKED_ANSWER_FILL = PatternFill("solid", fgColor="EDEDED")
_THIN = Side(style="thin", color="B7B7B7")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")


class PrefillError(AppError):
    """A workbook that cannot be read as a pre-fill questionnaire for this pack."""

    exit_code = 2


class PrefillRejected(AppError):
    """A workbook with cell errors, imported without permission to take the valid rows."""

    exit_code = 2

    def __init__(self, errors: Sequence[CellError]) -> None:
        listing = "\n".join(f"  {error}" for error in errors)
        super().__init__(
            f"The workbook has {len(errors)} cell error(s); nothing was imported:\n{listing}"
        )
        self.errors = list(errors)


@dataclass(frozen=True)
class CellError:
    """One cell the pack refuses, with its sheet, row and column."""

    sheet: str
    row: int
    column: str
    item_id: str
    message: str

    @property
    def location(self) -> str:
        """``row 14, column E``, prefixed with the sheet when it is not the questionnaire."""
        where = f"row {self.row}, column {self.column}"
        return where if self.sheet == QUESTIONNAIRE_SHEET else f"sheet '{self.sheet}', {where}"

    def __str__(self) -> str:
        return f"{self.location} ({self.item_id}): {self.message}"


@dataclass(frozen=True)
class PrefillResult:
    """What a workbook holds: the valid answers and every cell error."""

    answers: dict[str, AnswerValue]
    errors: list[CellError]
    pack_id: str
    pack_version: str
    cluster_name: str = ""

    @property
    def ok(self) -> bool:
        """Whether every filled cell is valid."""
        return not self.errors

    @property
    def valid_count(self) -> int:
        """Answers that can be imported (a list such as success stories counts once)."""
        return len(self.answers)


# --- export -------------------------------------------------------------------------------


def _strings(language: str) -> dict[str, str]:
    return _STRINGS.get(language, _STRINGS["en"])


def _option_entry(option: Option, language: str) -> str:
    """How an option appears in a drop-down: readable label, code in brackets for import."""
    return f"{option.label.get(language)} [{option.code}]"


def _number_text(number: float) -> str:
    """A bound as plain digits (never ``1e+09``), for texts and Excel formulas alike."""
    return str(int(number)) if float(number).is_integer() else repr(float(number))


def _bounds(item: Item) -> tuple[float | None, float | None]:
    low, high = item.validation.min, item.validation.max
    if item.type == "percent":
        low = 0 if low is None else low
        high = 100 if high is None else high
    return low, high


def _allowed_text(item: Item, language: str, group_sheet: str | None) -> str:
    strings = _strings(language)
    if item.type == "yes_no":
        return f"{strings['yes']} / {strings['no']}"
    if item.type == "single_choice":
        return "\n".join(f"{o.code}: {o.label.get(language)}" for o in item.options)
    if item.type == "multiple_choice":
        v = item.validation
        limits = []
        if v.min_choices is not None:
            limits.append(strings["choose_at_least"].format(n=v.min_choices))
        if v.max_choices is not None:
            limits.append(strings["choose_at_most"].format(n=v.max_choices))
        head = strings["codes"] + (f" ({', '.join(limits)})" if limits else "") + ":"
        return "\n".join([head, *(f"{o.code}: {o.label.get(language)}" for o in item.options)])
    if item.type in NUMERIC_TYPES:
        low, high = _bounds(item)
        kind = strings[{"integer": "whole_number", "year": "year"}.get(item.type, "number")]
        shown = {
            "low": number_text(language, _number_text(low)) if low is not None else "",
            "high": number_text(language, _number_text(high)) if high is not None else "",
        }
        if low is not None and high is not None:
            return strings["range"].format(kind=kind, **shown)
        if low is not None:
            return strings["at_least"].format(kind=kind, **shown)
        if high is not None:
            return strings["at_most"].format(kind=kind, **shown)
        return kind
    if item.type == "url":
        return strings["web_address"]
    if item.type in {"short_text", "long_text"}:
        limit = item.validation.max_length or (20_000 if item.type == "long_text" else 500)
        return strings["text_limit"].format(limit=limit)
    if item.type == "group":
        return strings["see_sheet"].format(sheet=group_sheet or "")
    return ""


def _help_text(item: Item, language: str) -> str:
    strings = _strings(language)
    parts = [item.help.get(language)]
    if item.evidence is not None:
        parts.append(strings["evidence"].format(text=item.evidence.get(language)))
    if item.relevant is not None:
        depends = ", ".join(dict.fromkeys(item.relevant.referenced_items()))
        parts.append(strings["depends"].format(items=depends))
    return "\n".join(p for p in parts if p)


def _cell_value(item: Item | GroupField, value: AnswerValue, language: str) -> Any:
    """An answer as it is written into a cell (numbers stay numbers)."""
    if value is None:
        return None
    strings = _strings(language)
    if item.type == "yes_no":
        return strings["yes"] if value else strings["no"]
    if item.type == "single_choice":
        option = next((o for o in item.options if o.code == value), None)
        return _option_entry(option, language) if option else str(value)
    if item.type == "multiple_choice":
        return ", ".join(str(code) for code in value)
    return value


def _sheet_title(label: str, taken: set[str]) -> str:
    clean = re.sub(r"[\[\]:*?/\\']", " ", label).strip()[:28] or "List"
    title, n = clean, 2
    while title.casefold() in taken:
        title = f"{clean[:25]} {n}"
        n += 1
    taken.add(title.casefold())
    return title


def _list_validation(
    lists: Any, key: str, entries: Sequence[str], column: int, language: str
) -> DataValidation:
    """A drop-down backed by a column of the hidden lists sheet (no 255-character limit)."""
    letter = get_column_letter(column)
    lists.cell(row=1, column=column, value=key)
    for n, entry in enumerate(entries, start=2):
        lists.cell(row=n, column=column, value=entry)
    last = len(entries) + 1
    return DataValidation(
        type="list",
        formula1=f"'{LISTS_SHEET}'!${letter}$2:${letter}${last}",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=_strings(language)["list_title"],
        error=_strings(language)["list_error"],
    )


def _number_validation(item: Item, language: str) -> DataValidation | None:
    low, high = _bounds(item)
    kind = "whole" if item.type in {"integer", "year"} else "decimal"
    if low is None and high is None:
        return None
    if low is not None and high is not None:
        dv = DataValidation(
            type=kind, operator="between", formula1=_number_text(low), formula2=_number_text(high)
        )
    elif low is not None:
        dv = DataValidation(type=kind, operator="greaterThanOrEqual", formula1=_number_text(low))
    else:
        assert high is not None
        dv = DataValidation(type=kind, operator="lessThanOrEqual", formula1=_number_text(high))
    dv.allow_blank = True
    dv.showErrorMessage = True
    dv.errorTitle = _strings(language)["number_title"]
    dv.error = (
        item.validation.message.get(language)
        if item.validation.message
        else _allowed_text(item, language, None)
    )[:255]
    return dv


def _protect(sheet: Any) -> None:
    sheet.protection.sheet = True
    # Let the cluster resize rows and columns to read long questions; nothing else.
    sheet.protection.formatRows = False
    sheet.protection.formatColumns = False


def export_prefill_workbook(
    pack: Pack,
    out: Path,
    *,
    cluster_name: str | None = None,
    language: str = "en",
    answers: Mapping[str, AnswerValue] | None = None,
) -> Path:
    """Write the pre-fill workbook for ``pack`` to ``out``; return the path written."""
    answers = answers or {}
    strings = _strings(language)
    out = Path(out)
    workbook = Workbook()
    instructions = workbook.active
    instructions.title = INSTRUCTIONS_SHEET
    questionnaire = workbook.create_sheet(QUESTIONNAIRE_SHEET)
    lists = workbook.create_sheet(LISTS_SHEET)
    meta = workbook.create_sheet(META_SHEET)

    taken = {s.casefold() for s in workbook.sheetnames}
    group_sheets = {
        item.id: _sheet_title(item.label.get(language), taken)
        for item in pack.items
        if item.type == "group"
    }
    _write_instructions(instructions, pack, cluster_name, language, group_sheets)

    for column, (key, width) in enumerate(COLUMNS, start=1):
        cell = questionnaire.cell(row=HEADER_ROW, column=column, value=strings[key])
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = _HEADER_FILL
        cell.alignment = _WRAP
        cell.border = _BORDER
        questionnaire.column_dimensions[get_column_letter(column)].width = width
    questionnaire.freeze_panes = "C2"

    yes_no = DataValidation(
        type="list",
        formula1=f'"{strings["yes"]},{strings["no"]}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=strings["yes_no_title"],
        error=strings["yes_no_error"],
    )
    list_column = 0
    row = HEADER_ROW
    layout: list[list[Any]] = []
    for number, section in enumerate(pack.sections, start=1):
        row += 1
        questionnaire.cell(row=row, column=2, value=f"{number}. {section.title.get(language)}")
        for column in range(1, len(COLUMNS) + 1):
            cell = questionnaire.cell(row=row, column=column)
            cell.fill = _SECTION_FILL
            cell.font = Font(bold=True, size=12)
            cell.border = _BORDER
        for item in section.items:
            row += 1
            layout.append(["item", item.id, row])
            group_sheet = group_sheets.get(item.id)
            values = {
                "id": item.id,
                "question": item.label.get(language),
                "unit": "%" if item.type == "percent" else unit_name(language, item.unit),
                "required": strings["required_mark"] if item.required else "",
                "allowed": _allowed_text(item, language, group_sheet),
                "help": _help_text(item, language),
                "type": _TYPE_NAMES.get(language, _TYPE_NAMES["en"]).get(item.type, item.type),
            }
            for column, (key, _) in enumerate(COLUMNS, start=1):
                cell = questionnaire.cell(row=row, column=column, value=values.get(key))
                cell.alignment = _WRAP
                cell.border = _BORDER
            answer = questionnaire[f"{VALUE_COLUMN}{row}"]
            if item.type == "group":
                answer.value = strings["see_sheet"].format(sheet=group_sheet)
                answer.fill = _LOCKED_ANSWER_FILL
                answer.font = Font(italic=True, color="555555")
                continue
            answer.value = _cell_value(item, answers.get(item.id), language)
            answer.fill = _ANSWER_FILL
            answer.protection = Protection(locked=False)
            # Percent cells keep the General format: then a spreadsheet that reads "72.5%"
            # as 0.725 also marks the cell as a percentage, and the import reads 72.5 back.
            if item.type == "yes_no":
                yes_no.add(answer)
            elif item.type == "single_choice":
                list_column += 1
                entries = [_option_entry(o, language) for o in item.options]
                dv = _list_validation(lists, item.id, entries, list_column, language)
                questionnaire.add_data_validation(dv)
                dv.add(answer)
            elif item.type in NUMERIC_TYPES:
                number_dv = _number_validation(item, language)
                if number_dv is not None:
                    questionnaire.add_data_validation(number_dv)
                    number_dv.add(answer)
    if yes_no.sqref.ranges:
        questionnaire.add_data_validation(yes_no)
    # Printable too: header row on every page, landscape, one page wide.
    questionnaire.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    questionnaire.page_setup.orientation = "landscape"
    questionnaire.page_setup.fitToWidth = 1
    questionnaire.page_setup.fitToHeight = 0
    questionnaire.sheet_properties.pageSetUpPr.fitToPage = True
    _protect(questionnaire)

    meta_rows: list[list[Any]] = [
        ["format", FORMAT_NAME],
        ["format_version", FORMAT_VERSION],
        ["pack_id", pack.id],
        ["pack_version", pack.version],
        ["pack_hash", pack.content_hash],
        ["language", language],
        ["cluster", cluster_name or ""],
        ["created_at", datetime.now(UTC).isoformat(timespec="seconds")],
    ]
    for item in pack.items:
        if item.type != "group":
            continue
        sheet = workbook.create_sheet(group_sheets[item.id])
        _write_group_sheet(sheet, item, language, answers.get(item.id) or [], lists, list_column)
        list_column += len([f for f in item.fields if f.type == "single_choice"])
        meta_rows.append(["group", item.id, sheet.title, ",".join(f.id for f in item.fields)])
    for meta_row in (*meta_rows, *layout):
        meta.append(meta_row)
    lists.sheet_state = "hidden"
    meta.sheet_state = "veryHidden"
    _protect(lists)
    _protect(meta)
    workbook.security = WorkbookProtection(lockStructure=True)
    workbook.active = workbook.index(questionnaire) if answers else 0
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_atomically(out, buffer.getvalue())
    log.info("pre-fill workbook for %s %s written to %s", pack.id, pack.version, out)
    return out


def _write_instructions(
    sheet: Any,
    pack: Pack,
    cluster_name: str | None,
    language: str,
    group_sheets: Mapping[str, str],
) -> None:
    strings = _strings(language)
    sheet.column_dimensions["A"].width = 22
    sheet.column_dimensions["B"].width = 100
    sheet["A1"] = strings["title"]
    sheet["A1"].font = Font(bold=True, size=16)
    details = [
        (strings["for_cluster"], cluster_name or "-"),
        (strings["pack"], f"{pack.title.get(language)} ({pack.id} {pack.version})"),
        (strings["created"], date.today().isoformat()),
    ]
    row = 3
    for label, value in details:
        sheet.cell(row=row, column=1, value=label).font = Font(bold=True)
        sheet.cell(row=row, column=2, value=value).alignment = _WRAP
        row += 1
    row += 1
    steps = list(_INSTRUCTIONS.get(language, _INSTRUCTIONS["en"]))
    if group_sheets:
        names = ", ".join(f"'{name}'" for name in group_sheets.values())
        steps.append(strings["list_sheets"].format(names=names))
    for n, text in enumerate(steps, start=1):
        sheet.cell(row=row, column=1, value=f"{n}.").alignment = Alignment(
            horizontal="right", vertical="top"
        )
        sheet.cell(row=row, column=2, value=text).alignment = _WRAP
        sheet.row_dimensions[row].height = 15 * (1 + len(text) // 95)
        row += 1
    _protect(sheet)


def _write_group_sheet(
    sheet: Any,
    item: Item,
    language: str,
    rows: Sequence[Mapping[str, Any]],
    lists: Any,
    list_column: int,
) -> None:
    strings = _strings(language)
    sheet["A1"] = strings["entry"]
    sheet.column_dimensions["A"].width = 8
    for column, group_field in enumerate(item.fields, start=2):
        label = group_field.label.get(language)
        if group_field.required:
            label += f" ({strings['required_mark']})"
        sheet.cell(row=1, column=column, value=label)
        width = 60 if group_field.type == "long_text" else 32
        sheet.column_dimensions[get_column_letter(column)].width = width
    for column in range(1, len(item.fields) + 2):
        cell = sheet.cell(row=1, column=column)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = _HEADER_FILL
        cell.alignment = _WRAP
        cell.border = _BORDER
    validations: dict[str, DataValidation] = {}
    for group_field in item.fields:
        if group_field.type == "single_choice":
            list_column += 1
            entries = [_option_entry(o, language) for o in group_field.options]
            dv = _list_validation(
                lists, f"{item.id}.{group_field.id}", entries, list_column, language
            )
            sheet.add_data_validation(dv)
            validations[group_field.id] = dv
    for entry in range(1, (item.max_rows or MAX_ROWS_WITHOUT_LIMIT) + 1):
        row = entry + 1
        number = sheet.cell(row=row, column=1, value=entry)
        number.alignment = Alignment(horizontal="center", vertical="top")
        number.border = _BORDER
        existing = rows[entry - 1] if entry <= len(rows) else {}
        for column, group_field in enumerate(item.fields, start=2):
            cell = sheet.cell(row=row, column=column)
            cell.value = _cell_value(group_field, existing.get(group_field.id), language)
            cell.fill = _ANSWER_FILL
            cell.border = _BORDER
            cell.alignment = _WRAP
            cell.protection = Protection(locked=False)
            if group_field.id in validations:
                validations[group_field.id].add(cell)
    sheet.freeze_panes = "B2"
    _protect(sheet)


def export_interview_workbook(
    store: Store, interview_id: int, out: Path, *, language: str = "en"
) -> Path:
    """Write the blank pre-fill workbook for an interview's pack and cluster."""
    from app.models import repository as repo

    pack = repo.pack_of(store, interview_id)
    cluster_name = repo.get_interview(store, interview_id).cluster_name
    return export_prefill_workbook(pack, out, cluster_name=cluster_name, language=language)


# --- import -------------------------------------------------------------------------------


class _CellProblem(Exception):
    """A cell value that cannot even be read as the item's type."""


#: A date written as text: 2015-03-01, 1.3.2015, 03/01/2015.
_DATE_TEXT = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")


def _not_a_date(value: Any, kind: str, language: str) -> None:
    """Refuse a date in a number cell, saying it is one (and, for a year, what to type)."""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        shown = value.isoformat()
    elif isinstance(value, str) and _DATE_TEXT.fullmatch(value.strip()):
        shown = value.strip()
    else:
        return
    if kind == "year":
        raise _CellProblem(
            say(language, "{date} is a date; type only the year, e.g. {year}.", date=shown,
                year=value.year if isinstance(value, date) else 2015)
        )  # fmt: skip
    raise _CellProblem(say(language, "{date} is a date, not a number.", date=shown))


def _number_from_cell(
    value: Any, number_format: str, kind: str, language: str = "en"
) -> float | int:
    _not_a_date(value, kind, language)
    if isinstance(value, bool):
        raise _CellProblem(say(language, "Expected a number."))
    if isinstance(value, (int, float)):
        # A spreadsheet stores "45 %" typed into a cell as 0.45 with a percent format.
        if kind == "percent" and "%" in number_format:
            return round(float(value) * 100, 10)
        return value
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    for suffix in ("%", "€", "EUR", "eur"):
        text = text.removesuffix(suffix)
    if text.count(",") == 1 and "." not in text:
        whole, _, fraction = text.partition(",")
        if len(fraction) == 3 and whole.lstrip("-+") not in ("", "0"):
            raise _CellProblem(
                f"{value!r} is ambiguous; write the number without separators (e.g. 1000 or 1.5)"
            )
        text = f"{whole}.{fraction}"
    elif text.count(".") == 1 and "," not in text and re.fullmatch(r"[1-9]\d{0,2}\.\d{3}", text):
        # "1.500" typed as text: 1.5 in English, 1500 in German. Ask rather than guess.
        raise _CellProblem(
            f"{value!r} is ambiguous; write the number without separators (e.g. 1500 or 1.5)"
        )
    elif text.count(",") > 1 or text.count(".") > 1:
        raise _CellProblem(
            f"{value!r} has thousands separators; write the number without them (e.g. 420000)"
        )
    try:
        number = float(text)
    except ValueError:
        raise _CellProblem(f"expected a number, got {str(value)!r}") from None
    return int(number) if number.is_integer() else number


def _yes_no_from_cell(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = str(value).strip().casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise _CellProblem(f"expected yes or no, got {str(value)!r}")


def _choice_code(options: Sequence[Option], text: str) -> str:
    """The option code a cell names: ``Label [code]``, the code, or the label."""
    text = text.strip()
    bracketed = _CODE_IN_BRACKETS.search(text)
    if bracketed:
        return bracketed.group(1).strip()
    for option in options:
        if text == option.code:
            return option.code
    folded = text.casefold()
    for option in options:
        if folded == option.code.casefold() or any(
            folded == label.casefold() for label in option.label.translations.values()
        ):
            return option.code
    return text


def _choices_from_cell(options: Sequence[Option], value: Any) -> list[str]:
    text = str(value)
    bracketed = _CODE_IN_BRACKETS.findall(text)
    if bracketed:
        return [code.strip() for code in bracketed]
    parts = [part for part in re.split(r"[,;\n]", text) if part.strip()]
    return [_choice_code(options, part) for part in parts]


def _text_from_cell(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _value_from_cell(
    item: Item | GroupField, value: Any, number_format: str, language: str = "en"
) -> AnswerValue:
    """Turn a cell's content into a JSON answer value of the item's type."""
    if item.type in NUMERIC_TYPES:
        return _number_from_cell(value, number_format, item.type, language)
    if item.type == "yes_no":
        return _yes_no_from_cell(value)
    if item.type == "single_choice":
        return _choice_code(item.options, _text_from_cell(value))
    if item.type == "multiple_choice":
        return _choices_from_cell(item.options, value)
    return _text_from_cell(value)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_meta(workbook: Any, path: Path) -> dict[str, Any]:
    if META_SHEET not in workbook.sheetnames or QUESTIONNAIRE_SHEET not in workbook.sheetnames:
        raise PrefillError(
            f"{path.name} is not a ClusterBench pre-fill workbook (its '{META_SHEET}' or "
            f"'{QUESTIONNAIRE_SHEET}' sheet is missing). Export a new one from the interview."
        )
    meta: dict[str, Any] = {"groups": [], "layout": {}}
    for row in workbook[META_SHEET].iter_rows(values_only=True):
        if not row or row[0] is None:
            continue
        if row[0] == "group":
            meta["groups"].append(tuple(row[1:4]))
        elif row[0] == "item" and isinstance(row[2], int):
            meta["layout"][row[2]] = str(row[1])
        else:
            meta[str(row[0])] = row[1]
    if meta.get("format") != FORMAT_NAME:
        raise PrefillError(f"{path.name} is not a ClusterBench pre-fill workbook.")
    return meta


def _open_workbook(path: Path) -> Any:
    if not path.is_file():
        raise PrefillError(f"There is no file {path}.")
    try:
        return load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise PrefillError(
            f"{path.name} is not an Excel workbook (.xlsx) that can be read "
            f"({type(exc).__name__}). Save it as .xlsx and try again."
        ) from exc


def import_prefill_workbook(pack: Pack, path: Path) -> PrefillResult:
    """Read a filled workbook; validate every cell against ``pack``.

    Raises ``PrefillError`` for a file that is not a pre-fill workbook or one made for
    another pack; cell problems are returned in ``errors``, never raised.
    """
    path = Path(path)
    workbook = _open_workbook(path)
    meta = _read_meta(workbook, path)
    made_for = (str(meta.get("pack_id", "")), str(meta.get("pack_version", "")))
    if made_for != (pack.id, pack.version):
        raise PrefillError(
            f"{path.name} was made for the questionnaire {made_for[0]} {made_for[1]}, but this "
            f"interview uses {pack.id} {pack.version}. Export a new workbook from the interview."
        )
    language = str(meta.get("language") or "en")
    items = {item.id: item for item in pack.items}
    answers: dict[str, AnswerValue] = {}
    errors: list[CellError] = []
    seen: dict[str, int] = {}
    layout: dict[int, str] = meta["layout"]
    sheet = workbook[QUESTIONNAIRE_SHEET]
    for row in range(HEADER_ROW + 1, sheet.max_row + 1):
        raw_id = sheet[f"{ID_COLUMN}{row}"].value
        cell = sheet[f"{VALUE_COLUMN}{row}"]
        exported_id = layout.get(row)
        if _blank(raw_id):
            if exported_id is not None:
                message = (
                    f"the item id was deleted (this row was exported for {exported_id}); "
                    "item ids must not be changed"
                )
                errors.append(CellError(QUESTIONNAIRE_SHEET, row, ID_COLUMN, exported_id, message))
            continue
        item_id = str(raw_id).strip()
        item = items.get(item_id)
        if item is None:
            message = f"unknown item id for the questionnaire {pack.id} {pack.version}"
            if exported_id is not None:
                message += f" (this row was exported for {exported_id})"
            errors.append(CellError(QUESTIONNAIRE_SHEET, row, ID_COLUMN, item_id, message))
            continue
        if layout and exported_id != item_id:
            was = (
                f"exported for {exported_id}" if exported_id else "not part of the exported layout"
            )
            message = (
                f"the item id column was modified (this row was {was}); item ids, rows and "
                "their order must not be changed"
            )
            errors.append(CellError(QUESTIONNAIRE_SHEET, row, ID_COLUMN, item_id, message))
            continue
        if item_id in seen:
            message = f"the item appears twice (first in row {seen[item_id]})"
            errors.append(CellError(QUESTIONNAIRE_SHEET, row, ID_COLUMN, item_id, message))
            continue
        seen[item_id] = row
        if item.type == "group" or _blank(cell.value):
            continue
        try:
            value = _value_from_cell(item, cell.value, cell.number_format or "", language)
            answers[item_id] = validate_answer(item, value, language)
        except (_CellProblem, AnswerError) as exc:
            message = exc.message if isinstance(exc, AnswerError) else str(exc)
            errors.append(CellError(QUESTIONNAIRE_SHEET, row, VALUE_COLUMN, item_id, message))
    for item_id, sheet_title, _field_ids in meta["groups"]:
        item = items.get(str(item_id))
        if item is None or item.type != "group":
            errors.append(
                CellError(
                    str(sheet_title),
                    1,
                    "A",
                    str(item_id),
                    "unknown list item for this questionnaire",
                )
            )
            continue
        group_value, group_errors = _read_group(workbook, item, str(sheet_title), language)
        errors.extend(group_errors)
        if group_value:
            answers[item.id] = group_value
    errors.sort(key=lambda e: (e.sheet != QUESTIONNAIRE_SHEET, e.sheet, e.row, e.column))
    return PrefillResult(
        answers=answers,
        errors=errors,
        pack_id=pack.id,
        pack_version=pack.version,
        cluster_name=str(meta.get("cluster") or ""),
    )


def _read_group(
    workbook: Any, item: Item, sheet_title: str, language: str
) -> tuple[list[dict[str, Any]], list[CellError]]:
    """The valid entries of a group sheet and the errors of the others."""
    if sheet_title not in workbook.sheetnames:
        return [], [CellError(sheet_title, 1, "A", item.id, "the sheet is missing")]
    sheet = workbook[sheet_title]
    entries: list[dict[str, Any]] = []
    errors: list[CellError] = []
    limit = item.max_rows
    for row in range(2, sheet.max_row + 1):
        cells = [sheet.cell(row=row, column=c) for c in range(2, len(item.fields) + 2)]
        if all(_blank(cell.value) for cell in cells):
            continue
        entry: dict[str, Any] = {}
        row_errors: list[CellError] = []
        for group_field, cell in zip(item.fields, cells, strict=True):
            column = get_column_letter(cell.column)
            where = f"{item.id}.{group_field.id}"
            if _blank(cell.value):
                if group_field.required:
                    row_errors.append(
                        CellError(
                            sheet_title,
                            row,
                            column,
                            where,
                            f"{group_field.label.get(language)} is required for each entry",
                        )
                    )
                continue
            sub = Item(
                id=where,
                section_id=item.section_id,
                label=group_field.label,
                type=group_field.type,
                options=group_field.options,
            )
            try:
                entry[group_field.id] = validate_answer(
                    sub,
                    _value_from_cell(sub, cell.value, cell.number_format or "", language),
                    language,
                )
            except (_CellProblem, AnswerError) as exc:
                message = exc.message if isinstance(exc, AnswerError) else str(exc)
                row_errors.append(CellError(sheet_title, row, column, where, message))
        if not row_errors and limit is not None and len(entries) >= limit:
            row_errors.append(
                CellError(sheet_title, row, "A", item.id, f"at most {limit} entries allowed")
            )
        if row_errors:
            errors.extend(row_errors)
        else:
            entries.append(entry)
    return entries, errors


# --- apply --------------------------------------------------------------------------------


def apply_prefill(
    store: Store,
    pack: Pack,
    interview_id: int,
    result: PrefillResult,
    *,
    valid_rows_only: bool,
    actor: str,
) -> int:
    """Save the workbook's answers as "pre-filled, to confirm"; return how many were saved.

    Nothing is saved when the workbook has errors, unless ``valid_rows_only``. Answers the
    expert has given or confirmed are kept: a pre-fill never overwrites interview work.
    """
    # Imported here so that exporting a blank workbook does not load the database layer.
    from app.models import repository as repo

    if result.errors and not valid_rows_only:
        raise PrefillRejected(result.errors)
    if (result.pack_id, result.pack_version) != (pack.id, pack.version):
        raise PrefillError(
            f"The workbook was read for the questionnaire {result.pack_id} "
            f"{result.pack_version}, but this interview uses {pack.id} {pack.version}."
        )
    meta = repo.answer_meta(store, interview_id)
    current = repo.answers_of(store, interview_id)
    saved = 0
    for item_id, value in result.answers.items():
        existing = meta.get(item_id)
        if existing is not None and (existing.source != "prefill" or existing.confirmed):
            log.info("pre-fill of %s skipped: answered by the expert", item_id)
            continue
        if existing is not None and current.get(item_id) == value:
            continue
        repo.save_answer(store, pack, interview_id, item_id, value, actor=actor, source="prefill")
        saved += 1
    log.info("pre-fill: %d answers saved into interview %s", saved, interview_id)
    return saved
