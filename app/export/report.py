"""The benchmarking report: an A4 PDF of one interview, its scores and its peer comparison.

``build_report_data`` gathers what the report needs from the store into a frozen
``ReportData`` (safe to hand to a worker thread); ``write_report`` renders it with reportlab
and replaces the target file atomically. Only notes the expert marked for the report are
printed; private notes never reach the PDF. Every text that comes from a user or a file is
escaped before it meets reportlab's paragraph mark-up.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app import __version__
from app.export.charts import (
    FONT,
    FONT_BOLD,
    NOT_SHOWN_NOTE,
    PROGRESS_SERIES,
    gold_share_bar,
    radar_drawing,
    register_fonts,
    series_labels,
)
from app.fileio import write_atomically
from app.scoring.engine import Coverage, answer_text
from app.scoring.pack import NUMERIC_TYPES as _NUMERIC_TYPES
from app.scoring.pack import TEXT_TYPES, Item, Pack
from app.scoring.taxonomy import COUNTRIES, INTERVIEW_MODES

if TYPE_CHECKING:
    from app.models import Store
    from app.models.label_paths import LabelPathInputs
    from app.scoring.reference import ReferenceSet

ProgressCallback = Callable[[int], None]

WATERMARK = "PRACTICE – NOT FOR LABELLING"
PRACTICE_MODE = "practice"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
DASH = "–"

ACCENT = colors.HexColor("#1d4f91")
TEXT = colors.HexColor("#1f2328")
MUTED = colors.HexColor("#5b6470")
RULE = colors.HexColor("#c9ced6")
HEADER_FILL = colors.HexColor("#e7edf6")
ZEBRA = colors.HexColor("#f6f7f9")
GOOD = colors.HexColor("#1e7b34")
BAD = colors.HexColor("#b42318")
UNKNOWN = colors.HexColor("#9a6700")

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows, as plain values (no store access while rendering).

    ``notes`` maps item id to ``(text, for_report)``; only notes with ``for_report`` true
    are printed. ``scores`` is a score result (``score_interview(...).to_dict()``).
    """

    cluster_name: str
    country: str
    technology_area: str
    interview_date: date
    expert: str
    mode: str
    pack: Pack
    answers: Mapping[str, Any]
    notes: Mapping[str, tuple[str, bool]]
    scores: Mapping[str, Any]
    recommendations: str = ""
    practice: bool = False
    language: str = "en"
    fictional: bool = False
    generated_on: date | None = field(default=None)
    label_path: LabelPathInputs | None = None

    @property
    def is_practice(self) -> bool:
        """Whether the report must carry the practice watermark."""
        return self.practice or self.mode == PRACTICE_MODE


def build_report_data(
    store: Store, interview_id: int, reference: ReferenceSet | None = None
) -> ReportData:
    """Read one interview from the store and score it (against ``reference`` peers, if any)."""
    # Imported here so that rendering a ReportData (UI preview, tests, benchmarks) does not
    # load SQLAlchemy and the scoring engine until the store is actually used.
    from app.models import repository as repo
    from app.models.label_paths import label_path_inputs
    from app.scoring.engine import score_interview

    interview = repo.get_interview(store, interview_id)
    pack = repo.pack_of(store, interview_id)
    answers = repo.answers_of(store, interview_id)
    label_path = label_path_inputs(store, interview_id)
    notes = {
        item_id: (record.text, bool(record.for_report))
        for item_id, record in repo.notes_of(store, interview_id).items()
    }
    scores = score_interview(
        pack,
        answers,
        reference=reference,
        technology_area=interview.technology_area or None,
        previous=label_path.previous,
        improvements=label_path.improvements,
        assessed_on=label_path.assessed_on,
    ).to_dict()
    return ReportData(
        cluster_name=interview.cluster_name,
        country=interview.country,
        technology_area=interview.technology_area,
        interview_date=interview.created_at.date(),
        expert=interview.expert,
        mode=interview.mode,
        pack=pack,
        answers=dict(answers),
        notes=notes,
        scores=scores,
        recommendations=interview.recommendations or "",
        practice=interview.mode == PRACTICE_MODE,
        fictional=interview.fictional,
        label_path=label_path,
    )


def write_report(
    data: ReportData, out_path: Path | str, progress: ProgressCallback | None = None
) -> Path:
    """Render the report to ``out_path`` (temp file, fsync, rename); return the path.

    ``progress`` receives whole percentages, rising from 0 to 100.
    """
    out_path = Path(out_path)
    reporter = _Progress(progress)
    reporter(0)
    register_fonts()
    story = _Story(data).build()
    reporter(10)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + 4 * mm,
        bottomMargin=MARGIN + 2 * mm,
        title=f"Benchmarking report – {_clean(data.cluster_name)}",
        author=_clean(data.expert),
        subject=f"{data.pack.title.get(data.language)} {data.pack.version}",
        creator=f"ClusterBench {__version__}",
        lang=data.language,
        # Without this every page would also reference (unembedded) Helvetica.
        initialFontName=FONT,
    )
    flowable_count = max(1, len(story))

    def on_progress(kind: str, value: int) -> None:
        if kind == "PROGRESS":
            reporter(10 + int(80 * value / flowable_count))

    doc.setProgressCallBack(on_progress)
    decorate = _PageDecorator(data)
    doc.build(
        story,
        onFirstPage=decorate.first_page,
        onLaterPages=decorate.later_page,
        canvasmaker=_canvas_maker(data.is_practice),
    )
    reporter(92)
    write_atomically(out_path, buffer.getvalue())
    reporter(100)
    return out_path


# --- output ---------------------------------------------------------------------------


class _Progress:
    """Passes on only rising whole percentages, so a progress bar never jumps back."""

    def __init__(self, callback: ProgressCallback | None) -> None:
        self._callback = callback
        self._last = -1

    def __call__(self, percent: int) -> None:
        percent = max(0, min(100, percent))
        if self._callback is not None and percent > self._last:
            self._last = percent
            self._callback(percent)


class _PageDecorator:
    """Header and footer text drawn on every page (page numbers come from the canvas)."""

    def __init__(self, data: ReportData) -> None:
        self._cluster = _clean(data.cluster_name)
        self._pack = f"{data.pack.title.get(data.language)} {data.pack.version}"

    def first_page(self, canvas: Canvas, doc: Any) -> None:
        self._footer(canvas)

    def later_page(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        top = PAGE_HEIGHT - MARGIN + 2 * mm
        pack = _fit_width(self._pack, 7.5, CONTENT_WIDTH * 0.4)
        room = CONTENT_WIDTH - stringWidth(pack, FONT, 7.5) - 12
        canvas.drawString(
            MARGIN, top, _fit_width(f"Benchmarking report · {self._cluster}", 7.5, room)
        )
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top, pack)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
        canvas.restoreState()
        self._footer(canvas)

    def _footer(self, canvas: Canvas) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, MARGIN - 4 * mm, f"ClusterBench {__version__}")
        canvas.restoreState()


