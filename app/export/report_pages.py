"""The report's pages: geometry, colours, paragraph styles, and the document that gives
every heading an outline entry and every page its header, footer, "Page n of m" and, for
practice interviews, the watermark."""

from __future__ import annotations

import math
import re
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from app import __version__
from app.export.charts import FONT, FONT_BOLD
from app.export.report_language import say

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

#: Stands for a coloured value in a translated sentence until the mark-up is put in.
SLOT = "\ue000"
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: Headings that are bookmarks too, by style: their level in the PDF's outline.
OUTLINE_LEVELS = {"h1": 0, "h2": 1, "h2_loose": 1}


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that gets an entry in the PDF's outline (the reader's bookmarks)."""

    def __init__(self, text: str, style: ParagraphStyle, outline: str, level: int) -> None:
        super().__init__(text, style)
        self.outline = outline
        self.outline_level = level


class ReportDocument(SimpleDocTemplate):  # type: ignore[misc]
    """The report's document: every heading is also a bookmark in the outline."""

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab API)
        if isinstance(flowable, Heading):
            self._bookmarks = getattr(self, "_bookmarks", 0) + 1
            key = f"section-{self._bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline, key, level=flowable.outline_level)
            self.canv.showOutline()


class PageDecorator:
    """Header and footer text drawn on every page (page numbers come from the canvas)."""

    def __init__(self, cluster_name: str, pack_title: str, language: str) -> None:
        self._cluster = clean(cluster_name)
        self._pack = pack_title
        self._language = language

    def first_page(self, canvas: Canvas, doc: Any) -> None:
        self._footer(canvas)

    def later_page(self, canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        top = PAGE_HEIGHT - MARGIN + 2 * mm
        pack = fit_width(self._pack, 7.5, CONTENT_WIDTH * 0.4)
        room = CONTENT_WIDTH - stringWidth(pack, FONT, 7.5) - 12
        heading = say(self._language, "Benchmarking report · {cluster}", cluster=self._cluster)
        canvas.drawString(MARGIN, top, fit_width(heading, 7.5, room))
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


def canvas_maker(practice: bool, language: str = "en") -> type[Canvas]:
    watermark = say(language, WATERMARK)

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
                say(language, "Page {page} of {total}", page=self.getPageNumber(), total=total),
            )
            self.restoreState()

        def _draw_watermark(self) -> None:
            self.saveState()
            angle = math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH))
            diagonal = math.hypot(PAGE_WIDTH, PAGE_HEIGHT)
            size = 0.72 * diagonal / stringWidth(watermark, FONT_BOLD, 1)
            self.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
            self.rotate(angle)
            self.setFillColor(colors.Color(0.72, 0.1, 0.1, alpha=0.16))
            self.setFont(FONT_BOLD, size)
            self.drawCentredString(0, -size / 3, watermark)
            self.restoreState()

    return _ReportCanvas


def clean(text: Any) -> str:
    """User text without control characters that a PDF cannot show."""
    return CONTROL_CHARACTERS.sub("", str(text))


def esc(text: Any) -> str:
    """Escape user or file text for reportlab's paragraph mark-up; keep line breaks."""
    escaped = escape(clean(text).replace("\r\n", "\n").replace("\r", "\n"))
    return escaped.replace("\n", "<br/>")


def fit_width(text: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` points in the regular face."""
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def report_styles() -> dict[str, ParagraphStyle]:
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
        "cover_name": ParagraphStyle(
            "cover_name",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=17,
            leading=22,
            textColor=ACCENT,
            spaceAfter=8,
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