def _canvas_maker(practice: bool) -> type[Canvas]:
    class _ReportCanvas(Canvas):  # type: ignore[misc]
        """Holds pages back until the end to print "Page n of m" and the watermark on top."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held)
            for state in self._held:
                self.__dict__.update(state)
                self._draw_page_number(total)
                if practice:
                    self._draw_watermark()
                super().showPage()
            super().save()

        def _draw_page_number(self, total: int) -> None:
            self.saveState()
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(
                PAGE_WIDTH - MARGIN,
                MARGIN - 4 * mm,
                f"Page {self.getPageNumber()} of {total}",
            )
            self.restoreState()

        def _draw_watermark(self) -> None:
            self.saveState()
            angle = math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH))
            diagonal = math.hypot(PAGE_WIDTH, PAGE_HEIGHT)
            size = 0.72 * diagonal / stringWidth(WATERMARK, FONT_BOLD, 1)
            self.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            self.rotate(angle)
            self.setFillColor(colors.Color(0.72, 0.1, 0.1, alpha=0.16))
            self.setFont(FONT_BOLD, size)
            self.drawCentredString(0, -size / 3, WATERMARK)
            self.restoreState()

    return _ReportCanvas


# --- text helpers ---------------------------------------------------------------------


def _clean(text: Any) -> str:
    """User text without control characters that a PDF cannot show."""
    return _CONTROL.sub("", str(text))


def _esc(text: Any) -> str:
    """Escape user or file text for reportlab's paragraph mark-up; keep line breaks."""
    escaped = escape(_clean(text).replace("\r\n", "\n").replace("\r", "\n"))
    return escaped.replace("\n", "<br/>")


def _fit_width(text: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` points in the regular face."""
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _number(value: float | int) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _unit(item: Item | None) -> str:
    if item is None:
        return ""
    if item.unit:
        return item.unit
    return "%" if item.type == "percent" else ""


def _with_unit(value: float | int, item: Item | None) -> str:
    if item is not None and item.type == "year" and not isinstance(value, bool):
        return str(int(value)) if float(value).is_integer() else _number(value)
    unit = _unit(item)
    text = _number(value)
    if not unit:
        return text
    return f"{text} %" if unit == "%" else f"{text} {unit}"


def _percent(value: float | None) -> str:
    return DASH if value is None else f"{value:.0f}"


def _score(value: float | None) -> str:
    return DASH if value is None else f"{value:.0f}"


def _section_score(section: Mapping[str, Any]) -> str:
    """A section's score as the app shows it: "64", "64 (partial)" or "not scored"."""
    score, coverage = section.get("score"), Coverage.of(section)
    if score is None:
        return "not scored"
    return f"{score:.0f} (partial)" if coverage.partial else f"{score:.0f}"


def _coverage(section: Mapping[str, Any]) -> str:
    """What a section's score covers: "4 of 6"."""
    coverage = Coverage.of(section)
    return f"{coverage.answered} of {coverage.indicators}"


NOT_ANSWERED = "Not answered"


def _indicator_value(
    indicator: Mapping[str, Any], item: Item | None, answer: Any, language: str
) -> str:
    """The cluster's figure for an indicator, read from its answer where there is one."""
    value = indicator.get("value")
    if indicator.get("relevant") is False:
        return "not asked"
    if answer is None and value is None:
        return "not answered"
    if item is None or answer is None:
        if isinstance(value, (int, float)):
            return _with_unit(value, item) if not isinstance(value, bool) else _number(value)
        return DASH if value is None else str(value)
    if item.type == "multiple_choice":
        return f"{len(answer)} selected"
    if item.type == "group":
        return f"{len(answer)} given"
    if item.type in TEXT_TYPES:
        return "answered"
    return answer_text(item, answer, language) or NOT_ANSWERED


def _threshold(indicator: Mapping[str, Any], item: Item | None, language: str) -> str:
    threshold = indicator.get("gold_threshold")
    if threshold is None:
        if item is not None and item.scoring.kind == "boolean":
            return "No" if indicator.get("direction") == "lower" else "Yes"
        return DASH
    if item is not None and item.type == "single_choice":
        option = next((o for o in item.options if o.points == threshold), None)
        if option is not None:
            return f"{option.label.get(language)} or better"
    prefix = "≤ " if indicator.get("direction") == "lower" else "≥ "
    unit_item = item if item is not None and item.type in _NUMERIC_TYPES else None
    return prefix + _with_unit(threshold, unit_item)


def _gap(indicator: Mapping[str, Any], item: Item | None, language: str) -> str:
    gap = indicator.get("gap")
    if gap is None:
        return DASH
    if item is not None and item.type == "yes_no":
        return "needs No" if indicator.get("direction") == "lower" else "needs Yes"
    if item is not None and item.type == "single_choice":
        return "needs " + _threshold(indicator, item, language)
    if item is not None and item.type == "year":
        earlier = indicator.get("direction") == "lower"
        return f"{'earlier' if earlier else 'later'} by {abs(gap):g} years"
    unit_item = item if item is not None and item.type in _NUMERIC_TYPES else None
    text = _with_unit(abs(gap), unit_item)
    return f"{'reduce by' if indicator.get('direction') == 'lower' else 'raise by'} {text}"


def _assumed(indicator: Mapping[str, Any]) -> bool:
    """Whether the indicator's threshold or minimum is our assumption, not a public figure."""
    return indicator.get("threshold_source") == "assumption"


def _marked_threshold(indicator: Mapping[str, Any], item: Item | None, language: str) -> str:
    """The Gold threshold, with ``*`` when the figure is our assumption."""
    text = _threshold(indicator, item, language)
    return f"{text} *" if _assumed(indicator) and text != DASH else text


def _measure_text(item: Item | None, measure: Any) -> str:
    """A measure (as in the score result) for people: yes/no, an option, a count, a figure."""
    if measure is None:
        return DASH
    number = float(measure)
    if item is None:
        return _number(number)
    if item.type == "yes_no":
        return "Yes" if number >= 0.5 else "No"
    if item.type == "single_choice":
        option = next((o for o in item.options if o.points == number), None)
        return option.label.get() if option else _number(number)
    if item.type == "multiple_choice":
        return f"{int(number)} selected"
    if item.type == "group":
        return f"{int(number)} given"
    return _with_unit(number, item)


def _change_text(item: Item | None, change: Any) -> str:
    if change is None:
        return DASH
    number = float(change)
    if number == 0:
        return "±0"
    sign = "+" if number > 0 else "−"
    if item is not None and item.type in ("yes_no", "single_choice"):
        return "changed"
    unit_item = item if item is not None and item.type in _NUMERIC_TYPES else None
    text = _number(abs(number)) if unit_item is None else _with_unit(abs(number), unit_item)
    return f"{sign}{text}"


def _unmarked_fiction(data: ReportData) -> bool:
    return data.fictional and "fictional" not in data.cluster_name.lower()


def _labelled(label: str, text: str) -> str:
    """ "Label: text", without a colon after a question mark."""
    return f"{label} {text}" if label.rstrip().endswith("?") else f"{label}: {text}"


def _counts_against_gold(indicator: Mapping[str, Any], answer: Any) -> bool:
    """Whether an indicator fails Gold or, asked but unanswered, cannot pass it yet."""
    if indicator.get("passed") is False:
        return True
    if indicator.get("passed") is True or indicator.get("relevant") is False:
        return False
    has_rule = indicator.get("gold_threshold") is not None or indicator.get("kind") == "boolean"
    return has_rule and answer is None and indicator.get("value") is None


SHORT_GROUP_NAMES = {
    "technology_area": "area peers",
    "excellence": "excellence group",
    "all": "all clusters",
}

ELIGIBILITY_STATUS = {
    "eligible": ("Eligible", GOOD),
    "not_eligible": ("Not eligible", BAD),
    "incomplete": ("Incomplete: some criteria are not answered yet", UNKNOWN),
}
ALTERNATIVE_PATHS = {"eligibility.programme_recognised"}
CRITERION_STATUS = {
    "met": ("Met", GOOD),
    "not_met": ("Not met", BAD),
    "waived": ("Waived", MUTED),
    "unknown": ("Not answered", UNKNOWN),
}
GOLD_STATUS = {
    "ready": ("Gold-ready", GOOD),
    "not_ready": ("Not yet Gold-ready", BAD),
    "incomplete": ("Incomplete: not every indicator is answered", UNKNOWN),
}
VERDICT_STATUS = {
    "passed": ("Passed", GOOD),
    "not_passed": ("Not passed", BAD),
    "incomplete": ("Incomplete", UNKNOWN),
}
TREND = {
    "improved": ("Improved", GOOD),
    "declined": ("Declined", BAD),
    "unchanged": ("Same", MUTED),
}
ASSUMED_NOTE = "* The threshold is our assumption, not a figure ESCA has published."


# --- the story --------------------------------------------------------------------------


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        bulletFontName=FONT,
        fontSize=9,
        leading=12.5,
        textColor=TEXT,
        spaceAfter=4,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10, spaceAfter=0)
    h2 = ParagraphStyle(
        "h2",
        parent=body,
        fontName=FONT_BOLD,
        fontSize=11.5,
        leading=15,
        textColor=ACCENT,
        spaceBefore=10,
        spaceAfter=4,
        keepWithNext=1,
    )
    h3 = ParagraphStyle(
        "h3",
        parent=body,
        fontName=FONT_BOLD,
        fontSize=9.5,
        leading=12.5,
        spaceBefore=6,
        spaceAfter=2,
        keepWithNext=1,
    )
    return {
        "body": body,
        "small": ParagraphStyle(
            "small", parent=body, fontSize=7.5, leading=9.5, spaceAfter=0, textColor=MUTED
        ),
        "cell": cell,
        "cell_bold": ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        "head": ParagraphStyle(
            "head",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=7.5,
            leading=9.5,
            spaceAfter=0,
            textColor=ACCENT,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=2,
            spaceAfter=8,
            keepWithNext=1,
        ),
        "h2": h2,
        "h3": h3,
        # Headings over long tables: a CondPageBreak keeps room below them, so the table may split.
        "h2_loose": ParagraphStyle("h2_loose", parent=h2, keepWithNext=0),
        "h3_loose": ParagraphStyle("h3_loose", parent=h3, keepWithNext=0),
        "bullet": ParagraphStyle(
            "bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2
        ),
        "question": ParagraphStyle(
            "question",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=8.5,
            leading=11,
            spaceBefore=5,
            spaceAfter=1,
            keepWithNext=1,
        ),
        "answer": ParagraphStyle(
            "answer", parent=body, fontSize=8.5, leading=11, leftIndent=10, spaceAfter=1
        ),
        "note": ParagraphStyle(
            "note",
            parent=body,
            fontSize=8.5,
            leading=11,
            leftIndent=10,
            textColor=ACCENT,
            spaceAfter=1,
        ),
        "cover_kicker": ParagraphStyle(
            "cover_kicker",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=14,
            textColor=MUTED,
            spaceAfter=6,
        ),
        "cover_title": ParagraphStyle(
            "cover_title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=26,
            leading=32,
            textColor=ACCENT,
            spaceAfter=10,
        ),
        "cover_banner": ParagraphStyle(
            "cover_banner",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=11,
            leading=15,
            textColor=BAD,
            alignment=TA_CENTER,
            borderColor=BAD,
            borderWidth=1,
            borderPadding=6,
            spaceBefore=14,
            spaceAfter=10,
        ),
    }


class _Story:
    """Builds the list of flowables, section by section."""

    def __init__(self, data: ReportData) -> None:
        self.data = data
        self.scores: Mapping[str, Any] = data.scores or {}
        self.lang = data.language
        self.s = _styles()
        self.items = data.pack.item_index
        peers = self.scores.get("peers") or {}
        self.groups: Mapping[str, Any] = peers.get("groups") or {}
        self.section_percentiles: Mapping[str, Any] = peers.get("sections") or {}
        self.indicator_percentiles: Mapping[str, Any] = peers.get("indicators") or {}
        self.labels = series_labels(self.scores, _clean(data.cluster_name))
        self.sections: Mapping[str, Mapping[str, Any]] = {
            str(s.get("id", "")): s for s in self.scores.get("sections") or []
        }

    # helpers
    def p(self, text: Any, style: str = "body") -> Paragraph:
        """A paragraph of plain (escaped) text."""
        return Paragraph(_esc(text), self.s[style])

    def m(self, markup: str, style: str = "body") -> Paragraph:
        """A paragraph of our own mark-up; values in it must already be escaped."""
        return Paragraph(markup, self.s[style])

    def answer(self, indicator: Mapping[str, Any]) -> Any:
        return self.data.answers.get(indicator.get("id", ""))

    def bullet(self, text: str) -> Paragraph:
        return Paragraph(_esc(text), self.s["bullet"], bulletText="•")

    def shown(self, key: str) -> bool:
        group = self.groups.get(key) or {}
        return bool(group.get("shown")) and self.scores.get("reference") is not None

    def group_name(self, key: str) -> str:
        """The group's legend name with its size, e.g. "ICT peers (n = 112)"."""
        return self.labels.get(key, key)

    def short_name(self, key: str) -> str:
        """The group's generic name ("area peers"), defined once by ``peer_definitions``."""
        return SHORT_GROUP_NAMES.get(key, key)

    def definitions(self) -> list[Flowable]:
        definitions = self.peer_definitions()
        return [definitions] if definitions is not None else []

    def peer_definitions(self) -> Paragraph | None:
        """ "Area peers: ICT peers (n = 112). Excellence group: ..." for the shown groups."""
        parts = [
            f"{self.short_name(key).capitalize()}: {self.group_name(key)}."
            for key in ("technology_area", "excellence")
            if self.shown(key)
        ]
        return self.p(" ".join(parts), "small") if parts else None

    def table(
        self,
        header: Sequence[str] | None,
        rows: Iterable[Sequence[Any]],
        widths: Sequence[float],
        extra: Sequence[tuple[Any, ...]] = (),
    ) -> Table:
        cells: list[list[Any]] = [[self.p(h, "head") for h in header]] if header else []
        for row in rows:
            cells.append([c if isinstance(c, Flowable) else self.p(c, "cell") for c in row])
        first = 1 if header else 0
        table = Table(cells, colWidths=list(widths), repeatRows=first, hAlign="LEFT")
        style: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), FONT, 8),
            ("LINEBELOW", (0, first), (-1, -1), 0.25, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ]
        if header:
            style += [
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ]
        else:
            style.append(("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT))
        for n in range(first + 1, len(cells), 2):
            style.append(("BACKGROUND", (0, n), (-1, n), ZEBRA))
        style.extend(extra)
        table.setStyle(TableStyle(style))
        return table

    def status(self, text: str, colour: colors.Color) -> Paragraph:
        return self.m(f'<font color="{colour.hexval()}"><b>{_esc(text)}</b></font>', "cell")

    def status_line(self, status: str, colour: colors.Color, explanation: str) -> Paragraph:
        """The coloured status, then the explanation; no repeat when it starts with the status."""
        word = status.split(":")[0].split()[0] if status.strip() else ""
        coloured = f'<font color="{colour.hexval()}"><b>{{}}</b></font>'
        if word and explanation.lower().startswith(word.lower()):
            head, rest = explanation[: len(word)], explanation[len(word) :]
            return self.m(coloured.format(_esc(head)) + _esc(rest))
        return self.m(f"Status: {coloured.format(_esc(status))}. {_esc(explanation)}")

    def reference_note(self) -> Paragraph:
        reference = self.scores.get("reference")
        if not reference:
            return self.p("No reference data was loaded: peer groups are not shown.", "small")
        size = reference.get("size")
        size_text = f"{size:,} " if isinstance(size, int) else ""
        if reference.get("synthetic"):
            text = (
                f"Peer data: synthetic reference set ({size_text}fictional clusters, "
                f"{reference.get('id', '')} {reference.get('version', '')}). These are "
                "generated numbers, not real results of real clusters."
            )
        else:
            text = (
                f"Peer data: reference set {reference.get('id', '')} "
                f"{reference.get('version', '')} ({size_text}clusters)."
            )
        sha256 = reference.get("sha256")
        if sha256:
            text += f" SHA-256 of the reference data: {sha256}."
        return self.p(text + " Groups with fewer than 5 members are never shown.", "small")

    # sections
    def build(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.cover()
        story.append(PageBreak())
        story += self.summary()
        story += self.eligibility()
        story += self.gold()
        story += self.label_path()
        story += self.progress()
        story.append(PageBreak())
        story += self.comparison()
        story += self.section_details()
        story += self.strengths()
        story.append(PageBreak())
        story += self.appendix()
        return story

    def cover(self) -> list[Flowable]:
        data = self.data
        pack = data.pack
        country = COUNTRIES.get(data.country, data.country)
        mode = INTERVIEW_MODES.get(data.mode, data.mode)
        reference = self.scores.get("reference")
        if not reference:
            peer_data = "none loaded"
        elif reference.get("synthetic"):
            peer_data = "synthetic reference set (fictional clusters, not real results)"
        else:
            peer_data = f"{reference.get('id', '')} {reference.get('version', '')}"
        rows = [
            ("Cluster", data.cluster_name + (" (fictional)" if _unmarked_fiction(data) else "")),
            ("Country", country),
            ("Technology area", data.technology_area or DASH),
            ("Interview date", data.interview_date.isoformat()),
            ("Expert", data.expert or DASH),
            ("Mode", mode),
            ("Questionnaire", f"{pack.title.get(self.lang)} {pack.version}"),
            ("Peer data", peer_data),
            ("Report generated", (data.generated_on or date.today()).isoformat()),
        ]
        story: list[Flowable] = [
            Spacer(1, 28 * mm),
            self.p("ECEI cluster management benchmarking", "cover_kicker"),
            self.p("Benchmarking report", "cover_title"),
            self.m(f'<font size="17">{_esc(data.cluster_name)}</font>', "h1"),
            Spacer(1, 8 * mm),
        ]
        table = Table(
            [[self.p(k, "cell_bold"), self.p(v, "cell")] for k, v in rows],
            colWidths=[45 * mm, CONTENT_WIDTH - 45 * mm],
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 8),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)
        if data.is_practice:
            story.append(
                self.p(
                    "Practice interview: this report is for training only and can never "
                    "lead to a label.",
                    "cover_banner",
                )
            )
        story.append(Spacer(1, 10 * mm))
        if data.fictional:
            story.append(
                self.p(
                    "The cluster in this report is fictional; any resemblance to a real "
                    "organisation is coincidental.",
                    "small",
                )
            )
        description = pack.description.get(self.lang)
        if description:
            story.append(self.p(description, "small"))
        return story

    def summary(self) -> list[Flowable]:
        scores = self.scores
        eligibility = scores.get("eligibility") or {}
        gold = scores.get("gold") or {}
        silver = scores.get("silver_precheck") or {}
        indicators = list(scores.get("indicators") or [])
        answered = sum(1 for i in indicators if i.get("value") is not None)
        passed = sum(1 for i in indicators if i.get("passed") is True)
        elig_text, elig_colour = ELIGIBILITY_STATUS.get(
            eligibility.get("status", ""), (eligibility.get("status") or "Unknown", UNKNOWN)
        )
        gold_text, gold_colour = GOLD_STATUS.get(
            gold.get("status", ""), (gold.get("status") or "Unknown", UNKNOWN)
        )
        share = gold.get("share")
        required = gold.get("required_share", self.data.pack.gold_share)
        if share is not None:
            gold_text += (
                f": {share:.1f} % of the weighted indicators meet Gold ({required:g} % needed)"
            )
        silver_passed = silver.get("passed")
        silver_text, silver_colour = (
            ("All minimum requirements met", GOOD)
            if silver_passed is True
            else ("Minimum requirements not met", BAD)
            if silver_passed is False
            else ("Not known yet: minimum requirements not all answered", UNKNOWN)
        )
        peers = [
            self.group_name(key) for key in ("technology_area", "excellence") if self.shown(key)
        ]
        verdicts = scores.get("verdicts") or {}
        label_rows = [
            (
                f"{level.capitalize()} verdict",
                self.status(
                    *VERDICT_STATUS.get(
                        verdicts[level].get("status", ""),
                        (str(verdicts[level].get("status", "")), UNKNOWN),
                    )
                ),
            )
            for level in ("bronze", "silver")
            if level in verdicts
        ]
        rows = [
            ("Eligibility", self.status(elig_text, elig_colour)),
            *label_rows,
            ("Gold readiness", self.status(gold_text, gold_colour)),
            ("Silver pre-check", self.status(silver_text, silver_colour)),
            (
                "Indicators",
                f"{answered} of {len(indicators)} answered; {passed} meet the Gold threshold",
            ),
            ("Compared with", "; ".join(peers) if peers else "no peer group shown"),
        ]
        story: list[Flowable] = [
            self.p("Summary", "h1"),
            self.table(None, rows, (40 * mm, CONTENT_WIDTH - 40 * mm)),
            Spacer(1, 4),
        ]
        ranked = self._ranked_sections()
        if len(ranked) > 1:
            best, worst = ranked[0], ranked[-1]
            story.append(
                self.p(
                    f"Strongest section: {self._ranked_text(best)}. "
                    f"Most room to improve: {self._ranked_text(worst)}."
                )
            )
        story.append(self.reference_note())
        return story

    def eligibility(self) -> list[Flowable]:
        eligibility = self.scores.get("eligibility") or {}
        status, colour = ELIGIBILITY_STATUS.get(
            eligibility.get("status", ""), (eligibility.get("status") or "Unknown", UNKNOWN)
        )
        story: list[Flowable] = [
            self.p("Eligibility", "h2"),
            self.status_line(status, colour, eligibility.get("explanation", "")),
        ]
        rows = []
        for criterion in eligibility.get("criteria") or []:
            text, criterion_colour = CRITERION_STATUS.get(
                criterion.get("status", ""), (str(criterion.get("status", "")), UNKNOWN)
            )
            if criterion.get("status") == "not_met" and (
                criterion.get("alternative") or criterion.get("id") in ALTERNATIVE_PATHS
            ):
                # Programme recognition is a second way in, not a hurdle: "no" is no failure.
                text, criterion_colour = "No", MUTED
            rows.append(
                (
                    criterion.get("label", criterion.get("id", "")),
                    self.status(text, criterion_colour),
                    criterion.get("reason", ""),
                )
            )
        if rows:
            story.append(
                self.table(
                    ("Criterion", "Status", "Reason"),
                    rows,
                    (62 * mm, 24 * mm, CONTENT_WIDTH - 86 * mm),
                )
            )
        return story

    def gold(self) -> list[Flowable]:
        gold = self.scores.get("gold") or {}
        silver = self.scores.get("silver_precheck") or {}
        required = float(gold.get("required_share", self.data.pack.gold_share))
        share = gold.get("share")
        status, colour = GOLD_STATUS.get(
            gold.get("status", ""), (gold.get("status") or "Unknown", UNKNOWN)
        )
        story: list[Flowable] = [
            self.p("Gold readiness", "h2"),
            self.status_line(status, colour, gold.get("explanation", "")),
            gold_share_bar(share, required, width=CONTENT_WIDTH),
            Spacer(1, 4),
        ]
        counted = gold.get("indicator_set")
        if counted:
            story.append(
                self.p(
                    f"The Gold share counts the questionnaire's Gold indicator set: {counted} "
                    "indicators that apply to this cluster."
                )
            )
        assumptions = (self.scores.get("assumptions") or {}).get("explanation")
        if assumptions:
            story.append(self.p(f"Sources of the rules: {assumptions}", "small"))
        minimums = gold.get("minimums_met")
        minimum_text = (
            "All minimum requirements are met."
            if minimums is True
            else "At least one minimum requirement is not met; this blocks Silver and Gold."
            if minimums is False
            else "Minimum requirements cannot be judged yet."
        )
        story.append(
            self.p(
                "Minimum requirements (Silver pre-check): "
                + (silver.get("explanation") or minimum_text)
            )
        )
        changes = list(gold.get("what_would_change") or [])
        if changes:
            story.append(self.p("What would change the result", "h3"))
            story += [self.bullet(text) for text in changes]
        rows = []
        for indicator in self.scores.get("indicators") or []:
            if not _counts_against_gold(indicator, self.answer(indicator)):
                continue
            item = self.items.get(indicator.get("id", ""))
            section = self._section_title(indicator.get("section", ""))
            rows.append(
                (
                    self.m(
                        f"{_esc(indicator.get('label', ''))}<br/>"
                        f'<font size="7" color="{MUTED.hexval()}">{_esc(section)}</font>',
                        "cell",
                    ),
                    _indicator_value(indicator, item, self.answer(indicator), self.lang),
                    _marked_threshold(indicator, item, self.lang),
                    _gap(indicator, item, self.lang)
                    if indicator.get("value") is not None
                    else DASH,
                )
            )
        if rows:
            story.append(CondPageBreak(40 * mm))
            story.append(self.p("Indicators below the Gold threshold or not answered", "h3_loose"))
            story.append(
                self.table(
                    ("Indicator", "Cluster", "Gold threshold", "Gap to Gold"),
                    rows,
                    (CONTENT_WIDTH - 120 * mm, 40 * mm, 40 * mm, 40 * mm),
                )
            )
            story.append(self.p(ASSUMED_NOTE, "small"))
        return story

    def verdict_block(self, title: str, verdict: Mapping[str, Any]) -> list[Flowable]:
        """A label verdict: its coloured status and explanation, then its reasons."""
        status, colour = VERDICT_STATUS.get(
            verdict.get("status", ""), (str(verdict.get("status", "")), UNKNOWN)
        )
        explanation = str(verdict.get("explanation", ""))
        # "Silver: passed. Second benchmarking ...": the status is already shown in colour.
        _heading, _, rest = explanation.partition(". ")
        coloured = f'<font color="{colour.hexval()}"><b>{_esc(status)}</b></font>'
        story: list[Flowable] = [
            self.p(title, "h3"),
            self.m(f"Status: {coloured}." + (f" {_esc(rest)}" if rest else "")),
        ]
        story += [self.bullet(str(reason)) for reason in verdict.get("reasons") or []]
        return story

    def label_path(self) -> list[Flowable]:
        verdicts = self.scores.get("verdicts") or {}
        if not verdicts:
            return []
        story: list[Flowable] = [
            self.p("Label verdicts", "h2"),
            self.p(
                "Bronze needs eligibility and a complete benchmarking. Silver needs a second "
                "benchmarking 1.5 to 2 years after the first, at least 3 improvement areas "
                "validated against the Gold thresholds of their indicators, and every baseline "
                "minimum met. ESCA decides every label; these verdicts prepare it.",
                "small",
            ),
        ]
        for level, title in (("bronze", "Bronze"), ("silver", "Silver")):
            if level in verdicts:
                story += self.verdict_block(title, verdicts[level])
        return story

    def progress(self) -> list[Flowable]:
        progress = self.scores.get("progress")
        if not progress:
            return []
        previous_date = progress.get("previous_date") or DASH
        months = progress.get("months")
        when = (
            f"{months:g} months after the previous benchmarking of {previous_date}"
            if isinstance(months, (int, float))
            else f"after the previous benchmarking of {previous_date}"
        )
        story: list[Flowable] = [
            CondPageBreak(150 * mm),
            self.p("Progress since the previous benchmarking", "h1"),
            self.p(
                f"This benchmarking ({progress.get('current_date') or DASH}) comes {when}. "
                "Both are scored with this questionnaire; answers the earlier interview did not "
                "give are left out."
            ),
        ]
        radar = self.scores.get("radar") or {}
        story.append(
            radar_drawing(
                radar,
                self.labels,
                width=CONTENT_WIDTH,
                height=92 * mm,
                series=PROGRESS_SERIES,
                coverage=self._axis_coverage(radar),
            )
        )
        rows = [
            (
                self._section_title(s.get("id", ""), s.get("title")),
                _score(s.get("previous")),
                _section_score(self.sections.get(str(s.get("id")), {})),
                DASH
                if s.get("change") is None
                else ("±0" if s["change"] == 0 else f"{s['change']:+.0f}".replace("-", "−")),
            )
            for s in progress.get("sections") or []
            if s.get("previous") is not None or s.get("current") is not None
        ]
        if rows:
            story.append(CondPageBreak(40 * mm))
            story.append(self.p("Section scores then and now", "h3_loose"))
            story.append(
                self.table(
                    ("Section", "Previous", "Now", "Change"),
                    rows,
                    (CONTENT_WIDTH - 80 * mm, 25 * mm, 30 * mm, 25 * mm),
                    extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT")],
                )
            )
        changed = []
        for indicator in progress.get("indicators") or []:
            trend = indicator.get("trend")
            if trend in (None, "unchanged") and indicator.get("previous") == indicator.get(
                "current"
            ):
                continue
            item = self.items.get(indicator.get("id", ""))
            text, colour = TREND.get(str(trend), ("Not comparable", MUTED))
            changed.append(
                (
                    indicator.get("label", indicator.get("id", "")),
                    _measure_text(item, indicator.get("previous")),
                    _measure_text(item, indicator.get("current")),
                    _change_text(item, indicator.get("change")),
                    self.status(text, colour),
                )
            )
        if changed:
            story.append(CondPageBreak(40 * mm))
            story.append(self.p("Indicators that changed", "h3_loose"))
            story.append(
                self.table(
                    ("Indicator", "Previous", "Now", "Change", "Trend"),
                    changed,
                    (CONTENT_WIDTH - 117 * mm, 30 * mm, 30 * mm, 30 * mm, 27 * mm),
                )
            )
        else:
            story.append(self.p("No indicator has changed since the previous benchmarking."))
        silver = (self.scores.get("verdicts") or {}).get("silver") or {}
        areas = silver.get("improvements") or []
        story.append(CondPageBreak(40 * mm))
        story.append(self.p("Improvement areas", "h3_loose"))
        if areas:
            area_rows = []
            for area in areas:
                names = [
                    self.items[i].label.get(self.lang) if i in self.items else str(i)
                    for i in area.get("indicators") or []
                ]
                validated = bool(area.get("validated"))
                area_rows.append(
                    (
                        area.get("title", ""),
                        "; ".join(names) or DASH,
                        area.get("evidence") or DASH,
                        self.status(
                            "Validated" if validated else "Not validated",
                            GOOD if validated else BAD,
                        ),  # fmt: skip
                    )
                )
            story.append(
                self.table(
                    ("Improvement area", "Indicators", "Evidence", "Against Gold"),
                    area_rows,
                    (45 * mm, CONTENT_WIDTH - 135 * mm, 60 * mm, 30 * mm),
                )
            )
            story.append(
                self.p(
                    f"{silver.get('validated_improvements', 0)} of at least "
                    f"{silver.get('required_improvements', 3)} improvement areas are validated.",
                    "small",
                )
            )
        else:
            story.append(self.p("No improvement areas are recorded for this benchmarking."))
        return story

    def comparison(self) -> list[Flowable]:
        radar = self.scores.get("radar") or {}
        story: list[Flowable] = [self.p("Comparison with peers", "h1"), self.reference_note()]
        story += self.definitions()
        hidden = [
            self.group_name(key)
            for key in ("technology_area", "excellence")
            if radar.get("axes") and radar.get(key) is None
        ]
        if hidden:
            story.append(self.p(f"{'; '.join(hidden)}: {NOT_SHOWN_NOTE}.", "small"))
        story.append(Spacer(1, 4))
        story.append(
            radar_drawing(
                radar,
                self.labels,
                width=CONTENT_WIDTH,
                height=118 * mm,
                coverage=self._axis_coverage(radar),
            )
        )
        story.append(
            self.p(
                "Section scores from 0 to 100 over the answered indicators of each section; "
                "peer lines show the mean section score of each group. A section without an "
                "answered indicator is not scored and leaves a gap in the cluster's outline; "
                "an open dot marks a partial score, which covers only the indicators answered "
                "so far (the axis says how many).",
                "small",
            )
        )
        tech_shown, exc_shown = self.shown("technology_area"), self.shown("excellence")
        rows = []
        for section in self.scores.get("sections") or []:
            if section.get("score") is None and section.get("scored_items", 0) == 0:
                continue
            sid = section.get("id", "")
            pct = self.section_percentiles.get(sid) or {}
            rows.append(
                (
                    self._section_title(sid, section.get("title", sid)),
                    _section_score(section),
                    _coverage(section),
                    _score(self._mean("technology_area", sid)) if tech_shown else DASH,
                    _percent(pct.get("technology_area")) if tech_shown else DASH,
                    _score(self._mean("excellence", sid)) if exc_shown else DASH,
                    _percent(pct.get("excellence")) if exc_shown else DASH,
                )
            )
        if rows:
            tech = self.short_name("technology_area")
            excellence = self.short_name("excellence")
            story.append(CondPageBreak(40 * mm))
            story.append(self.p("Section scores against the peer groups", "h3_loose"))
            story.append(
                self.table(
                    (
                        "Section",
                        "Cluster score",
                        "Indicators answered",
                        f"Mean: {tech}",
                        f"Percentile: {tech}",
                        f"Mean: {excellence}",
                        f"Percentile: {excellence}",
                    ),
                    rows,
                    (
                        CONTENT_WIDTH - 132 * mm,
                        22 * mm,
                        18 * mm,
                        23 * mm,
                        23 * mm,
                        23 * mm,
                        23 * mm,
                    ),  # fmt: skip
                    extra=[("ALIGN", (1, 1), (-1, -1), "RIGHT")],
                )
            )
            story.append(
                self.p(
                    "Percentile: the share of the group's clusters that this cluster matches "
                    f"or beats (0 to 100). {DASH} means not scored yet or the group is not "
                    "shown. A partial score covers only the indicators answered so far.",
                    "small",
                )
            )
        return story

    def section_details(self) -> list[Flowable]:
        indicators = list(self.scores.get("indicators") or [])
        story: list[Flowable] = [PageBreak(), self.p("Results by section", "h1")]
        story += self.definitions()
        tech_shown, exc_shown = self.shown("technology_area"), self.shown("excellence")
        sections = {s.get("id"): s for s in self.scores.get("sections") or []}
        tech = self.short_name("technology_area")
        excellence = self.short_name("excellence")
        for pack_section in self.data.pack.sections:
            own = [i for i in indicators if i.get("section") == pack_section.id]
            if not own:
                continue
            result = sections.get(pack_section.id) or {}
            pct = self.section_percentiles.get(pack_section.id) or {}
            facts = [self._score_fact(result)]
            if tech_shown:
                facts.append(
                    f"{tech}: mean {_score(self._mean('technology_area', pack_section.id))}, "
                    f"percentile {_percent(pct.get('technology_area'))}"
                )
            if exc_shown:
                facts.append(
                    f"{excellence}: mean {_score(self._mean('excellence', pack_section.id))}, "
                    f"percentile {_percent(pct.get('excellence'))}"
                )
            rows = []
            extra: list[tuple[Any, ...]] = [("ALIGN", (4, 1), (-1, -1), "RIGHT")]
            for indicator in own:
                item = self.items.get(indicator.get("id", ""))
                passed = indicator.get("passed")
                answered = indicator.get("value") is not None or self.answer(indicator) is not None
                if indicator.get("relevant") is False:
                    verdict = self.status("Not asked", MUTED)
                elif passed is True:
                    verdict = self.status("Meets", GOOD)
                elif passed is False:
                    verdict = self.status("Below", BAD)
                elif not answered:
                    verdict = self.status("Not answered", UNKNOWN)
                else:
                    verdict = self.p(DASH, "cell")
                ip = self.indicator_percentiles.get(indicator.get("id", "")) or {}
                rows.append(
                    (
                        indicator.get("label", ""),
                        _indicator_value(indicator, item, self.answer(indicator), self.lang),
                        _marked_threshold(indicator, item, self.lang),
                        verdict,
                        _percent(ip.get("technology_area")) if tech_shown else DASH,
                        _percent(ip.get("excellence")) if exc_shown else DASH,
                    )
                )
            title = pack_section.title.get(self.lang)
            # A heading never ends a page; the table below it may split (its header repeats).
            story += [
                CondPageBreak(55 * mm),
                self.p(title, "h2_loose"),
                self.p(" · ".join(facts), "small"),
                Spacer(1, 3),
            ]
            story.append(
                self.table(
                    (
                        "Indicator",
                        "Cluster",
                        "Gold threshold",
                        "Gold",
                        f"Percentile: {tech}",
                        f"Percentile: {excellence}",
                    ),
                    rows,
                    (CONTENT_WIDTH - 130 * mm, 30 * mm, 30 * mm, 24 * mm, 23 * mm, 23 * mm),
                    extra=extra,
                )
            )
        story.append(
            self.p(
                f"Percentiles are shown for peer indicators only; {DASH} means not answered, "
                f"not compared with peers, or the group is not shown. {ASSUMED_NOTE}",
                "small",
            )
        )
        return story

    def strengths(self) -> list[Flowable]:
        story: list[Flowable] = [PageBreak(), self.p("Strengths and areas for improvement", "h1")]
        story.append(
            self.p(
                "Derived from the scores: sections and indicators where the cluster stands "
                "out against its peers, and those furthest from Gold. Benchmarking is not a "
                "ranking; it shows where to learn from others.",
                "small",
            )
        )
        story += self.definitions()
        ranked = self._ranked_sections()
        indicators = list(self.scores.get("indicators") or [])

        def peer_rank(indicator: Mapping[str, Any]) -> tuple[float, str] | None:
            ip = self.indicator_percentiles.get(indicator.get("id", "")) or {}
            for key in ("technology_area", "all"):
                if ip.get(key) is not None and self.shown(key):
                    group = self.short_name(key)
                    return float(ip[key]), group
            return None

        def percentile_of(indicator: Mapping[str, Any]) -> float | None:
            rank = peer_rank(indicator)
            return None if rank is None else rank[0]

        def rank_text(indicator: Mapping[str, Any]) -> str:
            rank = peer_rank(indicator)
            return "" if rank is None else f" (percentile {rank[0]:.0f} among {rank[1]})"

        strengths: list[str] = [
            self._ranked_text(entry) + "." for entry in ranked if entry[2] >= 50
        ][:3]
        passed = [i for i in indicators if i.get("passed") is True]
        passed.sort(key=lambda i: -(percentile_of(i) or -1))
        for indicator in passed[:5]:
            item = self.items.get(indicator.get("id", ""))
            value = _indicator_value(indicator, item, self.answer(indicator), self.lang)
            strengths.append(
                _labelled(
                    indicator.get("label", ""),
                    f"{value} meets the Gold threshold{rank_text(indicator)}.",
                )
            )

        improvements: list[str] = [
            self._ranked_text(entry) + "." for entry in reversed(ranked) if entry[2] < 50
        ][:3]
        silver = self.scores.get("silver_precheck") or {}
        for item_id in silver.get("failing_minimums") or []:
            item = self.items.get(item_id)
            label = item.label.get(self.lang) if item else item_id
            improvements.append(f"Minimum requirement not met: {label}.")
        failed = [i for i in indicators if i.get("passed") is False]
        failed.sort(key=lambda i: rank if (rank := percentile_of(i)) is not None else 101.0)
        for indicator in failed[:6]:
            item = self.items.get(indicator.get("id", ""))
            improvements.append(
                _labelled(
                    indicator.get("label", ""),
                    f"{_gap(indicator, item, self.lang)} to reach Gold{rank_text(indicator)}.",
                )
            )
        unanswered = [
            i
            for i in indicators
            if _counts_against_gold(i, self.answer(i)) and i.get("passed") is not False
        ]
        if unanswered:
            count = len(unanswered)
            improvements.append(
                f"{count} Gold {'indicator is' if count == 1 else 'indicators are'} not answered "
                "yet; they count as not met until answered (see Gold readiness)."
            )

        story.append(self.p("Strengths", "h2"))
        if strengths:
            story += [self.bullet(text) for text in strengths]
        else:
            story.append(self.p("No strength stands out in the scores yet."))
        story.append(self.p("Areas for improvement", "h2"))
        if improvements:
            story += [self.bullet(text) for text in improvements]
        else:
            story.append(self.p("No area for improvement stands out in the scores."))
        story.append(self.p("The expert's recommendations", "h2"))
        recommendations = self.data.recommendations.strip()
        if recommendations:
            for block in re.split(r"\n\s*\n", recommendations):
                story.append(self.p(block.strip()))
        else:
            story.append(self.p("The expert has not written recommendations.", "small"))
        return story

    def appendix(self) -> list[Flowable]:
        data = self.data
        story: list[Flowable] = [
            self.p("Appendix: answers", "h1"),
            self.p(
                "Every question asked in the interview with the answer recorded. Notes appear "
                "only where the expert marked them for the report.",
                "small",
            ),
        ]
        for section in data.pack.sections:
            entries: list[Flowable] = []
            for item in section.items:
                value = data.answers.get(item.id)
                if value is None and not item.is_relevant(data.answers):
                    continue
                entries.append(self.p(item.label.get(self.lang), "question"))
                answer = answer_text(item, value, self.lang) or NOT_ANSWERED
                style = "answer"
                if value is None:
                    entries.append(
                        self.m(f'<font color="{MUTED.hexval()}">{_esc(answer)}</font>', style)
                    )
                else:
                    entries.append(self.p(answer, style))
                note = data.notes.get(item.id)
                if note is not None and note[1] and note[0].strip():
                    entries.append(self.m(f"<b>Note:</b> {_esc(note[0].strip())}", "note"))
            if entries:
                story.append(self.p(section.title.get(self.lang), "h2"))
                story += entries
        return story

    # derived figures
    def _section_title(self, section_id: str, fallback: str | None = None) -> str:
        try:
            return self.data.pack.section(section_id).title.get(self.lang)
        except KeyError:
            return fallback or section_id

    def _mean(self, key: str, section_id: str) -> float | None:
        means = (self.groups.get(key) or {}).get("section_means") or {}
        value = means.get(section_id)
        return None if value is None else float(value)

    def _ranked_text(self, entry: tuple[str, str, float]) -> str:
        """E.g. "Financing (percentile 72 among ICT peers)", saying when a score is partial."""
        sid, title, value = entry
        coverage = Coverage.of(self.sections.get(sid, {}))
        partial = (
            f"; partial: {coverage.answered} of {coverage.indicators} indicators answered"
            if coverage.partial
            else ""
        )
        if self.shown("technology_area"):
            group = self.short_name("technology_area")
            return f"{title} (percentile {value:.0f} among {group}{partial})"
        if self.shown("all"):
            return f"{title} (percentile {value:.0f} among all clusters{partial})"
        return f"{title} (score {value:.0f} of 100{partial})"

    def _score_fact(self, section: Mapping[str, Any]) -> str:
        """ "score 64 of 100 over all 6 indicators", "... partial: 4 of 6 ...", "not scored"."""
        score, coverage = section.get("score"), Coverage.of(section)
        if score is None:
            return f"not scored: none of its {coverage.indicators} indicators is answered yet"
        if coverage.partial:
            return (
                f"score {score:.0f} of 100, partial: {coverage.answered} of "
                f"{coverage.indicators} indicators answered"
            )
        return f"score {score:.0f} of 100 over all {coverage.indicators} indicators"

    def _axis_coverage(self, radar: Mapping[str, Any]) -> list[Coverage]:
        """What each radar axis's score covers, in axis order."""
        return [
            Coverage.of(self.sections.get(str(axis.get("id")), {}))
            for axis in radar.get("axes") or []
        ]

    def _ranked_sections(self) -> list[tuple[str, str, float]]:
        """(id, title, value) of scored sections, best first, by peer percentile or score."""
        key = (
            "technology_area"
            if self.shown("technology_area")
            else "all"
            if self.shown("all")
            else None
        )
        ranked = []
        for section in self.scores.get("sections") or []:
            sid = section.get("id", "")
            if key is not None:
                value = (self.section_percentiles.get(sid) or {}).get(key)
            else:
                value = section.get("score")
            if value is not None:
                ranked.append((sid, self._section_title(sid, section.get("title")), float(value)))
        ranked.sort(key=lambda entry: -entry[2])
        return ranked
